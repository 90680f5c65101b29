import type { Preference } from '../normalize/types.js';

/** Where the article text comes from, in order of precedence. */
export interface ArticleInputs {
  /** The `text` property. */
  text: string | undefined;
  /** The `article-src` URL. */
  src: string | undefined;
  /** Text of the `slot="article"` child. */
  slotted: string | undefined;
  referenceDate: Date | undefined;
  prefer: Preference | undefined;
  /** Most bytes read from `src` (`max-bytes`). */
  maxBytes?: number;
  /** BCP 47 language of the article (the element's `lang`). */
  locale?: string;
}

/** Whether going from `old` to `inputs` means fetching or reading the article again. */
export function articleInputsChanged(old: ArticleInputs, inputs: ArticleInputs): boolean {
  return (
    old.text !== inputs.text ||
    old.src !== inputs.src ||
    old.slotted !== inputs.slotted ||
    old.referenceDate?.getTime() !== inputs.referenceDate?.getTime() ||
    old.prefer !== inputs.prefer ||
    (old.maxBytes !== inputs.maxBytes && inputs.src !== undefined) ||
    old.locale !== inputs.locale
  );
}

/** The text's source, or `undefined` for none: `text` wins, then `src`, then the child. */
export function articleSource(
  inputs: ArticleInputs,
): { kind: 'text' | 'slot'; text: string } | { kind: 'src'; src: string } | undefined {
  const { text, src, slotted } = inputs;
  if (text !== undefined) return { kind: 'text', text };
  if (src) return { kind: 'src', src };
  if (slotted !== undefined) return { kind: 'slot', text: slotted };
  return undefined;
}
