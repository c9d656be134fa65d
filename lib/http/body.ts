import { z } from 'zod';
import { bodyLimitFor } from './body-limits.mjs';

// Reads a JSON request body for zod: never more than its route's limit (lib/http/body-limits.mjs;
// proxy.ts already refused a larger declared length, this catches a body that says nothing), and
// "not JSON" becomes a zod issue, so every bad body is one 400 shape.

const tooLarge = Symbol('too large');

async function readCapped(request: Request, maxBytes: number): Promise<string | typeof tooLarge> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The body parsed by `schema`, or `{ tooLarge: limit }` when it is over its route's limit (413). */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<z.ZodSafeParseResult<z.output<T>> | { tooLarge: number }> {
  const maxBytes = bodyLimitFor(request.method, new URL(request.url).pathname);
  let text: string | typeof tooLarge;
  try {
    text = await readCapped(request, maxBytes);
  } catch {
    text = '';
  }
  if (text === tooLarge) return { tooLarge: maxBytes };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return issue('The body must be JSON, e.g. {"note": "Ask about downtime"}.');
  }
  return schema.safeParse(json);
}

function issue<T>(message: string): z.ZodSafeParseError<T> {
  return { success: false, error: new z.ZodError([{ code: 'custom', path: [], message, input: undefined }]) as z.ZodError<T> };
}
