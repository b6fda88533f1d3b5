/**
 * A message that carries earlier text with it: a quoted reply ("> Priyanka: Pemberton & Hale is marked won, £12k"),
 * a forward ('Forwarded from Kate: "cancel the table, I can't make it"'), a quote in brackets ("引用 客户：“明天上午10点来
 * 拿样品”"). What the quote says was asked of someone else, or already done; the writer's own words decide. When those
 * words only react to it ("nice work team 👏", "好嘞", "lol she bailed on her own dinner again"), nothing is asked.
 */

import { SPEAKER } from "./forwarded-chat.ts";

/** A first line that says text is carried: a forward, a quote, a reply. */
const CARRIED_HEADING = /^\s*(?:【\s*(?:转发|轉發|轉傳)\s*】|(?:转发|轉發|轉傳|引用|fwd?|fw|forwarded(?: message)?|fyi from|quoting)(?![a-z]))/i;
/** "> …" lines, as chat apps quote a reply. */
const QUOTE_LINE = /^\s*>/;
/** A quote in brackets or straight quotes. */
const BRACKETED = /「[^」]*」|“[^”]*”|"[^"\n]*"/g;

/** The writer's own words beside carried text, or undefined when nothing is carried or the two cannot be told apart. */
export function ownWords(text: string): string | undefined {
  // A reply's subject ("Re: weekly stand-up") and a rule under a quote ("- - - -") are nobody's words.
  const lines = text.split("\n").filter((l, i) => !(i === 0 && /^\s*re\s*:/i.test(l)) && !/^[\s\-–—_=*·.]{3,}$/.test(l));
  const quoted = lines.some((l) => QUOTE_LINE.test(l));
  const headed = CARRIED_HEADING.test(lines[0] ?? "");
  // "Fwd: Hanamizuki Ryokan wants to negotiate… ⏎ move Hanamizuki to negotiation": what follows a forward's label on its
  // own line is the forward; the lines under it are the writer's.
  const inline = /^\s*(?:fwd?|fw)\s*:\s*\S.{8,}$/i.test(lines[0] ?? "") && lines.length > 1;
  if (inline && !quoted) return lines.slice(1).join(" ").replace(/\s+/g, " ").trim();
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
  /^(?:好嘞|好的|好滴|好嘢|好野|收到|对的|對的|没问题|沒問題|辛苦了|厉害|厲害|犀利|勁|劲|牛|赞|讚|谢谢|謝謝|多谢|多謝)[\s，,。!！~～]*(?:没问题|沒問題|对的|對的|辛苦了|谢谢|謝謝)?[\s，,。!！~～]*$/,
  /\b(?:update|log|change|do) it yourself\b|你自己(?:去)?(?:问|查|弄|改|录|搞)|\bthat'?s your (?:account|client|customer|deal)\b|\bwe sell [^.,]{1,20}, not\b|\bmine'?s still on\b/i,
  /^(?:哈哈+[，,\s]*)?(?:还好|還好)我(?:早就|已经|已經)(?:订|訂)了|^哈哈+[\s，,]*\S{0,12}(?:还|還)特别(?:交代|交待)/,
];

/** Own words that only react to what they carry. */
export function onlyReacts(own: string): boolean {
  const said = own.replace(/[\p{Extended_Pictographic}\u200d\ufe0f\u{1f3fb}-\u{1f3ff}]/gu, " ").replace(/\s+/g, " ").trim();
  // "👍👍👍": emoji alone are a reaction.
  if (!said) return own.trim().length > 0;
  return REACTION.some((re) => re.test(said));
}

/**
 * A question of the writer's own that does not point back at what it carries ("is this right?" does; so does "Pasting
 * what I sent earlier… Still available?", whose quote is the writer's own ask).
 */
export const asksSomethingElse = (own: string) => /[?？]\s*$/.test(own) && !/\b(?:this|that|these|those|it|them|him|her|above|below|i sent|i wrote|my (?:earlier|last|previous)|still available|any update)\b|这|那|上面|下面|如下|以上|佢|呢个|嗰|我(?:之前|刚才|上次|早前)(?:发|說|说|问)|还有(?:吗|没有)|還有(?:嗎|沒有)/i.test(own);

/** What the quote says, its marks and its speakers' labels taken off ("> Name: Oliver…", "「满丽华：底料试了…」"). */
export function carriedWords(text: string): string {
  const quoteLines = text.split("\n").filter((l) => QUOTE_LINE.test(l)).map((l) => l.replace(/^\s*>\s?/, ""));
  const bracketed = [...text.matchAll(BRACKETED)].map((m) => m[0].slice(1, -1));
  return [...quoteLines, ...bracketed]
    // A form's field label ("Name: Oliver…") is kept; a speaker's ("满丽华：", "Daniel Koh:") is not (forwarded-chat.ts).
    .map((q) => q.replace(/\*\*/g, "").replace(SPEAKER, (label) => (/^\s*(?:name|company|tel|phone|email|message|姓名|公司|电话|電話)\b/i.test(label) ? label : "")))
    .join("\n");
}

/**
 * "Forwarded from Mike Reyes:", "FYI from Wei Ling:": whoever passed the quote on is not whom it is about, when the
 * quote names someone of its own. (A customer's own message forwarded, naming no one else, keeps its sender.)
 */
export function withoutForwarder(text: string, carried: string): string {
  if (!/[A-Z][a-z]+(?:-san)? [A-Z][a-z]+|[A-Z][a-z]+-san\b|[\u4e00-\u9fff]{1,3}(?:总|總|经理|經理|先生|女士|小姐|老板|老闆|生|太)/.test(carried)) return text;
  return text.replace(/^(\s*(?:forwarded(?: message)?|fwd?|fw|fyi|quoting)\s+from)\s+[^:\n"“「]{1,40}?(\s*[:：])/i, "$1$2");
}
