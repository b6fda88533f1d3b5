/** The table harness the phrasing tests share: each case parsed at a fixed Wednesday in Shanghai. */
import { expect, it } from "vitest";
import type { Role } from "../../../src/intents/schema.ts";
import { parseWithRules } from "../../../src/intents/rules/index.ts";

export const NOW = new Date("2026-11-18T10:00:00+08:00"); // a Wednesday
export const TZ = "Asia/Shanghai";

/**
 * `absent` names slots that must not be filled (a wrong value is worse than none). `tz` (with `now`, its offset) is for
 * writers whose zone decides how they write dates ("3/12" is the 3rd of December in Paris).
 */
export type Case = { text: string; role?: Role; intent: string; slots?: Record<string, unknown>; absent?: string[]; tz?: string; now?: string };

/** One test per case: the intent must match, and the given slots (others may be present). */
export const run = (cases: Case[]) =>
  it.each(cases)("$text", ({ text, role, intent, slots, absent, tz, now }) => {
    const r = parseWithRules({ text, role: role ?? "sales", now: now ? new Date(now) : NOW, tz: tz ?? TZ });
    expect(r.intent.intent).toBe(intent);
    if (slots) expect(r.intent.slots).toMatchObject(slots);
    for (const key of absent ?? []) expect(r.intent.slots).not.toHaveProperty(key);
  });
