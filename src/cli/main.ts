/**
 * `news-timeline` command line: dispatches `news-timeline COMMAND [args]` to the commands in
 * `commands/`. Run from a checkout with `node --import tsx src/cli/main.ts`; the published
 * package runs it through `bin/news-timeline.js`.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type CliIO, type Command } from './command.js';
import { commands } from './commands/index.js';
import { closest, didYouMean } from './args.js';
import { messageOf } from './errors.js';

function version(): string {
  // Both src/cli/main.ts and dist/cli/main.js sit two levels below package.json.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: news-timeline COMMAND [options]

Commands:
${list}

Options:
  -h, --help     show this help (or: news-timeline COMMAND --help)
  -v, --version  print the version
`;
}

const findCommand = (name: string): Command | undefined => commands.find((c) => c.name === name);

function unknown(word: string, io: CliIO): number {
  const option = word.startsWith('-');
  const names = option ? ['--help', '--version'] : commands.map((c) => c.name);
  const suggestion = closest(word, names);
  io.stderr(
    `news-timeline: unknown ${option ? 'option' : 'command'} "${word}"${didYouMean(suggestion === undefined ? undefined : `"${suggestion}"`)}\n\n${usage()}`,
  );
  return EXIT_USAGE;
}

/**
 * Runs the CLI.
 *
 * @param argv - arguments after the program name, e.g. `['timeml', 'a.tml', '--out-dir', 'out']`
 * @param io - where output goes; the process's stdout and stderr by default
 * @returns the exit code (0 success, 1 some input failed, 2 bad usage)
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(usage());
    return EXIT_USAGE;
  }
  if (first === '-h' || first === '--help') {
    io.stdout(usage());
    return EXIT_OK;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout(usage());
      return EXIT_OK;
    }
    const command = findCommand(topic);
    if (!command) return unknown(topic, io);
    io.stdout(command.usage);
    return EXIT_OK;
  }
  const command = findCommand(first);
  if (!command) return unknown(first, io);
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `news-timeline ${command.name}: ${error.message}\nRun "news-timeline ${command.name} --help" for usage.\n`,
      );
      return EXIT_USAGE;
    }
    io.stderr(`news-timeline ${command.name}: ${messageOf(error)}\n`);
    return EXIT_FAILURE;
  }
}

const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdin: process.stdin,
  interactive: process.stderr.isTTY,
  columns: process.stderr.columns,
};

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exitCode = await main(process.argv.slice(2));
