import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Progress } from '../../src/cli/progress.js';
import { captureIO, cli, escapeRegExp } from './cli-helpers.js';

interface ArticleJson {
  file: string;
  referenceDate: string;
  events: { id: string; date: { value: string }; title: string }[];
}
interface MergedJson {
  files: string[];
  prefer: string;
  events: { id: string; file: string; date: { value: string } }[];
  undated: { file: string; text: string; eventId?: string }[];
  expressions: { file: string; text: string; eventId?: string }[];
}

let dir: string;
let articles: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-extract-many-'));
  articles = join(dir, 'articles');
  mkdirSync(join(articles, 'older'), { recursive: true });
  writeFileSync(join(articles, 'a.txt'), 'Troops left Baghdad on December 28.\n');
  writeFileSync(join(articles, 'b.txt'), 'The vote was held on December 29. "We win today," he said.\n');
  writeFileSync(join(articles, 'older', 'c.txt'), 'The embassy was attacked on December 31, 2019.\n');
  writeFileSync(join(articles, 'notes.md'), 'Not an article: December 1.\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('news-timeline extract with many articles', () => {
  test('--out-dir: a directory stands for its .txt files below it; one JSON file per article', async () => {
    const out = join(dir, 'out', 'nested');
    const r = await cli(['extract', articles, '-r', '2019-12-30', '--out-dir', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['a.json', 'b.json', 'c.json']);
    const a = JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')) as ArticleJson;
    assert.equal(a.file, join(articles, 'a.txt'));
    assert.equal(a.referenceDate, '2019-12-30');
    assert.deepEqual(
      a.events.map((e) => [e.id, e.date.value]),
      [['e1', '2019-12-28']],
    );
    const c = JSON.parse(readFileSync(join(out, 'c.json'), 'utf8')) as ArticleJson;
    assert.deepEqual(
      c.events.map((e) => e.date.value),
      ['2019-12-31'],
    );
    assert.equal(
      r.stdout,
      `${join(articles, 'a.txt')} → ${join(out, 'a.json')}: 1 events\n` +
        `${join(articles, 'b.txt')} → ${join(out, 'b.json')}: 1 events, 1 not placed\n` +
        `${join(articles, 'older', 'c.txt')} → ${join(out, 'c.json')}: 1 events\n`,
    );
    assert.match(
      r.stderr,
      new RegExp(
        `^news-timeline extract: ${escapeRegExp(join(articles, 'b.txt'))}: not placed at offset \\d+: "today"`,
      ),
    );
  });

  test('--merge: one timeline, items name their file, ids are numbered per article', async () => {
    const r = await cli([
      'extract',
      join(articles, 'a.txt'),
      join(articles, 'b.txt'),
      '-r',
      '2019-12-30',
      '--merge',
      '-q',
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as MergedJson;
    assert.deepEqual(out.files, [join(articles, 'a.txt'), join(articles, 'b.txt')]);
    assert.equal(out.prefer, 'auto');
    assert.deepEqual(
      out.events.map((e) => [e.id, e.file, e.date.value]),
      [
        ['a1-e1', join(articles, 'a.txt'), '2019-12-28'],
        ['a2-e1', join(articles, 'b.txt'), '2019-12-29'],
      ],
    );
    assert.deepEqual(
      out.undated.map((u) => [u.file, u.text]),
      [[join(articles, 'b.txt'), 'today']],
    );
    const december29 = out.expressions.find((x) => x.text === 'December 29');
    assert.deepEqual([december29?.file, december29?.eventId], [join(articles, 'b.txt'), 'a2-e1']);
  });

  test('--merge --html writes one page with every article’s events', async () => {
    const page = join(dir, 'story.html');
    const r = await cli(['extract', articles, '-r', '2019-12-30', '--merge', '--html', page, '-q']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `3 articles → ${page}: 3 events, 1 not placed\n`);
    const html = readFileSync(page, 'utf8');
    assert.match(html, /<title>Timeline: 3 articles<\/title>/);
    const data = /<script type="application\/json" id="news-timeline-events">(.*?)<\/script>/s.exec(html);
    const events = JSON.parse(data![1]!) as { id: string; date: string }[];
    assert.deepEqual(
      events.map((e) => [e.id, e.date]),
      [
        ['a1-e1', '2019-12-28'],
        ['a2-e1', '2019-12-29'],
        ['a3-e1', '2019-12-31'],
      ],
    );
  });

  test('an unreadable article is reported; the others are still written; exit 1', async () => {
    const out = join(dir, 'partial');
    const missing = join(articles, 'gone.txt');
    const r = await cli(['extract', join(articles, 'a.txt'), missing, '-r', '2019-12-30', '-o', out, '-q']);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `news-timeline extract: ${missing}: no such file\n`);
    assert.deepEqual(readdirSync(out), ['a.json']);
  });

  test('clashing output names are refused before anything is written', async () => {
    const other = join(dir, 'other');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'a.txt'), 'On December 28.\n');
    const out = join(dir, 'clash');
    const r = await cli(['extract', articles, other, '-r', '2019-12-30', '-o', out]);
    assert.equal(r.status, 1);
    assert.equal(
      r.stderr,
      `news-timeline extract: ${join(other, 'a.txt')}: same name as ${join(articles, 'a.txt')}, both would be written to ${join(out, 'a.json')}\n` +
        'news-timeline extract: nothing written\n',
    );
    assert.equal(existsSync(out), false);
  });

  test('a progress bar on a terminal for more than three articles, none otherwise', async () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    for (const n of [1, 2, 3, 4])
      writeFileSync(join(many, `${n}.txt`), `Item ${n} happened on December ${n}.\n`);
    const out = join(dir, 'many-out');
    const tty = await cli(['extract', many, '-r', '2019-12-30', '-o', out, '-q'], { terminalColumns: 100 });
    assert.equal(tty.status, 0, tty.stderr);
    const frames = tty.stderr.split('\r\x1b[K').filter(Boolean);
    assert.deepEqual(
      frames.map((f) => f.replace(`${many}/`, '')),
      [
        `[${'░'.repeat(30)}] 0/4 1.txt`,
        `[${'█'.repeat(8)}${'░'.repeat(22)}] 1/4 2.txt`,
        `[${'█'.repeat(15)}${'░'.repeat(15)}] 2/4 3.txt`,
        `[${'█'.repeat(23)}${'░'.repeat(7)}] 3/4 4.txt`,
      ],
    );
    assert.ok(tty.stderr.endsWith('\r\x1b[K'), 'the bar is cleared at the end');
    const pipe = await cli(['extract', many, '-r', '2019-12-30', '-o', join(dir, 'many-pipe'), '-q']);
    assert.equal(pipe.stderr, '');
    const few = await cli(['extract', articles, '-r', '2019-12-30', '-o', join(dir, 'few'), '-q'], {
      terminalColumns: 100,
    });
    assert.equal(few.stderr, '');
  });

  test('notes printed while the bar is up clear it first; long names are shortened from the left', () => {
    const io = captureIO({ terminalColumns: 40 });
    const progress = new Progress(io, 10);
    progress.update(5, '/a/very/long/path/to/some/article-name.txt');
    progress.note('a note\n');
    progress.note('to stdout\n', 'stdout');
    progress.done();
    const [bar, rest] = [io.err.slice(0, io.err.indexOf('a note')), io.err.slice(io.err.indexOf('a note'))];
    assert.equal(bar, `\r\x1b[K[${'█'.repeat(8)}${'░'.repeat(8)}] 5/10 …ticle-name.txt\r\x1b[K`);
    assert.equal(bar.replaceAll('\r\x1b[K', '').length, 39);
    assert.equal(rest, 'a note\n');
    assert.equal(io.out, 'to stdout\n');
  });
});

describe('news-timeline: inputs that must not eat memory or hang', () => {
  test(
    'extract /dev/zero stops at the size cap with exit 1',
    { skip: !existsSync('/dev/zero') && 'no /dev/zero' },
    async () => {
      const r = await cli(['extract', '/dev/zero', '-r', '2019-12-30']);
      assert.equal(r.status, 1);
      assert.equal(
        r.stderr,
        'news-timeline extract: /dev/zero: is larger than 64 MB (the most news-timeline reads)\n',
      );
    },
  );

  test('standard input is capped too', async () => {
    const { readInput } = await import('../../src/cli/input.js');
    await assert.rejects(readInput('-', captureIO({ input: 'x'.repeat(2048) }), 1024), {
      name: 'InputError',
      message: 'is larger than 0.0009765625 MB (the most news-timeline reads)',
    });
    const bytes = await readInput('-', captureIO({ input: 'On December 28.' }), 1024);
    assert.equal(bytes.toString('utf8'), 'On December 28.');
  });

  test(
    'a /proc file that claims size 0 is read',
    { skip: !existsSync('/proc/self/status') && 'no /proc' },
    async () => {
      const { readInput } = await import('../../src/cli/input.js');
      const bytes = await readInput('/proc/self/status', captureIO());
      assert.match(bytes.toString('utf8'), /^Name:/);
    },
  );

  test(
    'timeml and extract --out-dir where no folder can be made: a clear message and exit 2',
    { skip: !existsSync('/proc/self') && 'no /proc' },
    async () => {
      const input = join(dir, 'x.tml');
      writeFileSync(input, '<TimeML><TEXT>On Friday.</TEXT></TimeML>');
      const timeml = await cli(['timeml', input, '--out-dir', '/proc/x', '--reference-date', '2019-12-30']);
      assert.equal(timeml.status, 2);
      assert.equal(
        timeml.stderr,
        'news-timeline timeml: --out-dir /proc/x: cannot be created (ENOENT)\nRun "news-timeline timeml --help" for usage.\n',
      );
      const extract = await cli(['extract', join(articles, 'a.txt'), '-r', '2019-12-30', '-o', '/proc/x/y']);
      assert.equal(extract.status, 2);
      assert.match(
        extract.stderr,
        /^news-timeline extract: --out-dir \/proc\/x\/y: cannot be created \(ENOENT\)\n/,
      );
    },
  );

  test('an --out-dir that is a file is refused', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const r = await cli(['extract', join(articles, 'a.txt'), '-r', '2019-12-30', '-o', join(file, 'sub')]);
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      new RegExp(`--out-dir ${escapeRegExp(join(file, 'sub'))}: cannot be created \\(ENOTDIR\\)\n`),
    );
  });
});
