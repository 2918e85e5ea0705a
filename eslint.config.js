// ESLint flat config: recommended JavaScript and type-aware TypeScript rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'build/', '.dist-check/', '.test-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '.dependency-cruiser.cjs', 'scripts/*.js', 'bench/*.js', 'bench/*.cjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['scripts/**', '__tests__/**', 'simulator/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['*.js', '.dependency-cruiser.cjs', 'scripts/*.js', 'bench/*.js', 'bench/*.cjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['.dependency-cruiser.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } } },
  { files: ['*.js', 'scripts/*.js', 'bench/*.js', 'bench/*.cjs'], languageOptions: { globals: { process: 'readonly' } } },
);
