/**
 * What a command reads and writes: the real process in `main`, strings and arrays in tests. Every
 * command goes through this seam, so tests run it in-process.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, for the `-` argument; the process's stdin when absent. */
  stdin?: AsyncIterable<Uint8Array>;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  interactive?: boolean;
  /** Width of that terminal in columns (80 when unknown). */
  columns?: number;
}

/** A `news-timeline` subcommand. Add one by writing a module in `commands/` and listing it in `commands/index.ts`. */
export interface Command {
  /** The word after `news-timeline`. */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text. */
  usage: string;
  /**
   * Runs the command.
   * @param args - the arguments after the command name
   * @returns the process exit code: 0 success, 1 some input failed, 2 bad usage
   */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Bad arguments: reported with a pointer to `--help` and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
