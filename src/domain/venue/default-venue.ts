/**
 * The venue used until one is configured: a small hotel with a restaurant. It goes through the same
 * schema as a file, so defaults are filled in one place.
 */
import { VenueSchema, type Venue } from "./venue-schema.ts";

export const DEFAULT_VENUE: Venue = VenueSchema.parse({
  name: "chatcrm 示例酒店",
  timeZone: "Asia/Shanghai",
  checkInTime: "14:00",
  checkOutTime: "12:00",
  cancellationCutoffHours: 24,
  rooms: [
    { name: "大床房", aliases: ["king", "double", "queen", "大床", "双人床"], count: 10, capacity: 2, price: 458 },
    { name: "双床房", aliases: ["twin", "两张床", "标间", "标准间", "双床"], count: 10, capacity: 2, price: 428 },
    { name: "套房", aliases: ["suite", "行政套房", "套间"], count: 2, capacity: 3, price: 988 },
  ],
  restaurant: {
    openingHours: [
      { open: "11:00", close: "14:00" },
      { open: "17:00", close: "22:00" },
    ],
    slotMinutes: 30,
    tableMinutes: 120,
    tables: [
      { name: "2人桌", aliases: ["table for 2", "两人桌"], count: 6, seats: 2 },
      { name: "4人桌", aliases: ["table for 4", "四人桌"], count: 6, seats: 4 },
      { name: "6人桌", aliases: ["table for 6", "六人桌"], count: 3, seats: 6 },
      { name: "包间", aliases: ["private room", "包房", "包厢"], count: 2, seats: 12 },
    ],
  },
  loyalty: {
    pointsPerYuan: 1,
    pointsPerStay: 100,
    pointsPerMeal: 20,
    tiers: [
      { name: "银卡", minPoints: 1000, offer: "下次入住免费升级房型" },
      { name: "金卡", minPoints: 5000, offer: "延迟退房至14:00，生日当月餐饮8折" },
    ],
  },
  complaints: { responseHours: 2, escalateAfterHours: 4 },
});
