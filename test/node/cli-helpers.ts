import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** Standard input. */
  input?: string | Uint8Array;
  /** Pretend stderr is a terminal this wide (progress bars). */
  terminalColumns?: number;
}

/** An IO that collects what a command writes. */
export function captureIO(options: CliRunOptions = {}): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    stdin: Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]),
    ...(options.terminalColumns !== undefined ? { interactive: true, columns: options.terminalColumns } : {}),
  };
  return io;
}

/** Runs the CLI in this process through its IO seam, as `news-timeline ARGS` would. */
export async function cli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const io = captureIO(options);
  const status = await main(args, io);
  return { status, stdout: io.out, stderr: io.err };
}

/** Runs the real CLI process from the TypeScript sources (slow: kept for a few end-to-end checks). */
export function spawnCli(args: string[], input?: string): CliRun & { status: number | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
