/**
 * The venue used until one is configured: a small hotel with a restaurant. Names are what staff and
 * guests call the resource; aliases are the other words guests use for it.
 */
export type VenueResource = { kind: "room" | "table"; name: string; aliases: string[]; count: number; capacity: number; price?: number };

export const DEFAULT_VENUE = {
  checkInHour: 14,
  checkOutHour: 12,
  tableMinutes: 120,
  resources: [
    { kind: "room", name: "大床房", aliases: ["king", "double", "queen", "大床", "双人床"], count: 10, capacity: 2, price: 458 },
    { kind: "room", name: "双床房", aliases: ["twin", "两张床", "标间", "标准间", "双床"], count: 10, capacity: 2, price: 428 },
    { kind: "room", name: "套房", aliases: ["suite", "行政套房", "套间"], count: 2, capacity: 3, price: 988 },
    { kind: "table", name: "2人桌", aliases: ["table for 2", "两人桌"], count: 6, capacity: 2 },
    { kind: "table", name: "4人桌", aliases: ["table for 4", "四人桌"], count: 6, capacity: 4 },
    { kind: "table", name: "6人桌", aliases: ["table for 6", "六人桌"], count: 3, capacity: 6 },
    { kind: "table", name: "包间", aliases: ["private room", "包房", "包厢"], count: 2, capacity: 12 },
  ] satisfies VenueResource[],
};

/** Does a room type as the guest wrote it ("king bed", "大床房") mean this resource? */
export function matchesResource(resource: { name: string }, written: string): boolean {
  const text = written.toLowerCase().replace(/\s+/g, "");
  const venue = DEFAULT_VENUE.resources.find((r) => r.name === resource.name);
  const words = [resource.name, ...(venue?.aliases ?? [])].map((w) => w.toLowerCase().replace(/\s+/g, ""));
  return words.some((word) => text.includes(word) || word.includes(text));
}
