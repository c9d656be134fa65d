import { z } from 'zod';

// Reads a JSON request body for zod: never more than `maxBytes` (a huge body is refused without
// being read to the end), and "not JSON" becomes a zod issue, so every bad body is one 400 shape.

export const MAX_JSON_BODY_BYTES = 16_384;

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

export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<z.ZodSafeParseResult<z.output<T>>> {
  let text: string | typeof tooLarge;
  try {
    text = await readCapped(request, maxBytes);
  } catch {
    text = '';
  }
  if (text === tooLarge) return issue(`The body must be at most ${maxBytes} bytes.`);
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
