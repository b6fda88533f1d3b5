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
  /\b(?:log|show|book|cancel|change|move|add|mark|push|send|look ?up|find|check|tell me|give me)\b|\bstill (?:negotiating|talking|in talks|in negotiation)\b|记一下|记个|查|订|取消|退(?!款|货|钱|费)|改|还在谈|在谈|签了|成交|看看|发我/i;

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

/**
 * One thing refused and another asked in its place: "not cancelling friday — cancel the saturday one please",
 * "scratch the table, I'd rather book a room — one king for tomorrow night",
 * "17号入住那间不用退，退18号入住的那间", "我不是要改时间，是整个取消，今晚那桌". Only the ask is read; the refusal names
 * no record to act on. A refusal with nothing asked after it ("周五那间不退了，之前说取消的那个作废") is read whole.
 */
const REFUSAL =
  /\bnot (?:cancell?ing|changing|moving|booking)\b|\b(?:scratch|forget) (?:the|that|my) (?:table|room|booking|reservation)\b(?=[^.!?]{0,6}[,—–-]\s*i'?d (?:rather|prefer)\b)|\b(?:don'?t|do not|no need to) (?:cancel|change|move|book)\b|不是要(?:改|取消|退|订)|(?:不用|不要|别|不)(?:退|取消|改)(?:了)?/i;
/** The refusal, within the first words, and the break after it. */
const REFUSED_FIRST = new RegExp(`^[^.!?。！？]{0,30}?(?:${REFUSAL.source})[^.!?。！？—–,，;；]{0,20}?(?:\\s*(?:—|–|--|[,，;；])\\s*|\\s+but\\s+)`, "i");
/** What comes after the refusal takes something back too, keeps things as they are, or only asks: nothing new is asked. */
const STILL_REFUSING = /作废|撤回|不用|不要|别|算了|不变|保持|照旧|问问|想问|问一下|政策|\bnot\b|n'?t\b|never ?mind|\bkeep\b|\bas (?:it )?is\b|\bpolicy\b|\b(?:asking|wondering)\b/i;
/** A request made before the refusal ("幫我取消週五的訂位，喔不對，不要取消，改到…") is the one refused: slips.ts reads it. */
const ASKED_BEFORE = /取消|改|cancel|change|move/i;

export function askedInstead(text: string): string {
  const refused = REFUSED_FIRST.exec(text);
  if (!refused || ASKED_BEFORE.test(text.slice(0, refused[0].search(REFUSAL)))) return text;
  const tail = text.slice(refused[0].length);
  return OWN_ASK.test(tail) && !STILL_REFUSING.test(tail) ? tail : text;
}
