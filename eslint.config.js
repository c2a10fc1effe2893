import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const browserGlobals = [
  'browser',
  'chrome',
  'document',
  'window',
  'navigator',
  'location',
  'localStorage',
  'CSS',
  'Highlight',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', 'tmp/**', 'bench-out/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Product code renders page and corpus text as text only (tests may read markup back).
    files: ['entrypoints/**', 'components/**', 'lib/**', 'utils/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page and corpus text as text only.' },
        { property: 'outerHTML', message: 'Render page and corpus text as text only.' },
        { property: 'insertAdjacentHTML', message: 'Render page and corpus text as text only.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render page and corpus text as text only.',
        },
      ],
    },
  },
  {
    // lib/ is pure: no browser API, no DOM globals, no WXT. I/O comes in as parameters.
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({ name, message: 'lib/ is pure: pass browser I/O in as a parameter.' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill'],
              message: 'lib/ is pure: no browser API.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
