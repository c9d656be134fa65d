import { chromium, type Browser, type Page } from 'playwright-core';
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

export type ContextOptions = {
  /** Off for the no-JavaScript journeys; on by default. */
  javaScriptEnabled?: boolean;
  /** The visitor's time zone, when a journey depends on it; Chromium's own otherwise. */
  timezoneId?: string;
  /** A phone or desktop screen; Playwright's 1280 × 720 otherwise. */
  viewport?: { width: number; height: number };
};

type UsePage<T> = (page: Page) => Promise<T>;

/**
 * Runs `body` on a page in a fresh context (own cookies and storage: a new visitor), and closes the
 * context however `body` ends, so a failed assertion never leaves a context open in the browser.
 */
export function withPage<T>(browser: Browser, body: UsePage<T>): Promise<T>;
export function withPage<T>(browser: Browser, options: ContextOptions, body: UsePage<T>): Promise<T>;
export async function withPage<T>(browser: Browser, ...args: [UsePage<T>] | [ContextOptions, UsePage<T>]): Promise<T> {
  const [options, body]: [ContextOptions, UsePage<T>] = args.length === 1 ? [{}, args[0]] : args;
  const context = await browser.newContext({
    baseURL: baseUrl(),
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    timezoneId: options.timezoneId,
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  try {
    return await body(await context.newPage());
  } finally {
    await context.close();
  }
}
