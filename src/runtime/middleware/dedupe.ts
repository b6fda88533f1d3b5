import type { Middleware } from "../compose.ts";

/**
 * Records the delivery in the inbound ledger; (platform, messageId) is unique, so a second delivery of
 * the same message stops here without a reply. The row is marked done or failed afterwards.
 */
export const dedupe: Middleware = async (ctx, next) => {
  const { platform, messageId, chatId, userId, text, receivedAt } = ctx.message;
  const inserted = await ctx.db.inboundMessage.createMany({
    data: [{ platform, messageId, chatId, userId, text, receivedAt, status: "processing", attempts: 1 }],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    ctx.log.info("duplicate delivery ignored", { platform, messageId });
    return;
  }
  try {
    await next();
    await ctx.db.inboundMessage.update({ where: { platform_messageId: { platform, messageId } }, data: { status: "done", processedAt: new Date() } });
  } catch (error) {
    await ctx.db.inboundMessage.update({ where: { platform_messageId: { platform, messageId } }, data: { status: "failed", error: String(error).slice(0, 500) } });
    throw error;
  }
};
