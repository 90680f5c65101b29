// ESLint (flat config), run by `npm test` through `npm run lint`. TypeScript is linted with
// typescript-eslint's type-checked rules against tsconfig.json; Lit templates and custom elements
// with eslint-plugin-lit, eslint-plugin-wc and eslint-plugin-lit-a11y. Formatting is prettier's.
import js from '@eslint/js';
import globals from 'globals';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      // Projects of their own (React, Vue) with their own dependencies; the package test installs
      // the packed tarball into them and type-checks them there.
      'examples/',
      '.eval/',
      // Kept byte-identical to the copy they come from.
      'test/fixtures/eval/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  litPlugin.configs['flat/recommended'],
  wcPlugin.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers and booleans in messages are what template literals are for.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `() => io.write(x)` and an early `return fail(reason)` in a void function say what they do.
      '@typescript-eslint/no-confusing-void-expression': [
        'error',
        { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true },
      ],
      // With noUncheckedIndexedAccess, `xs[i]!` inside a bounds-checked loop is the idiom; the
      // rule would trade it for runtime checks that cannot fail.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // node:test's describe/test return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'suite', 'test', 'it'] },
          ],
        },
      ],
    },
  },
  {
    // @open-wc/semantic-dom-diff types chai's `equal` as returning a promise (for its async
    // `.dom.to.equal`), so every plain `expect(x).to.equal(y)` would read as a floating promise.
    files: ['test/browser/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' }],
        },
      ],
    },
  },
  {
    // Plain JavaScript (demo, configs, the render bench): no type information to lint with.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Browser code, and the benches' callbacks that run in the page.
    files: ['demo/**/*.js', 'bench/render/**/*.js', 'bench/render/**/*.mjs', 'bench/text-mode/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
