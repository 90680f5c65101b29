import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What {@link parseOptions} returns: option values typed from `T`, and the positionals. */
export type ParsedOptions<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours) between two words. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      const above = rows[i - 1]!;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate `word` was most likely meant to be: the closest within a third of its length
 * (at least one edit), or the only candidate it is a prefix of.
 *
 * @example
 * closest('extrat', ['extract', 'timeml']) // 'extract'
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (best !== undefined && bestDistance <= limit) return best;
  const prefixed = candidates.filter((c) => word.length >= 3 && c.startsWith(word));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** ` (did you mean X?)` or nothing. */
export const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;

/** `--name` for a parseArgs name given as `-r` or `--reference-date`. */
function longName(written: string, options: Options): string {
  if (written.startsWith('--')) return written.split('=')[0]!;
  const short = written.replace(/^-/, '');
  const entry = Object.entries(options).find(([, o]) => o.short === short);
  return entry ? `--${entry[0]}` : written;
}

/**
 * Node's `parseArgs`, with its errors rewritten as one clear sentence each and a "did you mean"
 * for misspelt options.
 *
 * @throws {UsageError} for unknown options, missing values and values given to flags
 */
export function parseOptions<T extends Options>(args: string[], options: T): ParsedOptions<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    const named = /'([^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = named.split('=')[0]!;
      const suggestion = closest(option.replace(/^-+/, ''), Object.keys(options));
      throw new UsageError(
        `unknown option ${option}${didYouMean(suggestion === undefined ? undefined : `--${suggestion}`)}`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = longName(/(--[\w-]+)/.exec(message)?.[1] ?? named, options);
      throw new UsageError(
        /does not take an argument/.test(message) ? `${option} takes no value` : `${option} needs a value`,
      );
    }
    throw new UsageError(message);
  }
}
