/**
 * Classes of language from the sixteenth round, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is 2026-11-19, next Wednesday 2026-11-25.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("the brief's own example, and today's weekday said bare", () => {
  run([
    { text: "met 李经理 from 华润万家, wants 200 cases, call back Wednesday", intent: "create_lead", slots: { name: "李经理", company: "华润万家", quantity: 200, next_due: "2026-11-25" } },
    { text: "met 周总 from 永辉超市, needs 80 boxes, follow up Thursday", intent: "create_lead", slots: { name: "周总", company: "永辉超市", quantity: 80, next_due: "2026-11-19" } },
    // Said on a Wednesday, a call back "Wednesday" is next week's: today's would be "today".
    { text: "rang Hollis at Penrose Joinery, call back Wednesday", intent: "log_followup", slots: { customer: "Hollis", next_due: "2026-11-25" } },
    { text: "emailed Dr Okafor the brochure, chase wed", intent: "log_followup", slots: { customer: "Dr Okafor", next_due: "2026-11-25" } },
    // With a time later today it stays today.
    { text: "called Brandt, call back Wednesday 4pm", intent: "log_followup", slots: { customer: "Brandt", next_due: "2026-11-18T16:00" } },
  ]);
});
