/**
 * A booking confirmation pasted into the chat, with the guest's ask before or after it:
 *
 *   Booking ref GH-55812 / Check-in: Thu 15 Apr 2027 / Check-out: Sat 17 Apr 2027
 *   Sorry, need to change this to Fri 16 – Sun 18 April
 *
 * The confirmation says which booking; only the ask says what to do with it. Read together, the days in the
 * confirmation would be taken for the new ones, and a question under it ("what's the dress code?") for a booking.
 */

/** A line only a confirmation has: its header or its reference number. */
const CONFIRMATION_LINE =
  /【?(?:预订|预定|订单|订房|订位)确认】?|(?:订单号|预订号|确认号|确认码|订单编号)\s*[:：]|\b(?:booking|reservation)\s+(?:confirmed|confirmation)\b|\b(?:booking|reservation)\s*(?:ref(?:erence)?|#|no\.?|number)\s*[:#]?\s*[A-Z0-9-]*\d|\bconf(?:irmation)?\.?\s*(?:#|no\.?|number|code)\s*[:#]?\s*[A-Z0-9-]*\d|\bref(?:erence)?\.?\s*(?:#|no\.?)?\s*[:#]?\s*[A-Z]{0,4}-?\d{3,}/i;

/** A line of a confirmation's fields: "Check-in: Thu 15 Apr", "入住：10月2日", "Conf# 88213 | Aug 28–30 | King room". */
const FIELD_LINE = /^[\p{L} #/.-]{1,24}[:：#]\s*\S|\S\s[|·]\s\S/u;

export type Pasted = { ask: string; confirmation: string };

/**
 * Splits a message into the confirmation and the ask, by paragraphs or, without blank lines, by lines: the
 * confirmation is its header, reference and field lines; the ask is what follows it, or else what comes before.
 */
export function splitPastedConfirmation(text: string): Pasted | undefined {
  if (!CONFIRMATION_LINE.test(text) || !/\n/.test(text)) return undefined;
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const parts = blocks.length > 1 ? blocks : text.split(/\n/).map((l) => l.trim()).filter(Boolean);
  // "Question: is parking included?": a labelled line that asks is the guest's, not the confirmation's.
  const pasted = parts.map((p) => CONFIRMATION_LINE.test(p) || (FIELD_LINE.test(p) && !/[?？]\s*$/.test(p)));
  const first = pasted.indexOf(true);
  const last = pasted.lastIndexOf(true);
  if (first < 0) return undefined;
  // The ask follows the confirmation, or else comes before it.
  const ask = last < parts.length - 1 ? parts.slice(last + 1) : parts.slice(0, first);
  if (!ask.length) return undefined;
  return { ask: ask.join("\n"), confirmation: parts.slice(first, last + 1).join("\n") };
}

/** "Move it to Sunday, same time": the new day keeps the booked hour. */
export const SAME_TIME = /\bsame time\b|同一?(?:个)?时间|时间不变|时间照旧|时间一样|还是(?:那个|同一个?)?时间/i;

const NOT_ASKED = /\b(?:don'?t|do not|no need to|not)\s+(?:\w+\s+)?(?:cancel|change|move)|(?:不要|别|不用|不必|无需)(?:帮我)?(?:取消|改|换)/i;
const CANCEL_ASKED = /\bcancel|取消|退订|退掉/i;
const CHANGE_ASKED = /\b(?:change|move|make (?:it|that)|push|switch|amend|modify|reschedule|postpone|bring (?:it )?forward|extend)\b|改|换|推迟|提前|延后|挪|调到/i;

/** What the ask beside a confirmation does to it, when it says so in a verb: cancel it, or change it. */
export function askedOfThePasted(ask: string): "cancel_booking" | "change_booking" | undefined {
  if (NOT_ASKED.test(ask)) return undefined;
  if (CANCEL_ASKED.test(ask)) return "cancel_booking";
  return CHANGE_ASKED.test(ask) ? "change_booking" : undefined;
}
