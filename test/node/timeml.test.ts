import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { annotateTimeML, readTimeMLText, TimeMLError, type FindTimexes } from '../../src/cli/timeml.js';
import type { NormalizeOptions, Timex } from '../../src/normalize/types.js';

const HEAD = `<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>
<TITLE>AT&amp;T &lt;news&gt;</TITLE>
<TEXT>`;
const BODY = `
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> that &quot;Q&amp;A&quot; sales <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> in <TIMEX3 tid="t2" type="DATE" value="1997-Q4">the fourth quarter</TIMEX3>.
It&apos;s <SIGNAL sid="s1">after</SIGNAL> 3&gt;2 &amp;&amp; <TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3>&lt;tm&gt;.
`;
const TAIL = `</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`;
const DOC = HEAD + BODY + TAIL;
const PLAIN = `
AT&T said Wednesday that "Q&A" sales rose in the fourth quarter.
It's after 3>2 && two years<tm>.
`;

/** A timex at the first occurrence of `text` in the plain text. */
function at(text: string, type: Timex['type'], value: string, extra: Partial<Timex> = {}): Timex {
  const start = PLAIN.indexOf(text);
  assert.ok(start >= 0, `"${text}" is in the sample`);
  return { start, end: start + text.length, text, type, value, ...extra };
}

/** A finder that returns fixed timexes and records how it was called. */
function fixedFinder(
  timexes: Timex[],
): FindTimexes & { calls: { text: string; options: NormalizeOptions }[] } {
  const calls: { text: string; options: NormalizeOptions }[] = [];
  const find = (text: string, options: NormalizeOptions): Timex[] => {
    calls.push({ text, options });
    return timexes;
  };
  return Object.assign(find, { calls });
}

describe('readTimeMLText', () => {
  test('returns the decoded plain text of <TEXT> and the creation time', () => {
    assert.deepEqual(readTimeMLText(DOC), { plain: PLAIN, creationTime: '1998-01-08' });
  });

  test('reports a document without <TEXT>', () => {
    assert.throws(() => readTimeMLText('<TimeML><DCT/></TimeML>'), {
      name: 'TimeMLError',
      message: 'no <TEXT> element',
    });
    assert.throws(() => readTimeMLText('<TimeML><TEXT>open</TimeML>'), TimeMLError);
  });
});

describe('annotateTimeML', () => {
  test('passes the decoded text, the DCT value and prefer to the finder', () => {
    const find = fixedFinder([]);
    annotateTimeML(DOC, { find, prefer: 'past' });
    assert.deepEqual(find.calls, [{ text: PLAIN, options: { referenceDate: '1998-01-08', prefer: 'past' } }]);
  });

  test('replaces the tags inside <TEXT> with its own TIMEX3 and keeps entities and everything else', () => {
    const find = fixedFinder([
      at('Wednesday', 'DATE', '1998-01-07'),
      at('Q&A', 'DATE', 'PRESENT_REF'),
      at('the fourth quarter', 'DATE', '1997-Q4', { mod: 'END' }),
      at('two years', 'DURATION', 'P2Y'),
    ]);
    const result = annotateTimeML(DOC, { find });
    const expectedBody = `
AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> that &quot;<TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">Q&amp;A</TIMEX3>&quot; sales rose in <TIMEX3 tid="t3" type="DATE" value="1997-Q4" mod="END">the fourth quarter</TIMEX3>.
It&apos;s after 3&gt;2 &amp;&amp; <TIMEX3 tid="t4" type="DURATION" value="P2Y">two years</TIMEX3>&lt;tm&gt;.
`;
    assert.equal(result.xml, HEAD + expectedBody + TAIL);
    assert.equal(result.referenceDate, '1998-01-08');
    assert.deepEqual(
      result.written.map((t) => [t.tid, t.text]),
      [
        ['t1', 'Wednesday'],
        ['t2', 'Q&A'],
        ['t3', 'the fourth quarter'],
        ['t4', 'two years'],
      ],
    );
    assert.deepEqual(result.rejected, []);
    assert.equal(readTimeMLText(result.xml).plain, PLAIN);
  });

  test('writes timexes in text order whatever order the finder returns', () => {
    const find = fixedFinder([at('two years', 'DURATION', 'P2Y'), at('Wednesday', 'DATE', '1998-01-07')]);
    const { written } = annotateTimeML(DOC, { find });
    assert.deepEqual(
      written.map((t) => [t.tid, t.text]),
      [
        ['t1', 'Wednesday'],
        ['t2', 'two years'],
      ],
    );
  });

  test('keeps CRLF line ends and a byte order mark', () => {
    const crlf = '\uFEFF' + DOC.replace(/\n/g, '\r\n');
    const plain = readTimeMLText(crlf).plain;
    const start = plain.indexOf('two years');
    const find = fixedFinder([{ start, end: start + 9, text: 'two years', type: 'DURATION', value: 'P2Y' }]);
    const out = annotateTimeML(crlf, { find }).xml;
    assert.ok(out.startsWith('\uFEFF<?xml version="1.0" ?>\r\n<TimeML>\r\n'));
    assert.ok(
      out.includes(
        '&amp;&amp; <TIMEX3 tid="t1" type="DURATION" value="P2Y">two years</TIMEX3>&lt;tm&gt;.\r\n',
      ),
    );
    assert.equal(readTimeMLText(out).plain, plain);
  });

  test('rejects overlapping and misplaced timexes instead of writing broken XML', () => {
    const quarter = at('the fourth quarter', 'DATE', '1997-Q4');
    const fourth = at('fourth', 'DATE', 'XXXX');
    const wrongText = { ...at('Wednesday', 'DATE', '1998-01-07'), text: 'Thursday' };
    const outside: Timex = {
      start: PLAIN.length - 2,
      end: PLAIN.length + 5,
      text: '.\n',
      type: 'DATE',
      value: 'X',
    };
    const empty: Timex = { start: 3, end: 3, text: '', type: 'DATE', value: 'X' };
    const result = annotateTimeML(DOC, { find: fixedFinder([fourth, quarter, wrongText, outside, empty]) });
    assert.deepEqual(
      result.written.map((t) => t.text),
      ['the fourth quarter'],
    );
    assert.deepEqual(
      result.rejected.map((r) => [r.timex.text, r.reason]),
      [
        ['Thursday', `text "Thursday" is not what the text holds at ${wrongText.start}–${wrongText.end}`],
        [
          '.\n',
          `offsets ${outside.start}–${outside.end} are outside the text (length ${PLAIN.length}) or empty`,
        ],
        ['', `offsets 3–3 are outside the text (length ${PLAIN.length}) or empty`],
        ['fourth', 'overlaps an earlier timex'],
      ],
    );
  });

  test('never reuses the tid of a TIMEX3 that stays in the document', () => {
    const doc = DOC.replace('tid="t0"', 'tid="t1"');
    const { xml, written } = annotateTimeML(doc, {
      find: fixedFinder([at('Wednesday', 'DATE', '1998-01-07'), at('two years', 'DURATION', 'P2Y')]),
    });
    assert.deepEqual(
      written.map((t) => t.tid),
      ['t2', 't3'],
    );
    assert.equal(xml.match(/tid="t1"/g)?.length, 1);
  });

  test('escapes attribute values', () => {
    const { xml } = annotateTimeML(DOC, { find: fixedFinder([at('Wednesday', 'DATE', 'a"b&c<d')]) });
    assert.ok(xml.includes('<TIMEX3 tid="t1" type="DATE" value="a&quot;b&amp;c&lt;d">Wednesday</TIMEX3>'));
  });

  test('keeps a creation-time TIMEX3 that sits inside <TEXT> verbatim and writes nothing over it', () => {
    const dctTag = '<TIMEX3 tid="t9" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">';
    const doc = `<TimeML><TEXT>\n${dctTag}January 8, 1998</TIMEX3>\nOn <EVENT eid="e1">Wednesday</EVENT> &amp; later.\n</TEXT></TimeML>`;
    const plain = readTimeMLText(doc).plain;
    assert.equal(plain, '\nJanuary 8, 1998\nOn Wednesday & later.\n');
    const span = (text: string, value: string): Timex => {
      const start = plain.indexOf(text);
      return { start, end: start + text.length, text, type: 'DATE', value };
    };
    const find = fixedFinder([
      span('8, 1998', '1998'),
      span('Wednesday', '1998-01-07'),
      span('& later', 'FUTURE_REF'),
    ]);
    const result = annotateTimeML(doc, { find });
    assert.equal(find.calls[0]?.options.referenceDate, '1998-01-08');
    assert.equal(
      result.xml,
      `<TimeML><TEXT>\n${dctTag}January 8, 1998</TIMEX3>\nOn <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> <TIMEX3 tid="t2" type="DATE" value="FUTURE_REF">&amp; later</TIMEX3>.\n</TEXT></TimeML>`,
    );
    assert.deepEqual(
      result.rejected.map((r) => r.reason),
      ['overlaps the creation-time TIMEX3'],
    );
  });

  test('uses the fallback reference date only when the document has no DCT', () => {
    const noDct = '<TimeML><TEXT>On Friday.</TEXT></TimeML>';
    assert.throws(() => annotateTimeML(noDct, { find: fixedFinder([]) }), {
      name: 'TimeMLError',
      message: 'no TIMEX3 with functionInDocument="CREATION_TIME" to use as the reference date',
    });
    const find = fixedFinder([]);
    annotateTimeML(noDct, { find, fallbackReferenceDate: '2019-12-30' });
    annotateTimeML(DOC, { find, fallbackReferenceDate: '2019-12-30' });
    assert.deepEqual(
      find.calls.map((c) => c.options.referenceDate),
      ['2019-12-30', '1998-01-08'],
    );
  });

  test('lets the finder report an invalid DCT', () => {
    const doc = DOC.replace('value="1998-01-08"', 'value="XXXX-XX-XX"');
    const find: FindTimexes = (_text, { referenceDate }) => {
      throw new TypeError(`referenceDate "${String(referenceDate)}" is not an ISO 8601 date`);
    };
    assert.throws(() => annotateTimeML(doc, { find }), { name: 'TypeError', message: /XXXX-XX-XX/ });
  });

  const scorerPath = new URL('../fixtures/eval/timeml-score.mjs', import.meta.url);
  test('the TempEval-3 scorer reads the same text and our spans', async () => {
    const scorer = (await import(scorerPath.href)) as {
      readTimeML(xml: string): {
        plain: string;
        dct: string;
        timexes: { start: number; end: number; value: string }[];
      };
    };
    const timexes = [at('Q&A', 'DATE', 'PRESENT_REF'), at('two years', 'DURATION', 'P2Y')];
    const { xml } = annotateTimeML(DOC, { find: fixedFinder(timexes) });
    const gold = scorer.readTimeML(DOC);
    const sys = scorer.readTimeML(xml);
    assert.equal(sys.plain, gold.plain);
    assert.equal(sys.plain, PLAIN);
    assert.equal(sys.dct, '1998-01-08');
    assert.deepEqual(
      sys.timexes.map((t) => [t.start, t.end, t.value]),
      timexes.map((t) => [t.start, t.end, t.value]),
    );
  });
});
