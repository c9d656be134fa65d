import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_KEYS, readEnv } from '@/lib/config/env';

// .env.example is the list of settings a newcomer reads: it must name every variable lib/config/env.ts
// reads, and each example value it gives must pass lib/config/env.ts's own validation.

const ROOT = path.resolve(import.meta.dirname, '../..');
const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
const listed = new Map([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((match) => [match[1]!, match[2]!.trim()] as const));

describe('.env.example', () => {
  it('lists every variable lib/config/env.ts reads', () => {
    const missing = ENV_KEYS.filter((key) => !listed.has(key));
    expect(missing, 'add these to .env.example').toEqual([]);
  });

  it('gives example values that lib/config/env.ts accepts', () => {
    for (const key of ENV_KEYS) {
      const value = listed.get(key);
      if (value) expect(() => readEnv({ [key]: value }), `${key}=${value}`).not.toThrow();
    }
  });

  it('lists nothing the code no longer reads', () => {
    const sources = ['lib', 'app', 'scripts', 'tests', 'prisma.config.ts', 'package.json', 'README.md'];
    const code = sources
      .map((name) => path.join(ROOT, name))
      .flatMap((file) =>
        fs.statSync(file).isDirectory()
          ? fs
              .readdirSync(file, { recursive: true, encoding: 'utf8' })
              .filter((f) => /\.(ts|tsx|mjs|js|json|md)$/.test(f) && !f.includes('generated'))
              .map((f) => path.join(file, f))
          : [file],
      )
      .filter((file) => fs.statSync(file).isFile() && file !== path.join(ROOT, 'tests/lib/env-example.test.ts'))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const stale = [...listed.keys()].filter((key) => !code.includes(key));
    expect(stale, 'remove these from .env.example or document where they are read').toEqual([]);
  });
});
