import type { Middleware } from "../compose.ts";
import { AppError } from "../errors.ts";
import { say } from "../message.ts";

/** Answers an AppError with its user text and anything else with an apology; no stack trace reaches a chat. */
export const errorBoundary: Middleware = async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (error instanceof AppError) {
      ctx.reply(error.userMessage[ctx.lang]);
      return;
    }
    ctx.log.error("message failed", {
      platform: ctx.message.platform,
      messageId: ctx.message.messageId,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    ctx.reply(say(ctx.lang, "抱歉，出了点问题，这条消息没有保存。请稍后再试。", "Sorry, something went wrong and nothing was saved. Please try again."));
  }
};
