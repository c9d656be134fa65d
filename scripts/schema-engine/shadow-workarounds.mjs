// The wasm engine's `evaluateDataLoss` and `createMigration` do not get the adapter factory's
// shadow database (unlike `diff`, `devDiagnostic`, `diagnoseMigrationHistory`): as soon as
// prisma/migrations is non-empty they fail with "PostgreSQL shadow DB must be provided through
// an external factory", which breaks `prisma migrate dev` for every migration after the first.
// When (and only when) that error occurs, answer them from engine calls that do work.

const SHADOW_ERROR = /shadow DB must be provided through an external factory/;

export function isShadowFactoryError(error) {
  return SHADOW_ERROR.test(String(error?.message ?? error));
}

/**
 * createMigration = `diff` from the migrations (replayed on a shadow database) to the schema,
 * rendered as a script: the same differ and SQL renderer (including the "Warnings:" comment
 * of a destructive migration, and "-- This is an empty migration." for an empty draft).
 */
export async function createMigrationViaDiff(engine, input) {
  const diff = await engine.diff({
    from: { tag: 'migrations', ...input.migrationsList },
    to: { tag: 'schemaDatamodel', files: input.schema.files },
    script: true,
    exitCode: true,
    filters: input.filters,
  });
  const empty = diff.exitCode !== 2;
  return {
    connectorType: 'postgresql',
    // Same format as the engine: `<UTC yyyyMMddHHmmss>_<name>`.
    generatedMigrationName: `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${input.migrationName}`,
    migrationScript: empty && !input.draft ? null : diff.stdout,
    extension: 'sql',
  };
}

/**
 * evaluateDataLoss = `schemaPush` without `force` on the main database with writes disabled.
 * It runs the engine's own destructive-change checker against the real data (row counts etc.),
 * diffing from the live schema instead of the migrations; migrate dev has just checked for
 * drift and applied pending migrations, so the two are the same. `schemaPush` only applies
 * when there is nothing to warn about, and then the writes are swallowed.
 */
export async function evaluateDataLossViaDryRunPush(engine, input, withWritesDisabled) {
  const push = await withWritesDisabled(() => engine.schemaPush({ force: false, schema: input.schema, filters: input.filters }));
  const feedback = (messages) => messages.map((message, stepIndex) => ({ message, stepIndex }));
  const flagged = push.warnings.length + push.unexecutable.length;
  return {
    migrationSteps: Math.max(push.executedSteps, flagged > 0 ? 1 : 0),
    warnings: feedback(push.warnings),
    unexecutableSteps: feedback(push.unexecutable),
  };
}
