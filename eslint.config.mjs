// One lint configuration for every workspace (each runs `eslint --max-warnings 0 .` from its
// folder): Next's rules with React hooks and accessibility, typescript-eslint's, and Prettier's
// switch-offs so formatting is Prettier's alone.
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'
import { defineConfig, globalIgnores } from 'eslint/config'

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    settings: { next: { rootDir: ['apps/web/', 'apps/cms/'] } },
  },
  {
    // Tests render plain links on purpose (no router in jsdom).
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // CommonJS by necessity (pm2 loads it with require).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores([
    '**/.next/**',
    '**/dist/**',
    '**/test-results/**',
    '**/coverage/**',
    '**/next-env.d.ts',
    // Generated: Payload's migrations, types and admin import map.
    'apps/cms/src/migrations/**',
    'apps/cms/src/app/(payload)/admin/importMap.js',
    'packages/cms-types/src/payload-types.ts',
  ]),
])
