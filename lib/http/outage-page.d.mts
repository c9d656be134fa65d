export const RETRY_AFTER_SECONDS: number;
export const REQUEST_ID_HEADER: string;
export const OUTAGE_PAGE_HTML: string;
export function outages(): Map<string, number>;
export function markOutage(headers: Record<string, string | string[] | undefined>): void;
