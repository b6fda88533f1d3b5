import type { Middleware } from "../compose.ts";
import { loadConversation, saveConversation } from "../conversation.ts";

/** Loads this chat's state before the message is handled and saves it after, also after an error. */
export const conversationState: Middleware = async (ctx, next) => {
  const loaded = await loadConversation(ctx.db, ctx.conversation.key, ctx.now);
  Object.assign(ctx.conversation, loaded);
  try {
    await next();
  } finally {
    await saveConversation(ctx.db, ctx.conversation, ctx.now);
  }
};
