import type { Context } from "../runtime/context.ts";
import type { Lang } from "../runtime/message.ts";

const CJK = /[\u3400-\u9fff]/;

/**
 * The language to answer a task command in. A pressed button ("/snooze T-4") or "3h" has no words, so
 * Chinese anywhere in the message, else an English word after the id, else the task's own title decides.
 */
export function taskCommandLang(ctx: Context, options: { rest: string; title?: string }): Lang {
  if (CJK.test(ctx.message.text)) return "zh";
  if (/[a-z]{3,}/i.test(options.rest)) return "en";
  if (options.title !== undefined) return CJK.test(options.title) ? "zh" : "en";
  return ctx.lang;
}
