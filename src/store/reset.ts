import { openDatabase } from "./client.ts";

/** Drops every table of the database and migrates it afresh. */
export async function resetDatabase(options: { db?: string }): Promise<void> {
  const db = await openDatabase(options);
  try {
    await db.prisma.$executeRawUnsafe("DROP SCHEMA public CASCADE");
    await db.prisma.$executeRawUnsafe("CREATE SCHEMA public");
  } finally {
    await db.close();
  }
  await (await openDatabase(options)).close();
}
