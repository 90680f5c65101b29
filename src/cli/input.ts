/**
 * Reading inputs and creating output folders without surprises: every read is capped in bytes,
 * whatever the input is (a regular file, standard input, a pipe, a device such as /dev/zero, a
 * /proc file that claims size 0), and folders are created one level at a time, so a path that
 * cannot exist fails at once instead of looping.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { CliIO } from './command.js';
import { describe, errnoCode } from './errors.js';

/** Largest input read, in bytes (64 MiB): larger input is refused before it fills memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** An input that cannot be used; the message completes "FILE: …". */
export class InputError extends Error {
  override name = 'InputError';
}

const tooLarge = (max: number): InputError =>
  new InputError(`is larger than ${max / 1024 / 1024} MB (the most news-timeline reads)`);

/** Collects a byte stream, giving up as soon as it passes `max` bytes. */
async function collect(stream: AsyncIterable<Uint8Array>, max: number, stop?: () => void): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > max) {
      stop?.();
      throw tooLarge(max);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a whole input into memory, at most `max` bytes of it.
 *
 * @param file - a path, or `-` for standard input (`io.stdin`, else the process's)
 * @throws {InputError} with a one-line reason: missing, a directory, unreadable, too large
 */
export async function readInput(file: string, io: CliIO, max = MAX_INPUT_BYTES): Promise<Buffer> {
  if (file === '-') return collect(io.stdin ?? process.stdin, max);
  const info = await stat(file).catch((error: unknown) => {
    throw new InputError(
      errnoCode(error) === 'ENOENT' ? 'no such file' : `cannot be read (${describe(error)})`,
    );
  });
  if (info.isDirectory()) throw new InputError('is a directory, not an article');
  // A regular file's size is known: refuse a large one without reading it. Anything else
  // (devices, pipes, /proc) is read until it ends or passes the cap.
  if (info.isFile() && info.size > max) throw tooLarge(max);
  const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
  try {
    return await collect(stream, max, () => stream.destroy());
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot be read (${describe(error)})`);
  }
}

/**
 * Creates `dir` and its missing parents, one level at a time. (Node's recursive `mkdir` loops
 * forever where a parent exists but refuses children, as /proc does.)
 *
 * @throws {InputError} naming the reason (`ENOENT`, `EACCES`, `is a file`…)
 */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    const info = await stat(current).catch((error: unknown) => {
      if (errnoCode(error) === 'ENOENT') return undefined;
      throw new InputError(`cannot be created (${describe(error)})`);
    });
    if (info) {
      if (!info.isDirectory()) throw new InputError(`cannot be created (${current} is not a directory)`);
      break;
    }
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing) {
    await mkdir(path).catch((error: unknown) => {
      if (errnoCode(error) !== 'EEXIST') throw new InputError(`cannot be created (${describe(error)})`);
    });
  }
}

/**
 * The files named on the command line, with each directory replaced by the files in it and below
 * whose names end in one of `extensions`, in name order. Other paths (missing ones too) stay as
 * given, to be reported when read.
 */
export async function expandInputs(
  paths: readonly string[],
  extensions: readonly string[],
): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = path === '-' ? undefined : await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    files.push(
      ...entries
        .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
        .map((e) => join(e.parentPath, e.name))
        .sort(),
    );
  }
  return files;
}
