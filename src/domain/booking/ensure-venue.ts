import type { PrismaClient } from "../../generated/prisma/client.ts";
import { loadVenue } from "../venue/load-venue.ts";
import { setActiveVenue } from "../venue/active-venue.ts";
import { syncVenue } from "../venue/sync-venue.ts";
import type { Venue } from "../venue/venue-schema.ts";

/**
 * Loads the venue (file, CHATCRM_VENUE or the default), makes it the process's venue and syncs its rooms
 * and tables into the database. Every command that opens the app calls this once at start.
 */
export async function ensureVenue(options: { db: PrismaClient; venue?: Venue }): Promise<Venue> {
  const venue = options.venue ?? loadVenue();
  setActiveVenue(venue);
  await syncVenue({ db: options.db, venue });
  return venue;
}
