import { writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { articleHeadline, extractEvents, loadLanguage, type ExtractionResult } from '../../extract/index.js';
import type { Anchor, Preference } from '../../normalize/types.js';
import { parseOptions } from '../args.js';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIO, type Command } from '../command.js';
import { messageOf } from '../errors.js';
import { expandInputs, InputError, makeDirectory, MAX_INPUT_BYTES, readInput } from '../input.js';
import { Progress } from '../progress.js';
import { mergeResults, type ArticleResult } from './extract-merge.js';
import { loadBundle, timelinePage } from './extract-html.js';
import { loadStrings } from '../../elements/i18n/load-strings.js';

const PREFERENCES: readonly Preference[] = ['auto', 'past', 'future', 'nearest'];
const ANCHORS: readonly Anchor[] = ['auto', 'story', 'document'];
/** What a directory argument stands for. */
const ARTICLE_EXTENSIONS = ['.txt'];

const usage = `Usage: news-timeline extract ARTICLE... --reference-date DATE [options]

Finds the dated events of news articles (plain UTF-8 text) and prints them as
JSON, or writes a self-contained HTML page with their timeline. ARTICLE "-" reads
standard input; a DIRECTORY stands for the .txt files in it and below.

One article: JSON on stdout, or --html FILE. Several: --out-dir DIR writes one
JSON file per article (DIR/NAME.json), or --merge puts all their events on one
timeline (JSON on stdout, or --html FILE). A progress bar is shown on a terminal.

Options:
  -r, --reference-date DATE  publication date of the articles, ISO 8601 (2019-12-30); required
      --prefer MODE          auto (default), past, future or nearest: how to read
                             bare months and weekdays
      --anchor MODE          auto (default), story or document: what year-less
                             dates count from (the story's time or the reference)
      --locale TAG           language of the articles: en (default), de, es, fr,
                             ru (BCP 47, e.g. es-MX)
      --json                 print the events as JSON to stdout (the default)
      --html FILE            write an HTML page with the timeline to FILE instead
  -o, --out-dir DIR          write DIR/NAME.json for each article (DIR is created)
  -m, --merge                one timeline of the events of every article
  -q, --quiet                do not list undated mentions on stderr
  -h, --help                 show this help

JSON: {"file", "referenceDate", "prefer", "events", "undated", "expressions"};
an event has "id", "date" {"value", "type", "granularity", "range", "text"},
"title", "sentence" and "source"/"sources" offsets into the text. Dates that could
not be placed are listed in "undated" and, unless --quiet, on stderr. With
--merge: "files" instead of "file", every item has the "file" it comes from and
event ids become a1-e1, a2-e1… (article number, then its own id).

Limits: an article is read up to ${MAX_INPUT_BYTES / 1024 / 1024} MB, from a file, a device, a pipe or stdin.

Examples:
  news-timeline extract article.txt --reference-date 2019-12-30 --html timeline.html
  news-timeline extract articles/ -r 2019-12-30 --out-dir events/
  news-timeline extract a.txt b.txt -r 2019-12-30 --merge --html story.html

Exit status: 0 done, 1 an article could not be read or an output not written
(the others are still done), 2 bad arguments (including an invalid date).
`;

const OPTIONS = {
  'reference-date': { type: 'string', short: 'r' },
  prefer: { type: 'string' },
  anchor: { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
  html: { type: 'string' },
  'out-dir': { type: 'string', short: 'o' },
  merge: { type: 'boolean', short: 'm' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface ExtractArgs {
  inputs: string[];
  referenceDate: string;
  prefer: Preference | undefined;
  anchorMode: Anchor | undefined;
  locale: string | undefined;
  html: string | undefined;
  outDir: string | undefined;
  merge: boolean;
  quiet: boolean;
}

function parse(args: string[]): ExtractArgs | 'help' {
  const { values, positionals } = parseOptions(args, OPTIONS);
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no ARTICLE given');
  const referenceDate = values['reference-date'];
  if (referenceDate === undefined) throw new UsageError('--reference-date DATE is required');
  const prefer = values.prefer;
  if (prefer !== undefined && !PREFERENCES.includes(prefer as Preference)) {
    throw new UsageError(`--prefer must be one of ${PREFERENCES.join(', ')}, got "${prefer}"`);
  }
  const anchor = values.anchor;
  if (anchor !== undefined && !ANCHORS.includes(anchor as Anchor)) {
    throw new UsageError(`--anchor must be one of ${ANCHORS.join(', ')}, got "${anchor}"`);
  }
  if (values.json && values.html !== undefined) throw new UsageError('choose one of --json and --html');
  if (values.html === '') throw new UsageError('--html needs a FILE');
  if (values['out-dir'] === '') throw new UsageError('--out-dir needs a DIR');
  if (values['out-dir'] !== undefined && values.merge)
    throw new UsageError('choose one of --out-dir and --merge');
  if (values['out-dir'] !== undefined && values.html !== undefined) {
    throw new UsageError(
      '--html FILE writes one page: use it with one ARTICLE or with --merge, not --out-dir',
    );
  }
  // The normalizer's own check, so the CLI accepts exactly what the library accepts.
  try {
    extractEvents('', { referenceDate });
  } catch (error) {
    throw new UsageError(`--reference-date: ${messageOf(error)}`);
  }
  return {
    inputs: positionals,
    referenceDate,
    prefer: prefer as Preference | undefined,
    anchorMode: anchor as Anchor | undefined,
    locale: values.locale,
    html: values.html,
    outDir: values['out-dir'],
    merge: values.merge ?? false,
    quiet: values.quiet ?? false,
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decode(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text');
  }
  if (text.includes('\0')) throw new InputError('is a binary file, not text');
  return text;
}

const displayName = (file: string): string => (file === '-' ? 'stdin' : file);

/** DIR/NAME.json for each input, or the problems (clashing names, overwriting an input). */
function outputFiles(files: readonly string[], outDir: string): { outputs: string[]; problems: string[] } {
  const outputs: string[] = [];
  const problems: string[] = [];
  const byOutput = new Map<string, string>();
  for (const file of files) {
    const name = file === '-' ? 'stdin' : basename(file, extname(file));
    const out = join(outDir, `${name}.json`);
    const clash = byOutput.get(out);
    if (clash !== undefined)
      problems.push(
        `${displayName(file)}: same name as ${displayName(clash)}, both would be written to ${out}`,
      );
    if (file !== '-' && resolve(out) === resolve(file))
      problems.push(`${file}: --out-dir would overwrite the input`);
    byOutput.set(out, file);
    outputs.push(out);
  }
  return { outputs, problems };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Extracts the events of one or more articles and prints JSON, writes one JSON file per
 * article, or writes an HTML page.
 *
 * @param args - the arguments after `extract`
 * @returns the exit code
 */
export async function runExtract(args: string[], io: CliIO): Promise<number> {
  const parsed = parse(args);
  if (parsed === 'help') {
    io.stdout(usage);
    return EXIT_OK;
  }
  if (parsed.locale !== undefined)
    await loadLanguage(parsed.locale).catch((error: unknown) => {
      throw new UsageError(`--locale: ${messageOf(error)}`);
    });
  const files = await expandInputs(parsed.inputs, ARTICLE_EXTENSIONS);
  if (files.length === 0) {
    io.stderr(
      `news-timeline extract: ${parsed.inputs.join(', ')}: holds no ${ARTICLE_EXTENSIONS.join(', ')} articles\n`,
    );
    return EXIT_FAILURE;
  }
  if (files.length > 1 && parsed.outDir === undefined && !parsed.merge) {
    throw new UsageError(
      `${files.length} articles: choose --out-dir DIR (one JSON file each) or --merge (one timeline)`,
    );
  }
  let outputs: string[] = [];
  if (parsed.outDir !== undefined) {
    const planned = outputFiles(files, parsed.outDir);
    if (planned.problems.length) {
      for (const p of planned.problems) io.stderr(`news-timeline extract: ${p}\n`);
      io.stderr('news-timeline extract: nothing written\n');
      return EXIT_FAILURE;
    }
    outputs = planned.outputs;
    try {
      await makeDirectory(parsed.outDir);
    } catch (error) {
      throw new UsageError(`--out-dir ${parsed.outDir}: ${messageOf(error)}`);
    }
  }

  const options = {
    referenceDate: parsed.referenceDate,
    ...(parsed.prefer ? { prefer: parsed.prefer } : {}),
    ...(parsed.anchorMode ? { anchor: parsed.anchorMode } : {}),
    ...(parsed.locale !== undefined ? { locale: parsed.locale } : {}),
  };
  const header = {
    referenceDate: parsed.referenceDate,
    prefer: parsed.prefer ?? 'auto',
    ...(parsed.locale !== undefined ? { locale: parsed.locale } : {}),
  };
  const progress = new Progress(io, files.length);
  const articles: (ArticleResult & { text: string })[] = [];
  let failures = 0;
  for (const [index, file] of files.entries()) {
    const name = displayName(file);
    progress.update(index, name);
    let text: string;
    try {
      text = decode(await readInput(file, io));
    } catch (error) {
      failures++;
      progress.note(`news-timeline extract: ${name}: ${messageOf(error)}\n`);
      continue;
    }
    const result = extractEvents(text, options);
    if (!parsed.quiet) reportUndated(name, result, progress);
    const out = outputs[index];
    if (out === undefined) {
      articles.push({ file: name, result, text });
      continue;
    }
    try {
      await writeFile(out, json({ file: name, ...header, ...result }), 'utf8');
      if (!parsed.quiet) progress.note(`${name} → ${out}: ${summary(result)}\n`, 'stdout');
    } catch (error) {
      failures++;
      progress.note(`news-timeline extract: ${out}: not written: ${messageOf(error)}\n`);
    }
  }
  progress.done();
  if (parsed.outDir !== undefined) return failures ? EXIT_FAILURE : EXIT_OK;
  if (articles.length === 0) return EXIT_FAILURE;

  const single = !parsed.merge ? articles[0] : undefined;
  const result: ExtractionResult = single ? single.result : mergeResults(articles);
  if (parsed.html === undefined) {
    io.stdout(
      json(
        single
          ? { file: single.file, ...header, ...result }
          : { files: articles.map((a) => a.file), ...header, ...result },
      ),
    );
    return failures ? EXIT_FAILURE : EXIT_OK;
  }
  const title = single
    ? (articleHeadline(single.text, parsed.locale) ??
      (single.file === 'stdin' ? 'Article' : basename(single.file)))
    : `${articles.length} articles`;
  try {
    const page = timelinePage({
      title,
      referenceDate: parsed.referenceDate,
      result,
      bundle: await loadBundle(),
      ...(parsed.locale !== undefined ? { lang: parsed.locale } : {}),
      strings: await loadStrings(parsed.locale ?? 'en'),
    });
    await writeFile(parsed.html, page, 'utf8');
  } catch (error) {
    io.stderr(`news-timeline extract: ${parsed.html}: not written: ${messageOf(error)}\n`);
    return EXIT_FAILURE;
  }
  const from = single ? single.file : `${articles.length} articles`;
  io.stdout(`${from} → ${parsed.html}: ${summary(result)}\n`);
  return failures ? EXIT_FAILURE : EXIT_OK;
}

function summary(result: ExtractionResult): string {
  const undated = result.undated.length ? `, ${result.undated.length} not placed` : '';
  return `${result.events.length} events${undated}`;
}

function reportUndated(file: string, result: ExtractionResult, progress: Progress): void {
  for (const u of result.undated) {
    const at = u.source.expression.start;
    progress.note(`news-timeline extract: ${file}: not placed at offset ${at}: ${u.message}\n`);
  }
}

/** `news-timeline extract`: article text in, dated events (JSON or an HTML timeline) out. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'find the dated events of articles: JSON, or an HTML page with the timeline',
  usage,
  run: (args, io) => runExtract(args, io),
};
