/** The parts of custom-elements.json (schema 2.x) the generators read, and helpers over them. */
import { readFileSync } from 'node:fs';

export interface ManifestField {
  kind: 'field' | 'method';
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  attribute?: string;
  readonly?: boolean;
}
export interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  fieldName?: string;
}
export interface ManifestElement {
  name: string;
  tagName: string;
  customElement: true;
  description?: string;
  members?: ManifestField[];
  attributes?: ManifestAttribute[];
  events?: { name: string; type?: { text: string }; description?: string }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
}
export interface Manifest {
  modules: { path: string; declarations?: (ManifestElement | { kind: string; name: string })[] }[];
}

export const readManifest = (file: string): Manifest => JSON.parse(readFileSync(file, 'utf8')) as Manifest;

/** Every custom element the manifest declares, by tag name. */
export function elementsOf(manifest: Manifest): ManifestElement[] {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is ManifestElement => 'customElement' in d && 'tagName' in d)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `event-select` → `EventSelect`; `news-timeline` → `NewsTimeline`. */
export const pascal = (kebab: string): string =>
  kebab.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase());

/** `event-select` → `onEventSelect` (React and Vue listener props). */
export const listenerProp = (event: string): string => `on${pascal(event)}`;

/** The type names a `CustomEvent<EventSelectDetail>` text refers to (`EventSelectDetail`). */
export const typeNamesIn = (text: string): string[] =>
  [...text.matchAll(/\b([A-Z]\w*)\b/g)].map((m) => m[1]!).filter((n) => n !== 'CustomEvent' && n !== 'Event');

/** Settable public properties that have no attribute (arrays, text): set as properties by frameworks. */
export const propertyOnlyFields = (element: ManifestElement): ManifestField[] =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.attribute && !m.readonly);

/** One line of a description, for JSDoc and tooltips. */
export const oneLine = (text = ''): string => text.replace(/\s+/g, ' ').trim();
