import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// The data flows one way: rules → engine → share → state → screens. Each folder lists what it may not import.
// docs/architecture.md draws the layers and says where each kind of change lives.
const REACT_AND_STORE = ['react', 'react-dom', 'react/.*', 'react-dom/.*', 'zustand', 'zustand/.*'];
const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'navigator',
];

const layer = (folder, { forbidden, pure = false }) => ({
  files: [`src/${folder}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `(^|/)(${forbidden.join('|')})(/|$)`,
            message: `src/${folder} must not depend on ${forbidden.join(', ')}.`,
          },
          ...(pure
            ? [
                {
                  regex: `^(${REACT_AND_STORE.join('|')})$`,
                  message: 'Pure code never imports React or zustand.',
                },
              ]
            : []),
        ],
      },
    ],
    ...(pure ? { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] } : {}),
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-example',
      'coverage',
      'test-results',
      'playwright-report',
      'artifacts',
      '.stryker-tmp',
      'reports',
      // Docs sites for the embed's browser tests, built with their generators' own tools.
      'tests/generators',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      // noUncheckedIndexedAccess flags look-ups into tables the schema has already proven complete.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML.' },
      ],
    },
  },
  layer('rules', { forbidden: ['engine', 'share', 'state', 'screens', 'components', 'embed'], pure: true }),
  layer('engine', { forbidden: ['share', 'state', 'screens', 'components', 'embed'], pure: true }),
  layer('share', { forbidden: ['state', 'screens', 'components', 'embed'], pure: true }),
  layer('state', { forbidden: ['screens', 'components', 'embed'] }),
  layer('components', { forbidden: ['state', 'screens', 'embed', 'rules/rules-data', 'rules/rules'] }),
  // The embed panel shows the snippets; the host connection loads on demand, from main.tsx, embedded only.
  layer('screens', { forbidden: ['embed/app-messaging', 'embed/loader'] }),
  {
    files: ['src/embed/{protocol,frame-height,snippets}.ts'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] },
  },
  {
    files: ['src/**'],
    plugins: { 'import-x': importX },
    settings: {
      // The plugin parses each imported module itself, so it needs the TypeScript parser for them too.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      // A circle makes the load order decide what a module sees; none may come back unseen.
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // embed.js is loaded by other people's pages on its own: it takes only the protocol's pieces.
            {
              target: './src/embed/loader.ts',
              from: './src',
              except: [
                './embed/loader.ts',
                './embed/protocol.ts',
                './embed/frame-height.ts',
                './rules/criterion-ids.ts',
                './share/storage-keys.ts',
              ],
              message: 'embed.js stands alone: it may import only the embed protocol, frame height and keys.',
            },
            // A screen part imports down (its own folder, components) and never up or across: the wizard
            // composes steps/ and result/, and result/ composes experiment/.
            ...['steps', 'result'].map((part) => ({
              target: `./src/screens/${part}`,
              from: './src/screens',
              except: [`./${part}`],
              message:
                'A screen part never imports its parent or a sibling; shared parts live in components/.',
            })),
            {
              target: './src/screens/result/experiment',
              from: './src/screens/result',
              except: ['./experiment'],
              message: 'The experiment sections never import the result around them.',
            },
          ],
        },
      ],
    },
  },
);
