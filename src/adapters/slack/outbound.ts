/**
 * Neutral Replies out to Slack through Bolt's WebClient: text as mrkdwn, choices as Block Kit buttons
 * with a numbered-list fallback, images uploaded into the chat (and thread). Failures become
 * PlatformErrors the outbox can act on; the WebClient itself does not retry (the outbox does).
 */
import { webApi } from "@slack/bolt";
import { PlatformError, type ReplyTarget } from "../types.ts";
import type { ChoiceOption, Reply } from "../../runtime/message.ts";
import { CHOICE_ACTION_PREFIX, SLACK_PLATFORM } from "./inbound.ts";

/** Platform error codes that mean Slack itself had trouble: trying again can help. */
const RETRYABLE_SLACK_ERRORS = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "rate_limited"]);
/** Block Kit limits: 25 elements in an actions block, 75 characters of button text, 3000 of section text. */
const MAX_BUTTONS = 25;
const MAX_BUTTON_TEXT = 75;
const MAX_SECTION_TEXT = 3000;

/** Slack reads `&`, `<` and `>` as markup (links, mentions); plain text must escape them. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The text shown where buttons are not (notifications, old clients): the question and numbered options. */
export function choiceFallback(text: string, options: ChoiceOption[]): string {
  return `${text}\n${options.map((o, i) => `${i + 1}) ${o.label}`).join("\n")}`;
}

/** A choice as Block Kit: the question in a section, one button per option carrying the option's value. */
export function choiceBlocks(text: string, options: ChoiceOption[]): webApi.KnownBlock[] {
  return [
    { type: "section", text: { type: "mrkdwn", text: truncate(escapeMrkdwn(text), MAX_SECTION_TEXT) } },
    {
      type: "actions",
      elements: options.slice(0, MAX_BUTTONS).map((option, i) => ({
        type: "button" as const,
        action_id: `${CHOICE_ACTION_PREFIX}${i}`,
        text: { type: "plain_text" as const, text: truncate(option.label, MAX_BUTTON_TEXT), emoji: true },
        value: option.value,
      })),
    },
  ];
}

/** Wraps a WebClient failure with the method and whether the outbox should try again. */
export function toPlatformError(method: string, error: unknown): PlatformError {
  const coded = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  const base = { platform: SLACK_PLATFORM, method, cause: error };
  switch (coded.code) {
    case webApi.ErrorCode.RateLimitedError:
      return new PlatformError({ ...base, message: `rate limited, retry after ${coded.retryAfter}s`, retryable: true, retryAfterMs: (coded.retryAfter ?? 1) * 1000 });
    case webApi.ErrorCode.HTTPError: {
      const status = coded.statusCode ?? 0;
      return new PlatformError({ ...base, message: `HTTP ${status}`, retryable: status >= 500 || status === 408 });
    }
    case webApi.ErrorCode.PlatformError: {
      const slackError = coded.data?.error ?? "unknown_error";
      return new PlatformError({ ...base, message: slackError, retryable: RETRYABLE_SLACK_ERRORS.has(slackError) });
    }
    case webApi.ErrorCode.RequestError:
      // The network: Slack unreachable, a reset connection, our timeout.
      return new PlatformError({ ...base, message: coded.message ?? "request failed", retryable: true });
    default:
      return new PlatformError({ ...base, message: coded.message ?? String(error), retryable: false });
  }
}

async function call<T>(method: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toPlatformError(method, error);
  }
}

/** What Slack answers when the bot may not post in a channel: it was never invited (private channels look missing). */
const NOT_A_MEMBER = new Set(["not_in_channel", "channel_not_found"]);

/** Said with an answer that went to the person's DM because the bot is not in the channel they wrote from. */
function notInChannelNote(reply: Reply): string {
  const sample = reply.kind === "image" ? reply.alt : reply.text;
  return /\p{Script=Han}/u.test(sample) ? "（我不在那个频道里，所以私信回复你。）" : "(I'm not in that channel, so here is my answer in private.)";
}

/** Sends one reply to a chat (and thread) with the given client. */
export async function sendReply(client: webApi.WebClient, target: ReplyTarget, reply: Reply): Promise<void> {
  try {
    await post(client, target, reply);
  } catch (error) {
    // `/crm` can be typed in any channel, one the bot was never invited to: the answer goes to the person.
    const slackError = (error as { cause?: { data?: { error?: string } } }).cause?.data?.error;
    const canDm = target.userId && target.userId !== target.chatId && !target.chatId.startsWith("D");
    if (!(error instanceof PlatformError) || !slackError || !NOT_A_MEMBER.has(slackError) || !canDm) throw error;
    const opened = await call("conversations.open", () => client.conversations.open({ users: target.userId }));
    const dm = opened.channel?.id;
    if (!dm) throw error;
    const note = notInChannelNote(reply);
    const noted: Reply = reply.kind === "image" ? reply : { ...reply, text: `${note}\n${reply.text}` };
    await post(client, { chatId: dm, userId: target.userId }, noted, reply.kind === "image" ? note : undefined);
  }
}

async function post(client: webApi.WebClient, target: ReplyTarget, reply: Reply, imageComment?: string): Promise<void> {
  const thread = target.threadId ? { thread_ts: target.threadId } : {};
  if (reply.kind === "text") {
    await call("chat.postMessage", () => client.chat.postMessage({ channel: target.chatId, text: escapeMrkdwn(reply.text), mrkdwn: true, ...thread }));
    return;
  }
  if (reply.kind === "choice") {
    await call("chat.postMessage", () =>
      client.chat.postMessage({ channel: target.chatId, text: escapeMrkdwn(choiceFallback(reply.text, reply.options)), blocks: choiceBlocks(reply.text, reply.options), ...thread }),
    );
    return;
  }
  const file = { file: Buffer.from(reply.png), filename: "chart.png", title: reply.alt, alt_text: reply.alt, ...(imageComment ? { initial_comment: imageComment } : {}) };
  await call("files.uploadV2", () =>
    client.filesUploadV2(target.threadId ? { ...file, channel_id: target.chatId, thread_ts: target.threadId } : { ...file, channel_id: target.chatId }),
  );
}

/** auth.test: do the credentials work, and as whom. */
export async function checkAuth(client: webApi.WebClient): Promise<{ ok: boolean; detail: string }> {
  try {
    const result = await client.auth.test();
    return { ok: true, detail: `connected to ${result.team ?? result.team_id ?? "workspace"} as @${result.user ?? result.user_id ?? "bot"}` };
  } catch (error) {
    return { ok: false, detail: toPlatformError("auth.test", error).message };
  }
}
