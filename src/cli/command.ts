/** Where a command writes; the real process streams in `main`, collected strings in tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
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
