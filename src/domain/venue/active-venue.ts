/**
 * The venue this process runs with. It is set once at start (`syncVenue` through `ensureVenue`) and read by
 * handlers, because the venue is configuration of the whole process, not of one message.
 */
import type { Venue } from "./venue-schema.ts";
import { loadVenue } from "./load-venue.ts";

let active: Venue | undefined;

/** The running venue; loaded on first use when nothing set it (a handler run without the app, in a test). */
export function activeVenue(): Venue {
  active ??= loadVenue();
  return active;
}

export function setActiveVenue(venue: Venue): void {
  active = venue;
}
