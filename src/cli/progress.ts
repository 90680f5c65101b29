import type { CliIO } from './command.js';

/** More inputs than this get a progress bar (on a terminal). */
export const PROGRESS_MIN_ITEMS = 3;

/**
 * A one-line progress bar on stderr, redrawn in place: `[██████░░░░░░] 12/30 name`. Drawn only
 * when stderr is a terminal and there are more than {@link PROGRESS_MIN_ITEMS} items; otherwise
 * every method but {@link Progress.note} does nothing. Notes are printed above the bar.
 */
export class Progress {
  readonly #io: CliIO;
  readonly #total: number;
  readonly #enabled: boolean;
  #drawn = false;

  constructor(io: CliIO, total: number) {
    this.#io = io;
    this.#total = total;
    this.#enabled = io.interactive === true && total > PROGRESS_MIN_ITEMS;
  }

  /** Shows that `done` items are finished and `name` is next. */
  update(done: number, name: string): void {
    if (!this.#enabled) return;
    const columns = Math.max(40, this.#io.columns ?? 80);
    const count = `${done}/${this.#total}`;
    // Half the line for the bar (at most 30 cells), the rest for the name.
    const width = Math.min(30, Math.floor((columns - count.length - 4) / 2));
    const filled = Math.round((done / this.#total) * width);
    const bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${count} `;
    const room = columns - bar.length - 1;
    const label = name.length > room ? `…${name.slice(name.length - room + 1)}` : name;
    this.#io.stderr(`\r\x1b[K${bar}${label}`);
    this.#drawn = true;
  }

  /** Prints a line (on stderr unless told) without breaking the bar; the next update redraws it. */
  note(line: string, stream: 'stdout' | 'stderr' = 'stderr'): void {
    this.#clear();
    this.#io[stream](line);
  }

  /** Removes the bar. */
  done(): void {
    this.#clear();
  }

  #clear(): void {
    if (!this.#drawn) return;
    this.#io.stderr('\r\x1b[K');
    this.#drawn = false;
  }
}
