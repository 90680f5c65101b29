import type { Timex } from '../normalize/types.js';
import type { Draft } from './assemble-events.js';

/**
 * A clock time that names no day ("at around 9:54 a.m. ET", "shortly after 11 p.m."): the normalizer
 * puts it on the reference day, which in a story published days later is rarely its day.
 */
const BARE_CLOCK =
  /^(?:(?:at|around|about|approximately|roughly|shortly|just|before|after|by|until)\s+)*\d{1,2}(?:(?::\d{2})\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)(?:\s+(?:local\s+time|[A-Z]{2,4}))?$/i;

export const isBareClock = (x: Pick<Timex, 'text' | 'type'>): boolean =>
  x.type === 'TIME' && BARE_CLOCK.test(x.text.trim());

/**
 * "The call came in at around 9:54 a.m., the director said at a Saturday news conference": in a
 * sentence telling a past event, a bare clock time is on the earlier day the same sentence names
 * (even in its attribution), not on the day the normalizer's story context gave it (the last day
 * the story named, often one still to come: "He will appear in court Monday afternoon"). The draft
 * is moved to that day, the clock kept; `why` names the clock and the rule `clock-on-story-day`.
 *
 * @param own - the sentence's expressions
 * @param referenceDay - `YYYY-MM-DD` of the reference date
 * @example
 * // 'The call came in at 9:40 a.m., the chief said at a Saturday news conference.' published Monday
 * // 2021-06-21: the event is 2021-06-19T09:40, not 2021-06-21T09:40.
 */
export function clockOnStoryDay(draft: Draft, own: readonly Timex[], referenceDay: string): Draft {
  const date = draft.event.date;
  if (date.type !== 'TIME' || !isBareClock({ text: date.text, type: 'TIME' })) return draft;
  // Only a clock the normalizer left around the reference day (a zone can move it across midnight).
  const DAY = 86_400_000;
  const clockDay = date.value.slice(0, 10);
  if (Math.abs(Date.parse(clockDay) - Date.parse(referenceDay)) > DAY) return draft;
  const named = own.find(
    (x) =>
      x.granularity === 'day' && x.range && /^\d{4}-\d{2}-\d{2}$/.test(x.value) && x.value < referenceDay,
  );
  const day = named?.value;
  if (!day || day === clockDay) return draft;
  const shift = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${clockDay}T00:00:00Z`);
  const moved = (iso: string): string => new Date(Date.parse(iso) + shift).toISOString();
  return {
    ...draft,
    event: {
      ...draft.event,
      date: {
        ...date,
        value: `${day}${date.value.slice(10)}`,
        range: { start: moved(date.range.start), end: moved(date.range.end) },
      },
      why: { expression: date.text, rule: 'clock-on-story-day' },
    },
  };
}
