// custom-elements.json for IDEs, Storybook and the README: attributes, properties, events, slots,
// CSS parts and custom properties come from the JSDoc on the element classes in src/elements/.
// `npm run build:manifest` writes dist/custom-elements.json ("customElements" in package.json).

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

export default {
  globs: ['src/index.ts', 'src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [registryDefinitions(), distPaths()],
};
