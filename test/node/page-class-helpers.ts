import { extractEvents } from '../../src/extract/index.js';
import { findTimexes } from '../../src/normalize/index.js';

/** `value why.rule why.expression` for each event (the refinement's value where there is one). */
export const summary = (text: string, referenceDate: string): string[] =>
  extractEvents(text, { referenceDate }).events.map(
    (e) => `${e.refinement?.value ?? e.date.value} ${e.why.rule} ${e.why.expression}`,
  );

/** `text=value` for each expression the normalizer finds. */
export const values = (text: string, referenceDate: string): string[] =>
  findTimexes(text, { referenceDate }).map((t) => `${t.text}=${t.value}`);
