import type { Context } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { UNDO_WINDOW_MS } from "../runtime/conversation.ts";
import { undoBatch } from "../domain/audit/undo-batch.ts";
import { SHORT_ID_PREFIX, type ShortIdEntity } from "../domain/shared/short-id.ts";

/** Reverts the user's last write in this chat, if it is recent enough. */
export async function undoLastWrite(ctx: Context): Promise<void> {
  const { lastBatchId, lastBatchAt } = ctx.conversation;
  if (!lastBatchId || !lastBatchAt || ctx.now.getTime() - lastBatchAt.getTime() > UNDO_WINDOW_MS) {
    ctx.reply(say(ctx.lang, "没有可撤销的操作（只能撤销 10 分钟内的最后一次操作）。", "Nothing to undo (only your last change within 10 minutes can be undone)."));
    return;
  }
  const { reverted, entities } = await undoBatch({ db: ctx.db, batchId: lastBatchId });
  ctx.conversation.lastBatchId = undefined;
  ctx.conversation.lastBatchAt = undefined;
  if (reverted === 0) {
    ctx.reply(say(ctx.lang, "这次操作已经撤销过了。", "That was already undone."));
    return;
  }
  const ids = entities
    .filter((e) => e.entity in SHORT_ID_PREFIX)
    .map((e) => `${SHORT_ID_PREFIX[e.entity as ShortIdEntity]}-${e.entityId}`)
    .reverse();
  const unique = [...new Set(ids)].join(" ");
  ctx.reply(say(ctx.lang, `↩️ 已撤销：${unique}`, `↩️ Undone: ${unique}`));
}
