import { gzipSync } from 'node:zlib';
import { verdict, type PartReport, type Row } from './report';

// Part 4: first-load JavaScript per route, as a visitor on a cold cache downloads it: every
// /_next/static script the route's HTML references, gzipped (what a compressing proxy serves).

export type RouteWeight = {
  route: string;
  status: number | null;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
  /** gzip bytes per script URL, to find what every route shares. */
  gzipBySource: Record<string, number>;
  error?: string;
};

const TARGET_KB = 130;
export const WEIGHT_ROUTES = [
  { route: '/procedures', target: true },
  { route: '/compare?ids=botox,lip-filler', target: true },
  { route: '/concerns/wrinkles', target: true },
  { route: '/', target: false },
  { route: '/plan', target: false },
];

/** Script URLs a modern browser downloads: `nomodule` ones (Next's legacy polyfills) it skips. */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1]?.replace(/&amp;/g, '&');
    if (src?.startsWith('/_next/static/') && !/\bnomodule\b/i.test(tag)) sources.add(src);
  }
  return [...sources];
}

export async function measureRoute(baseUrl: string, route: string): Promise<RouteWeight> {
  try {
    const response = await fetch(baseUrl + route);
    const sources = scriptSources(await response.text());
    let rawBytes = 0;
    let gzipBytes = 0;
    const gzipBySource: Record<string, number> = {};
    for (const src of sources) {
      const body = Buffer.from(await (await fetch(baseUrl + src)).arrayBuffer());
      rawBytes += body.length;
      gzipBySource[src] = gzipSync(body, { level: 9 }).length;
      gzipBytes += gzipBySource[src];
    }
    return { route, status: response.status, scripts: sources.length, rawBytes, gzipBytes, gzipBySource };
  } catch (error) {
    return { route, status: null, scripts: 0, rawBytes: 0, gzipBytes: 0, gzipBySource: {}, error: (error as Error).message };
  }
}

/**
 * The scripts every measured route loads: the framework (React, the Next router and runtime) and
 * the root layout's client code. What a route adds on top is its own.
 */
export function sharedWeight(routes: RouteWeight[]): { scripts: number; gzipBytes: number } | null {
  const served = routes.filter((weight) => weight.status === 200 && !weight.error);
  if (served.length < 2) return null;
  const [first, ...rest] = served;
  const shared = Object.keys(first!.gzipBySource).filter((src) => rest.every((weight) => src in weight.gzipBySource));
  return { scripts: shared.length, gzipBytes: shared.reduce((sum, src) => sum + first!.gzipBySource[src]!, 0) };
}

export async function runPageWeight(baseUrl: string): Promise<PartReport & { routes: RouteWeight[] }> {
  const routes: RouteWeight[] = [];
  for (const { route } of WEIGHT_ROUTES) routes.push(await measureRoute(baseUrl, route));
  const notes: string[] = ['gzip level 9 of each /_next/static script in the route HTML, summed; nomodule polyfills excluded.'];
  const rows: Row[] = routes.map((weight) => {
    const targeted = WEIGHT_ROUTES.find((r) => r.route === weight.route)?.target ?? false;
    if (weight.error) notes.push(`${weight.route}: ${weight.error}`);
    else if (weight.status !== 200) notes.push(`${weight.route} answers ${weight.status}: weight is that of the error page.`);
    return {
      route: weight.route,
      status: weight.status,
      scripts: weight.scripts,
      'raw KB': Math.round(weight.rawBytes / 1024),
      'gzip KB': Math.round((weight.gzipBytes / 1024) * 10) / 10,
      [`<${TARGET_KB} KB gzip`]: targeted && weight.status === 200 ? verdict(weight.gzipBytes / 1024, TARGET_KB, 'below') : 'n/a',
    };
  });
  const shared = sharedWeight(routes);
  if (shared) {
    rows.push({
      route: `shared by all ${WEIGHT_ROUTES.length}`,
      status: null,
      scripts: shared.scripts,
      'raw KB': null,
      'gzip KB': Math.round((shared.gzipBytes / 1024) * 10) / 10,
      [`<${TARGET_KB} KB gzip`]: 'n/a',
    });
    notes.push(
      `Shared by all ${WEIGHT_ROUTES.length} routes: ${(shared.gzipBytes / 1024).toFixed(1)} KB gzip (framework + root layout); each route's own code is its total minus this.`,
    );
  }
  return { title: 'Page weight: first-load JavaScript', rows, notes, routes };
}
