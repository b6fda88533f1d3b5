/**
 * What a write still needs before it can run, as one question at a time. A question names the slot it
 * fills, so a bare answer ("张伟", "两晚") can be put straight into it.
 */
import type { Intent } from "../intents/schema.ts";
import type { Actor } from "./context.ts";
import { bookingKind } from "../handlers/booking-times.ts";

export type MissingSlot = { slot: string; question: { zh: string; en: string } };

export function missingSlot(intent: Intent, actor: Actor, lastCustomerId: number | undefined): MissingSlot | undefined {
  switch (intent.intent) {
    case "create_lead": {
      const s = intent.slots;
      if (!s.name && !s.company && !s.phone && !s.email) {
        return { slot: "name", question: { zh: "客户叫什么名字？哪家公司？", en: "What's the contact's name and company?" } };
      }
      return undefined;
    }
    case "log_followup":
      if (!intent.slots.customer && !lastCustomerId) return { slot: "customer", question: { zh: "跟进的是哪位客户？", en: "Which customer was it?" } };
      return undefined;
    case "update_deal":
      if (!intent.slots.customer && !lastCustomerId) return { slot: "customer", question: { zh: "是哪位客户的单子？", en: "Whose deal is it?" } };
      if (!intent.slots.stage && intent.slots.amount === undefined) {
        return { slot: "stage", question: { zh: "到哪一步了？（报价 / 谈判 / 成交 / 丢单）", en: "What stage is it at? (proposal / negotiation / won / lost)" } };
      }
      return undefined;
    case "update_customer": {
      // A guest's update is of their own profile, and its handler reads the preferences from their words.
      if (actor.kind === "guest") return undefined;
      const { customer, ...changes } = intent.slots;
      if (!customer && !lastCustomerId) return { slot: "customer", question: { zh: "要更新哪位客户？", en: "Which customer should I update?" } };
      if (Object.keys(changes).length === 0) return { slot: "preferences", question: { zh: "要更新什么？（电话、邮箱、生日、偏好…）", en: "What should I update? (phone, email, birthday, preferences…)" } };
      return undefined;
    }
    case "lookup_customer":
      if (!intent.slots.query && !lastCustomerId) return { slot: "query", question: { zh: "查哪位客户？", en: "Who should I look up?" } };
      return undefined;
    case "log_complaint":
      if (!intent.slots.issue) return { slot: "issue", question: { zh: "请说说遇到了什么问题？", en: "What went wrong?" } };
      return undefined;
    case "create_booking":
      return missingBookingSlot(intent.slots, actor);
    default:
      return undefined;
  }
}

function missingBookingSlot(slots: Extract<Intent, { intent: "create_booking" }>["slots"], actor: Actor): MissingSlot | undefined {
  const kind = bookingKind(slots);
  if (!kind) return { slot: "kind", question: { zh: "您是要订房还是订餐位？", en: "Would you like a room or a table?" } };
  if (kind === "room") {
    if (!slots.start) return { slot: "start", question: { zh: "哪天入住？住几晚？", en: "Which day do you arrive, and for how many nights?" } };
    if (!slots.end && !slots.nights) return { slot: "nights", question: { zh: "住几晚？", en: "How many nights?" } };
  } else {
    // "能帮我们排个号吗，3位": the party already said is not asked again.
    if (!slots.start && slots.party_size) return { slot: "start", question: { zh: "哪天几点？", en: "Which day and time?" } };
    if (!slots.start) return { slot: "start", question: { zh: "哪天几点？几位？", en: "Which day and time, and for how many?" } };
    if (!slots.start.includes("T")) return { slot: "start", question: { zh: "几点到？", en: "What time?" } };
    if (!slots.party_size) return { slot: "party_size", question: { zh: "几位用餐？", en: "For how many people?" } };
  }
  if (actor.kind === "staff" && !slots.name && !slots.phone) {
    return { slot: "name", question: { zh: "客人的姓名或电话？", en: "The guest's name or phone?" } };
  }
  return undefined;
}

/** Slots whose answer can be the whole reply text when the parser finds nothing better in it. */
export const FREE_TEXT_SLOTS = new Set(["name", "customer", "query", "issue"]);
