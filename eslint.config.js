// ESLint for the TypeScript sources, the tests and the build scripts (flat config,
// typescript-eslint). Layout is Prettier's job (.prettierrc.json), so no stylistic rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Written by `npm run gen` or the build; nobody edits them.
    ignores: ['dist/', 'types/', 'coverage/', '.bench/', 'src/validate/compiled/validate-policy.js', '**/*.generated.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // A leading underscore marks what is left out on purpose: `const { title: _title, ...rest }`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Finding control characters in hostile input is part of the job (the loader refuses them, the
      // reporters show them as symbols), so patterns name them on purpose.
      'no-control-regex': 'off',
      // Patterns match YAML and Markdown, where two literal spaces are the indentation the reader
      // compares with the text, clearer than ` {2}`.
      'no-regex-spaces': 'off',
    },
  },
  {
    // The launcher is CommonJS (bin/package.json), because Node starts that fastest.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
