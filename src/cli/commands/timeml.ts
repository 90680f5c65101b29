import { stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { findTimexes, loadLocale } from '../../normalize/index.js';
import type { Anchor, Preference } from '../../normalize/types.js';
import { parseOptions } from '../args.js';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIO, type Command } from '../command.js';
import { messageOf } from '../errors.js';
import { makeDirectory, readInput } from '../input.js';
import { annotateTimeML, type FindTimexes } from '../timeml.js';

const PREFERENCES: readonly Preference[] = ['auto', 'past', 'future', 'nearest'];
const ANCHORS: readonly Anchor[] = ['auto', 'story', 'document'];

const usage = `Usage: news-timeline timeml FILE... --out-dir DIR [options]

Annotates TimeML documents with the temporal expressions news-timeline finds.
For each FILE, the creation-time TIMEX3 (DCT) is the reference date; the tags
inside <TEXT> are replaced by <TIMEX3 tid type value [mod]> elements, and the
rest of the document (the text of <TEXT>, the DCT) stays byte-identical.
Each result is written to DIR under the input's file name.

Options:
  -o, --out-dir DIR          where to write the annotated files (created if missing)
      --reference-date DATE  reference date (ISO 8601) for files without a DCT
      --prefer MODE          auto (default), past, future or nearest
      --anchor MODE          auto (default), story or document: what year-less
                             dates count from (the story's time or the reference)
      --locale TAG           language of the text: en (default), de, es, fr, ru
                             (BCP 47, e.g. es-MX)
  -q, --quiet                print only problems
  -h, --help                 show this help

Limits: a file is read up to 64 MB.

Exit status: 0 all files written, 1 some file failed, 2 bad arguments (including
an --out-dir that cannot be created).
`;

interface TimemlArgs {
  files: string[];
  outDir: string;
  referenceDate: string | undefined;
  prefer: Preference | undefined;
  anchorMode: Anchor | undefined;
  locale: string | undefined;
  quiet: boolean;
}

function parse(args: string[]): TimemlArgs | 'help' {
  const parsed = parseOptions(args, {
    'out-dir': { type: 'string', short: 'o' },
    'reference-date': { type: 'string' },
    prefer: { type: 'string' },
    anchor: { type: 'string' },
    locale: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no input FILE given');
  const outDir = values['out-dir'];
  if (!outDir) throw new UsageError('--out-dir DIR is required');
  const prefer = values.prefer;
  if (prefer !== undefined && !PREFERENCES.includes(prefer as Preference)) {
    throw new UsageError(`--prefer must be one of ${PREFERENCES.join(', ')}, got "${prefer}"`);
  }
  const anchor = values.anchor;
  if (anchor !== undefined && !ANCHORS.includes(anchor as Anchor)) {
    throw new UsageError(`--anchor must be one of ${ANCHORS.join(', ')}, got "${anchor}"`);
  }
  return {
    files: positionals,
    outDir,
    referenceDate: values['reference-date'],
    prefer: prefer as Preference | undefined,
    anchorMode: anchor as Anchor | undefined,
    locale: values.locale,
    quiet: values.quiet ?? false,
  };
}

/** Checks every input before anything is written: missing files, directories, name clashes. */
async function checkInputs(files: string[], outDir: string): Promise<string[]> {
  const problems: string[] = [];
  const byName = new Map<string, string>();
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (!info) problems.push(`${file}: no such file`);
    else if (info.isDirectory())
      problems.push(`${file}: is a directory (pass its files, e.g. ${join(file, '*.tml')})`);
    const name = basename(file);
    const clash = byName.get(name);
    if (clash !== undefined)
      problems.push(`${file}: same file name as ${clash}, both would be written to ${join(outDir, name)}`);
    byName.set(name, file);
    if (resolve(outDir, name) === resolve(file))
      problems.push(`${file}: --out-dir would overwrite the input file`);
  }
  return problems;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

async function readUtf8(file: string, io: CliIO): Promise<string> {
  const bytes = await readInput(file, io);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('is not valid UTF-8');
  }
}

/**
 * Annotates TimeML files and writes each to `outDir` under its own name.
 *
 * @param find - the timex finder; `findTimexes` unless a caller substitutes one
 * @returns the exit code
 */
export async function runTimeml(args: string[], io: CliIO, find: FindTimexes = findTimexes): Promise<number> {
  const parsed = parse(args);
  if (parsed === 'help') {
    io.stdout(usage);
    return EXIT_OK;
  }
  if (parsed.locale !== undefined)
    await loadLocale(parsed.locale).catch((error: unknown) => {
      throw new UsageError(`--locale: ${messageOf(error)}`);
    });
  const problems = await checkInputs(parsed.files, parsed.outDir);
  if (problems.length) {
    for (const p of problems) io.stderr(`news-timeline timeml: ${p}\n`);
    io.stderr('news-timeline timeml: nothing written\n');
    return EXIT_FAILURE;
  }
  try {
    await makeDirectory(parsed.outDir);
  } catch (error) {
    throw new UsageError(`--out-dir ${parsed.outDir}: ${messageOf(error)}`);
  }

  let failures = 0;
  for (const file of parsed.files) {
    const out = join(parsed.outDir, basename(file));
    try {
      const result = annotateTimeML(await readUtf8(file, io), {
        find,
        ...(parsed.referenceDate !== undefined ? { fallbackReferenceDate: parsed.referenceDate } : {}),
        ...(parsed.prefer ? { prefer: parsed.prefer } : {}),
        ...(parsed.anchorMode ? { anchor: parsed.anchorMode } : {}),
        ...(parsed.locale !== undefined ? { locale: parsed.locale } : {}),
      });
      await writeFile(out, result.xml, 'utf8');
      for (const { timex, reason } of result.rejected) {
        io.stderr(
          `news-timeline timeml: ${file}: not written: "${timex.text}" (${timex.start}–${timex.end}): ${reason}\n`,
        );
      }
      if (!parsed.quiet) io.stdout(`${file} → ${out}: ${result.written.length} TIMEX3\n`);
    } catch (error) {
      failures++;
      io.stderr(`news-timeline timeml: ${file}: ${messageOf(error)}\n`);
    }
  }
  return failures ? EXIT_FAILURE : EXIT_OK;
}

/** `news-timeline timeml`: TimeML in, TimeML annotated by the normalizer out. */
export const timemlCommand: Command = {
  name: 'timeml',
  summary: 'annotate TimeML files with TIMEX3 elements (TempEval-3 format)',
  usage,
  run: (args, io) => runTimeml(args, io),
};
