import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { extractEvents, extractEventsInSlices, splitSentences } from '../../src/extract/index.js';
import { splitSentencesSteps } from '../../src/extract/sentence-steps.js';
import { runSteps } from '../../src/normalize/steps.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string): string => readFileSync(resolve(repoRoot, path), 'utf8');
const seed = read('test/fixtures/seed/article.txt');
const REFERENCE = '2019-12-30';

/**
 * A long article of many paragraphs: the sample articles, the real news pages and the seed one
 * after the other, three times (about 190 kB), so stories, date headings, captions and duplicates
 * meet across paragraphs and far apart.
 */
function longArticle(): string {
  const texts = (dir: string): string[] =>
    readdirSync(resolve(repoRoot, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => read(`${dir}/${f}`).trim());
  const once = [...texts('test/fixtures/articles'), ...texts('test/fixtures/pages'), seed].join('\n\n');
  return [once, once, once].join('\n\n');
}

/** A pause that counts how often it was called. */
function countingPause(): { pause: () => Promise<void>; count: () => number } {
  let n = 0;
  return {
    pause: () => {
      n++;
      return new Promise((r) => setImmediate(r));
    },
    count: () => n,
  };
}

describe('extractEventsInSlices: the one-shot extraction, a slice at a time', () => {
  test('gives exactly what extractEvents gives for the seed, pausing at every step', async () => {
    const { pause, count } = countingPause();
    const sliced = await extractEventsInSlices(seed, { referenceDate: REFERENCE }, { pause, sliceMs: 0 });
    assert.deepEqual(sliced, extractEvents(seed, { referenceDate: REFERENCE }));
    assert.equal(sliced.events.length, 14);
    assert.ok(count() >= 3, `paused ${count()} times`);
  });

  test('gives exactly what extractEvents gives for a long multi-paragraph article', async () => {
    const text = longArticle();
    assert.ok(text.length > 150_000, `${text.length} characters`);
    for (const options of [
      { referenceDate: REFERENCE },
      { referenceDate: REFERENCE, prefer: 'past' as const },
    ]) {
      const { pause, count } = countingPause();
      const sliced = await extractEventsInSlices(text, options, { pause, sliceMs: 0 });
      const direct = extractEvents(text, options);
      assert.ok(direct.events.length > 150, `${direct.events.length} events`);
      assert.deepEqual(sliced, direct);
      // Every chrono piece, every 32 sentences and every 256 expressions is a step.
      assert.ok(count() > 100, `paused ${count()} times`);
    }
  });

  test('two extractions interleaved step by step each give their own result', async () => {
    const long = longArticle();
    const short = `${seed}\n\n${seed.slice(0, 2000)}`;
    const pause = (): Promise<void> => new Promise((r) => setImmediate(r));
    const [a, b] = await Promise.all([
      extractEventsInSlices(long, { referenceDate: REFERENCE }, { pause, sliceMs: 0 }),
      extractEventsInSlices(short, { referenceDate: '2020-01-02' }, { pause, sliceMs: 0 }),
    ]);
    assert.deepEqual(a, extractEvents(long, { referenceDate: REFERENCE }));
    assert.deepEqual(b, extractEvents(short, { referenceDate: '2020-01-02' }));
  });

  test('reports its progress in order, from 0 to 1', async () => {
    const seen: number[] = [];
    await extractEventsInSlices(
      longArticle(),
      { referenceDate: REFERENCE },
      { pause: () => Promise.resolve(), sliceMs: 0, onProgress: (done) => seen.push(done) },
    );
    assert.ok(seen.length > 100, `${seen.length} reports`);
    for (let i = 1; i < seen.length; i++)
      assert.ok(seen[i]! >= seen[i - 1]!, `${seen[i]} after ${seen[i - 1]}`);
    assert.ok(seen[0]! >= 0 && seen[0]! < 0.05, `first ${seen[0]}`);
    assert.equal(seen.at(-1), 1);
  });

  test('stops at the next pause when cancelled, rejecting with the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('the text changed');
    let pauses = 0;
    const pending = extractEventsInSlices(
      longArticle(),
      { referenceDate: REFERENCE },
      {
        pause: () => {
          if (++pauses === 3) controller.abort(reason);
          return Promise.resolve();
        },
        sliceMs: 0,
        signal: controller.signal,
      },
    );
    await assert.rejects(pending, (error) => error === reason);
    assert.equal(pauses, 3);
    // Already cancelled: nothing runs.
    await assert.rejects(
      extractEventsInSlices(
        seed,
        { referenceDate: REFERENCE },
        { pause: () => Promise.resolve(), signal: controller.signal },
      ),
      (error) => error === reason,
    );
  });

  test('rejects bad arguments with the TypeError of extractEvents', async () => {
    const pause = () => Promise.resolve();
    await assert.rejects(
      extractEventsInSlices(seed, { referenceDate: 'soon' }, { pause }),
      (error) => error instanceof TypeError && /referenceDate/.test(error.message),
    );
    await assert.rejects(
      extractEventsInSlices(42 as unknown as string, { referenceDate: REFERENCE }, { pause }),
      /text must be a string, got number/,
    );
  });
});

describe('splitSentencesSteps', () => {
  test('cuts a long text at blank lines into exactly the sentences of the whole text', () => {
    // Wrapped lines, abbreviations at line ends, several blank lines, a paragraph of one long line.
    const paragraph = (i: number): string =>
      i % 7 === 3
        ? `Mr. Smith of the U.S.\nin 2002 said No.\n${i} was next. A wrapped line goes\non here.`
        : i % 11 === 5
          ? 'One long line. '.repeat(400)
          : `Paragraph ${i} began on Dec. 29. It ended in Jan.\n\n\n${i + 1} days later.`;
    const text = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('\n\n');
    assert.ok(text.length > 100_000);
    const steps = splitSentencesSteps(text);
    let pauses = 0;
    for (let next = steps.next(); !next.done; next = steps.next()) pauses++;
    assert.ok(pauses >= 3, `${pauses} pauses`);
    assert.deepEqual(runSteps(splitSentencesSteps(text)), splitSentences(text));
  });
});
