import { expect } from '@open-wc/testing';
import { articleTextOf } from '../../src/elements/article-text.js';
import { segmentArticle, type ArticleBlock } from '../../src/layout/article-segments.js';

const pieces = (text: string, blocks: ArticleBlock[]) =>
  blocks.map((b) => ({
    eventId: b.eventId,
    runs: b.runs.map((r) => (r.highlight ? `[${text.slice(r.start, r.end)}]` : text.slice(r.start, r.end))),
  }));

describe('segmentArticle', () => {
  const text = 'Intro. On May 1 it began. Later in June it ended. Outro.';
  const may = text.indexOf('May 1');
  const june = text.indexOf('June');
  const s1 = { start: text.indexOf('On May'), end: text.indexOf(' Later'), eventId: 'e1' };
  const s2 = { start: text.indexOf('Later'), end: text.indexOf(' Outro'), eventId: 'e2' };

  it('cuts sentences of events and their highlighted dates, covering the text once', () => {
    const blocks = segmentArticle(
      text.length,
      [s2, s1],
      [
        { start: june, end: june + 4, role: 'anchor', eventId: 'e2' },
        { start: may, end: may + 5, role: 'anchor', eventId: 'e1' },
      ],
    );
    expect(pieces(text, blocks)).to.deep.equal([
      { eventId: undefined, runs: ['Intro. '] },
      { eventId: 'e1', runs: ['On ', '[May 1]', ' it began.'] },
      { eventId: undefined, runs: [' '] },
      { eventId: 'e2', runs: ['Later in ', '[June]', ' it ended.'] },
      { eventId: undefined, runs: [' Outro.'] },
    ]);
    const joined = blocks.flatMap((b) => b.runs.map((r) => text.slice(r.start, r.end))).join('');
    expect(joined).to.equal(text);
  });

  it('splits a highlight that crosses a sentence edge and drops overlapping ones', () => {
    const blocks = segmentArticle(
      text.length,
      [s1],
      [
        { start: text.indexOf('Intro'), end: text.indexOf(' May'), role: 'context' },
        { start: text.indexOf('Intro'), end: text.indexOf('.'), role: 'context' },
        { start: may, end: may + 3, role: 'anchor' },
      ],
    );
    expect(pieces(text, blocks).slice(0, 2)).to.deep.equal([
      { eventId: undefined, runs: ['[Intro. ]'] },
      { eventId: 'e1', runs: ['[On]', ' ', '[May]', ' 1 it began.'] },
    ]);
  });

  it('returns one plain block without sentences or highlights, also for empty text', () => {
    expect(pieces('abc', segmentArticle(3, [], []))).to.deep.equal([{ eventId: undefined, runs: ['abc'] }]);
    expect(segmentArticle(0, [], [])).to.deep.equal([{ start: 0, end: 0, runs: [{ start: 0, end: 0 }] }]);
  });
});

describe('articleTextOf', () => {
  const parse = (markup: string) => {
    const host = document.createElement('div');
    host.innerHTML = markup;
    return host.firstElementChild!;
  };

  it('keeps the raw text of a script, without its common indentation', () => {
    const script = parse('<script type="text/plain">\n    First <b>line</b>.\n      Indented.\n  </script>');
    expect(articleTextOf(script)).to.equal('First <b>line</b>.\n  Indented.');
  });

  it('reads paragraphs and line breaks of rich markup, and skips styles and scripts', () => {
    const article = parse(
      '<article><h1>Title</h1>\n  <p>One\n   sentence.<br>Next line.</p><style>p{}</style><p>Two <em>words</em>.</p><script>x()</script></article>',
    );
    expect(articleTextOf(article)).to.equal('Title\n\nOne sentence.\nNext line.\n\nTwo words.');
  });

  it('reads the content of a template', () => {
    expect(articleTextOf(parse('<template><p>A.</p><p>B.</p></template>'))).to.equal('A.\n\nB.');
  });
});
