/**
 * The care calendar: holidays on which reps greet their customers. A default for 2026–2028 (lunar
 * holidays need a table, not a rule); a `chatcrm.calendar.yaml` in the working directory replaces it:
 *
 *   holidays:
 *     - { date: 2026-02-17, zh: 春节, en: Spring Festival }
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

export type Holiday = { date: string; zh: string; en: string };

const fixed = (year: number): Holiday[] => [
  { date: `${year}-01-01`, zh: "元旦", en: "New Year's Day" },
  { date: `${year}-10-01`, zh: "国庆节", en: "National Day" },
  { date: `${year}-12-25`, zh: "圣诞节", en: "Christmas" },
];

export const DEFAULT_HOLIDAYS: Holiday[] = [
  ...[2026, 2027, 2028].flatMap(fixed),
  { date: "2026-02-17", zh: "春节", en: "Spring Festival" },
  { date: "2027-02-06", zh: "春节", en: "Spring Festival" },
  { date: "2028-01-26", zh: "春节", en: "Spring Festival" },
  { date: "2026-03-03", zh: "元宵节", en: "Lantern Festival" },
  { date: "2027-02-20", zh: "元宵节", en: "Lantern Festival" },
  { date: "2028-02-09", zh: "元宵节", en: "Lantern Festival" },
  { date: "2026-06-19", zh: "端午节", en: "Dragon Boat Festival" },
  { date: "2027-06-09", zh: "端午节", en: "Dragon Boat Festival" },
  { date: "2028-05-28", zh: "端午节", en: "Dragon Boat Festival" },
  { date: "2026-09-25", zh: "中秋节", en: "Mid-Autumn Festival" },
  { date: "2027-09-15", zh: "中秋节", en: "Mid-Autumn Festival" },
  { date: "2028-10-03", zh: "中秋节", en: "Mid-Autumn Festival" },
].sort((a, b) => a.date.localeCompare(b.date));

const CalendarSchema = z.object({
  holidays: z.array(
    z.object({
      // YAML 1.1 readers turn a bare date into a timestamp; accept both.
      date: z.union([z.string(), z.date()]).transform((d) => (typeof d === "string" ? d : d.toISOString().slice(0, 10))).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
      zh: z.string().min(1),
      en: z.string().min(1).optional(),
    }),
  ),
});

export const CALENDAR_FILE = "chatcrm.calendar.yaml";

/** The holidays in force: the calendar file's if there is one, else the default. */
export function loadHolidays(file = CALENDAR_FILE): Holiday[] {
  if (!existsSync(file)) return DEFAULT_HOLIDAYS;
  const parsed = CalendarSchema.safeParse(parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]!.path.join(".")} ${parsed.error.issues[0]!.message}`);
  return parsed.data.holidays.map((h) => ({ date: h.date, zh: h.zh, en: h.en ?? h.zh }));
}
