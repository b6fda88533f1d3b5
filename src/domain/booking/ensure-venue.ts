import type { PrismaClient } from "../../generated/prisma/client.ts";
import { DEFAULT_VENUE } from "./default-venue.ts";

/** Creates the default venue's rooms and tables in a database that has none yet. */
export async function ensureVenue(options: { db: PrismaClient }): Promise<void> {
  if ((await options.db.resource.count()) > 0) return;
  await options.db.resource.createMany({
    data: DEFAULT_VENUE.resources,
    skipDuplicates: true,
  });
}
