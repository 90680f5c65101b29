/**
 * Reads the article given as a child `slot="article"` of `<news-timeline>` as plain text.
 * HTML is never interpreted here: only text nodes are read, block elements become paragraph
 * breaks, so `<article slot="article"><p>…</p><p>…</p></article>` reads like the page shows it.
 */

/** Elements after which the text continues in a new paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
/** Content that is not article text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** Removes the indentation every non-blank line shares and the blank lines around the text. */
function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common).trimEnd()).join('\n');
}

function collect(node: Node, parts: string[], pre: boolean): void {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = child.textContent ?? '';
      parts.push(pre ? text : text.replace(/\s+/g, ' '));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const name = (child as Element).localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        parts.push('\n');
        continue;
      }
      const block = BLOCKS.has(name);
      if (block) parts.push('\n\n');
      collect(child, parts, pre || name === 'pre');
      if (block) parts.push('\n\n');
    }
  }
}

/**
 * The article text of `element`: the raw text of a `<script type="text/plain">`, `<textarea>` or
 * `<pre>` (common indentation removed), otherwise its text with one blank line between blocks.
 *
 * @example
 * articleTextOf(Object.assign(document.createElement('pre'), { textContent: '  A.\n  B.' })) // 'A.\nB.'
 */
export function articleTextOf(element: Element): string {
  const name = element.localName;
  if (name === 'script' || name === 'textarea' || name === 'pre') return dedent(element.textContent);
  const parts: string[] = [];
  collect(name === 'template' ? (element as HTMLTemplateElement).content : element, parts, false);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^ +| +$/gm, '')
    .trim();
}
