/**
 * A message that carries earlier text with it: a quoted reply ("> Priyanka: Pemberton & Hale is marked won, £12k"),
 * a forward ('Forwarded from Kate: "cancel the table, I can't make it"'), a quote in brackets ("引用 客户：“明天上午10点来
 * 拿样品”"). What the quote says was asked of someone else, or already done; the writer's own words decide. When those
 * words only react to it ("nice work team 👏", "好嘞", "lol she bailed on her own dinner again"), nothing is asked.
 */

/** A first line that says text is carried: a forward, a quote, a reply. */
const CARRIED_HEADING = /^\s*(?:【\s*(?:转发|轉發|轉傳)\s*】|(?:转发|轉發|轉傳|引用|fwd?|fw|forwarded(?: message)?|fyi from|quoting)(?![a-z]))/i;
/** "> …" lines, as chat apps quote a reply. */
const QUOTE_LINE = /^\s*>/;
/** A quote in brackets or straight quotes. */
const BRACKETED = /「[^」]*」|“[^”]*”|"[^"\n]*"/g;

/** The writer's own words beside carried text, or undefined when nothing is carried or the two cannot be told apart. */
export function ownWords(text: string): string | undefined {
  const lines = text.split("\n");
  const quoted = lines.some((l) => QUOTE_LINE.test(l));
  const headed = CARRIED_HEADING.test(lines[0] ?? "");
  const bracketed = (headed || /^\s*[「“"]/.test(text)) && BRACKETED.test(text);
  BRACKETED.lastIndex = 0;
  if (!quoted && !bracketed) return undefined;
  const rest = lines
    .filter((l) => !QUOTE_LINE.test(l))
    .join("\n")
    .replace(BRACKETED, " ");
  // The heading's own label ("Forwarded from Kate:", "引用 客户：") is no word of the writer's.
  const own = (headed ? rest.replace(/^[^\n]*?[:：]/, "") : rest).replace(/^[^\n:：]{0,24}(?:转发|轉發|轉傳|引用|forwarded from|fyi from)[^\n:：]{0,24}[:：]?\s*$/gim, "");
  return own.replace(/\s+/g, " ").trim();
}

/** Words that only react: laughter, thanks, praise, a nod, or the matter handed back to whoever it was. */
const REACTION = [
  /^(?:lol|lmao|rofl|haha+|hehe+|哈哈+|呵呵|嘿嘿)/i,
  /^(?:aww+\s*)?(?:thanks|thank you|thx|ty|cheers)(?:\s+[A-Z][a-z]+)?[\s!.]*$/i,
  /^(?:nice|great|good|well done|kudos|brilliant|amazing|awesome)(?:\s+(?:work|job|one|stuff))?(?:\s+(?:team|all|guys|everyone|[A-Z][a-z]+))?[\s!.]*$/i,
  /^(?:好嘞|好的|好滴|收到|对的|對的|没问题|沒問題|辛苦了|厉害|厲害|牛|赞|讚|谢谢|謝謝|多谢|多謝)[\s，,。!！~～]*(?:没问题|沒問題|对的|對的|辛苦了|谢谢|謝謝)?[\s，,。!！~～]*$/,
  /\b(?:update|log|change|do) it yourself\b|\bthat'?s your (?:account|client|customer|deal)\b|\bwe sell [^.,]{1,20}, not\b|\bmine'?s still on\b/i,
  /^(?:哈哈+[，,\s]*)?(?:还好|還好)我(?:早就|已经|已經)(?:订|訂)了|^哈哈+[\s，,]*\S{0,12}(?:还|還)特别(?:交代|交待)/,
];

/** Own words that only react to what they carry. */
export function onlyReacts(own: string): boolean {
  const said = own.replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, " ").replace(/\s+/g, " ").trim();
  if (!said) return false;
  return REACTION.some((re) => re.test(said));
}

/** A question of the writer's own that does not point back at what it carries ("is this right?", "这个帮我记一下？"). */
// "Pasting what I sent earlier… Still available?": the writer's own earlier message, quoted, is still what is asked.
export const asksSomethingElse = (own: string) => /[?？]\s*$/.test(own) && !/\b(?:this|that|these|those|it|them|him|her|above|below|i sent|i wrote|my (?:earlier|last|previous)|still available|any update)\b|这|那|上面|下面|如下|以上|佢|呢个|嗰|我(?:之前|刚才|上次|早前)(?:发|說|说|问)|还有(?:吗|没有)|還有(?:嗎|沒有)/i.test(own);
