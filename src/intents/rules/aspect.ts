/**
 * Chinese verbs carry aspect and result complements that change nothing for us: 打完电话, 聊过了, 见到了,
 * 发过去了, 谈妥了, 开完会 say the same contact or step as 打电话, 聊了, 见了, 发了, 谈了, 开会. Reducing
 * them to the bare verb (keeping a 了 when one follows) lets every cue and entity finder read one form.
 */

/** Verbs of contact and of a sale's steps, which take these complements in chat. */
const VERBS = "打|聊|谈|见|发|寄|送|签|拜访|沟通|联系|开|报|约|吃|跟进|回访|碰|问|催|递|交|回|拿|给|看";
/**
 * Result and direction complements; 到 only after verbs of meeting, since 聊到/发到 point somewhere; 给好/问好/看好,
 * 完毕/完全 and 好看/好用 are words of their own.
 */
const COMPLEMENT = new RegExp(`(${VERBS})(?:过去|过来|出去|完(?![毕全整善美成])|过(?![期时]|了期|咗期)|好(?<![给问看]好)(?![看吃听用像多几处评])|妥|(?<=[见碰])到)+`, "g");

/** Returns `text` with aspect and result complements after contact verbs removed: "刚打完电话" → "刚打电话". */
export function plainVerbs(text: string): string {
  return text.replace(COMPLEMENT, (_whole, verb: string) => verb);
}
