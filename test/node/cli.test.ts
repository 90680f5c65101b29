import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runTimeml } from '../../src/cli/commands/timeml.js';
import { main } from '../../src/cli/main.js';
import { readTimeMLText } from '../../src/cli/timeml.js';
import type { NormalizeOptions, Timex } from '../../src/normalize/types.js';
import { captureIO, cli, root, spawnCli } from './cli-helpers.js';

const dct = (value: string) =>
  `<DCT><TIMEX3 tid="t0" type="DATE" value="${value}" temporalFunction="false" functionInDocument="CREATION_TIME">${value}</TIMEX3></DCT>`;
const doc = (text: string, head = dct('1998-01-08')) =>
  `<?xml version="1.0" ?>\n<TimeML>\n${head}\n<TEXT>${text}</TEXT>\n<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>\n</TimeML>\n`;

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('news-timeline (real processes)', () => {
  test('--help lists the commands and exits 0', () => {
    const r = spawnCli(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: news-timeline COMMAND/);
    assert.match(r.stdout, /\n {2}timeml +annotate TimeML files/);
    assert.equal(r.stderr, '');
  });

  test('extract reads standard input, prints JSON and sets the exit code', () => {
    const r = spawnCli(['extract', '-', '-r', '2019-12-30', '-q'], 'Troops left Baghdad on December 28.');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as { file: string; events: { date: { value: string } }[] };
    assert.equal(out.file, 'stdin');
    assert.deepEqual(
      out.events.map((e) => e.date.value),
      ['2019-12-28'],
    );
    assert.equal(spawnCli(['extract', '-', '--qiet']).status, 2);
  });
});

describe('news-timeline (in process, through the IO seam)', () => {
  test('timeml --help shows the command usage', async () => {
    const r = await cli(['timeml', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: news-timeline timeml FILE\.\.\. --out-dir DIR/);
  });

  test('an unknown command exits 2 and names it, with a suggestion when one is close', async () => {
    assert.match(
      (await cli(['timml'])).stderr,
      /^news-timeline: unknown command "timml" \(did you mean "timeml"\?\)\n/,
    );
    const r = await cli(['frobnicate', 'x']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^news-timeline: unknown command "frobnicate"\n/);
    assert.equal(r.stdout, '');
  });

  test('a missing file exits 1, names the file and writes nothing', async () => {
    const out = join(dir, 'never-created');
    const present = join(dir, 'present.tml');
    writeFileSync(present, doc('On Friday.'));
    const r = await cli(['timeml', present, join(dir, 'no-such.tml'), '--out-dir', out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`news-timeline timeml: ${join(dir, 'no-such.tml')}: no such file\n`));
    assert.match(r.stderr, /nothing written/);
    assert.equal(existsSync(out), false);
  });

  test('end to end: annotates a file and keeps its text and DCT byte-identical', async () => {
    const source = doc(
      '\nShares of AT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> on January 5, 1998, the company said.\n',
    );
    const input = join(dir, 'wsj_9999.tml');
    writeFileSync(input, source);
    const out = join(dir, 'out', 'nested');
    const r = await cli(['timeml', input, '--out-dir', out]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /wsj_9999\.tml → .*nested\/wsj_9999\.tml: \d+ TIMEX3\n$/);
    const written = readFileSync(join(out, 'wsj_9999.tml'), 'utf8');
    const cut = (s: string) => [s.slice(0, s.indexOf('<TEXT>')), s.slice(s.indexOf('</TEXT>'))];
    assert.deepEqual(cut(written), cut(source));
    assert.equal(readTimeMLText(written).plain, readTimeMLText(source).plain);
    assert.doesNotMatch(written, /<EVENT/);
    assert.match(
      written,
      /<TIMEX3 tid="t1" type="DATE" value="1998-01-05"[^>]*>[^<]*January 5, 1998<\/TIMEX3>/,
    );
  });
  test('--locale reads the text in that language', async () => {
    const source = doc('\nEl Gobierno aprobó la reforma el 3 de marzo de 1998.\n');
    const input = join(dir, 'es_0001.tml');
    writeFileSync(input, source);
    const out = join(dir, 'out-es');
    const r = await cli(['timeml', input, '--out-dir', out, '--locale', 'es']);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.match(
      readFileSync(join(out, 'es_0001.tml'), 'utf8'),
      /<TIMEX3 tid="t1" type="DATE" value="1998-03-03"[^>]*>[^<]*3 de marzo de 1998<\/TIMEX3>/,
    );
  });
});

describe('news-timeline (in process)', () => {
  test('no arguments prints usage to stderr and exits 2', async () => {
    const io = captureIO();
    assert.equal(await main([], io), 2);
    assert.match(io.err, /^Usage: news-timeline COMMAND/);
  });

  test('--version prints the package version', async () => {
    const io = captureIO();
    assert.equal(await main(['--version'], io), 0);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    assert.equal(io.out, `${pkg.version}\n`);
  });

  test('help COMMAND prints that command’s usage; an unknown option is named', async () => {
    const help = captureIO();
    assert.equal(await main(['help', 'timeml'], help), 0);
    assert.match(help.out, /^Usage: news-timeline timeml/);
    const bad = captureIO();
    assert.equal(await main(['--frobnicate'], bad), 2);
    assert.match(bad.err, /^news-timeline: unknown option "--frobnicate"/);
  });

  test('bad arguments exit 2 with the reason and a pointer to --help', async () => {
    const cases: [string[], RegExp][] = [
      [['timeml', '--out-dir', dir], /no input FILE given/],
      [['timeml', 'a.tml'], /--out-dir DIR is required/],
      [
        ['timeml', 'a.tml', '-o', dir, '--prefer', 'sideways'],
        /--prefer must be one of auto, past, future, nearest, got "sideways"/,
      ],
      [['timeml', 'a.tml', '-o', dir, '--colour'], /unknown option --colour\n/],
      [
        ['timeml', 'a.tml', '-o', dir, '--locale', 'tlh'],
        /--locale: Unsupported language "tlh" \(supported: de, en, es, fr, ru\)/,
      ],
      [
        ['timeml', 'a.tml', '-o', dir, '--refrence-date', 'x'],
        /unknown option --refrence-date \(did you mean --reference-date\?\)/,
      ],
    ];
    for (const [argv, message] of cases) {
      const io = captureIO();
      assert.equal(await main(argv, io), 2, argv.join(' '));
      assert.match(io.err, message);
      assert.match(io.err, /Run "news-timeline timeml --help" for usage\.\n$/);
    }
  });

  test('refuses directories, clashing names and overwriting an input before writing anything', async () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    mkdirSync(a, { recursive: true });
    mkdirSync(b, { recursive: true });
    writeFileSync(join(a, 'x.tml'), doc('x'));
    writeFileSync(join(b, 'x.tml'), doc('x'));
    const io = captureIO();
    const out = join(dir, 'refused');
    assert.equal(await main(['timeml', a, join(a, 'x.tml'), join(b, 'x.tml'), '-o', out], io), 1);
    assert.match(io.err, new RegExp(`${a}: is a directory`));
    assert.match(io.err, new RegExp(`${join(b, 'x.tml')}: same file name as ${join(a, 'x.tml')}`));
    assert.equal(existsSync(out), false);

    const self = captureIO();
    assert.equal(await main(['timeml', join(a, 'x.tml'), '-o', a], self), 1);
    assert.match(self.err, /--out-dir would overwrite the input file/);
    assert.equal(readFileSync(join(a, 'x.tml'), 'utf8'), doc('x'));
  });

  test('a bad file is reported by name and the others are still written', async () => {
    const good = join(dir, 'good.tml');
    const noText = join(dir, 'no-text.tml');
    const noDct = join(dir, 'no-dct.tml');
    const latin1 = join(dir, 'latin1.tml');
    writeFileSync(good, doc('On Friday.'));
    writeFileSync(noText, '<TimeML></TimeML>');
    writeFileSync(noDct, doc('On Friday.', ''));
    writeFileSync(latin1, Buffer.from([0x3c, 0x54, 0x45, 0x58, 0x54, 0x3e, 0xe9, 0x3c, 0x2f]));
    const out = join(dir, 'partial');
    const calls: NormalizeOptions[] = [];
    const find = (text: string, options: NormalizeOptions): Timex[] => {
      calls.push(options);
      const start = text.indexOf('Friday');
      return start < 0 ? [] : [{ start, end: start + 6, text: 'Friday', type: 'DATE', value: '1998-01-02' }];
    };
    const io = captureIO();
    assert.equal(await runTimeml([noText, good, noDct, latin1, '-o', out, '--prefer', 'past'], io, find), 1);
    assert.equal(
      io.err,
      `news-timeline timeml: ${noText}: no <TEXT> element\n` +
        `news-timeline timeml: ${noDct}: no TIMEX3 with functionInDocument="CREATION_TIME" to use as the reference date\n` +
        `news-timeline timeml: ${latin1}: is not valid UTF-8\n`,
    );
    assert.deepEqual(calls, [{ referenceDate: '1998-01-08', prefer: 'past' }]);
    assert.equal(
      readFileSync(join(out, 'good.tml'), 'utf8'),
      doc('On <TIMEX3 tid="t1" type="DATE" value="1998-01-02">Friday</TIMEX3>.'),
    );
    assert.equal(existsSync(join(out, 'no-text.tml')), false);

    const fallback = captureIO();
    assert.equal(
      await runTimeml([noDct, '-o', out, '--reference-date', '2019-12-30', '-q'], fallback, find),
      0,
    );
    assert.equal(fallback.out, '');
    assert.equal(calls.at(-1)?.referenceDate, '2019-12-30');
  });

  test('timexes the annotator cannot write are reported, not silently dropped', async () => {
    const input = join(dir, 'overlap.tml');
    writeFileSync(input, doc('Late on Friday.'));
    const find = (): Timex[] => [
      { start: 0, end: 14, text: 'Late on Friday', type: 'DATE', value: '1998-01-02' },
      { start: 8, end: 14, text: 'Friday', type: 'DATE', value: '1998-01-02' },
    ];
    const io = captureIO();
    assert.equal(await runTimeml([input, '-o', join(dir, 'overlap-out')], io, find), 0);
    assert.equal(
      io.err,
      `news-timeline timeml: ${input}: not written: "Friday" (8–14): overlaps an earlier timex\n`,
    );
    assert.match(io.out, /: 1 TIMEX3\n$/);
  });
});
