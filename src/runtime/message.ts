/** The neutral shapes every platform translates to and from. No platform type passes the adapters. */

export type Message = {
  /** console, script, slack, telegram, wecom, wechat … */
  platform: string;
  chatId: string;
  /** the thread a message was written in, where the platform has threads (Slack): replies go there */
  threadId?: string;
  userId: string;
  /** unique per platform: the dedupe key of the inbound ledger */
  messageId: string;
  text: string;
  receivedAt: Date;
  /** the sender's time zone when the platform or script gives one */
  tz?: string;
  /** what the platform (or a script) says of the sender: a display name, and the role to seed them with */
  sender?: { name?: string; role?: "admin" | "manager" | "sales" | "frontdesk" | "guest" };
  raw?: unknown;
  /** the inbound ledger row this message was stored as (set when it is claimed from the inbox) */
  inboxId?: number;
};

export type ChoiceOption = { label: string; value: string };

export type Reply =
  | { kind: "text"; text: string }
  | { kind: "choice"; text: string; options: ChoiceOption[] }
  | { kind: "image"; png: Uint8Array; alt: string };

export type Lang = "zh" | "en";

/**
 * Chinese if the text has any CJK character, English if it has Latin letters, else undefined. A leading
 * English slash command ("/find") says nothing of the language, so it is not counted ("/取消" does).
 */
export function detectLang(message: string): Lang | undefined {
  // Nor do record ids ("B-3", "CP-2"): "/cancel B-3" should be answered in the user's usual language.
  const text = message.replace(/^\s*[/／][A-Za-z_]*/, "").replace(/\b(?:CP|[LDFTB])-?\d+\b/gi, "");
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return "zh";
  if (/[a-z]/i.test(text)) return "en";
  return undefined;
}

/** Picks the reply text for the user's language. */
export function say(lang: Lang, zh: string, en: string): string {
  return lang === "zh" ? zh : en;
}
