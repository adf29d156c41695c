// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The architecture is enforced here, not only described (../shared/guide/architecture.md):
 * data flows app -> features -> lib -> network; a feature never imports another feature;
 * only src/lib/auth touches MSAL and only src/lib/graph calls fetch; the emulator shares
 * no code with the app.
 */
const element = (type, pattern, capture) => ({ type, pattern, ...(capture ? { capture } : {}) });

export default tseslint.config(
  { ignores: ['dist/', 'dist-e2e/', 'dist-bench/', 'node_modules/', 'playwright-report/', 'test-results/', 'bench/results/'] },
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
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'main' } }, allow: { to: { element: { types: { anyOf: ['app', 'config', 'lib'] } } } } },
            {
              from: { element: { type: 'app' } },
              allow: { to: { element: { types: { anyOf: ['app', 'feature', 'lib', 'components', 'config', 'i18n'] } } } },
            },
            // A feature reaches only itself (never another feature), shared UI and the libraries.
            {
              from: { element: { type: 'feature' } },
              allow: { to: { element: { type: 'feature', captured: { name: '{{from.captured.name}}' } } } },
            },
            {
              from: { element: { type: 'feature' } },
              allow: { to: { element: { types: { anyOf: ['lib', 'components', 'config', 'i18n', 'testing'] } } } },
            },
            { from: { element: { type: 'components' } }, allow: { to: { element: { types: { anyOf: ['components', 'lib', 'i18n'] } } } } },
            { from: { element: { type: 'lib' } }, allow: { to: { element: { types: { anyOf: ['lib', 'config', 'testing'] } } } } },
            { from: { element: { type: 'config' } }, allow: { to: { element: { type: 'config' } } } },
            { from: { element: { type: 'i18n' } }, allow: { to: { element: { type: 'i18n' } } } },
            { from: { element: { type: 'testing' } }, allow: { to: { element: { types: { anyOf: ['testing', 'lib', 'config', 'components', 'i18n'] } } } } },
          ],
        },
      ],
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
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/emulator/**'], message: 'The app and the emulator share no code.' }] }],
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
        { patterns: [{ group: ['**/src/**', '../src/*'], message: 'The emulator, tests and tools talk to the app over HTTP only; they share no code with it.' }] },
      ],
    },
  },
  {
    // All UI text comes from the message catalogs (src/i18n/catalogs): no words typed straight into
    // JSX, neither as children nor as the text-bearing props of Fluent controls.
    // Folders are added here as they move to the catalogs.
    files: ['src/app/shell.tsx', 'src/app/embed-*.tsx', 'src/features/embed/**/*.{ts,tsx}'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/[A-Za-z]{2,}/]', message: 'UI text comes from the message catalogs (src/i18n/catalogs).' },
        {
          selector:
            'JSXAttribute[name.name=/^(label|title|placeholder|aria-label|aria-description|description|hint|content|secondaryText|validationMessage|alt)$/] > Literal[value=/[A-Za-z]{2,}/]',
          message: 'UI text comes from the message catalogs (src/i18n/catalogs).',
        },
      ],
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
