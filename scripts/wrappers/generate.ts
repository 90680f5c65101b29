/**
 * Framework wrappers and editor data generated from dist/custom-elements.json, so they cannot
 * drift from the elements' JSDoc:
 *
 * - dist/react/index.js + .d.ts — `news-timeline/react`: React components via `@lit/react`,
 *   with typed props and `onEventSelect`-style typed event props;
 * - dist/jsx.d.ts — `news-timeline/jsx`: React 19 `JSX.IntrinsicElements` for the tags;
 * - dist/vue.d.ts — `news-timeline/vue`: Vue `GlobalComponents`, so vue-tsc checks templates;
 * - dist/vscode.html-custom-data.json — VS Code HTML custom data;
 * - dist/web-types.json — JetBrains web-types.
 *
 * Attribute types come from the element classes (`NewsTimeline['prefer']`), not from copies.
 *
 *   node --import tsx scripts/wrappers/generate.ts [--manifest dist/custom-elements.json] [--out dist]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  elementsOf,
  listenerProp,
  oneLine,
  propertyOnlyFields,
  readManifest,
  typeNamesIn,
  type Manifest,
  type ManifestElement,
} from './manifest.js';

const HEADER = '// Generated from custom-elements.json by scripts/wrappers/generate.ts: do not edit.\n';

/** Where the element classes and their event detail types are, seen from dist/ and dist/react/. */
const CLASSES = { root: './elements/classes.js', react: '../elements/classes.js' };

const doc = (text: string | undefined, indent = '  '): string =>
  text ? `${indent}/** ${oneLine(text).replace(/\*\//g, '*\\/')} */\n` : '';

function detailImports(elements: ManifestElement[]): string[] {
  const names = new Set<string>();
  for (const e of elements)
    for (const ev of e.events ?? []) for (const n of typeNamesIn(ev.type?.text ?? '')) names.add(n);
  return [...names].sort();
}

const ATTRIBUTE_VALUE = `/** What markup can give an attribute whose property has type T. */
type AttributeValue<T> = [NonNullable<T>] extends [boolean]
  ? boolean | ''
  : [NonNullable<T>] extends [Date]
    ? string
    : [NonNullable<T>] extends [number]
      ? number | \`\${number}\`
      : NonNullable<T>;
`;

/** The attributes, property-only fields and listeners of one element, as a TypeScript interface. */
function attributesInterface(element: ManifestElement, name: string, style: 'jsx' | 'vue'): string {
  const lines: string[] = [];
  for (const a of element.attributes ?? []) {
    if (!a.fieldName) continue;
    const key = style === 'vue' ? a.fieldName : a.name;
    const quoted = /^[a-zA-Z_$][\w$]*$/.test(key) ? key : `'${key}'`;
    lines.push(`${doc(a.description)}  ${quoted}?: AttributeValue<${element.name}['${a.fieldName}']>;`);
  }
  for (const f of propertyOnlyFields(element)) {
    lines.push(`${doc(f.description)}  ${f.name}?: ${element.name}['${f.name}'];`);
  }
  for (const ev of element.events ?? []) {
    const type = ev.type?.text ?? 'Event';
    const key = style === 'vue' ? listenerProp(ev.name) : `'on${ev.name}'`;
    lines.push(`${doc(ev.description)}  ${key}?: (event: ${type}) => void;`);
  }
  return `export interface ${name} {\n${lines.join('\n')}\n}\n`;
}

/** news-timeline/jsx: React 19 IntrinsicElements for every tag. */
export function jsxTypes(manifest: Manifest): string {
  const elements = elementsOf(manifest);
  const classes = elements.map((e) => e.name).join(', ');
  const details = detailImports(elements);
  const interfaces = elements.map((e) => attributesInterface(e, `${e.name}JSXAttributes`, 'jsx')).join('\n');
  const intrinsic = elements
    .map(
      (e) =>
        `      '${e.tagName}': Omit<DetailedHTMLProps<HTMLAttributes<${e.name}>, ${e.name}>, keyof ${e.name}JSXAttributes> &\n        ${e.name}JSXAttributes;`,
    )
    .join('\n');
  return `${HEADER}// Types only: \`import type {} from 'news-timeline/jsx'\` (or list it in "types") lets React 19
// JSX check the custom elements' attributes. React 19 sets properties (events, text) and
// listens to \`on<event-name>\` props on custom elements.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${[...classes.split(', '), ...details].join(', ')} } from '${CLASSES.root}';

${ATTRIBUTE_VALUE}
${interfaces}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}
    }
  }
}
`;
}

/** news-timeline/vue: GlobalComponents, so vue-tsc checks props and listeners in templates. */
export function vueTypes(manifest: Manifest): string {
  const elements = elementsOf(manifest);
  const details = detailImports(elements);
  const interfaces = elements.map((e) => attributesInterface(e, `${e.name}VueProps`, 'vue')).join('\n');
  const globals = elements.map((e) => `    '${e.tagName}': DefineComponent<${e.name}VueProps>;`).join('\n');
  return `${HEADER}// Types only: \`import type {} from 'news-timeline/vue'\` (or list it in "types") makes vue-tsc
// check the custom elements in templates. Tell Vue's compiler they are custom elements
// (compilerOptions.isCustomElement) as usual.
import type { DefineComponent } from 'vue';
import type { ${[...elements.map((e) => e.name), ...details].join(', ')} } from '${CLASSES.root}';

${ATTRIBUTE_VALUE}
${interfaces}
declare module 'vue' {
  interface GlobalComponents {
${globals}
  }
}
`;
}

/** news-timeline/react: one @lit/react component per element, named after its class. */
export function reactWrapper(manifest: Manifest): { js: string; dts: string } {
  const elements = elementsOf(manifest);
  const componentName = (e: ManifestElement): string => e.name.replace(/Element$/, '');
  const events = (e: ManifestElement): [string, string, string][] =>
    (e.events ?? []).map((ev) => [listenerProp(ev.name), ev.name, ev.type?.text ?? 'Event']);
  const js = `${HEADER}import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the tags (once, unless taken) and gives the classes.
// The classes come in under an alias: a component may share its class's name (NewsTimeline).
import { ${elements.map((e) => `${e.name} as ${e.name}Class`).join(', ')} } from '../index.js';

${elements
  .map(
    (e) => `export const ${componentName(e)} = createComponent({
  tagName: '${e.tagName}',
  elementClass: ${e.name}Class,
  react: React,
  displayName: '${componentName(e)}',
  events: {${events(e)
    .map(([prop, name]) => `\n    ${prop}: '${name}',`)
    .join('')}${events(e).length ? '\n  ' : ''}},
});
`,
  )
  .join('\n')}`;
  const dts = `${HEADER}import type { EventName, ReactWebComponent } from '@lit/react';
import type { ${[...elements.map((e) => e.name), ...detailImports(elements)].join(', ')} } from '${CLASSES.react}';

${elements
  .map(
    (
      e,
    ) => `${doc(e.description?.split('\n\n')[0], '')}export declare const ${componentName(e)}: ReactWebComponent<
  ${e.name},
  {${events(e)
    .map(([prop, , type]) => `\n    ${prop}: EventName<${type}>;`)
    .join('')}${events(e).length ? '\n  ' : ''}}
>;
`,
  )
  .join('\n')}`;
  return { js, dts };
}

/** VS Code HTML custom data (html.customData). */
export function vscodeCustomData(manifest: Manifest): unknown {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((e) => ({
      name: e.tagName,
      description: oneLine(e.description?.split('\n\n')[0]),
      attributes: (e.attributes ?? []).map((a) => {
        const values = literalValues(a.type?.text);
        return {
          name: a.name,
          description: oneLine(a.description),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types. */
export function webTypes(manifest: Manifest, pkg: { name: string; version: string }): unknown {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((e) => ({
          name: e.tagName,
          description: e.description?.split('\n\n')[0]?.trim(),
          attributes: (e.attributes ?? []).map((a) => {
            const values = literalValues(a.type?.text);
            return {
              name: a.name,
              description: a.description,
              ...(a.default !== undefined ? { default: a.default } : {}),
              value: values.length
                ? { type: values.map((v) => `'${v}'`).join(' | '), kind: 'plain' }
                : { type: a.type?.text ?? 'string', kind: a.type?.text === 'boolean' ? 'no-value' : 'plain' },
            };
          }),
          events: (e.events ?? []).map((ev) => ({ name: ev.name, description: ev.description })),
          slots: (e.slots ?? []).map((s) => ({ name: s.name, description: s.description })),
          css: {
            parts: (e.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
            properties: (e.cssProperties ?? []).map((p) => ({
              name: p.name,
              description: p.default ? `${p.description ?? ''} (default ${p.default})`.trim() : p.description,
            })),
          },
        })),
      },
    },
  };
}

/** `'light' | 'dark' | 'auto'` → the three strings; anything else → none. */
function literalValues(type: string | undefined): string[] {
  const parts = (type ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

/** Every generated file, relative to the output folder. */
export function generatedFiles(
  manifest: Manifest,
  pkg: { name: string; version: string },
): Record<string, string> {
  const react = reactWrapper(manifest);
  return {
    'react/index.js': react.js,
    'react/index.d.ts': react.dts,
    'jsx.d.ts': jsxTypes(manifest),
    'vue.d.ts': vueTypes(manifest),
    'vscode.html-custom-data.json': `${JSON.stringify(vscodeCustomData(manifest), null, 2)}\n`,
    'web-types.json': `${JSON.stringify(webTypes(manifest, pkg), null, 2)}\n`,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { values } = parseArgs({ options: { manifest: { type: 'string' }, out: { type: 'string' } } });
  const out = resolve(values.out ?? join(root, 'dist'));
  const manifest = readManifest(resolve(values.manifest ?? join(out, 'custom-elements.json')));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  for (const [file, text] of Object.entries(generatedFiles(manifest, pkg))) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), text);
  }
}
