import { openDatabase } from '@/lib/db/client';
import { readEnv } from '@/lib/config/env';

/** How much of a catalog a database holds, read through a connection of its own. */
export async function catalogCounts(url: string): Promise<{ procedures: number; sources: number }> {
  const db = await openDatabase(readEnv({ DATABASE_URL: url }).DATABASE_URL);
  try {
    return { procedures: await db.prisma.procedure.count(), sources: await db.prisma.citedSource.count() };
  } finally {
    await db.close();
  }
}
