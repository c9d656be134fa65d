import autocannon from 'autocannon';
import { createToken } from '../../lib/bookmarks/server/tokens';
import { VISITOR_COOKIE } from '../../lib/bookmarks/server/visitor';
import { treeRssBytes } from './next-server';
import { percentile, round, verdict, type PartReport } from './report';

// Part "soak": `--minutes` (default 10) of steady load at 32 connections over a mix of pages and
// writes, reported minute by minute: requests per second, latency p50/p99, errors (non-2xx and
// failed requests) and the server's resident memory at the end of the minute. A leak shows as
// RSS that keeps climbing; a plateau is what the server really needs under load.

const CONNECTIONS = 32;
const RSS_TARGET_MB = 400;
/** Visitors the writes rotate through: each stays far below 60 writes a minute. */
const VISITORS = 2_000;
/** The first of them each have botox saved before the load starts, for the note writes. */
const NOTE_VISITORS = 500;
const SLUGS = ['botox', 'lip-filler', 'facelift', 'rhinoplasty', 'light-chemical-peel', 'microneedling'];

type MixEntry = { method: 'GET' | 'PUT' | 'PATCH' | 'DELETE'; path: string; body?: string; write?: boolean };

// Roughly what a visitor does: mostly reading, one request in five a bookmark write.
const MIX: MixEntry[] = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/procedures?category=injectable&downtimeDays=3' },
  { method: 'GET', path: '/procedures/botox' },
  { method: 'GET', path: '/compare?ids=botox,lip-filler,facelift' },
  { method: 'GET', path: '/concerns/wrinkles' },
  { method: 'GET', path: '/plan?eventDate=2031-06-14&concern=wrinkles' },
  { method: 'GET', path: '/api/procedures?q=laser' },
  { method: 'PUT', path: '/api/bookmarks/{slug}', write: true },
  { method: 'PATCH', path: '/api/bookmarks/botox', body: '{"note":"Ask about downtime and bruising"}', write: true },
  { method: 'DELETE', path: '/api/bookmarks/{slug}', write: true },
];

type Minute = { requests: number; errors: number; statuses: Record<string, number>; latencies: number[]; rssMb: number };

export type SoakResult = PartReport & { minutes: Minute[]; plateauMb: number };

export async function runSoak(baseUrl: string, serverPid: number, minutes: number): Promise<SoakResult> {
  const cookies = Array.from({ length: VISITORS }, () => `${VISITOR_COOKIE}=${createToken()}`);
  for (let i = 0; i < NOTE_VISITORS; i += 25) {
    await Promise.all(
      cookies.slice(i, i + 25).map(async (cookie) => {
        const response = await fetch(`${baseUrl}/api/bookmarks/botox`, { method: 'PUT', headers: { cookie } });
        if (!response.ok) throw new Error(`soak set-up: PUT answered ${response.status}`);
      }),
    );
  }
  let noteVisitor = 0;
  let saveVisitor = NOTE_VISITORS;
  const requests = MIX.map((entry): autocannon.Request => ({
    method: entry.method,
    path: entry.path,
    ...(entry.body ? { body: entry.body, headers: { 'content-type': 'application/json' } } : {}),
    // Writes rotate through the visitors, so none meets the write limit: notes over those with
    // botox saved, saves and removals over the others (whatever they have saved, both succeed).
    ...(entry.write
      ? {
          setupRequest: (request: autocannon.Request) => {
            let mine: number;
            if (entry.method === 'PATCH') mine = noteVisitor = (noteVisitor + 1) % NOTE_VISITORS;
            else mine = saveVisitor = saveVisitor + 1 < VISITORS ? saveVisitor + 1 : NOTE_VISITORS;
            const path = entry.path.replace('{slug}', SLUGS[mine % SLUGS.length]!);
            return { ...request, path, headers: { ...request.headers, cookie: cookies[mine]! } };
          },
        }
      : {}),
  }));

  const buckets: Minute[] = [];
  const fresh = (): Minute => ({ requests: 0, errors: 0, statuses: {}, latencies: [], rssMb: 0 });
  let current = fresh();
  let finished: (error: Error | null) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => (finished = (error) => (error ? reject(error) : resolve())));
  const instance = autocannon({ url: baseUrl, connections: CONNECTIONS, duration: minutes * 60, requests }, (error) => finished(error));
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    current.requests += 1;
    current.latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) {
      current.errors += 1;
      current.statuses[statusCode] = (current.statuses[statusCode] ?? 0) + 1;
    }
  });
  instance.on('reqError', (error) => {
    current.requests += 1;
    current.errors += 1;
    current.statuses[error.message] = (current.statuses[error.message] ?? 0) + 1;
  });
  const timer = setInterval(() => {
    current.rssMb = treeRssBytes(serverPid) / 2 ** 20;
    buckets.push(current);
    const m = buckets.length;
    console.log(
      `  minute ${m}: ${Math.round(current.requests / 60)} req/s, p50 ${round(percentile(current.latencies, 50), 0)} ms, ` +
        `p99 ${round(percentile(current.latencies, 99), 0)} ms, ${current.errors} errors ${JSON.stringify(current.statuses)}, ` +
        `RSS ${Math.round(current.rssMb)} MB`,
    );
    current = fresh();
  }, 60_000);
  try {
    await done;
  } finally {
    clearInterval(timer);
  }

  // The plateau: the highest RSS over the second half, once start-up and first renders are past.
  const plateauMb = Math.max(...buckets.slice(Math.floor(buckets.length / 2)).map((minute) => minute.rssMb));
  const errors = buckets.reduce((sum, minute) => sum + minute.errors, 0);
  return {
    title: `Soak: ${minutes} min at ${CONNECTIONS} connections (pages, the API and bookmark writes)`,
    rows: buckets.map((minute, i) => ({
      minute: i + 1,
      'req/s': Math.round(minute.requests / 60),
      'p50 ms': round(percentile(minute.latencies, 50), 0),
      'p99 ms': round(percentile(minute.latencies, 99), 0),
      errors: minute.errors,
      'errors by status': Object.keys(minute.statuses).length ? JSON.stringify(minute.statuses) : '',
      'RSS MB': Math.round(minute.rssMb),
    })),
    notes: [
      `errors over the whole run: ${errors} (target 0: ${verdict(errors, 1, 'below')})`,
      `RSS plateau (highest of the second half): ${round(plateauMb, 0)} MB (target < ${RSS_TARGET_MB} MB: ${verdict(plateauMb, RSS_TARGET_MB, 'below')})`,
    ],
    minutes: buckets,
    plateauMb,
  };
}
