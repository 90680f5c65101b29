// What the npm registry shows: package.json links and README.md, read as a visitor to the package
// page would (relative links and images there point nowhere, the tarball has no demo/ or docs/).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  engines: { node: string };
};
const REPO = 'https://github.com/news-timeline/news-timeline';

/** GitHub's anchor for a heading. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

describe('registry page', () => {
  test('package.json links the repository, the home page and the issue tracker', () => {
    assert.deepEqual(pkg.repository, { type: 'git', url: `git+${REPO}.git` });
    assert.equal(pkg.homepage, `${REPO}#readme`);
    assert.deepEqual(pkg.bugs, { url: `${REPO}/issues` });
  });

  test('every link and image in the README is absolute or an anchor that exists', () => {
    const withoutCode = readme.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    const targets = [...withoutCode.matchAll(/\]\(([^)\s]+)[^)]*\)/g)].map((m) => m[1]!);
    assert.ok(targets.length > 10);
    const anchors = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
    for (const target of targets) {
      if (target.startsWith('#')) assert.ok(anchors.has(target.slice(1)), `no heading for ${target}`);
      else assert.match(target, /^(https:\/\/|mailto:)/, `relative link ${target}`);
    }
    assert.ok(
      targets.some((t) => t.startsWith('https://raw.githubusercontent.com/news-timeline/news-timeline/')),
    );
  });

  test('the README starts with installing (npm, then the CDN tag), then the element, then the library', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    assert.deepEqual(headings.slice(0, 3), ['Install', 'The element in a page', 'The library']);
    const install = readme.slice(readme.indexOf('## Install'), readme.indexOf('## The element in a page'));
    const blocks = [...install.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]!.trim()]);
    assert.deepEqual(blocks, [
      ['sh', 'npm install news-timeline'],
      [
        'html',
        '<script type="module" src="https://cdn.jsdelivr.net/npm/news-timeline/dist/news-timeline.bundle.js"></script>',
      ],
    ]);
  });

  test('the two project commands are under "Contributing"', () => {
    const start = readme.indexOf('## Contributing');
    assert.ok(start > readme.indexOf('## The library'));
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    assert.match(section, /```sh\nnpm install && npm run demo\n```/);
    assert.match(section, /```sh\nnpm test\n```/);
  });

  test('engines and the README name the same Node, and this Node meets it', () => {
    const floor = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node);
    assert.ok(floor, `engines.node is ${pkg.engines.node}`);
    const [, major, minor] = floor;
    assert.match(readme, new RegExp(`\\*\\*Node ${major}\\.${minor} or newer\\*\\*`));
    const [runMajor = 0, runMinor = 0] = process.versions.node.split('.').map(Number);
    assert.ok(runMajor > Number(major) || (runMajor === Number(major) && runMinor >= Number(minor)));
  });
});
