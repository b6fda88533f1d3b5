import type { Middleware } from "../compose.ts";
import { say } from "../message.ts";

export const MAX_MESSAGE_CHARS = 2000;

/**
 * Strips control characters and stops messages with nothing to understand (empty, emoji only) or too
 * long to be a chat message, with a short answer and no write.
 */
export const inputGuard: Middleware = async (ctx, next) => {
  // eslint-disable-next-line no-control-regex
  const text = ctx.message.text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, "").trim();
  if (text.length > MAX_MESSAGE_CHARS) {
    ctx.reply(say(ctx.lang, `消息太长了（最多 ${MAX_MESSAGE_CHARS} 字），请简短一些。`, `That message is too long (${MAX_MESSAGE_CHARS} characters at most); please keep it short.`));
    return;
  }
  if (!/[\p{L}\p{N}]/u.test(text) && !/^[/／?？]/.test(text)) {
    ctx.reply(say(ctx.lang, "我在呢！发送“帮助”看看我能做什么。", 'I\'m here! Send "help" to see what I can do.'));
    return;
  }
  (ctx.message as { text: string }).text = text;
  await next();
};
