// Lint: Next's core-web-vitals preset and its TypeScript preset (typescript-eslint's recommended
// rules), with eslint-config-prettier last so layout is Prettier's job alone (.prettierrc.json).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { dropped, ...rest } = x` is how we omit a key; the dropped name is not dead code.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  prettier,
  globalIgnores(['.next/**', 'node_modules/**', 'lib/generated/**', 'bench/results/**', 'test-results/**', 'data/**', 'next-env.d.ts']),
]);
