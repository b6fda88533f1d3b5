/**
 * Chat before the point: "Long day — traffic was insane… Anyway, before I forget: Priya from Saltwater wants 60
 * cases", "今天跑了三家客户腿都断了…说正事：远东电器李总那边报价发过去了". What comes before the words that turn to
 * business is the writer's day, not the request, so only what follows them is read.
 */
const TO_THE_POINT =
  /(?:说正事|言归正传|回到正题|谈正事|讲正事|正事儿?[:：]|\bbefore i forget\b|\banyways?\s*[,:—–-]|\bback to (?:business|work)\b\s*[,:—–-]?|\bon a work note\b|\bquick (?:thing|one|q|question|request|favou?r)\b\s*[:—–-]|\bwork[- ]wise\b\s*[,:—–-]?)[\s,，:：—–-]*/gi;

/** Where the request starts: after the last turn to business, or 0 when there is none or nothing follows it. */
export function pointStart(text: string): number {
  let start = 0;
  for (const m of text.matchAll(TO_THE_POINT)) start = (m.index ?? 0) + m[0].length;
  return text.length - start >= 6 ? start : 0;
}
