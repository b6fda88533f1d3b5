/**
 * The offline rules parser: fast, deterministic, no I/O. It classifies a message, extracts the intent's
 * slots, and ends in the same `IntentSchema.safeParse` as the LLM parser.
 */
import { INTENTS_BY_ROLE, IntentSchema, WRITE_INTENTS, type Intent, type IntentName, type ParseInput, type ParseResult, type Role } from "../schema.ts";
import { intentModel, predictBayes } from "./bayes.ts";
import { inScriptOf, readAsMandarin } from "./chinese-script.ts";
import { classify, type Classification } from "./classify.ts";
import { extractFeatures, type Features } from "./features.ts";
import { extractSlots, type Slots } from "./slots.ts";
import { mendTypos } from "./typos.ts";
import { plainVerbs } from "./aspect.ts";
import { undecided } from "./mood.ts";

export type RulesOptions = {
  /** Forces the intent (a slash command, or a follow-up answer to a pending draft) and only extracts its slots. */
  intent?: IntentName;
};

const UNKNOWN: Intent = { intent: "unknown", slots: {} };
/** What staff record: never from a message that decides nothing (mood.ts). */
const STAFF_RECORDS: ReadonlySet<IntentName> = new Set(["create_lead", "log_followup", "update_deal", "update_customer", "log_complaint"]);

/**
 * Normalises what people type: full-width characters, stray spaces, typing slips, verbs' aspect complements
 * (打完电话 → 打电话), a leading slash command (a bare one, "/help", is kept as its word).
 */
function normalise(text: string): string {
  return plainVerbs(mendTypos(text.normalize("NFKC")).replace(/[\u200b-\u200d\ufeff]/g, "").replace(/^\s*\/([a-z_]+)(?:@\w+)?\s*$/i, "$1").replace(/^\s*\/[a-z_]+(?:@\w+)?\s+/i, "").trim());
}

/** Parses a message with rules; see ../shared/eval/README.md for the output contract. */
export function parseWithRules(input: ParseInput, options: RulesOptions = {}): ParseResult {
  const reading = readAsMandarin(input.text);
  const text = normalise(reading);
  const allowed = INTENTS_BY_ROLE[input.role] ?? INTENTS_BY_ROLE.guest;
  const result = (intent: Intent, high: boolean): ParseResult => ({
    intent: asWritten(intent, reading, input.text),
    confidence: high ? "high" : "low",
    parser: "rules",
  });
  if (options.intent) {
    if (!allowed.includes(options.intent)) return result(UNKNOWN, true);
    const f = extractFeatures(text, input.now, input.tz);
    return result(validate(options.intent, extractSlots(options.intent, f)), true);
  }
  if (!text) return result(UNKNOWN, false);
  const f = extractFeatures(text, input.now, input.tz);
  const c = classify(text, input.role, f);
  if (c.intent === "unknown") {
    const guess = secondOpinion(text, input.role, c, f);
    if (!guess) return result(UNKNOWN, c.score >= 4);
    return result(validate(guess, extractSlots(guess, f)), false);
  }
  if (input.role !== "guest" && STAFF_RECORDS.has(c.intent) && undecided(text)) return result(UNKNOWN, false);
  // A guest's statement about themselves scores like staff's customer update, but is their own preferences.
  const name = input.role === "guest" && c.intent === "update_customer" ? "remember_preferences" : c.intent;
  const intent = validate(name, extractSlots(name, f));
  return result(intent, intent.intent !== "unknown" && c.score >= 3 && c.margin >= 1.5);
}

/** Slots holding the user's own words: given back in the script they were written in (chinese-script.ts). */
const WORDS_SLOTS = new Set(["name", "company", "product", "customer", "query", "person", "issue", "summary", "room_type", "preferences"]);

function asWritten(intent: Intent, reading: string, written: string): Intent {
  if (reading === written) return intent;
  const slots = Object.fromEntries(
    Object.entries(intent.slots).map(([key, value]) => {
      if (!WORDS_SLOTS.has(key)) return [key, value];
      if (typeof value === "string") return [key, inScriptOf(value, reading, written)];
      if (Array.isArray(value)) return [key, value.map((v) => (typeof v === "string" ? inScriptOf(v, reading, written) : v))];
      return [key, value];
    }),
  );
  return { ...intent, slots } as Intent;
}

/** How sure the model must be to name an intent the rules found no evidence for. */
const SECOND_OPINION_MINIMUM = 0.9;
/** A question is asked, not told: a write is never guessed from one. */
const QUESTION = /(?:[?？]|[吗呢么嘛]\s*[?？]?)\s*$/;

/**
 * The statistical model's intent for a message the rules found no evidence for (bayes.ts), among what the
 * role may do and no rule argued against. Always low confidence, so a guessed write is shown back as a
 * confirm card before it is stored, and the LLM, where there is one, is still asked.
 */
function secondOpinion(text: string, role: Role, c: Classification, f: Features): IntentName | undefined {
  const allowed = INTENTS_BY_ROLE[role];
  if (!c.open || undecided(text)) return undefined;
  const candidates = new Set<string>(allowed.filter((i) => !c.vetoed?.has(i as never)));
  const guess = predictBayes(intentModel(), text, candidates);
  if (!guess || guess.intent === "unknown" || guess.probability < SECOND_OPINION_MINIMUM) return undefined;
  const intent = guess.intent as IntentName;
  if (WRITE_INTENTS.has(intent) && QUESTION.test(text)) return undefined;
  return grounded(intent, role, text, f) ? intent : undefined;
}

/** Help is asked of the assistant itself: "有没有使用说明", "what can you help me with". */
const ABOUT_THE_ASSISTANT = /\b(?:you|u|bot|crm|app|commands?|features?|help|usage|guide|manual|tutorial)\b|你|机器人|系统|功能|说明|帮助|怎么用|使用|指令|命令|教程/i;

/**
 * A guess must be about something the message names: "晚点再说" records nothing and "any notes on how to
 * handle objections?" looks no one up, whatever their words; from staff a complaint is a customer's.
 */
function grounded(intent: IntentName, role: Role, text: string, f: Features): boolean {
  const someone = f.names.length > 0 || f.companies.length > 0 || f.phones.length > 0 || f.emails.length > 0;
  switch (intent) {
    case "create_lead":
    case "log_followup":
    case "update_deal":
    case "update_customer":
    case "lookup_customer":
      return someone;
    case "log_complaint":
      return role === "guest" ? f.problem || someone : someone;
    case "create_booking":
    case "change_booking":
    case "cancel_booking":
      return f.dates.length > 0 || f.partySize !== undefined || f.nights !== undefined || f.roomType !== undefined;
    case "help":
      return ABOUT_THE_ASSISTANT.test(text);
    default:
      return true;
  }
}

/** Runs the schema; drops slots that fail it one by one, and gives `unknown` if even that fails. */
function validate(intent: IntentName, slots: Slots): Intent {
  const first = IntentSchema.safeParse({ intent, slots });
  if (first.success) return first.data;
  const bad = new Set(first.error.issues.map((i) => String(i.path[1] ?? "")));
  const kept = Object.fromEntries(Object.entries(slots).filter(([k]) => !bad.has(k)));
  const second = IntentSchema.safeParse({ intent, slots: kept });
  return second.success ? second.data : UNKNOWN;
}
