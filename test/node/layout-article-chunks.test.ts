import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chunkArticle, chunkBlocks } from '../../src/layout/article-chunks.js';
import {
  segmentArticle,
  type ArticleBlock,
  type HighlightSpan,
  type SentenceSpan,
} from '../../src/layout/article-segments.js';

/** An article of `n` paragraphs, each one sentence of an event with its date highlighted. */
function article(n: number): { text: string; sentences: SentenceSpan[]; highlights: HighlightSpan[] } {
  let text = '';
  const sentences: SentenceSpan[] = [];
  const highlights: HighlightSpan[] = [];
  for (let i = 0; i < n; i++) {
    // Some paragraphs are joined by one line break inside a sentence (a wrapped line).
    if (i) text += i % 3 ? '\n\n' : '\n';
    const sentence =
      i % 7 === 6
        ? `Paragraph ${i} was wrapped\nby hand on May ${(i % 28) + 1}, 2019.`
        : `Paragraph ${i} was written on May ${(i % 28) + 1}, 2019, and said little more.`;
    const date = sentence.indexOf('May');
    sentences.push({ start: text.length, end: text.length + sentence.length, eventId: `e${i + 1}` });
    highlights.push({
      start: text.length + date,
      end: text.length + date + 11,
      role: 'anchor',
      eventId: `e${i + 1}`,
    });
    text += sentence;
    if (i % 5 === 4) text += ' An aside with no date\nfollows on two lines, dated\n2019 in a context mark.';
    if (i % 5 === 4) {
      const year = text.lastIndexOf('2019');
      highlights.push({ start: year - 1, end: year + 4, role: 'context' });
    }
  }
  // Sources of merged events come after the event's own: not in text order.
  return { text, sentences: [...sentences.slice(10), ...sentences.slice(0, 10)], highlights };
}

/** Sentence blocks and highlighted runs as they are; plain stretches between them merged. */
function pieces(blocks: ArticleBlock[]): unknown[] {
  const out: { start: number; end: number; eventId?: string; highlight?: HighlightSpan }[] = [];
  for (const block of blocks) {
    if (block.eventId !== undefined) out.push(block);
    else
      for (const run of block.runs) {
        const last = out.at(-1);
        if (!run.highlight && last && last.eventId === undefined && !last.highlight && last.end === run.start)
          last.end = run.end;
        else out.push({ ...run });
      }
  }
  return out;
}

describe('chunkArticle', () => {
  test('cuts a long article into chunks of about the target size that segment as the whole does', () => {
    const { text, sentences, highlights } = article(2000);
    const chunks = chunkArticle(text, sentences, highlights, 5000);
    assert.ok(chunks.length > 20, `${chunks.length} chunks`);
    assert.equal(chunks[0]!.start, 0);
    assert.equal(chunks.at(-1)!.end, text.length);
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0) assert.equal(chunk.start, chunks[i - 1]!.end);
      if (i < chunks.length - 1) {
        assert.equal(text[chunk.end - 1], '\n', `chunk ${i} ends inside a line`);
        const size = chunk.end - chunk.start;
        assert.ok(size >= 5000 && size < 5200, `chunk ${i}: ${size}`);
      }
      for (const s of [...chunk.sentences, ...chunk.highlights])
        assert.ok(
          s.start >= chunk.start && s.end <= chunk.end,
          `span ${s.start}-${s.end} crosses chunk ${i}`,
        );
    }
    // Chunk by chunk, the same sentences and highlights as for the whole text; plain text between
    // them may be cut at a chunk's end.
    assert.deepEqual(
      pieces(chunks.flatMap((c) => chunkBlocks(c))),
      pieces(segmentArticle(text.length, sentences, highlights)),
    );
    assert.deepEqual(chunks.flatMap((c) => [...c.eventIds]).sort(), sentences.map((s) => s.eventId).sort());
  });

  test('cuts a long stretch with no event at line breaks, and keeps a text without any whole', () => {
    const plain = Array.from({ length: 400 }, (_, i) => `Line ${i} of a long stretch.`).join('\n');
    const chunks = chunkArticle(plain, [], [], 1000);
    assert.ok(chunks.length >= 9, `${chunks.length} chunks`);
    for (const chunk of chunks.slice(0, -1)) assert.equal(plain[chunk.end - 1], '\n');
    assert.deepEqual(
      chunks
        .flatMap((c) => chunkBlocks(c))
        .map((b) => plain.slice(b.start, b.end))
        .join(''),
      plain,
    );
    const oneLine = 'word '.repeat(10_000);
    assert.deepEqual(
      chunkArticle(oneLine, [], [], 1000).map((c) => [c.start, c.end]),
      [[0, oneLine.length]],
    );
  });

  test('gives one chunk for a short article, and none for an empty one', () => {
    const { text, sentences, highlights } = article(3);
    const chunks = chunkArticle(text, sentences, highlights);
    assert.equal(chunks.length, 1);
    assert.deepEqual([...chunks[0]!.eventIds].sort(), ['e1', 'e2', 'e3']);
    assert.deepEqual(chunkArticle('', [], []), []);
  });
});
