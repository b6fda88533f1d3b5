/**
 * What a venue declares in `chatcrm.venue.yaml`: its rooms and tables, opening hours, policies, where
 * staff alerts go, and the loyalty and complaint rules. Every field has `.describe()` so `chatcrm venue
 * check` and the commented example can say what it means. Sections other engineers read (loyalty,
 * complaints, staffAlertChat) always parse to a full object, with defaults, so readers need no `?.`.
 */
import { z } from "zod";
import { isValidTimeZone } from "../time/zoned.ts";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day as "HH:mm", e.g. "14:00"')
  .describe('a time of day, "HH:mm" (24-hour)');
const name = z.string().trim().min(1).max(60);
const aliases = z.array(z.string().trim().min(1).max(60)).default([]).describe("other words guests use for it");

/** Minutes after midnight of an "HH:mm" that already passed the schema. */
export function clockMinutes(value: string): number {
  const [h, m] = value.split(":").map(Number);
  return h! * 60 + m!;
}

export const RoomTypeSchema = z
  .object({
    name: name.describe("what staff and guests call the room type, e.g. 大床房"),
    aliases,
    count: z.number().int().min(0).max(10_000).describe("how many rooms of this type can be booked at once"),
    capacity: z.number().int().min(1).max(50).describe("guests per room"),
    price: z.number().nonnegative().optional().describe("price per night in yuan"),
  })
  .strict();

export const TableTypeSchema = z
  .object({
    name: name.describe("what staff and guests call the table, e.g. 4人桌, 包间"),
    aliases,
    count: z.number().int().min(0).max(10_000).describe("how many tables of this kind"),
    seats: z.number().int().min(1).max(200).describe("the most guests one table seats"),
  })
  .strict();

export const OpeningHoursSchema = z
  .object({
    days: z.array(z.enum(WEEKDAYS)).min(1).optional().describe("days these hours apply (mon … sun); every day when left out"),
    open: clock.describe("first seating"),
    close: clock.describe("closing time; the last table starts before it"),
  })
  .strict()
  // A service past midnight would belong to two dates; say so rather than book the wrong day.
  .refine((h) => clockMinutes(h.close) > clockMinutes(h.open), { message: "close must be later than open on the same day (use 24:00 for midnight)", path: ["close"] });

export const RestaurantSchema = z
  .object({
    openingHours: z.array(OpeningHoursSchema).min(1).describe("one entry per service (lunch, dinner); days may differ"),
    slotMinutes: z.number().int().min(5).max(240).default(30).describe("minutes between bookable start times, used when offering other times"),
    tableMinutes: z.number().int().min(15).max(720).default(120).describe("how long a table is held for one booking"),
    tables: z.array(TableTypeSchema).min(1).describe("table sizes and private rooms"),
  })
  .strict();

export const StaffAlertChatSchema = z
  .object({
    platform: z.string().trim().min(1).describe("the platform of the staff chat: slack, wecom, telegram, console …"),
    chatId: z.string().trim().min(1).describe("the chat (channel, group) id on that platform"),
  })
  .strict();

export const LoyaltyTierSchema = z
  .object({
    name: name.describe("tier name, e.g. 银卡"),
    minPoints: z.number().int().min(0).describe("points needed to reach the tier"),
    offer: z.string().trim().min(1).max(300).optional().describe("what a guest is offered on reaching it"),
  })
  .strict();

export const LoyaltySchema = z
  .object({
    pointsPerYuan: z.number().nonnegative().default(1).describe("points per yuan spent on a completed booking"),
    pointsPerStay: z.number().int().nonnegative().default(0).describe("extra points per completed room stay"),
    pointsPerMeal: z.number().int().nonnegative().default(0).describe("extra points per completed table booking"),
    tiers: z.array(LoyaltyTierSchema).default([]).describe("tiers in ascending minPoints"),
  })
  .strict()
  .superRefine((loyalty, issues) => {
    loyalty.tiers.forEach((tier, i) => {
      if (i > 0 && tier.minPoints <= loyalty.tiers[i - 1]!.minPoints) {
        issues.addIssue({ code: "custom", path: ["tiers", i, "minPoints"], message: "tiers must be listed in ascending minPoints" });
      }
    });
  });

export const ComplaintPolicySchema = z
  .object({
    responseHours: z.number().positive().max(720).default(2).describe("hours staff have to acknowledge and resolve a complaint"),
    escalateAfterHours: z.number().positive().max(720).default(4).describe("hours after which an unresolved complaint goes to the manager"),
  })
  .strict();

export const VenueSchema = z
  .object({
    name: name.describe("the venue's name, used in greetings"),
    timeZone: z.string().refine(isValidTimeZone, "must be an IANA time zone such as Asia/Shanghai").default("Asia/Shanghai").describe("where the venue is: booking times are its wall-clock times"),
    checkInTime: clock.default("14:00").describe("check-in time on the arrival date"),
    checkOutTime: clock.default("12:00").describe("check-out time on the departure date"),
    cancellationCutoffHours: z.number().min(0).max(24 * 30).default(24).describe("a guest may cancel up to this many hours before the start; staff always can"),
    rooms: z.array(RoomTypeSchema).default([]).describe("room types; empty for a restaurant only"),
    restaurant: RestaurantSchema.optional().describe("tables and opening hours; left out for a hotel without a restaurant"),
    staffAlertChat: StaffAlertChatSchema.optional().describe("where staff alerts (new bookings, complaints) are sent"),
    loyalty: LoyaltySchema.default({ pointsPerYuan: 1, pointsPerStay: 0, pointsPerMeal: 0, tiers: [] }).describe("how points are earned, and tiers"),
    complaints: ComplaintPolicySchema.default({ responseHours: 2, escalateAfterHours: 4 }).describe("complaint deadlines"),
  })
  .strict()
  .superRefine((venue, issues) => {
    const duplicates = (names: string[], path: (string | number)[]) =>
      names.forEach((n, i) => {
        if (names.indexOf(n) !== i) issues.addIssue({ code: "custom", path: [...path, i, "name"], message: `"${n}" is listed twice` });
      });
    duplicates(venue.rooms.map((r) => r.name), ["rooms"]);
    if (venue.restaurant) duplicates(venue.restaurant.tables.map((t) => t.name), ["restaurant", "tables"]);
    if (venue.rooms.length === 0 && !venue.restaurant) {
      issues.addIssue({ code: "custom", path: ["rooms"], message: "a venue needs rooms, a restaurant, or both" });
    }
    if (venue.complaints.escalateAfterHours < venue.complaints.responseHours) {
      issues.addIssue({ code: "custom", path: ["complaints", "escalateAfterHours"], message: "must be at least responseHours" });
    }
  });

export type Venue = z.infer<typeof VenueSchema>;
export type RoomType = z.infer<typeof RoomTypeSchema>;
export type TableType = z.infer<typeof TableTypeSchema>;
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;
