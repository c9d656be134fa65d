import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, toDatasourceUrl } from '@/lib/config/database-url.mjs';
import { readEnv } from '@/lib/config/env';

describe('environment', () => {
  it('defaults to the embedded database in ./data/pglite', () => {
    expect(readEnv({}).DATABASE_URL).toEqual({ kind: 'pglite', dataDir: path.resolve('./data/pglite') });
  });

  it('reads a file location as an embedded database folder', () => {
    expect(readEnv({ DATABASE_URL: 'file:./tmp/db' }).DATABASE_URL).toEqual({ kind: 'pglite', dataDir: path.resolve('./tmp/db') });
    expect(readEnv({ DATABASE_URL: '/var/db' }).DATABASE_URL).toEqual({ kind: 'pglite', dataDir: '/var/db' });
  });

  it('reads postgres:// and postgresql:// as a PostgreSQL server', () => {
    for (const url of ['postgres://u:p@127.0.0.1:5432/app', 'postgresql://u@localhost/app']) {
      expect(readEnv({ DATABASE_URL: url }).DATABASE_URL).toEqual({ kind: 'postgres', url });
    }
  });

  it('fails with a clear message on an unsupported URL', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://localhost/app' })).toThrow(/DATABASE_URL must be postgres:\/\//);
    expect(() => readEnv({ NODE_ENV: 'staging' })).toThrow(/Invalid environment: NODE_ENV/);
  });

  it('fails with a clear message on a malformed postgres:// URL', () => {
    expect(() => readEnv({ DATABASE_URL: 'postgres://[bad' })).toThrow(/DATABASE_URL is not a valid postgres:\/\/ URL/);
  });

  it('hands the Prisma CLI (and through it the schema-engine bridge) the database the app uses', () => {
    for (const value of [undefined, 'file:./tmp/db', './tmp/db', '/var/db', 'postgres://u:p@127.0.0.1:5432/app']) {
      const app = readEnv({ DATABASE_URL: value }).DATABASE_URL;
      const cliUrl = toDatasourceUrl(parseDatabaseUrl(value)); // prisma.config.ts
      expect(parseDatabaseUrl(cliUrl)).toEqual(app); // the bridge, given the CLI's URL
    }
    expect(() => parseDatabaseUrl('mysql://localhost/app')).toThrow(/^DATABASE_URL must be postgres:\/\//);
  });

  it('reads TRUSTED_PROXY_HOPS as a small whole number, 0 by default', () => {
    expect(readEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(readEnv({ TRUSTED_PROXY_HOPS: '1' }).TRUSTED_PROXY_HOPS).toBe(1);
    for (const bad of ['-1', '1.5', 'one', '11']) {
      expect(() => readEnv({ TRUSTED_PROXY_HOPS: bad })).toThrow(/Invalid environment: TRUSTED_PROXY_HOPS/);
    }
  });

  it('reads the public site address for canonical links, and refuses one that is not http(s)', () => {
    expect(readEnv({ SITE_URL: 'https://procedure-compare.example' }).SITE_URL).toBe('https://procedure-compare.example');
    expect(readEnv({}).SITE_URL).toBeUndefined();
    for (const bad of ['procedure-compare.example', 'ftp://example.org']) {
      expect(() => readEnv({ SITE_URL: bad })).toThrow(/Invalid environment: SITE_URL/);
    }
  });
});
