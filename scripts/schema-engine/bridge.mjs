#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI downloads at run time (and
// cannot here: no internet). prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at this file.
// It speaks the binary's protocol and delegates to Prisma's wasm build of the same engine, with
// a driver adapter for embedded PGlite or a PostgreSQL server. The CLI runs it as:
//   bridge.mjs --version
//   bridge.mjs --datasource '{"url":…}' cli can-connect-to-database|create-database
//   bridge.mjs [--datamodels <file>]… [--datasource '{"url":…}']   (JSON-RPC 2.0, one per line)
// The protocol is undocumented: checked against the Prisma version fenced in
// tests/lib/version-fences.test.ts, which fails on an upgrade until this file is re-checked.
import fs from 'node:fs';
import readline from 'node:readline';
import { createAdapterFactory, loadAdapterUtils, parseDatasourceUrl, probe } from './datasource.mjs';
import { createEngine, engineVersion, resolveMethod, toRpcError } from './wasm-engine.mjs';
import { createMigrationViaDiff, evaluateDataLossViaDryRunPush, isShadowFactoryError } from './shadow-workarounds.mjs';

const args = parseArgs(process.argv.slice(2));
// The CLI may exit while we are still closing PGlite: writes to its pipes must not crash us.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

if (args.version) {
  process.stdout.write(`schema-engine-cli ${await engineVersion()}\n`);
} else if (args.cli) {
  await runCliCommand(args.cli);
} else {
  await serveRpc();
}

function parseArgs(argv) {
  const out = { datamodels: [], datasource: null, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version' || arg === '-V') out.version = true;
    else if (arg === '--datamodels') out.datamodels.push(argv[++i]);
    else if (arg === '--datasource') out.datasource = JSON.parse(argv[++i]);
    else if (arg === 'cli') out.cli = argv[++i];
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++; // unused by wasm
  }
  return out;
}

function datasource() {
  return parseDatasourceUrl(args.datasource?.url);
}

// The CLI reads failures of these probes from stderr: JSON log lines (it skips the first line)
// with level ERROR, target schema_engine::logger and fields { error_code, message }.
async function runCliCommand(command) {
  try {
    if (command !== 'can-connect-to-database' && command !== 'create-database') {
      throw new Error(`Unsupported command: cli ${command}`);
    }
    await probe(datasource(), command);
  } catch (error) {
    const line = (level, fields) => JSON.stringify({ level, fields, target: 'schema_engine::logger' });
    process.stderr.write(`${line('INFO', { message: 'schema-engine bridge' })}\n`);
    // No error_code for non-Prisma failures (the lock): the CLI then prints just the message.
    const fields = error.code ? { error_code: error.code, message: error.message } : { message: error.message };
    process.stderr.write(`${line('ERROR', fields)}\n`);
    process.exitCode = 1;
  }
}

async function serveRpc() {
  const { bindMigrationAwareSqlAdapterFactory } = loadAdapterUtils();
  const datamodels = args.datamodels.length ? args.datamodels.map((file) => [file, fs.readFileSync(file, 'utf8')]) : undefined;
  const log = (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
  let adapters;
  try {
    adapters = createAdapterFactory(datasource());
  } catch (error) {
    adapters = { factory: null, setupError: error, close: async () => {} };
  }
  const { factory, close, withWritesDisabled } = adapters;
  const bound = factory && bindMigrationAwareSqlAdapterFactory(factory);

  let shuttingDown = null;
  const shutdown = () =>
    (shuttingDown ??= (async () => {
      // Never outlive the CLI holding the PGlite lock (e.g. an engine call that never settles
      // after a wasm panic); the lock file is removed by pglite-lock's exit handler.
      setTimeout(() => process.exit(1), 30_000).unref();
      // Answer what is in flight, then close PGlite (flushes the folder) and drop the lock.
      await queue.catch(() => {});
      await close().catch((error) => log(`bridge close failed: ${error?.stack ?? error}`));
      process.exit(0);
    })());
  // The CLI ends stdin and then immediately SIGTERMs us: both mean "finish up and exit".
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, shutdown);

  // The engine connects while being created; a failure (server down, folder locked) is
  // reported as the error of every request rather than as a crash.
  const engineReady = bound ? createEngine(datamodels, bound, log) : Promise.reject(adapters.setupError);
  engineReady.catch(() => {});
  let queue = Promise.resolve();

  const respond = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on('line', (line) => {
    if (!line.trim()) return;
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      respond({ id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (request.id === undefined || !request.method) return; // a notification or a response
    // One request at a time, in order: the engine and a PGlite connection are single-threaded.
    queue = queue
      .catch(() => {})
      .then(() => handle(request))
      .then(respond);
  });
  input.on('close', shutdown);

  async function handle({ id, method, params }) {
    try {
      const engine = await engineReady;
      const call = resolveMethod(engine, method);
      if (!call) return { id, error: { code: -32601, message: `Method not found: ${method}` } };
      const result = await call(params).catch((error) => {
        if (!isShadowFactoryError(error)) throw error;
        if (method === 'createMigration') return createMigrationViaDiff(engine, params);
        if (method === 'evaluateDataLoss') return evaluateDataLossViaDryRunPush(engine, params, withWritesDisabled);
        throw error;
      });
      if (method === 'diff' && result?.stdout) {
        // The native engine prints a diff by asking the CLI to (a `print` request), which is
        // what `--output` captures; the wasm engine returns it instead.
        respond({ id: `print-${id}`, method: 'print', params: { content: result.stdout } });
        result.stdout = null;
      }
      return { id, result: result === undefined ? null : result };
    } catch (error) {
      const jsError = (n) => bound?.errorRegistry.consumeError(n)?.error ?? null;
      return { id, error: toRpcError(error, jsError) };
    }
  }
}
