export const IMPORT_MAX_BYTES: number;
export const BODY_LIMITS: Readonly<Record<string, number>>;
export const DEFAULT_BODY_LIMIT: number;
export const MAX_BODY_LIMIT: number;
export const REQUEST_TIMEOUT_MS: number;
export function bodyLimitKey(method: string, pathname: string): string | undefined;
export function bodyLimitFor(method: string, pathname: string): number;
export function payloadTooLargeMessage(limit: number): string;
export type BodyRefusal =
  { status: 411; error: 'length_required'; message: string } | { status: 413; error: 'payload_too_large'; message: string };
export function bodyRefusal(
  method: string,
  pathname: string,
  headers: { get(name: string): string | null | undefined },
): BodyRefusal | null;
