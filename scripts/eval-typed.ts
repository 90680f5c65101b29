/**
 * Scores `resolve()` on standalone strings of the kind people type (search boxes, date fields,
 * chat): exact TIMEX3 value per item, per class and overall.
 *
 *   npm run eval:typed [-- --set FILE] [--locale TAG] [--failures] [--json] [--module PATH]
 *
 * Items are `{ text, referenceDate, prefer, dateOrder?, type, value, class }`; `value: null` means
 * no expression should be found. `--module` scores another build of the normalizer (a file that
 * exports `resolve`), e.g. an older checkout, on the same set.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { NormalizeOptions, Timex } from '../src/normalize/index.js';

export interface TypedItem {
  text: string;
  referenceDate: string;
  prefer: NormalizeOptions['prefer'];
  dateOrder?: 'MDY' | 'DMY' | 'YMD';
  type: Timex['type'] | null;
  value: string | null;
  class: string;
}

export interface TypedScore {
  items: number;
  right: number;
  byClass: Record<string, { items: number; right: number }>;
  failures: { item: TypedItem; got: string }[];
}

type Resolve = (expression: string, options: NormalizeOptions) => Timex | undefined;

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_SET = resolvePath(root, 'test/fixtures/typed/strings.json');

/** Scores a resolver on a set of typed strings. */
export function scoreTyped(items: TypedItem[], resolve: Resolve, locale?: string): TypedScore {
  const score: TypedScore = { items: 0, right: 0, byClass: {}, failures: [] };
  for (const item of items) {
    const options = {
      referenceDate: item.referenceDate,
      ...(item.prefer ? { prefer: item.prefer } : {}),
      ...(item.dateOrder ? { dateOrder: item.dateOrder } : {}),
      ...(locale ? { locale } : {}),
    } as NormalizeOptions;
    let found: Timex | undefined;
    let got: string;
    try {
      found = resolve(item.text, options);
      got = found ? `${found.type} ${found.value} ("${found.text}")` : 'nothing';
    } catch (error) {
      got = `error: ${(error as Error).message}`;
    }
    const right =
      item.value === null ? found === undefined && !got.startsWith('error') : found?.value === item.value;
    const cls = (score.byClass[item.class] ??= { items: 0, right: 0 });
    score.items++;
    cls.items++;
    if (right) {
      score.right++;
      cls.right++;
    } else score.failures.push({ item, got });
  }
  return score;
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '0.0') + '%';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string' },
      locale: { type: 'string' },
      module: { type: 'string' },
      failures: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const items = JSON.parse(readFileSync(values.set ?? DEFAULT_SET, 'utf8')) as TypedItem[];
  const modulePath = values.module ? resolvePath(values.module) : resolvePath(root, 'src/normalize/index.ts');
  const normalizer = (await import(pathToFileURL(modulePath).href)) as {
    resolve: Resolve;
    loadLocale?: (tag: string) => Promise<void>;
  };
  if (values.locale) await normalizer.loadLocale?.(values.locale);
  const score = scoreTyped(items, normalizer.resolve, values.locale);
  if (values.json) {
    process.stdout.write(
      JSON.stringify({ items: score.items, right: score.right, byClass: score.byClass }) + '\n',
    );
    return;
  }
  for (const [name, c] of Object.entries(score.byClass).sort())
    process.stdout.write(
      `${name.padEnd(14)} ${String(c.right).padStart(3)}/${String(c.items).padEnd(3)} ${pct(c.right, c.items)}\n`,
    );
  if (values.failures)
    for (const f of score.failures)
      process.stdout.write(
        `  ${f.item.class.padEnd(13)} ${JSON.stringify(f.item.text)} @${f.item.referenceDate} ${f.item.prefer ?? ''}${f.item.dateOrder ? ' ' + f.item.dateOrder : ''}: want ${f.item.value ?? 'nothing'}, got ${f.got}\n`,
      );
  process.stdout.write(
    `overall        ${score.right}/${score.items} exact value ${pct(score.right, score.items)}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
