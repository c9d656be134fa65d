import { createHash, randomBytes } from 'node:crypto';

// Secrets handed to browsers: the visitor cookie and share-link tokens. 32 random bytes
// (256 bits) is far beyond guessing; base64url keeps them cookie- and URL-safe without escaping.

const TOKEN_BYTES = 32;
/** 32 bytes in unpadded base64url is always 43 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function createToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_PATTERN.test(value);
}

/** Visitor.id: the SHA-256 of the cookie token, so a database copy cannot be used to act as anyone. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
