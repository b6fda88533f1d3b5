/**
 * A request begun, taken back and replaced in the same message: "cancel my— oh wait, I don't remember which day I
 * booked. can you show me my reservations?", "mark Green Valley as lost... nah, not yet. just log that I called
 * Sophie", "凯旋酒业黄了……开玩笑的，还在谈", "【新客户】吕总 —— 等下，吕总是不是之前录过了？帮我查一下". Only the writer's last word is read. A value put right ("tonight. wait no —
 * tomorrow's!") is no change of mind: slips.ts reads it.
 */
import { findCompanies } from "./entities/company.ts";
import { findNames } from "./entities/person.ts";

/** The turn: a break in the sentence, then the words that take back what came before it. */
const TURN =
  /(?:—|–|--|\.{2,}|…+|[,，.。!！])\s*(?:(?:oh|ah|hmm|um)[,\s]+)?(?:wait,? no|nah|nope|lol,? jk|jk|just kidding|kidding|actually,? no|oh wait|wait)\b[,.!…—–\s]*(?:not yet[,.!\s]*)?|(?:……|…|，|,|——|—)\s*(?:哦|噢)?(?:开玩笑的|逗你的|没有没有|哦没有|哦不是|等下|等等|等一下)[，,。！!\s]*/gi;
/** Said in jest: what came before the turn was never meant, whatever follows. */
const JEST = /\b(?:jk|just kidding|kidding)\b|开玩笑的|逗你的/i;
/** What follows asks something of its own: a verb of the bot's work, or where a deal stands. */
const OWN_ASK =
  /\b(?:log|show|book|cancel|change|move|add|mark|push|send|look ?up|find|check|tell me|give me)\b|\bstill (?:negotiating|talking|in talks|in negotiation)\b|记一下|记个|查|订|取消|改|还在谈|在谈|签了|成交|看看|发我/i;

export function lastWord(text: string): string {
  const turns = [...text.matchAll(TURN)];
  const turn = turns[turns.length - 1];
  if (!turn || turn.index === undefined) return text;
  const head = text.slice(0, turn.index);
  const tail = text.slice(turn.index + turn[0].length);
  if (!tail.trim() || !(JEST.test(turn[0]) || OWN_ASK.test(tail))) return text;
  // "凯旋酒业黄了……开玩笑的，还在谈": the business the taken-back words named is still the one talked of.
  if (findNames(tail).length || findCompanies(tail).length) return tail;
  const named = [...findCompanies(head), ...findNames(head)].sort((a, b) => a.index - b.index)[0];
  return named ? `${named.value} ${tail}` : tail;
}
