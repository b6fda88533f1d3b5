/**
 * A group chat forwarded with the writer's ask under it:
 *
 *   转发群聊记录：
 *   【李姐】：我们小区新开了家烘焙店，老板娘想找靠谱的黄油供货
 *   【小王】：我们公司就做这个呀
 *   ——
 *   帮我加个新线索，孙丽，麦香坊，要黄油
 *
 * Who spoke in the chat is not who the record is about: the ask says that. So the speakers' labels are dropped
 * and the ask is read first, the chat after it for what the ask leaves out (a phone, a quantity).
 */

/** "【李姐】：", "[Kevin Tan]:", "孔经理：", "Me:" at the start of a line. */
export const SPEAKER = /^[ \t]*(?:【[^】\n]{1,16}】|\[[^\]\n]{1,24}\]|[^\s:：,，。.!?！？【\[]{1,12}|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})[ \t]*[:：][ \t]*(?=\S)/;
/** "——", "---", "====": a rule between the chat and the ask. */
const RULE = /^[ \t]*(?:[—–-]{2,}|={3,}|_{3,})[ \t]*$/;

/** What says a chat is forwarded: its heading. */
const FORWARDED = /转发|轉發|聊天记录|聊天記錄|群聊|群里|群組|\bforward(?:ed|ing)?\b|\bfwd?\b|\bchat\b|\bthread\b|\bconvo\b/i;

/** The message with the ask first and the chat's speaker labels dropped; undefined when it is no forwarded chat. */
export function askBeforeChat(text: string): string | undefined {
  const lines = text.split("\n");
  if (!FORWARDED.test(lines[0] ?? "")) return undefined;
  const spoken = lines.map((line) => SPEAKER.test(line));
  // The chat ends at a rule under it ("——"), or else at its last labelled line.
  const rule = lines.findLastIndex((line) => RULE.test(line));
  const last = rule > spoken.indexOf(true) ? rule - 1 : spoken.lastIndexOf(true);
  // Two lines of chat at least, the heading above them aside, and something asked after them.
  if (spoken.slice(0, last + 1).filter(Boolean).length < 2) return undefined;
  const ask = lines.slice(last + 1).filter((line) => line.trim() && !RULE.test(line));
  if (!ask.length) return undefined;
  const first = spoken.indexOf(true);
  const chat = lines.slice(first, last + 1).map((line) => line.replace(SPEAKER, "").trim()).filter(Boolean);
  // "转发一段客户聊天记录，帮我记到孙浩名下：": the heading may carry the ask too.
  const heading = lines.slice(0, first).filter((line) => line.trim());
  return [...heading, ...ask, ...chat].join("\n");
}
