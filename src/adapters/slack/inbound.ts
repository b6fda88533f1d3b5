/**
 * Slack deliveries into neutral Messages: Bolt listeners for DMs, mentions, the /crm command and button
 * presses. Each listener stores the message through `deliver` before it acknowledges; the receivers
 * (./receivers.ts) hold the answer to Slack back until the listener is done.
 */
import { createHash } from "node:crypto";
import type { App } from "@slack/bolt";
import { z } from "zod";
import type { Deliver } from "../types.ts";
import type { Message } from "../../runtime/message.ts";

export const SLACK_PLATFORM = "slack";
export const SLASH_COMMAND = "/crm";
/** Action ids of choice buttons: `crm_choice:<index>` (Slack wants them unique within a block). */
export const CHOICE_ACTION_PREFIX = "crm_choice:";

/** What each receiver hands Bolt with every delivery; Bolt merges it into the listener's context. */
export type DeliveryProperties = { deliver: Deliver };

/** Message subtypes that are a person writing: no subtype at all, or a message with a file attached. */
const WRITTEN_SUBTYPES = new Set([undefined, "file_share"]);

const MessageEventSchema = z.object({
  type: z.enum(["message", "app_mention"]),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  user: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
});

const EnvelopeSchema = z.object({
  event_id: z.string(),
  authorizations: z.array(z.object({ user_id: z.string().optional(), is_bot: z.boolean().optional() })).optional(),
});

const CommandSchema = z.object({
  command: z.string(),
  text: z.string().default(""),
  user_id: z.string(),
  user_name: z.string().optional(),
  channel_id: z.string(),
  trigger_id: z.string().optional(),
});

const BlockActionsSchema = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id: z.string(), name: z.string().optional() }),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ channel_id: z.string().optional(), thread_ts: z.string().optional() }).loose().optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional(), text: z.string().optional(), blocks: z.array(z.object({ type: z.string() }).loose()).optional() }).loose().optional(),
  actions: z.array(z.object({ action_id: z.string(), action_ts: z.string(), value: z.string().optional(), text: z.object({ text: z.string() }).loose().optional() }).loose()).min(1),
  response_url: z.string().optional(),
});

function slackTime(ts: string): Date {
  const at = new Date(Number(ts) * 1000);
  // A ts Slack never sends ("1e20") is an invalid Date the inbox cannot store: answered 503 for ever.
  return Number.isNaN(at.getTime()) ? new Date() : at;
}

/** Removes the bot's own @-mention (`<@U123>`) from a mention's text; the first mention when the bot's id is unknown. */
export function stripMention(text: string, botUserId: string | undefined): string {
  const stripped = botUserId ? text.replaceAll(`<@${botUserId}>`, "") : text.replace(/^\s*<@[A-Z0-9]+(\|[^>]*)?>/, "");
  return stripped.replace(/\s+/g, " ").trim();
}

/**
 * Slack's message markup back to what the person typed: auto-linked phone numbers, e-mails and URLs
 * (`<tel:+86138…|138…>`) become their visible text, and `&amp;`, `&lt;`, `&gt;` their characters.
 * Phone numbers matter here: the CRM looks customers up by them.
 */
export function plainText(text: string): string {
  return text
    .replace(/<([@#!])([^>|]+)(?:\|([^>]*))?>/g, (_, sigil: string, id: string, label?: string) => (label ? `${sigil === "!" ? "@" : sigil}${label}` : `<${sigil}${id}>`))
    .replace(/<([^>|]+)\|([^>]*)>/g, "$2")
    .replace(/<([a-z]+:[^>]+)>/g, (_, url: string) => url.replace(/^mailto:|^tel:/, ""))
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

function deliverFrom(context: Record<string, unknown>): Deliver {
  const deliver = context["deliver"];
  if (typeof deliver !== "function") throw new Error("slack: a delivery reached Bolt without a deliver function");
  return deliver as Deliver;
}

/** The Message for a DM or a mention, or undefined for what is not a person writing to the bot. */
export function messageFromEvent(body: unknown, event: unknown): Message | undefined {
  const parsedEvent = MessageEventSchema.safeParse(event);
  const envelope = EnvelopeSchema.safeParse(body);
  if (!parsedEvent.success || !envelope.success) return undefined;
  const e = parsedEvent.data;
  // Edits, deletions, joins and bots (ourselves included) are not someone asking the CRM something.
  if (!WRITTEN_SUBTYPES.has(e.subtype) || e.bot_id || !e.user) return undefined;
  if (e.type === "message" && e.channel_type !== "im") return undefined;
  const botUserId = envelope.data.authorizations?.find((a) => a.is_bot !== false)?.user_id;
  const text = plainText(e.type === "app_mention" ? stripMention(e.text ?? "", botUserId) : (e.text ?? "").trim());
  return {
    platform: SLACK_PLATFORM,
    chatId: e.channel,
    // In a channel the answer goes under the mention; in a DM only a thread reply is answered in its thread.
    threadId: e.type === "app_mention" ? (e.thread_ts ?? e.ts) : e.thread_ts,
    userId: e.user,
    messageId: envelope.data.event_id,
    text,
    receivedAt: slackTime(e.ts),
    raw: e,
  };
}

/** The Message for a `/crm …` command. Slack gives each invocation a trigger_id; without one, a hash of the payload. */
export function messageFromCommand(payload: unknown): Message | undefined {
  const parsed = CommandSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  const c = parsed.data;
  const messageId = c.trigger_id ? `command:${c.trigger_id}` : `command:${createHash("sha256").update(JSON.stringify(payload)).digest("hex")}`;
  return {
    platform: SLACK_PLATFORM,
    chatId: c.channel_id,
    userId: c.user_id,
    messageId,
    text: c.text.trim(),
    receivedAt: new Date(),
    sender: c.user_name ? { name: c.user_name } : undefined,
    raw: payload,
  };
}

/** The Message for a press of one of our choice buttons: its text is the option's value. */
export function messageFromAction(payload: unknown): Message | undefined {
  const parsed = BlockActionsSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  const p = parsed.data;
  const action = p.actions[0]!;
  const chatId = p.channel?.id ?? p.container?.channel_id;
  if (!chatId || action.value === undefined) return undefined;
  return {
    platform: SLACK_PLATFORM,
    chatId,
    threadId: p.container?.thread_ts ?? p.message?.thread_ts,
    userId: p.user.id,
    messageId: `action:${action.action_id}:${action.action_ts}`,
    text: action.value,
    receivedAt: slackTime(action.action_ts),
    sender: p.user.name ? { name: p.user.name } : undefined,
    raw: payload,
  };
}

/**
 * The pressed message again with its buttons replaced by the choice made, for its response_url: the
 * card then shows what was chosen, and a second press (or another person's) cannot answer it twice.
 */
export function answeredChoice(payload: unknown): { replace_original: true; text: string; blocks: Record<string, unknown>[] } | undefined {
  const parsed = BlockActionsSchema.safeParse(payload);
  if (!parsed.success || !parsed.data.response_url || !parsed.data.message) return undefined;
  const { message, actions } = parsed.data;
  const label = actions[0]!.text?.text ?? actions[0]!.value ?? "";
  const kept = (message.blocks ?? []).filter((block) => block.type !== "actions");
  const question = kept.length ? kept : [{ type: "section", text: { type: "mrkdwn", text: message.text ?? "" } }];
  return {
    replace_original: true,
    text: `${message.text ?? ""}\n✓ ${label}`,
    blocks: [...question, { type: "context", elements: [{ type: "plain_text", text: `✓ ${label}`, emoji: true }] }],
  };
}

/** Registers the listeners that turn Slack deliveries into Messages on a Bolt app. */
export function registerListeners(app: App): void {
  const onEvent = async ({ body, event, context }: { body: unknown; event: unknown; context: Record<string, unknown> }) => {
    const message = messageFromEvent(body, event);
    if (message) await deliverFrom(context)(message);
  };
  app.event("message", onEvent);
  app.event("app_mention", onEvent);

  app.command(SLASH_COMMAND, async ({ command, ack, context }) => {
    const message = messageFromCommand(command);
    if (message) await deliverFrom(context)(message);
    await ack();
  });

  app.action({ type: "block_actions", action_id: new RegExp(`^${CHOICE_ACTION_PREFIX}`) }, async ({ body, ack, context, respond }) => {
    const message = messageFromAction(body);
    if (message) await deliverFrom(context)(message);
    await ack();
    // After the acknowledgement, and only cosmetic: if it fails, the buttons stay and a second press
    // finds nothing left to answer.
    const answered = message ? answeredChoice(body) : undefined;
    if (answered) void respond(answered).catch(() => {});
  });
}
