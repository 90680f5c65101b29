// custom-elements.json for IDEs, Storybook and the README: attributes, properties, events, slots,
// CSS parts and custom properties come from the JSDoc on the element classes in src/elements/.
// `npm run build:manifest` writes dist/custom-elements.json ("customElements" in package.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** A `something.define('tag-name', Class)` call whose receiver is not literally `customElements`. */
function registryDefineCall(ts, node) {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  if (node.expression.name.text !== 'define') return undefined;
  const receiver = node.expression.expression.getText();
  // The analyzer already handles these receivers itself.
  if (['customElements', 'window.customElements', 'globalThis.customElements'].includes(receiver)) {
    return undefined;
  }
  const [tag, klass] = node.arguments;
  if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return undefined;
  if (!/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(tag.text)) return undefined;
  return { tagName: tag.text, className: klass.text };
}

/** Where `name` is declared, as a manifest module path (`src/elements/x.ts`), if it was imported. */
function importedFrom(ts, sourceFile, name, modulePath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named)) continue;
    if (!named.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return { package: specifier };
    return { module: resolveRelative(modulePath, specifier).replace(/\.js$/, '.ts') };
  }
  return { module: modulePath };
}

/**
 * `defineTimelineElements(registry = customElements)` registers the tags through a parameter, so
 * the analyzer's own `customElements.define` detection misses them; this records those calls as
 * custom-element definitions, which the analyzer then links to the classes as `tagName`.
 */
function registryDefinitions() {
  return {
    name: 'news-timeline:registry-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      const call = registryDefineCall(ts, node);
      if (!call) return;
      const where = importedFrom(ts, node.getSourceFile(), call.className, moduleDoc.path);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: call.tagName,
          declaration: { name: call.className, ...where },
        },
      ];
    },
  };
}

/** `./x.js` or `../y.ts` seen from the module at `from` (`src/a/b.ts`) → `src/a/x.js`, `src/y.ts`. */
function resolveRelative(from, specifier) {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/**
 * Consumers load dist/**.js, not the TypeScript sources: every module path and reference (also
 * the relative specifiers the analyzer copies from re-exports) becomes a package path in dist/.
 */
function distPaths() {
  const toDist = (path) => path.replace(/^(\.\/|\/)?src\//, 'dist/').replace(/\.ts$/, '.js');
  const visit = (value, modulePath) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, modulePath);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'module' && typeof child === 'string') {
          value[key] = toDist(child.startsWith('.') ? resolveRelative(modulePath, child) : child);
        } else {
          visit(child, modulePath);
        }
      }
    }
  };
  return {
    name: 'news-timeline:dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        visit(module, module.path);
        module.path = toDist(module.path);
      }
    },
  };
}

/** The modules consumers import the elements from (package.json "exports"), as manifest paths. */
const ENTRY_MODULES = ['src/index.ts', 'src/elements/classes.ts', 'src/elements/define.ts'];

/** True for a module with no runtime code (interfaces, type aliases, type-only imports and exports). */
function isTypeOnlyModule(sourceFile) {
  return sourceFile.statements.every(
    (statement) =>
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(statement) && statement.isTypeOnly),
  );
}

const parsed = new Map();
/** The TypeScript source at a manifest path (`src/a/b.ts`), parsed; undefined when there is none. */
function sourceAt(path) {
  if (!parsed.has(path)) {
    parsed.set(
      path,
      existsSync(path)
        ? ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest)
        : undefined,
    );
  }
  return parsed.get(path);
}

/** Names a module re-exports with `export type { … }` (types: no JavaScript behind them). */
function typeOnlyExportNames(sourceFile) {
  const names = new Set();
  for (const statement of sourceFile?.statements ?? []) {
    if (!ts.isExportDeclaration(statement)) continue;
    const clause = statement.exportClause;
    if (!clause || !ts.isNamedExports(clause)) continue;
    for (const element of clause.elements) {
      if (statement.isTypeOnly || element.isTypeOnly) names.add(element.name.text);
    }
  }
  return names;
}

const isPublicMember = (member) =>
  (member.privacy ?? 'public') === 'public' && !member.static && !/^[_#]/.test(member.name);

/**
 * The manifest describes the public API only: the entry modules and the modules that define
 * elements, with their public, non-static members. Internal modules (article loading, canvas
 * painting, text measuring), private and protected members, and types (no JavaScript in the
 * package: type-only modules and `export type`) are left out. The sources stay as they are;
 * JSDoc `@internal` also hides an item.
 */
function publicApi() {
  return {
    name: 'news-timeline:public-api',
    packageLinkPhase({ customElementsManifest }) {
      const typeOnlyPath = (path) => {
        const source = sourceAt(path.replace(/\.js$/, '.ts'));
        return source !== undefined && isTypeOnlyModule(source);
      };
      const definesElement = (module) =>
        (module.declarations ?? []).some((d) => d.customElement) ||
        (module.exports ?? []).some((e) => e.kind === 'custom-element-definition');
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) =>
          !typeOnlyPath(module.path) && (ENTRY_MODULES.includes(module.path) || definesElement(module)),
      );
      for (const module of customElementsManifest.modules) {
        const entry = ENTRY_MODULES.includes(module.path);
        if (!entry) module.declarations = (module.declarations ?? []).filter((d) => d.customElement);
        const declared = new Set((module.declarations ?? []).map((d) => d.name));
        const types = typeOnlyExportNames(sourceAt(module.path));
        module.exports = (module.exports ?? []).filter((e) => {
          const target = e.declaration?.module;
          const targetPath = target?.startsWith('.') ? resolveRelative(module.path, target) : target;
          if (targetPath && typeOnlyPath(targetPath)) return false;
          if (types.has(e.name)) return false;
          return (
            entry || e.kind === 'custom-element-definition' || declared.has(e.declaration?.name ?? e.name)
          );
        });
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(isPublicMember);
          const fields = new Set(declaration.members.map((m) => m.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (a) => !a.fieldName || fields.has(a.fieldName),
            );
          }
        }
      }
    },
  };
}

/** `var(--news-timeline-x, fallback)` → fallback, for the first use of each property in `css`. */
export function customPropertyDefaults(css) {
  const defaults = new Map();
  const start = /var\(\s*(--news-timeline-[\w-]+)\s*,/g;
  for (let m; (m = start.exec(css));) {
    let depth = 1;
    let i = start.lastIndex;
    for (; i < css.length && depth > 0; i++) {
      if (css[i] === '(') depth++;
      else if (css[i] === ')') depth--;
    }
    const value = css
      .slice(start.lastIndex, i - 1)
      .trim()
      .replace(/\s+/g, ' ');
    if (!defaults.has(m[1]) && value) defaults.set(m[1], value);
  }
  return defaults;
}

/**
 * Each documented `--news-timeline-*` property gets the fallback the element's styles give it
 * (light theme) as its `default`, read from the styles themselves so the two cannot disagree.
 */
function cssPropertyDefaults() {
  return {
    name: 'news-timeline:css-property-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const css = readdirSync('src/elements', { recursive: true })
        .filter((file) => String(file).endsWith('.ts'))
        .map((file) => readFileSync(join('src/elements', String(file)), 'utf8'))
        .join('\n');
      const defaults = customPropertyDefaults(css);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const property of declaration.cssProperties ?? []) {
            const fromStyles = defaults.get(property.name);
            const fromDoc = /\(default ([^)]+)\)/.exec(property.description ?? '')?.[1];
            if (fromStyles ?? fromDoc) property.default = fromStyles ?? fromDoc;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/index.ts', 'src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [registryDefinitions(), publicApi(), cssPropertyDefaults(), distPaths()],
};
