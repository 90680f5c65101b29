import type { Granularity, TimeRange, TimexMod } from './types.js';
import type { PartOfDay, TimexSpec } from './spec.js';
import {
  type Day,
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isValidDay,
  isoWeekday,
  pad,
  quarterOf,
  toMs,
} from './calendar.js';
import type { UnitKey } from './spec.js';
import { HOLIDAYS, holidayDate } from './holidays.js';
import { fractionalShift } from './fractional-count.js';
import { DAY_TOLERANCE, chooseYear } from './choose-year.js';
import type { Resolved, ResolveContext } from './resolve-context.js';

export type { Direction, DiscourseAnchor, ResolveContext, Resolved } from './resolve-context.js';

/** From the first day of `first` to the end of `last`. */
const yearsRange = (first: number, last: number): TimeRange => ({
  start: `${formatYear(first)}-01-01T00:00:00.000Z`,
  end: `${formatYear(last + 1)}-01-01T00:00:00.000Z`,
});

const SUBYEAR_START: Record<string, number> = {
  Q1: 1,
  Q2: 4,
  Q3: 7,
  Q4: 10,
  H1: 1,
  H2: 7,
  SP: 3,
  SU: 6,
  FA: 9,
  WI: 12,
};
const SUBYEAR_MONTHS: Record<string, number> = { Q: 3, H: 6 };

const withMod = (r: Resolved, mod: TimexMod | undefined): Resolved => (mod ? { ...r, mod } : r);
const date = (value: string, mod?: TimexMod): Resolved => withMod({ type: 'DATE', value }, mod);

/**
 * Turns what a parser understood into a TIMEX3 type, value and mod.
 *
 * @example resolveSpec({ kind: 'relative', unit: 'year', offset: -1 }, ctx) // { type: 'DATE', value: '2018' } for a 2019 reference
 */
export function resolveSpec(spec: TimexSpec, ctx: ResolveContext): Resolved {
  switch (spec.kind) {
    case 'literal':
      return withMod(
        {
          type: spec.type,
          value: spec.value,
          ...(spec.lastYear ? { range: yearsRange(Number(spec.value), spec.lastYear) } : {}),
        },
        spec.mod,
      );
    case 'calendar':
      return resolveCalendar(spec, ctx);
    case 'weekday':
      return resolveWeekday(spec, ctx);
    case 'relative':
      return resolveRelative(spec, ctx);
    case 'subyear':
      return resolveSubyear(spec, ctx);
    case 'current':
      return resolveCurrent(spec, ctx);
    case 'holiday':
      return resolveHoliday(spec, ctx);
    case 'nth':
      return resolveNth(spec, ctx);
    case 'part-of-day':
      return withMod({ type: 'TIME', value: `${formatDay(ctx.anchorDay)}T${spec.pod}` }, spec.mod);
  }
}

function resolveCalendar(spec: Extract<TimexSpec, { kind: 'calendar' }>, ctx: ResolveContext): Resolved {
  const { month, day, hour, minute, second, pod, mod } = spec;
  if (month === undefined && day !== undefined && hour === undefined)
    return date(formatDay(dayOfMonthNear(day, ctx)), mod);
  if (month === undefined) {
    if (hour === undefined) return date(formatDay(ctx.anchorDay), mod);
    if (ctx.typed && ctx.direction === 'future' && ctx.referenceTime && !ctx.anchorNamed)
      return withMod(nextClock(spec, ctx.reference, ctx.referenceTime), mod);
    return withMod(
      { type: 'TIME', value: `${formatDay(ctx.anchorDay)}${clock(hour, minute, second)}${spec.zone ?? ''}` },
      mod,
    );
  }
  let year =
    spec.year ??
    (spec.yearOfStory ? ctx.discourse?.day.year : undefined) ??
    (spec.shift === undefined ? ctx.sentenceYear : undefined);
  if (year === undefined) {
    year =
      day === undefined
        ? chooseYear(
            ctx,
            (y) => ({ year: y, month, day: 1 }),
            (y) => addMonths({ year: y, month, day: 1 }, 1),
            spec.shift,
          ) + (spec.afterNext ? 1 : 0)
        : chooseYear(
            ctx,
            (y) => ({ year: y, month, day: Math.min(day, daysInMonth(y, month)) }),
            (y) => addDays({ year: y, month, day: Math.min(day, daysInMonth(y, month)) }, 1),
            spec.shift,
            DAY_TOLERANCE,
          );
  }
  if (day === undefined) return date(formatMonth(year, month), mod);
  if (!isValidDay(year, month, day)) return date(formatMonth(year, month), mod);
  const dayValue = formatDay({ year, month, day });
  if (hour !== undefined)
    return withMod({ type: 'TIME', value: dayValue + clock(hour, minute, second) + (spec.zone ?? '') }, mod);
  if (pod) return withMod({ type: 'TIME', value: `${dayValue}T${pod}` }, mod);
  return date(dayValue, mod);
}

/**
 * "On the 29th": that day in the month of the reference, the one before or the one after, as the
 * tense says (the latest one not after the reference in a report, the next one ahead).
 */
function dayOfMonthNear(day: number, ctx: ResolveContext): Day {
  const ref = ctx.reference;
  const options = [-1, 0, 1]
    .map((n) => addMonths({ year: ref.year, month: ref.month, day: 1 }, n))
    .filter((m) => day <= daysInMonth(m.year, m.month))
    .map((m) => ({ ...m, day }));
  const offset = (d: Day): number => daysBetween(d, ref);
  if (ctx.direction === 'past') return options.filter((d) => offset(d) <= 0).at(-1) ?? options[0]!;
  if (ctx.direction === 'future') return options.find((d) => offset(d) >= 0) ?? options.at(-1)!;
  return options.reduce((a, b) => (Math.abs(offset(b)) < Math.abs(offset(a)) ? b : a));
}

/** "at 4:15" typed at 8:00 is 16:15 today; "10am" typed at 14:30 is tomorrow's. */
function nextClock(
  spec: Extract<TimexSpec, { kind: 'calendar' }>,
  reference: Day,
  now: { hour: number; minute: number },
): Resolved {
  const hour = spec.hour!;
  const at = (h: number): number => h * 60 + (spec.minute ?? 0);
  const nowMinutes = now.hour * 60 + now.minute;
  let h = hour;
  let day = reference;
  if (at(hour) <= nowMinutes) {
    if (spec.openMeridiem && hour < 12 && at(hour + 12) > nowMinutes) h = hour + 12;
    else day = addDays(reference, 1);
  }
  return { type: 'TIME', value: `${formatDay(day)}${clock(h, spec.minute, spec.second)}${spec.zone ?? ''}` };
}

function clock(hour: number, minute?: number, second?: number): string {
  return `T${pad(hour)}:${pad(minute ?? 0)}${second ? ':' + pad(second) : ''}`;
}

/** Anchors a weekday cannot be counted from: "the following Monday" after "in 1998" is some Monday of 1998. */
const NO_WEEKDAY_ANCHORS: Granularity[] = ['year', 'half', 'quarter', 'season', 'month'];

function resolveWeekday(spec: Extract<TimexSpec, { kind: 'weekday' }>, ctx: ResolveContext): Resolved {
  if (spec.from === 'anchor') return followingWeekday(spec, ctx);
  const ref = ctx.reference;
  const today = isoWeekday(ref);
  const back = (today - spec.weekday + 7) % 7;
  const ahead = (spec.weekday - today + 7) % 7;
  let delta: number;
  if (spec.shift === -1) delta = -(back || 7);
  else if (spec.shift === 1) delta = (ahead || 7) + (spec.afterNext ? 7 : 0);
  else if (spec.shift === 0) delta = spec.weekday - today;
  else if (ctx.direction === 'past' || (spec.settled && !ctx.strictDirection)) delta = -back;
  else if (ctx.direction === 'future') delta = ahead;
  else delta = back <= ahead ? -back : ahead;
  if (spec.asWeekend) return date(formatWeek(addDays(ref, delta)) + '-WE', spec.mod);
  return dayWithPod(addDays(ref, delta), spec.pod, spec.mod);
}

/** "the following Monday": the first such day after the day (or week) the text last named, else after the reference. */
function followingWeekday(spec: Extract<TimexSpec, { kind: 'weekday' }>, ctx: ResolveContext): Resolved {
  const anchor = ctx.discourse;
  if (anchor && NO_WEEKDAY_ANCHORS.includes(anchor.granularity))
    return date(`${formatYear(anchor.day.year)}-WXX-${spec.weekday}`, spec.mod);
  const base = anchor?.day ?? ctx.anchorDay;
  const delta = (spec.weekday - isoWeekday(base) + 7) % 7 || 7;
  return dayWithPod(addDays(base, delta), spec.pod, spec.mod);
}

function dayWithPod(day: Day, pod: PartOfDay | undefined, mod: TimexMod | undefined): Resolved {
  if (pod) return withMod({ type: 'TIME', value: `${formatDay(day)}T${pod}` }, mod);
  return date(formatDay(day), mod);
}

/** Formats the period of `unit` that contains `day`. */
function periodValue(day: Day, unit: UnitKey | 'quarter'): string {
  switch (unit) {
    case 'year':
      return formatYear(day.year);
    case 'decade':
      return formatYear(day.year).slice(0, 3) + 'X';
    case 'century':
      return formatYear(day.year).slice(0, 2);
    case 'quarter':
      return `${formatYear(day.year)}-Q${quarterOf(day.month)}`;
    case 'month':
      return formatMonth(day.year, day.month);
    case 'week':
      return formatWeek(day);
    case 'weekend':
      return formatWeek(day) + '-WE';
    default:
      return formatDay(day);
  }
}

function shiftDay(day: Day, unit: UnitKey, n: number): Day {
  switch (unit) {
    case 'year':
      return addMonths(day, 12 * n);
    case 'decade':
      return addMonths(day, 120 * n);
    case 'century':
      return addMonths(day, 1200 * n);
    case 'quarter':
      return addMonths(day, 3 * n);
    case 'month':
      return addMonths(day, n);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * n);
    case 'day':
      return addDays(day, n);
    default:
      return day;
  }
}

const COARSE_ANCHORS: Granularity[] = ['quarter', 'half'];

function resolveRelative(spec: Extract<TimexSpec, { kind: 'relative' }>, ctx: ResolveContext): Resolved {
  if (spec.durationUnlessFuture && ctx.direction !== 'future')
    return { type: 'DURATION', value: spec.durationUnlessFuture };
  const { unit, offset, mod } = spec;
  if (unit === 'hour' || unit === 'minute' || unit === 'second') {
    // "two hours later" counts from the time the story last named; "two hours ago" from now.
    const base =
      spec.from === 'anchor' && ctx.anchorTime
        ? ctx.anchorTime
        : ctx.referenceTime && { day: ctx.reference, ...ctx.referenceTime };
    if (!base) {
      if (spec.durationWithoutAnchor) return { type: 'DURATION', value: spec.durationWithoutAnchor };
      // A date-only reference: "48 hours ago" is two days back, counted as if it were written at noon.
      const hours = offset * (unit === 'hour' ? 1 : unit === 'minute' ? 1 / 60 : 1 / 3600);
      return date(formatDay(addDays(ctx.reference, Math.floor((12 + hours) / 24))), mod);
    }
    const minutes =
      base.hour * 60 + base.minute + offset * (unit === 'hour' ? 60 : unit === 'minute' ? 1 : 1 / 60);
    const day = addDays(base.day, Math.floor(minutes / 1440));
    const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
    return withMod(
      { type: 'TIME', value: `${formatDay(day)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}` },
      mod,
    );
  }
  // "A decade later" after "In 1980" counts from the year the story is in; "two days later" needs a day.
  const periodNamed =
    ctx.discourse !== undefined && (unit === 'year' || unit === 'month' || unit === 'quarter');
  if (spec.durationWithoutAnchor && !ctx.anchorNamed && !periodNamed)
    return { type: 'DURATION', value: spec.durationWithoutAnchor };
  if (spec.comparesPeriod && ctx.quarterInDiscussion) {
    return date(periodValue(shiftDay(ctx.quarterInDiscussion, 'year', offset), 'quarter'), mod);
  }
  const anchor = spec.from === 'anchor' ? ctx.discourse : undefined;
  // "a year later" after a quarter or half is that period a year on.
  if (anchor && unit === 'year' && COARSE_ANCHORS.includes(anchor.granularity)) {
    return date(periodValue(shiftDay(anchor.day, unit, offset), 'quarter'), mod);
  }
  const base = spec.from === 'anchor' ? (anchor?.day ?? ctx.anchorDay) : ctx.reference;
  const start = spec.from === 'anchor' && unit === 'day' ? ctx.anchorDay : base;
  // "two and a half years ago" is a month, "2.5 weeks ago" a day.
  const fraction = fractionalShift(start, unit, offset);
  if (fraction)
    return fraction.precision === 'day'
      ? dayWithPod(fraction.day, spec.pod, mod)
      : date(formatMonth(fraction.day.year, fraction.day.month), mod);
  // Typed "in two weeks", "a month ago" name the day they count to.
  if (ctx.typed && spec.counted && spec.from !== 'anchor' && unit !== 'day')
    return dayWithPod(shiftDay(ctx.reference, unit, offset), spec.pod, mod);
  const day = shiftDay(start, unit, offset);
  if (unit === 'day') return dayWithPod(day, spec.pod, mod);
  return date(periodValue(day, unit), mod);
}

/** How long after a quarter closes companies report on it (results come within about six weeks). */
const REPORTING_DAYS = 45;

function resolveSubyear(spec: Extract<TimexSpec, { kind: 'subyear' }>, ctx: ResolveContext): Resolved {
  const code = spec.code;
  const startMonth = SUBYEAR_START[code] ?? 1;
  const length = SUBYEAR_MONTHS[code[0]!] ?? 3;
  const fiscal = code[0] === 'Q' || code[0] === 'H';
  let year = spec.year;
  if (year === undefined && spec.yearOffset !== undefined) year = ctx.reference.year + spec.yearOffset;
  if (year === undefined) {
    // Quarters and halves are reported on once they have begun, so they read as past; a sentence
    // that looks ahead means this year's unless it closed more than a reporting season ago
    // ("will report third-quarter results" in October is the quarter just closed; "will close in
    // the second quarter" in September is next year's).
    if (fiscal && ctx.direction === 'future' && spec.shift === undefined) {
      const reportedBy = (y: number): Day =>
        addDays(addMonths({ year: y, month: startMonth, day: 1 }, length), REPORTING_DAYS);
      year = ctx.reference.year - 1;
      while (daysBetween(reportedBy(year), ctx.reference) <= 0) year++;
    }
  }
  if (year === undefined) {
    const direction = fiscal ? 'past' : ctx.direction;
    year = chooseYear(
      { ...ctx, direction },
      (y) => ({ year: y, month: startMonth, day: 1 }),
      (y) => addMonths({ year: y, month: startMonth, day: 1 }, length),
      spec.shift,
    );
  }
  return date(`${formatYear(year)}-${code}`, spec.mod);
}

function resolveCurrent(spec: Extract<TimexSpec, { kind: 'current' }>, ctx: ResolveContext): Resolved {
  const anchor = ctx.discourse;
  if (spec.unit === 'quarter') {
    if (anchor?.granularity === 'quarter') return date(periodValue(anchor.day, 'quarter'), spec.mod);
    // "the latest quarter" in a report is the last one that has closed.
    return date(periodValue(addMonths(ctx.reference, -3), 'quarter'), spec.mod);
  }
  // "In 2003, the year the war began": a year that frames the sentence is the one meant.
  if (spec.unit === 'year' && ctx.sentenceYear !== undefined)
    return date(formatYear(ctx.sentenceYear), spec.mod);
  return date(periodValue(ctx.reference, spec.unit), spec.mod);
}

function resolveHoliday(spec: Extract<TimexSpec, { kind: 'holiday' }>, ctx: ResolveContext): Resolved {
  const rule = HOLIDAYS[spec.name]!;
  const year =
    spec.year ??
    (spec.yearShift !== undefined ? ctx.reference.year + spec.yearShift : undefined) ??
    chooseYear(
      ctx,
      (y) => holidayDate(rule, y),
      (y) => addDays(holidayDate(rule, y), rule.days ?? 1),
      spec.shift,
      // "Lawmakers return after Easter" in March: this year's Easter, not the one eleven months back.
      0,
      'past',
    );
  const day = holidayDate(rule, year);
  const period = spec.weekend ? 'weekend' : spec.week ? 'week' : undefined;
  if (rule.days && rule.days > 1 && !period) {
    const last = addDays(day, rule.days - 1);
    return { ...date(formatWeek(last), spec.mod), range: daysRange(day, addDays(last, 1)) };
  }
  return date(period ? periodValue(day, period) : formatDay(day), spec.mod);
}

/** From the start of `first` to the start of `end`. */
const daysRange = (first: Day, end: Day): TimeRange => ({
  start: new Date(toMs(first)).toISOString(),
  end: new Date(toMs(end)).toISOString(),
});

function resolveNth(spec: Extract<TimexSpec, { kind: 'nth' }>, ctx: ResolveContext): Resolved {
  const ref = ctx.reference;
  let year: number;
  let month: number | undefined;
  if (spec.month !== undefined) {
    month = spec.month;
    year = chooseYear(
      ctx,
      (y) => ({ year: y, month: month!, day: 1 }),
      (y) => addMonths({ year: y, month: month!, day: 1 }, 1),
      undefined,
    );
  } else if (spec.unit === 'month') {
    const m = addMonths({ year: ref.year, month: ref.month, day: 1 }, spec.shift ?? 0);
    year = m.year;
    month = m.month;
  } else year = ref.year + (spec.shift ?? 0);
  const first: Day = { year, month: month ?? 1, day: 1 };
  const last: Day =
    month === undefined ? { year, month: 12, day: 31 } : { year, month, day: daysInMonth(year, month) };
  if (spec.dayOfMonth) {
    if (month === undefined || !isValidDay(year, month, spec.n))
      return date(formatMonth(year, month ?? 1), spec.mod);
    return date(formatDay({ year, month, day: spec.n }), spec.mod);
  }
  if (spec.weekday === undefined)
    return date(formatDay(spec.n > 0 ? addDays(first, spec.n - 1) : last), spec.mod);
  const day =
    spec.n > 0
      ? addDays(first, ((spec.weekday - isoWeekday(first) + 7) % 7) + 7 * (spec.n - 1))
      : addDays(last, -((isoWeekday(last) - spec.weekday + 7) % 7));
  if (daysBetween(day, last) > 0) return date(month ? formatMonth(year, month) : formatYear(year), spec.mod);
  return date(formatDay(day), spec.mod);
}
