/**
 * TIMEX3 part-of-day codes and the hours they cover, as data.
 * Hours may pass 24 (night runs into the next morning).
 */
export const PARTS_OF_DAY = {
  MO: { label: 'morning', startHour: 6, endHour: 12 },
  MI: { label: 'midday', startHour: 11, endHour: 14 },
  AF: { label: 'afternoon', startHour: 12, endHour: 18 },
  EV: { label: 'evening', startHour: 18, endHour: 22 },
  NI: { label: 'night', startHour: 21, endHour: 29 },
  DT: { label: 'daytime', startHour: 8, endHour: 18 },
} as const;

export type PartOfDayCode = keyof typeof PARTS_OF_DAY;
