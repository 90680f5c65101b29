import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { escapeHtml, inlineModule, loadBundle, scriptJson } from '../../src/cli/commands/extract-html.js';
import { cli, escapeRegExp } from './cli-helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = resolve(root, 'test/fixtures/seed/article.txt');
const expected = JSON.parse(readFileSync(resolve(root, 'test/fixtures/seed/expected.json'), 'utf8')) as {
  events: Array<{ value: string; granularity: string; mentions: string }>;
};

interface CliJson {
  file: string;
  referenceDate: string;
  prefer: string;
  events: Array<{
    id: string;
    date: { value: string; granularity: string };
    sentence: string;
    title: string;
  }>;
  undated: Array<{ reason: string; text: string }>;
  expressions: Array<{ text: string; role: string }>;
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-extract-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('news-timeline extract', () => {
  test('the seed article as JSON: the 14 expected events', async () => {
    const r = await cli(['extract', seed, '--reference-date', '2019-12-30']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as CliJson;
    assert.equal(out.file, seed);
    assert.equal(out.referenceDate, '2019-12-30');
    assert.equal(out.prefer, 'auto');
    assert.equal(out.events.length, 14);
    for (const want of expected.events) {
      assert.ok(
        out.events.some(
          (e) =>
            e.date.value === want.value &&
            e.date.granularity === want.granularity &&
            e.sentence.includes(want.mentions),
        ),
        `${want.value} "${want.mentions}"`,
      );
    }
    assert.deepEqual(
      out.undated.map((u) => [u.reason, u.text]),
      [['quoted-deictic', 'today']],
    );
    assert.equal(out.expressions.find((x) => x.text === 'months')?.role, 'duration');
    // The undated mention is also reported on stderr, with where it is.
    assert.equal(
      r.stderr,
      `news-timeline extract: ${seed}: not placed at offset 2162: "today" is inside a quotation, so it counts from when the words were spoken, not from the reference date\n`,
    );
  });

  test('--json, -r, --prefer and --quiet', async () => {
    const r = await cli(['extract', '--json', '-r', '2019-12-30', '--prefer', 'past', '--quiet', seed]);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as CliJson;
    assert.equal(out.prefer, 'past');
    assert.equal(out.events.length, 14);
  });

  test('"-" reads the article from standard input', async () => {
    const r = await cli(['extract', '-', '-r', '2019-12-30'], {
      input: 'Troops left Baghdad on December 28.',
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as CliJson;
    assert.equal(out.file, 'stdin');
    assert.deepEqual(
      out.events.map((e) => [e.date.value, e.title]),
      [['2019-12-28', 'Troops left Baghdad']],
    );
  });

  test('--locale reads the article in its language', async () => {
    const r = await cli(['extract', '-', '-r', '2024-03-05', '--locale', 'es'], {
      input: 'El Gobierno aprobó ayer la reforma laboral, según informó el ministerio.',
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as CliJson & { locale: string };
    assert.equal(out.locale, 'es');
    assert.deepEqual(
      out.events.map((e) => [e.date.value, e.title]),
      [['2024-03-04', 'El Gobierno aprobó la reforma laboral']],
    );
  });

  test('--help shows the usage; the command is listed in the main help', async () => {
    const r = await cli(['extract', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: news-timeline extract ARTICLE\.\.\. --reference-date DATE/);
    assert.match(r.stdout, /--html FILE/);
    assert.match((await cli(['--help'])).stdout, /\n {2}extract +find the dated events of articles/);
  });

  test('a missing file, a directory without articles, non-UTF-8 and binary input: exit 1 with the reason', async () => {
    const missing = join(dir, 'no-such.txt');
    const empty = join(dir, 'empty');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, 'sub', 'notes.md'), 'On December 28.');
    const cases: Array<[string, RegExp]> = [
      [missing, /no such file/],
      [empty, /holds no \.txt articles/],
    ];
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6e, 0x20, 0x4d, 0x6f, 0x6e]));
    cases.push([latin1, /is not valid UTF-8 text/]);
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    cases.push([binary, /is a binary file, not text/]);
    for (const [file, reason] of cases) {
      const r = await cli(['extract', file, '-r', '2019-12-30']);
      assert.equal(r.status, 1, file);
      assert.equal(r.stdout, '');
      assert.match(
        r.stderr,
        new RegExp(`^news-timeline extract: ${escapeRegExp(file)}: ${reason.source}\\n$`),
      );
    }
  });

  test('bad arguments exit 2 with a pointer to --help', async () => {
    const cases: Array<[string[], RegExp]> = [
      [
        ['extract', seed, '-r', 'yesterday'],
        /--reference-date: referenceDate "yesterday" is not an ISO 8601 date/,
      ],
      [
        ['extract', seed, '-r', '2019-02-30'],
        /--reference-date: referenceDate "2019-02-30" is not a valid calendar date/,
      ],
      [['extract', seed], /--reference-date DATE is required/],
      [
        ['extract', seed, '-r', '2019-12-30', '--locale', 'tlh'],
        /--locale: Unsupported language "tlh" \(supported: de, en, es, fr, ru\)/,
      ],
      [['extract', '-r', '2019-12-30'], /no ARTICLE given/],
      [
        ['extract', seed, seed, '-r', '2019-12-30'],
        /2 articles: choose --out-dir DIR \(one JSON file each\) or --merge \(one timeline\)/,
      ],
      [['extract', seed, '-r', '2019-12-30', '-o', 'x', '--merge'], /choose one of --out-dir and --merge/],
      [
        ['extract', seed, '-r', '2019-12-30', '-o', 'x', '--html', 'x.html'],
        /--html FILE writes one page: use it with one ARTICLE or with --merge, not --out-dir/,
      ],
      [['extract', seed, '-r'], /--reference-date needs a value/],
      [['extract', seed, '-r', '2019-12-30', '--quiet=yes'], /--quiet takes no value/],
      [['extract', seed, '-r', '2019-12-30', '--qiet'], /unknown option --qiet \(did you mean --quiet\?\)\n/],
      [['extract', seed, '-r', '2019-12-30', '--out'], /unknown option --out \(did you mean --out-dir\?\)\n/],
      [
        ['extract', seed, '-r', '2019-12-30', '--prefer', 'soon'],
        /--prefer must be one of auto, past, future, nearest/,
      ],
      [
        ['extract', seed, '-r', '2019-12-30', '--json', '--html', 'x.html'],
        /choose one of --json and --html/,
      ],
      [['extract', seed, '-r', '2019-12-30', '--colour'], /unknown option --colour\n/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`^news-timeline extract: ${message.source}`));
      assert.match(r.stderr, /Run "news-timeline extract --help" for usage\.\n$/);
    }
  });

  test('--html writes a self-contained page with the element, the events and the bundle', async () => {
    const out = join(dir, 'seed.html');
    const r = await cli(['extract', seed, '-r', '2019-12-30', '--html', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${seed} → ${out}: 14 events, 1 not placed\n`);
    const page = readFileSync(out, 'utf8');
    assert.match(page, /^<!doctype html>/);
    assert.match(
      page,
      /<title>Timeline: Baghdad Eyes &#39;Review,&#39; Iran-Backed Militia Pledges Revenge After U\.S\. Air Strikes In Iraq, Syria<\/title>/,
    );
    assert.match(page, /<news-timeline reference-date="2019-12-30" label="Timeline: Baghdad Eyes/);
    const data = /<script type="application\/json" id="news-timeline-events">(.*?)<\/script>/s.exec(page);
    const events = JSON.parse(data![1]!) as Array<{ id: string; date: string; title: string }>;
    assert.equal(events.length, 14);
    assert.ok(events.some((e) => e.date === '2019-12-29TEV'));
    // Three scripts (data, bundle, wiring), nothing that loads another file.
    assert.equal(page.match(/<script\b/g)?.length, 3);
    assert.equal(page.match(/<\/script>/g)?.length, 3);
    assert.doesNotMatch(page, /<script[^>]*\ssrc=|<link\b/);
    assert.match(page, /customElements/);
    assert.match(page, /<h2>Undated mentions in the article<\/h2>/);
    assert.match(page, /<html lang="en" dir="ltr">/);
    assert.match(page, /<p>Published 2019-12-30 · 14 events<\/p>/);
  });

  test('--html into a missing directory exits 1 and names the file', async () => {
    const out = join(dir, 'missing-dir', 'x.html');
    const r = await cli(['extract', seed, '-r', '2019-12-30', '--html', out, '-q']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^news-timeline extract: ${escapeRegExp(out)}: not written: ENOENT`));
  });

  test('hostile article text stays text in the page', async () => {
    const article = join(dir, 'hostile.txt');
    writeFileSync(
      article,
      'Hack </script><script>window.__xss = 1</script> <!-- <b>bold</b>\n\nThe </script> tag was found on December 28.\n',
    );
    const out = join(dir, 'hostile.html');
    const r = await cli(['extract', article, '-r', '2019-12-30', '--html', out]);
    assert.equal(r.status, 0, r.stderr);
    const page = readFileSync(out, 'utf8');
    assert.equal(page.match(/<\/script>/g)?.length, 3);
    assert.equal(page.match(/<script\b/g)?.length, 3);
    assert.doesNotMatch(page, /<b>bold/);
    assert.match(page, /<title>Timeline: Hack &lt;\/script&gt;&lt;script&gt;window\.__xss = 1/);
  });
});

describe('extract page helpers', () => {
  test('scriptJson cannot close its script element', () => {
    const json = scriptJson({ title: '</script><!-- x' });
    assert.equal(json, '{"title":"\\u003c/script>\\u003c!-- x"}');
    assert.deepEqual(JSON.parse(json), { title: '</script><!-- x' });
  });

  test('inlineModule escapes </script and moves code with <!-- into a data: URL', () => {
    assert.equal(inlineModule('const a = "</script>";'), 'const a = "<\\/script>";');
    const moved = inlineModule('const a = "<!-- <script>";');
    const base64 = /^import 'data:text\/javascript;base64,([A-Za-z0-9+/=]+)';$/.exec(moved)![1]!;
    assert.equal(Buffer.from(base64, 'base64').toString('utf8'), 'const a = "<!-- <script>";');
  });

  test('escapeHtml', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  test('without a built bundle, the element is bundled from the sources', async () => {
    const missing = join(dir, 'nowhere', 'news-timeline.bundle.js');
    mkdirSync(join(dir, 'nowhere'), { recursive: true });
    assert.equal(existsSync(missing), false);
    const code = await loadBundle(missing);
    // One module with every dependency inlined: it registers the element and imports nothing.
    assert.ok(/\.define\("news-timeline"/.test(code), 'defines <news-timeline>');
    assert.ok(!/\b(?:from|import)\s*["'](?:lit|d3-|chrono-node)/.test(code), 'no bare imports');
  });
});
