import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Imports flow one way (DESIGN.md): protocols → world → state → ui; content holds data and
 * imports only types; server is Node only. Each block below forbids the layers a folder must
 * not reach, so a wrong import fails the lint with the reason.
 */
const layer = (name) => [`**/${name}/*`, `**/${name}`, `../${name}/*`, `../../${name}/*`];
const forbid = (layers, message, extra = []) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        ...layers.map((name) => ({ group: layer(name), message })),
        ...extra.map((name) => ({ group: [name, `${name}/*`], message })),
      ],
    },
  ],
});
const uiLibraries = ['react', 'react-dom', 'framer-motion', 'zustand', 'react-i18next', 'i18next'];
const browserGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage'].map(
  (name) => ({ name, message: 'protocols/ and world/ are pure: no DOM.' }),
);

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // A test that indexes a fixture knows the item is there; a wrong guess fails the test anyway.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/protocols/**'],
    rules: {
      ...forbid(
        ['world', 'state', 'ui', 'content', 'server'],
        'protocols/ is the pure core: it imports no other layer, no React, no DOM.',
        uiLibraries,
      ),
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['src/world/**'],
    rules: {
      ...forbid(['state', 'ui', 'server'], 'world/ builds on protocols/ only.', uiLibraries),
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['src/content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...layer('state'), ...layer('ui'), ...layer('server')],
              message: 'content/ is data: it may import types only.',
            },
            {
              group: [...layer('protocols'), ...layer('world')],
              allowTypeImports: true,
              message: 'content/ is data: it may import types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**'],
    rules: forbid(['ui', 'server'], 'state/ must not reach the views or the Node servers.'),
  },
  {
    files: ['src/ui/**'],
    rules: forbid(['server'], 'ui/ runs in the browser: server/ is Node only.'),
  },
  {
    files: ['src/server/**'],
    rules: forbid(['ui', 'state'], 'server/ runs engines on sockets: no views.', uiLibraries),
  },
);
