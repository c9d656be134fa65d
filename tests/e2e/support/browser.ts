import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { inject } from 'vitest';

// Debian's Chromium, never a downloaded browser. Flags keep it off the (closed) network.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function baseUrl(): string {
  return inject('e2e').baseUrl;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (own cookies and storage), optionally with JavaScript off. */
export async function newContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: options.javaScriptEnabled ?? true });
}
