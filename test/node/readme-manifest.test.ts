// README.md's element tables are generated from custom-elements.json (scripts/readme-api.ts):
// the test regenerates them from the sources and fails when the README is out of date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  generateManifest,
  manifestItems,
  missingFromReadme,
  readmeNames,
  type Manifest,
} from '../../scripts/check-readme-manifest.js';
import { darkDefaults, elementStyles, renderApi, withApi } from '../../scripts/readme-api.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

const tiny: Manifest = {
  modules: [
    {
      declarations: [
        {
          customElement: true,
          tagName: 'x-a',
          attributes: [{ name: 'reference-date' }],
          members: [
            { kind: 'field', name: 'referenceDate' },
            { kind: 'field', name: 'secret', privacy: 'private' },
            { kind: 'field', name: 'styles', static: true },
            { kind: 'method', name: 'zoomBy' },
          ],
          events: [{ name: 'event-select' }],
          slots: [{ name: '' }, { name: 'article' }],
          cssParts: [{ name: 'axis' }],
          cssProperties: [{ name: '--x-height' }],
        },
        { customElement: true, tagName: 'x-b', attributes: [{ name: 'date' }] },
      ],
    },
  ],
};

const tinyReadme = `# x

## The element

### \`<x-a>\`

| Attribute | Property | Type |
| --- | --- | --- |
| \`reference-date\` | \`referenceDate\` | \`'a' \\| 'b'\` |
| \`zoomBy(factor, at?)\` | zooms |
| \`event-select\` | |
| \`article\` | |
| \`axis\` | |
| \`--x-height\` | |

### \`<x-b>\`

| \`date\` | |

## Next section

| \`not-counted\` | |
`;

describe('README element tables', () => {
  it('are the ones generated from the manifest of src/elements (npm run docs:api), and name everything in it', () => {
    const manifest = generateManifest();
    const items = manifestItems(manifest);
    assert.ok(items.some((item) => item.tag === 'news-timeline' && item.kind === 'event'));
    assert.ok(items.some((item) => item.tag === 'timeline-event' && item.kind === 'attribute'));
    const block = renderApi(manifest, elementStyles());
    assert.equal(withApi(readme, block), readme, 'README.md is out of date: run npm run docs:api');
    assert.deepEqual(missingFromReadme(manifest, readme), []);
  });

  it('generates tables with light and dark defaults, escaped pipes and read-only notes', () => {
    const css = `:host { --_a: var(--x-accent, #111); } :host([theme='dark']) { --_a: var(--x-accent, rgba(1, 2, 3, 0.5)); }`;
    assert.deepEqual(
      [...darkDefaults(css.replace(/--x-/g, '--news-timeline-'))],
      [['--news-timeline-accent', 'rgba(1, 2, 3, 0.5)']],
    );
    const block = renderApi(
      {
        modules: [
          {
            path: 'x.js',
            declarations: [
              {
                kind: 'class',
                name: 'X',
                customElement: true,
                tagName: 'x-a',
                members: [
                  {
                    kind: 'field',
                    name: 'theme',
                    attribute: 'theme',
                    type: { text: "'a' | 'b' | undefined" },
                    default: "'a'",
                    description: 'Look.',
                  },
                  {
                    kind: 'field',
                    name: 'all',
                    readonly: true,
                    type: { text: 'string[]' },
                    description: 'Every item.',
                  },
                ],
                cssProperties: [
                  { name: '--news-timeline-accent', default: '#111', description: 'marks (default #111)' },
                ],
              },
            ],
          },
        ],
      },
      css.replace(/--x-/g, '--news-timeline-'),
    );
    assert.ok(block.includes("| `theme` | `theme` | `'a' \\| 'b'` | `'a'` | Look. |"), block);
    assert.ok(block.includes('| — | `all` | `string[]` |  | Read-only. Every item. |'), block);
    assert.ok(block.includes('| `--news-timeline-accent` | `#111` | `rgba(1, 2, 3, 0.5)` | marks |'), block);
    assert.throws(() => withApi('# no block', block), /has no <!-- api:start/);
  });

  it('lists public items per element, skipping private, static and the default slot', () => {
    assert.deepEqual(
      manifestItems(tiny).map((item) => `${item.tag} ${item.kind} ${item.name}`),
      [
        'x-a attribute reference-date',
        'x-a property referenceDate',
        'x-a method zoomBy',
        'x-a event event-select',
        'x-a slot article',
        'x-a part axis',
        'x-a css property --x-height',
        'x-b attribute date',
      ],
    );
  });

  it('reads code spans of the first two cells, per element heading, inside "The element" only', () => {
    const names = readmeNames(tinyReadme, ['x-a', 'x-b']);
    assert.deepEqual(
      [...names.get('x-a')!].sort(),
      ['--x-height', 'article', 'axis', 'event-select', 'reference-date', 'referenceDate', 'zoomBy'].sort(),
    );
    assert.deepEqual([...names.get('x-b')!], ['date']);
    assert.deepEqual(missingFromReadme(tiny, tinyReadme), []);
  });

  it('reports what a README leaves out, and names listed under another element do not count', () => {
    const withoutPart = tinyReadme.replace('| `axis` | |\n', '');
    assert.deepEqual(missingFromReadme(tiny, withoutPart), ['<x-a> part axis']);
    const dateUnderA = tinyReadme.replace('| `date` | |', '').replace('| `axis` | |', '| `axis` | `date` |');
    assert.deepEqual(missingFromReadme(tiny, dateUnderA), ['<x-b> attribute date']);
    assert.equal(missingFromReadme(tiny, '# no element section\n').length, 8);
  });
});
