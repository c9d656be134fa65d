// Loads Prisma's own schema engine compiled to wasm (@prisma/schema-engine-wasm, the exact
// engine commit this Prisma version ships) and turns its errors into the JSON-RPC error shape
// the CLI expects from the native `schema-engine` binary.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

let loaded = false;
let lastPanic = null;

// The engine's panic hook reports the Rust panic message here; without it a panic is only
// "RuntimeError: unreachable" (and the hook itself would throw).
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanic = message;
  },
};

// The package's entry does `import * as wasm from "./x.wasm"` (bundler-only syntax), so
// instantiate the .wasm by hand with the generated JS glue as its import object.
async function loadWasm() {
  if (loaded) return;
  const glue = fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bytes = fs.readFileSync(glue.replace(/\.js$/, '.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  loaded = true;
}

export async function engineVersion() {
  await loadWasm();
  return bindings.version();
}

/**
 * @param datamodels [path, content][] or undefined
 * @param boundFactory result of bindMigrationAwareSqlAdapterFactory(factory)
 * @param log receives the engine's JSON log lines
 */
export async function createEngine(datamodels, boundFactory, log) {
  await loadWasm();
  return bindings.SchemaEngine.new({ datamodels }, log, boundFactory);
}

/** Methods the CLI may call that exist on the wasm engine (plus the CLI's older aliases). */
export function resolveMethod(engine, method) {
  const aliases = { getDatabaseVersion: 'version' };
  const name = aliases[method] ?? method;
  if (name === 'free' || name === 'constructor' || name.startsWith('_')) return null;
  return typeof bindings.SchemaEngine.prototype[name] === 'function' ? (params) => engine[name](params) : null;
}

/**
 * Shapes an engine failure like the native engine's JSON-RPC error, which the CLI prints via
 * `error.data.message` (prefixed with `error.data.error_code` when there is one).
 * `jsError(id)` looks up the JS exception behind a driver-adapter "GenericJs" error.
 */
export function toRpcError(error, jsError) {
  const data = { is_panic: false, message: String(error?.message ?? error) };
  if (error instanceof WebAssembly.RuntimeError || /panicked at/.test(data.message)) {
    // No engine call is safe after a panic (wasm state is undefined); the CLI reports it and exits.
    data.is_panic = true;
    data.message = lastPanic ?? data.message;
    data.error = { message: data.message };
  } else if (typeof error?.code === 'string' && /^P\d{4}$/.test(error.code)) {
    data.error_code = error.code;
    data.meta = error.meta ?? null;
  }
  // The engine only knows a JS exception (e.g. "the PGlite folder is locked") by registry id.
  const id = /(?:External error id#|GenericJs\D*)(\d+)/.exec(data.message)?.[1];
  const original = id === undefined ? null : jsError(Number(id));
  if (original) data.message = String(original.message ?? original);
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}
