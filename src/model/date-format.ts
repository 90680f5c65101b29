/**
 * Cached `Intl.DateTimeFormat`s in UTC, the zone of TIMEX3 intervals. Event labels (model) and
 * axis ticks (layout) both format through here, so one locale tag gives one set of formatters.
 */

const cache = new Map<string, Intl.DateTimeFormat>();

/** Falls back to the runtime's default locale for tags Intl does not accept. */
export function safeLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A date formatter for `locale` (BCP 47; invalid or missing tags use the runtime's default) in UTC.
 *
 * @example
 * dateFormatter('en-GB', { day: 'numeric', month: 'long' }).format(new Date(Date.UTC(2019, 11, 29))) // '29 December'
 */
export function dateFormatter(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const tag = locale ?? '';
  const key = `${tag}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(safeLocale(tag), { timeZone: 'UTC', ...options });
    cache.set(key, formatter);
  }
  return formatter;
}
