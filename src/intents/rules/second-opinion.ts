/**
 * When the rules find no evidence at all, the naive Bayes model (bayes.ts) may name the intent — within
 * limits the rules set: only intents the role may use and no rule argued against, never a write from a
 * question or an undecided plan, and only about something the message names. The writer's mood is held
 * against the guess as against the rules' own intent (index.ts).
 */
import { INTENTS_BY_ROLE, WRITE_INTENTS, type IntentName, type Role } from "../schema.ts";
import { intentModel, predictBayes } from "./bayes.ts";
import type { Classification } from "./classify.ts";
import type { Features } from "./features.ts";
import { praises, undecided } from "./mood.ts";

/** How sure the model must be to name an intent the rules found no evidence for. */
const SECOND_OPINION_MINIMUM = 0.9;
/** "好的谢谢，晚上八点一刻见！", "see you at the court": a goodbye with a time in it books nothing. */
const SIGN_OFF = /(?:点|点半|一刻|三刻|\d|天|晚|周[一二三四五六日天]|号|到时(?:候)?)见\s*[!！~。.～😊🙏👍]*\s*$|\bsee (?:you|u|ya)\b/i;
/** A question is asked, not told: a write is never guessed from one. */
const QUESTION = /(?:[?？]|[吗呢么嘛]\s*[?？]?)\s*$/;

/**
 * The statistical model's intent for a message the rules found no evidence for (bayes.ts), among what the
 * role may do and no rule argued against. Always low confidence, so a guessed write is shown back as a
 * confirm card before it is stored, and the LLM, where there is one, is still asked.
 */
export function secondOpinion(text: string, role: Role, c: Classification, f: Features): IntentName | undefined {
  const allowed = INTENTS_BY_ROLE[role];
  if (!c.open || undecided(text) || SIGN_OFF.test(text)) return undefined;
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
      // From staff, a complaint is a customer's problem: both must be there ("the Ritz charges $600 a night" is neither).
      // A guest's praise ("前台小周态度特别好 点个赞") is no complaint, whoever it names.
      return role === "guest" ? (f.problem || someone) && !praises(text) : someone && f.problem;
    case "create_booking":
    case "change_booking":
    case "cancel_booking":
      // Staff book on a guest's behalf, so a date alone ("price increase from Jan 1") is no booking of theirs.
      if (role !== "guest") return f.partySize !== undefined || f.nights !== undefined || f.roomType !== undefined;
      return f.dates.length > 0 || f.partySize !== undefined || f.nights !== undefined || f.roomType !== undefined;
    case "help":
      return ABOUT_THE_ASSISTANT.test(text);
    default:
      return true;
  }
}
