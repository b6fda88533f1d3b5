/**
 * Turns a message into an action: a slash command, a system word ("撤销"), the answer to a pending
 * question, or free text through the intent parser. Then checks the role, asks for what is missing,
 * confirms uncertain writes, and runs the handler.
 */
import type { Middleware } from "../compose.ts";
import type { Context, Handlers, SystemActions } from "../context.ts";
import type { IntentParser } from "../../intents/parse.ts";
import { parseWithRules } from "../../intents/rules/index.ts";
import { undecided } from "../../intents/rules/mood.ts";
import { parseCount } from "../../intents/rules/numbers.ts";
import { INTENTS_BY_ROLE, IntentSchema, WRITE_INTENTS, type Intent, type IntentName, type ParseInput, type Role } from "../../intents/schema.ts";
import { parseSlashCommand, parseSystemWords, type SystemAction } from "../slash-commands.ts";
import { FREE_TEXT_SLOTS, missingSlot } from "../missing-slot.ts";
import { describeIntent } from "../describe-intent.ts";
import type { Draft } from "../conversation.ts";
import { say } from "../message.ts";
import { answerSurvey } from "../../handlers/answer-survey.ts";

const YES = /^(确认|确定|是|是的|对|好|好的|可以|没问题|ok|okay|yes|y|yep|sure|confirm)[!！。.]?$/i;
const NO = /^(取消|不|不是|不用|不要|算了|no|n|nope|cancel)[!！。.]?$/i;
const EDIT = /^(修改|改|编辑|edit|change)[!！。.]?$/i;

/** Slots asked for as a count. */
const COUNTED_SLOTS = new Set(["party_size", "nights", "quantity"]);

/** The confirm card's choices, in the order they are shown and numbered: "2" is the second one shown, whatever it is. */
const CONFIRM_CHOICES = [
  { value: "yes", zh: "确认", en: "Confirm" },
  { value: "edit", zh: "修改", en: "Edit" },
  { value: "no", zh: "取消", en: "Cancel" },
] as const;
/** A card's answer as its value: the number typed beside a choice, or the choice's words. */
const confirmAnswer = (text: string) =>
  /^[1-3]$/.test(text) ? CONFIRM_CHOICES[Number(text) - 1]?.value : YES.test(text) ? "yes" : NO.test(text) ? "no" : EDIT.test(text) ? "edit" : undefined;


export function interpret(options: { parser: IntentParser; handlers: Handlers; systemActions: SystemActions }): Middleware {
  const { parser, handlers, systemActions } = options;

  const dispatch = async (ctx: Context, intent: Intent) => {
    ctx.conversation.draft = undefined;
    // The handler map is typed per intent; narrowing through the discriminant keeps that promise.
    await (handlers[intent.intent] as (ctx: Context, intent: Intent) => Promise<void>)(ctx, intent);
  };

  /** Role check, then a question for what is missing, a confirm card if unsure, else the handler. */
  const proceed = async (ctx: Context, intent: Intent, sure: boolean) => {
    const role = roleOf(ctx);
    if (!INTENTS_BY_ROLE[role].includes(intent.intent)) {
      ctx.reply(denial(ctx, intent.intent));
      return;
    }
    const missing = missingSlot(intent, ctx.actor!, ctx.conversation.lastCustomerId);
    if (missing) {
      ctx.conversation.draft = { intent, awaiting: "slot", slot: missing.slot, lang: ctx.lang };
      ctx.reply(missing.question[ctx.lang]);
      return;
    }
    if (!sure && WRITE_INTENTS.has(intent.intent)) {
      ctx.conversation.draft = { intent, awaiting: "confirm", lang: ctx.lang };
      ctx.reply({
        kind: "choice",
        text: say(ctx.lang, `请确认：${describeIntent(intent, "zh")}`, `Please confirm — ${describeIntent(intent, "en")}`),
        options: CONFIRM_CHOICES.map((c) => ({ label: say(ctx.lang, c.zh, c.en), value: c.value })),
      });
      return;
    }
    await dispatch(ctx, intent);
  };

  /** Handles a reply to a pending draft; returns false when the message is something else. */
  const continueDraft = async (ctx: Context, draft: Draft, input: ParseInput): Promise<boolean> => {
    const text = input.text.trim();
    // "1", "ok" or a button's value says nothing of the language: answer in the draft's.
    if (!/[\p{L}]{2,}/u.test(text) || YES.test(text) || NO.test(text) || EDIT.test(text)) ctx.lang = draft.lang;
    if (draft.awaiting === "confirm") {
      const answer = confirmAnswer(text);
      if (answer === "yes") return dispatch(ctx, draft.intent).then(() => true);
      if (answer === "no") {
        ctx.conversation.draft = undefined;
        ctx.reply(say(ctx.lang, "好的，已取消，什么都没保存。", "OK, cancelled; nothing was saved."));
        return true;
      }
      if (answer === "edit") {
        ctx.conversation.draft = undefined;
        ctx.reply(say(ctx.lang, "好的，请把改好的内容完整发给我。", "OK, send me the corrected message."));
        return true;
      }
      ctx.conversation.draft = undefined;
      ctx.reply(say(ctx.lang, "（上一条未确认，已放弃。）", "(The unconfirmed action was dropped.)"));
      return false;
    }
    if (NO.test(text)) {
      ctx.conversation.draft = undefined;
      ctx.reply(say(ctx.lang, "好的，已取消。", "OK, cancelled."));
      return true;
    }
    const fresh = await parser.parse(input);
    const other = fresh.intent.intent;
    if (other !== "unknown" && other !== draft.intent.intent && fresh.confidence === "high") {
      ctx.conversation.draft = undefined;
      ctx.reply(say(ctx.lang, "（之前未完成的操作已放弃。）", "(The unfinished action was dropped.)"));
      await proceed(ctx, fresh.intent, true);
      return true;
    }
    // "刚刚梦到王总签了": a message that decides nothing answers no question (mood.ts).
    const decided = !undecided(text);
    const extracted = parseWithRules(input, { intent: draft.intent.intent }).intent;
    const slots: Record<string, unknown> = { ...draft.intent.slots };
    if (decided && extracted.intent === draft.intent.intent) Object.assign(slots, extracted.slots);
    if (decided && draft.slot && slots[draft.slot] === undefined && FREE_TEXT_SLOTS.has(draft.slot)) slots[draft.slot] = text.slice(0, 200);
    // "For how many people?" — "2": a bare count answers a counted slot.
    if (decided && draft.slot && slots[draft.slot] === undefined && COUNTED_SLOTS.has(draft.slot) && /^[\d一二两三四五六七八九十]{1,3}$/.test(text)) slots[draft.slot] = parseCount(text);
    const merged = IntentSchema.safeParse({ intent: draft.intent.intent, slots });
    if (!merged.success || JSON.stringify(merged.data.slots) === JSON.stringify(draft.intent.slots)) {
      const missing = missingSlot(draft.intent, ctx.actor!, ctx.conversation.lastCustomerId);
      ctx.reply(say(ctx.lang, `没太明白。${missing?.question.zh ?? ""}（回复“取消”可放弃）`, `Sorry, I didn't get that. ${missing?.question.en ?? ""} (Reply "cancel" to drop it.)`));
      return true;
    }
    await proceed(ctx, merged.data, true);
    return true;
  };

  return async (ctx) => {
    const role = roleOf(ctx);
    const input: ParseInput = { text: ctx.message.text, role, now: ctx.now, tz: ctx.tz };
    const slash = parseSlashCommand(input.text);
    if (slash) {
      ctx.conversation.draft = undefined;
      if ("action" in slash.command) return systemActions[slash.command.action](ctx, slash.args);
      return proceed(ctx, intentFromCommand(slash.command.intent, slash.args, input), true);
    }
    if (/^[/／]/.test(input.text)) {
      ctx.reply(say(ctx.lang, `不认识这个命令：${input.text.split(/\s/)[0]}。发送 /help 查看可用命令。`, `Unknown command ${input.text.split(/\s/)[0]}. Send /help for the list.`));
      return;
    }
    const words = parseSystemWords(input.text);
    if (words) {
      ctx.conversation.draft = undefined;
      return systemActions[words.action](ctx, words.args);
    }
    const draft = ctx.conversation.draft;
    if (draft && (await continueDraft(ctx, draft, input))) return;
    // A bare 1–5 from a guest with a satisfaction survey out answers it (after a pending draft's "1").
    if (await answerSurvey(ctx)) return;
    const parsed = await parser.parse(input);
    if (parsed.intent.intent === "unknown" && asksForManagerReport(ctx, input)) {
      ctx.reply(denial(ctx, "summary"));
      return;
    }
    await proceed(ctx, parsed.intent, parsed.confidence === "high");
  };
}

/** A rep asking for a manager's report gets a plain "that is for managers", not "I didn't understand". */
function asksForManagerReport(ctx: Context, input: ParseInput): boolean {
  if (ctx.actor?.kind !== "staff" || INTENTS_BY_ROLE[ctx.actor.role].includes("summary")) return false;
  const asManager = parseWithRules({ ...input, role: "manager" }).intent.intent;
  return asManager === "summary" || asManager === "top_customers";
}

function roleOf(ctx: Context): Role {
  return ctx.actor?.kind === "staff" ? ctx.actor.role : "guest";
}

/** A slash command's arguments parsed for that command's intent; bare text becomes the lookup query. */
function intentFromCommand(name: IntentName, args: string, input: ParseInput): Intent {
  if (!args) return IntentSchema.parse({ intent: name, slots: {} });
  const parsed = parseWithRules({ ...input, text: args }, { intent: name }).intent;
  const slots: Record<string, unknown> = parsed.intent === name ? { ...parsed.slots } : {};
  if (name === "lookup_customer") slots.query = args.slice(0, 200);
  if (name === "log_complaint" && !slots.issue) slots.issue = args.slice(0, 500);
  if (name === "log_followup" && !slots.summary) slots.summary = args.slice(0, 500);
  const checked = IntentSchema.safeParse({ intent: name, slots });
  return checked.success ? checked.data : IntentSchema.parse({ intent: name, slots: {} });
}

function denial(ctx: Context, intent: IntentName): string {
  if (ctx.actor?.kind === "guest") {
    return say(ctx.lang, "抱歉，这个我帮不了您。您可以订房订位、查看或取消自己的预订。", "Sorry, I can't help with that. I can book a room or table, and show or cancel your bookings.");
  }
  if (intent === "summary" || intent === "top_customers") {
    return say(ctx.lang, "汇总和客户排行只对经理开放。", "Summaries and top-customer lists are for managers.");
  }
  return say(ctx.lang, "你的角色不能做这个操作。", "Your role can't do that.");
}
