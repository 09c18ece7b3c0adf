// @ts-check
import eslint from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'scripts/bootstrap.js',
      'apps/web/.svelte-kit/**',
      'apps/web/src/lib/gql/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // The site: its own tsconfig (SvelteKit's), and the Svelte rules for .svelte files.
  ...svelte.configs['flat/recommended'].map((config) => ({
    ...config,
    files: config.files ?? ['apps/web/**/*.svelte', 'apps/web/**/*.ts'],
  })),
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.svelte'],
    languageOptions: {
      parserOptions: {
        project: './apps/web/tsconfig.json',
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
      },
    },
    rules: {
      // The site is served at the root (no `paths.base`): plain hrefs are what resolve() returns.
      'svelte/no-navigation-without-resolve': 'off',
      // French typography: no-break spaces before : ; ! ? and inside « » are meant.
      'no-irregular-whitespace': 'off',
    },
  },
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  { files: ['**/*.mjs', '**/*.js', 'apps/web/*.ts'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.js'],
    ignores: ['apps/web/**'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
);
