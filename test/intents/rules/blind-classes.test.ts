/**
 * Classes of phrasing from cases written blind (fresh-4), each with variants of our own: questions that
 * ask for a fact, deal stages said as events, reports asked loosely, guests' own bookings, and more.
 */
import { describe, expect, it } from "vitest";
import type { Role } from "../../../src/intents/schema.ts";
import { parseWithRules } from "../../../src/intents/rules/index.ts";

const NOW = new Date("2026-11-18T10:00:00+08:00"); // a Wednesday
const TZ = "Asia/Shanghai";
type Case = { text: string; role?: Role; intent: string; slots?: Record<string, unknown> };
const run = (cases: Case[]) =>
  it.each(cases)("$text", ({ text, role, intent, slots }) => {
    const r = parseWithRules({ text, role: role ?? "sales", now: NOW, tz: TZ });
    expect(r.intent.intent).toBe(intent);
    if (slots) expect(r.intent.slots).toMatchObject(slots);
  });

describe("a question asking for a fact is answered, never recorded", () => {
  run([
    { text: "上个月全公司签了多少", intent: "unknown" },
    { text: "这周整个团队成交多少单", intent: "unknown" },
    { text: "Which room is Anna Wu in? she's with my group", role: "guest", intent: "unknown" },
    { text: "what room is Mr. Zhang staying in", role: "guest", intent: "unknown" },
    { text: "where is my colleague Tom Baker staying tonight?", role: "guest", intent: "unknown" },
    { text: "could you recommend a good book about negotiation", role: "manager", intent: "unknown" },
    { text: "can you suggest a restaurant nearby for dinner", role: "guest", intent: "unknown" },
    { text: "any good book on hotel management?", role: "guest", intent: "unknown" },
    { text: "上次跟刘总聊到哪了", intent: "lookup_customer", slots: { query: "刘总" } },
    { text: "王总那单现在到哪一步了", intent: "lookup_customer" },
    { text: "I'd like to book a table for 2 tomorrow at 7", role: "guest", intent: "create_booking" },
  ]);
});
