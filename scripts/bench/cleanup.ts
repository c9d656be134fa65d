// Everything the bench starts (servers, a Postgres cluster, temp folders) registers its undo here,
// so a failure or Ctrl-C mid-run still stops processes and removes files. Runs in reverse order.

type Undo = { label: string; run: () => Promise<void> | void };

const undos: Undo[] = [];

export function onCleanup(label: string, run: Undo['run']): () => Promise<void> {
  const undo = { label, run };
  undos.push(undo);
  // Lets a part release early (e.g. drop a database as soon as it is measured) without running twice.
  return async () => {
    const index = undos.indexOf(undo);
    if (index === -1) return;
    undos.splice(index, 1);
    await undo.run();
  };
}

export async function cleanupAll(): Promise<void> {
  while (undos.length > 0) {
    const undo = undos.pop()!;
    try {
      await undo.run();
    } catch (error) {
      console.error(`cleanup "${undo.label}" failed: ${(error as Error).message}`);
    }
  }
}

export function cleanupOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping what the bench started...`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}
