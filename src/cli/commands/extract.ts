import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { articleHeadline, extractEvents, type ExtractionResult } from '../../extract/index.js';
import type { Anchor, Preference } from '../../normalize/types.js';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIO, type Command } from '../command.js';
import { describe, errnoCode } from '../errors.js';
import { loadBundle, timelinePage } from './extract-html.js';

const PREFERENCES: readonly Preference[] = ['auto', 'past', 'future', 'nearest'];
const ANCHORS: readonly Anchor[] = ['auto', 'story', 'document'];
/** Larger input is refused rather than read into memory. */
const MAX_BYTES = 64 * 1024 * 1024;

const usage = `Usage: news-timeline extract ARTICLE --reference-date DATE [options]

Finds the dated events of a news article (plain UTF-8 text) and prints them as
JSON, or writes a self-contained HTML page with their timeline. ARTICLE "-" reads
standard input.

Options:
  -r, --reference-date DATE  publication date of the article, ISO 8601 (2019-12-30); required
      --prefer MODE          auto (default), past, future or nearest: how to read
                             bare months and weekdays
      --anchor MODE          auto (default), story or document: what year-less
                             dates count from (the story's time or the reference)
      --json                 print the events as JSON to stdout (the default)
      --html FILE            write an HTML page with the timeline to FILE instead
  -q, --quiet                do not list undated mentions on stderr
  -h, --help                 show this help

JSON: {"file", "referenceDate", "prefer", "events", "undated", "expressions"};
an event has "id", "date" {"value", "type", "granularity", "range", "text"},
"title", "sentence" and "source"/"sources" offsets into the text. Dates that could
not be placed are listed in "undated" and, unless --quiet, on stderr.

Example:
  news-timeline extract article.txt --reference-date 2019-12-30 --html timeline.html

Exit status: 0 done, 1 the article could not be read or the page not written,
2 bad arguments (including an invalid date).
`;

interface ExtractArgs {
  file: string;
  referenceDate: string;
  prefer: Preference | undefined;
  anchorMode: Anchor | undefined;
  html: string | undefined;
  quiet: boolean;
}

function parse(args: string[]): ExtractArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        'reference-date': { type: 'string', short: 'r' },
        prefer: { type: 'string' },
        anchor: { type: 'string' },
        json: { type: 'boolean' },
        html: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no ARTICLE given');
  if (positionals.length > 1) throw new UsageError(`one ARTICLE at a time, got ${positionals.length}`);
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
  // The normalizer's own check, so the CLI accepts exactly what the library accepts.
  try {
    extractEvents('', { referenceDate });
  } catch (error) {
    throw new UsageError(`--reference-date: ${(error as Error).message}`);
  }
  return {
    file: positionals[0]!,
    referenceDate,
    prefer: prefer as Preference | undefined,
    anchorMode: anchor as Anchor | undefined,
    html: values.html,
    quiet: values.quiet ?? false,
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decode(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error('is not valid UTF-8 text');
  }
  if (text.includes('\0')) throw new Error('is a binary file, not text');
  return text;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BYTES) throw new Error(`is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Reads the article, turning file system errors into one-line reasons. */
async function readArticle(file: string): Promise<string> {
  if (file === '-') return decode(await readStdin());
  const info = await stat(file).catch((error: unknown) => {
    throw new Error(errnoCode(error) === 'ENOENT' ? 'no such file' : `cannot be read (${describe(error)})`);
  });
  if (info.isDirectory()) throw new Error('is a directory, not an article');
  if (info.size > MAX_BYTES) throw new Error(`is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const bytes = await readFile(file).catch((error: unknown) => {
    throw new Error(`cannot be read (${describe(error)})`);
  });
  return decode(bytes);
}

function reportUndated(file: string, result: ExtractionResult, io: CliIO): void {
  for (const u of result.undated) {
    const at = u.source.expression.start;
    io.stderr(`news-timeline extract: ${file}: not placed at offset ${at}: ${u.message}\n`);
  }
}

/**
 * Extracts the events of one article and prints JSON or writes an HTML page.
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
  const name = parsed.file === '-' ? 'stdin' : parsed.file;
  let text: string;
  try {
    text = await readArticle(parsed.file);
  } catch (error) {
    io.stderr(`news-timeline extract: ${name}: ${(error as Error).message}\n`);
    return EXIT_FAILURE;
  }
  const options = {
    referenceDate: parsed.referenceDate,
    ...(parsed.prefer ? { prefer: parsed.prefer } : {}),
    ...(parsed.anchorMode ? { anchor: parsed.anchorMode } : {}),
  };
  const result = extractEvents(text, options);
  if (!parsed.quiet) reportUndated(name, result, io);
  if (parsed.html === undefined) {
    const output = {
      file: name,
      referenceDate: parsed.referenceDate,
      prefer: parsed.prefer ?? 'auto',
      ...result,
    };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return EXIT_OK;
  }
  const title = articleHeadline(text) ?? (parsed.file === '-' ? 'Article' : basename(parsed.file));
  try {
    const page = timelinePage({
      title,
      referenceDate: parsed.referenceDate,
      result,
      bundle: await loadBundle(),
    });
    await writeFile(parsed.html, page, 'utf8');
  } catch (error) {
    io.stderr(`news-timeline extract: ${parsed.html}: not written: ${(error as Error).message}\n`);
    return EXIT_FAILURE;
  }
  const undated = result.undated.length ? `, ${result.undated.length} not placed` : '';
  io.stdout(`${name} → ${parsed.html}: ${result.events.length} events${undated}\n`);
  return EXIT_OK;
}

/** `news-timeline extract`: article text in, dated events (JSON or an HTML timeline) out. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'find the dated events of an article: JSON, or an HTML page with the timeline',
  usage,
  run: (args, io) => runExtract(args, io),
};
