export function noncePolicy(nonce: string, options?: { dev?: boolean }): string;
export function createNonce(): string;
export function inlineScriptHashes(html: string): Promise<string[]>;
export function hashPolicy(html: string): Promise<string>;
