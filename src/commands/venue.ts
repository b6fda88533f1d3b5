/** `chatcrm venue check [FILE]`: validates a venue file and prints what it declares, or every problem with its path. */
import { relative } from "node:path";
import { DEFAULT_VENUE } from "../domain/venue/default-venue.ts";
import { formatVenueProblem, readVenueFile, venueFilePath } from "../domain/venue/load-venue.ts";
import type { Venue } from "../domain/venue/venue-schema.ts";

export async function venueCommand(options: { action?: string; file?: string; env?: NodeJS.ProcessEnv; out: NodeJS.WritableStream }): Promise<number> {
  const { out } = options;
  if (options.action !== "check") {
    out.write("Usage: chatcrm venue check [FILE]   (default: --venue, CHATCRM_VENUE or ./chatcrm.venue.yaml)\n");
    return 2;
  }
  const file = venueFilePath({ file: options.file, env: options.env });
  if (!file) {
    out.write(`No venue file (${"chatcrm.venue.yaml"} or CHATCRM_VENUE); the built-in venue is used:\n${summariseVenue(DEFAULT_VENUE)}\n`);
    return 0;
  }
  const shown = options.file ?? (relative(process.cwd(), file) || file);
  const reading = readVenueFile(file);
  if (!reading.ok) {
    out.write(`✗ ${shown} is not a valid venue:\n${reading.problems.map(formatVenueProblem).join("\n")}\n`);
    return 1;
  }
  out.write(`✓ ${shown} is valid.\n${summariseVenue(reading.venue)}\n`);
  return 0;
}

/** A few lines saying what the venue declares, so a typo in a count or a time is visible at a glance. */
export function summariseVenue(venue: Venue): string {
  const lines = [`${venue.name} (${venue.timeZone})`];
  lines.push(`  check-in ${venue.checkInTime}, check-out ${venue.checkOutTime}, guests may cancel up to ${venue.cancellationCutoffHours} h before`);
  lines.push(venue.rooms.length
    ? `  rooms: ${venue.rooms.map((r) => `${r.name} ×${r.count} (${r.capacity} guests${r.price === undefined ? "" : `, ¥${r.price}`})`).join(", ")}`
    : "  rooms: none");
  if (venue.restaurant) {
    const hours = venue.restaurant.openingHours.map((h) => `${h.open}–${h.close} ${h.days ? h.days.join("/") : "daily"}`).join("; ");
    lines.push(`  restaurant: ${hours}; slots every ${venue.restaurant.slotMinutes} min, tables held ${venue.restaurant.tableMinutes} min`);
    lines.push(`  tables: ${venue.restaurant.tables.map((t) => `${t.name} ×${t.count} (${t.seats} seats)`).join(", ")}`);
  } else {
    lines.push("  restaurant: none");
  }
  lines.push(`  staff alerts: ${venue.staffAlertChat ? `${venue.staffAlertChat.platform} ${venue.staffAlertChat.chatId}` : "not set"}`);
  const l = venue.loyalty;
  lines.push(`  loyalty: ${l.pointsPerYuan} pt per ¥, +${l.pointsPerStay} per stay, +${l.pointsPerMeal} per meal; tiers: ${l.tiers.length ? l.tiers.map((t) => `${t.name} ≥${t.minPoints}`).join(", ") : "none"}`);
  lines.push(`  complaints: answer within ${venue.complaints.responseHours} h, escalate after ${venue.complaints.escalateAfterHours} h`);
  return lines.join("\n");
}
