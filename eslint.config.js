import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Imports flow one way: app → features → map / state → data → domain (map and state do not import
 * each other; data imports only domain). Each folder lists the folders it must not import; an import
 * path naming one of them (`../../state/store`) is an error. See docs/architecture.md.
 */
const LAYERS = {
  domain: ['data', 'map', 'state', 'features', 'app'],
  data: ['map', 'state', 'features', 'app'],
  map: ['state', 'features', 'app'],
  state: ['map', 'features', 'app'],
  features: ['app'],
};

export function importBoundaries() {
  return Object.entries(LAYERS).map(([folder, forbidden]) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((other) => ({
            regex: `^(\\.\\.?/)+(.*/)?${other}(/|$)`,
            message: `src/${folder} must not import from src/${other}: imports flow app → features → map/state → data → domain (docs/architecture.md).`,
          })),
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'data/', 'bench/results/', 'bench/.data/', 'bench/.dist-baselines/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...importBoundaries(),
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
