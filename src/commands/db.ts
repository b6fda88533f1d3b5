import type { Config } from "../config.ts";
import { openDatabase } from "../store/client.ts";
import { resetDatabase } from "../store/reset.ts";
import { ensureVenue } from "../domain/booking/ensure-venue.ts";
import { seedDemo } from "../domain/demo/seed-demo.ts";

/** `chatcrm db migrate|seed [--demo]|reset`. */
export async function dbCommand(options: { action: string; db?: string; demo: boolean; config: Config; out: NodeJS.WritableStream }): Promise<number> {
  const { action, out } = options;
  if (action === "reset") {
    await resetDatabase({ db: options.db });
    out.write(`Database reset and migrated: ${options.db ?? "./data"}\n`);
    return 0;
  }
  if (action !== "migrate" && action !== "seed") {
    out.write("Usage: chatcrm db migrate|seed [--demo]|reset [--db PATH_OR_URL]\n");
    return 2;
  }
  const db = await openDatabase({ db: options.db });
  try {
    if (action === "migrate") {
      out.write(`Database ready (${db.kind}): ${db.location}\n`);
      return 0;
    }
    await ensureVenue({ db: db.prisma });
    if (options.demo) {
      const seeded = await seedDemo({ db: db.prisma, now: new Date(), tz: options.config.CHATCRM_TZ });
      out.write(seeded ? "Demo data added.\n" : "Demo data is already there.\n");
    } else {
      out.write("Venue rooms and tables are in place.\n");
    }
    return 0;
  } finally {
    await db.close();
  }
}
