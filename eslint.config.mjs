import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'src/generated/', 'custom-elements.json'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: render data as text.' },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'No unsafeHTML: render data as text.' },
      ],
    },
  },
  {
    // Each element has its own msg(), in its language and with its `strings` (I18nController's
    // `msg`; helpers take it as a parameter typed `Msg`): @lit/localize's own would answer in
    // the source language, or in whatever another script on the page configured. Its type only
    // (src/i18n/msg.ts) is what lit-localize's extraction needs.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@lit/localize',
              allowTypeImports: true,
              message:
                "Use the element's own msg() (`const { msg } = this.i18n`), or take one as a parameter typed Msg (src/i18n/msg.ts); str from src/i18n/str.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        document: 'readonly',
        window: 'readonly',
      },
    },
  },
);
