// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import checkFile from 'eslint-plugin-check-file';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The architecture is enforced here, not only described (README, "Layout and rules"):
 * data flows app -> features -> lib -> network; a feature never imports another feature;
 * only src/lib/auth touches MSAL and only src/lib/graph calls fetch; the emulator shares
 * no code with the app.
 */
const element = (type, pattern, capture) => ({ type, pattern, ...(capture ? { capture } : {}) });

/**
 * Where words typed into JSX reach the screen: text children, and the props Fluent controls show or
 * announce (Option's `text`, TagPickerOption's `secondaryContent`, Tooltip's `content`, …), whether
 * written as a string, inside `{…}`, as either branch of `a ? 'x' : 'y'` / `a && 'x'`, or in a template.
 */
const TEXT_PROPS =
  '/^(label|title|placeholder|aria-label|aria-description|aria-roledescription|aria-valuetext|description|hint|content|secondaryText|secondaryContent|text|validationMessage|alt)$/';
const WORDS = '/[A-Za-z]{2,}/';
const BRANCH = ':matches(ConditionalExpression, LogicalExpression)';
const TEXT_VALUES = [`Literal[value=${WORDS}]`, `TemplateLiteral > TemplateElement[value.raw=${WORDS}]`].flatMap((value) => [
  value,
  `${BRANCH} > ${value}`,
  `${BRANCH} > ${BRANCH} > ${value}`,
]);
const uiTextSelectors = [
  `JSXText[value=${WORDS}]`,
  `JSXAttribute[name.name=${TEXT_PROPS}] > Literal[value=${WORDS}]`,
  ...TEXT_VALUES.map((value) => `JSXAttribute[name.name=${TEXT_PROPS}] > JSXExpressionContainer > ${value}`),
  ...TEXT_VALUES.map((value) => `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > ${value}`),
];

/** Test scaffolding (src/testing, *.fixtures.*, *.msw.*) is for tests; the app never ships it. */
const TEST_ONLY_IMPORTS = [
  { group: ['**/testing', '**/testing/**'], message: 'src/testing is for tests only.' },
  { group: ['**/*.fixtures', '**/*.fixtures.*', '**/*.msw', '**/*.msw.*'], message: 'Fixtures and MSW handlers are for tests only.' },
];

/**
 * Who may import whom. Tests may also reach src/testing (render helpers, MSW handlers, fixtures);
 * production code may not.
 */
function boundaryPolicies({ tests }) {
  const to = (...types) => ({ to: { element: { types: { anyOf: tests ? [...types, 'testing'] : types } } } });
  return [
    { from: { element: { type: 'main' } }, allow: to('app', 'config', 'lib') },
    { from: { element: { type: 'app' } }, allow: to('app', 'feature', 'lib', 'components', 'config', 'i18n') },
    // A feature reaches only itself (never another feature), shared UI and the libraries.
    { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', captured: { name: '{{from.captured.name}}' } } } } },
    { from: { element: { type: 'feature' } }, allow: to('lib', 'components', 'config', 'i18n') },
    { from: { element: { type: 'components' } }, allow: to('components', 'lib', 'i18n') },
    { from: { element: { type: 'lib' } }, allow: to('lib', 'config') },
    { from: { element: { type: 'config' } }, allow: to('config') },
    { from: { element: { type: 'i18n' } }, allow: to('i18n') },
    { from: { element: { type: 'testing' } }, allow: { to: { element: { types: { anyOf: ['testing', 'lib', 'config', 'components', 'i18n'] } } } } },
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-e2e/', 'dist-bench/', 'dist-bench-floor/', 'node_modules/', 'playwright-report/', 'test-results/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn', 'info'] }],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    // No import cycles anywhere (app, emulator, tools), and kebab-case file and folder names.
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx,js}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { '{src,emulator,e2e,bench,scripts,portal}/**/': 'KEBAB_CASE' }],
    },
  },
  // Scripts served as they are to browsers: the app's embed.js for portals, the demo portal's page script.
  { files: ['public/**/*.js', 'portal/public/**/*.js'], languageOptions: { globals: globals.browser, sourceType: 'script' } },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        element('app', 'src/app'),
        element('config', 'src/config'),
        element('lib', 'src/lib/*', ['name']),
        element('feature', 'src/features/*', ['name']),
        element('components', 'src/components'),
        element('i18n', 'src/i18n'),
        element('testing', 'src/testing'),
        // Last, so only files directly in src/ (main.tsx) fall through to it.
        element('main', 'src'),
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'boundaries/dependencies': ['error', { default: 'disallow', policies: boundaryPolicies({ tests: false }) }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@azure/msal-browser', message: 'Only src/lib/auth may use MSAL.' },
            { name: '@azure/msal-react', message: 'Only src/lib/auth may use MSAL.' },
          ],
          patterns: [
            { group: ['@azure/msal-browser/*'], message: 'Only src/lib/auth may use MSAL.' },
            { group: ['**/emulator/**'], message: 'The app and the emulator share no code.' },
            ...TEST_ONLY_IMPORTS,
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/lib/graph calls the network.' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'fetch', message: 'Only src/lib/graph calls the network.' },
        { object: 'globalThis', property: 'fetch', message: 'Only src/lib/graph calls the network.' },
      ],
    },
  },
  {
    files: ['src/lib/auth/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/emulator/**'], message: 'The app and the emulator share no code.' }, ...TEST_ONLY_IMPORTS] },
      ],
    },
  },
  {
    files: ['src/lib/graph/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['emulator/**/*.ts', 'portal/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/**', '../src/*'], message: 'The emulator, tests and tools talk to the app over HTTP only; they share no code with it.' },
          ],
        },
      ],
    },
  },
  {
    // The one tool that reads the app's own code: the build derives the security headers
    // (Content-Security-Policy) from the app's settings parser and policy builder, so the headers
    // can never name other endpoints than the bundle was built for. Only those two modules, which
    // are pure and DOM-free; everything else in src/ stays off limits to tools.
    // The static signed-out page of index.html (scripts/static-signed-out.ts) takes its texts from
    // the catalogs' common area, so they stay the catalogs' own.
    files: ['scripts/security-headers.ts', 'scripts/static-signed-out.ts', 'scripts/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src/(?!config/(settings|content-security-policy)(\\.ts)?$|i18n/catalogs/[a-z]{2}/common(\\.ts)?$)',
              message: 'Tools share no code with the app, except the settings, the security-header builder and the common catalogs (see eslint.config.js).',
            },
          ],
        },
      ],
    },
  },
  {
    // All UI text comes from the message catalogs (src/i18n/catalogs): no words typed straight into
    // JSX, neither as children nor as the text-bearing props of Fluent controls.
    files: ['src/app/**/*.tsx', 'src/components/**/*.tsx', 'src/features/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...uiTextSelectors.map((selector) => ({ selector, message: 'UI text comes from the message catalogs (src/i18n/catalogs).' })),
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**/*.{ts,tsx}'],
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: boundaryPolicies({ tests: true }) }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@azure/msal-browser', message: 'Only src/lib/auth may use MSAL.' },
            { name: '@azure/msal-react', message: 'Only src/lib/auth may use MSAL.' },
          ],
          patterns: [{ group: ['**/emulator/**'], message: 'The app and the emulator share no code.' }],
        },
      ],
    },
  },
  {
    files: ['src/lib/auth/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/emulator/**'], message: 'The app and the emulator share no code.' }] }],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {
      // Test doubles and fixtures legitimately use loose shapes.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
