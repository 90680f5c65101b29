import type { Command } from '../command.js';
import { extractCommand } from './extract.js';
import { timemlCommand } from './timeml.js';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [extractCommand, timemlCommand];
