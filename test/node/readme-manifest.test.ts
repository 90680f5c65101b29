// README.md's element tables against custom-elements.json generated from the sources: every
// attribute, property, method, event, named slot, CSS part and custom property is documented.
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
  it('document everything in the manifest generated from src/elements', () => {
    const manifest = generateManifest();
    const items = manifestItems(manifest);
    assert.ok(items.some((item) => item.tag === 'news-timeline' && item.kind === 'event'));
    assert.ok(items.some((item) => item.tag === 'timeline-event' && item.kind === 'attribute'));
    assert.deepEqual(missingFromReadme(manifest, readme), []);
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
