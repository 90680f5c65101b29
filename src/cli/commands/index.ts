import type { Command } from '../command.js';
import { timemlCommand } from './timeml.js';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [timemlCommand];
