import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The data flows one way: rules → engine → share → state → screens. Each folder lists what it may not import.
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
  layer('screens', { forbidden: ['embed'] }),
);
