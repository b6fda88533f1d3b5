/**
 * A slip corrected in the same message: "电话18620093375 打错了 是18620093357", "150 bottles of sake no wait
 * 250 bottles". Only the correction is kept, so every finder reads what was meant. A slip and its correction
 * must have the same shape (two phone numbers, two counts of the same unit); anything else is left as typed.
 */

const SAID_WRONG = "(?:打错了?|写错了?|输错了?|不对|错了|说错了|sorry|oops|no wait|wait no|i mean|actually|correction|make (?:it|that))";
/** The same, as a whole aside: "sorry, typo,", "sorry, I meant", "——不对，是". */
const ASIDE = "(?:sorry|oops|no wait|wait)?[,，\\s]*(?:typo|i meant|i mean|correction|make (?:it|that)|不对|说错了|写错了)[,，:：\\s]*(?:是|it'?s)?";

/** "哦不对", "— no,", "sorry,": a slip owned mid-sentence, the correction right after it. */
const SLIP_OWNED = "(?:哦不对|哦不|啊不是|啊不|不对|不是不是|no wait|wait no|nope|no|sorry|oops|wait)(?![a-z])";
const DASHES = "\\s—–\\-,，…";

const PHONE = "\\+?\\d[\\d -]{6,}\\d";
const PHONE_CORRECTED = new RegExp(`(${PHONE})[\\s,，。.!！—–-]*${SAID_WRONG}[\\s,，。.:：!！]*(?:是|应该是|正确的是|it'?s|is)?\\s*(${PHONE})`, "gi");
/** "新号码 13711112222 啊不是 13711112228": a number owned as a slip before the right one. */
const PHONE_SWAPPED = new RegExp(`(${PHONE})[${DASHES}。.!！]*${SLIP_OWNED}[\\s,，。.:：!！]*(?:是|it'?s|is)?\\s*(${PHONE})`, "gi");
const EMAIL = "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+";
const EMAIL_CORRECTED = new RegExp(`(${EMAIL})[${DASHES}。.!！]*(?:${SAID_WRONG}|${SLIP_OWNED})[\\s,，。.:：!！]*(?:是|应该是|it'?s|is)?\\s*(${EMAIL})`, "gi");
/** "打了电话——哦不，是发的微信": the way of contact taken back, the one after it kept. */
const CHANNEL_CORRECTED = new RegExp(`(?:打了?(?:个)?电话|打给|发了?(?:个)?(?:邮件|微信|短信)|\\b(?:called|rang|phoned|emailed|texted|messaged)\\b)\\s*[—–\\-,，…]+\\s*${SLIP_OWNED}[\\s,，:：]*(?:是|it was|i)?\\s*`, "gi");

const COUNT = "\\d+|[一二两三四五六七八九十百千]+";
const COUNT_CORRECTED = new RegExp(`(?<![\\d.])(${COUNT})\\s*([a-z]+|[\\u4e00-\\u9fff])([^,，。.!?！？\\d]{0,20}?)[\\s,，。]*${SAID_WRONG}[\\s,，:：]*(?:是)?\\s*(${COUNT})\\s*\\2(?![a-z])`, "gi");

const MONEY = "[£$€¥₹]?\\s?\\d[\\d,.]*\\s?(?:k|w|万|元|块)?";
const MONEY_CORRECTED = new RegExp(`(${MONEY})[\\s—–\\-,，.。…]*${ASIDE}\\s*(${MONEY})(?![\\d,.])`, "gi");

const DAY = "(?:下下?|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|\\d{1,2}[号日]|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b";
const DAY_CORRECTED = new RegExp(`(${DAY})([^.。!！?？]{0,20}?)[\\s—–\\-,，.。…]*${ASIDE}\\s*(${DAY})\\s*[.。!！]?\\s*$`, "i");
/** "checking in Thursday — no, Friday — for 2 nights", "取消下周一的预订，哦不对，是下周二的": the same, mid-sentence. */
const DAY_SWAPPED = new RegExp(`(${DAY})([^.。!！?？,，—–]{0,12}?)[${DASHES}]+${SLIP_OWNED}[\\s,，:：]*(?:是|it'?s|make it|i mean)?\\s*(${DAY})(?:的)?(?:\\s*[—–-]+(?=\\s))?`, "i");

/** "table at 6:30 — no, make it 7", "明晚7点——不对，8点": an hour owned as a slip, the right one after it. */
const HOUR = "\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|\\d{1,2}:\\d{2}|[\\d一二三四五六七八九十]{1,3}\\s*[点點](?:半|一刻|[\\d一二三四五六七八九十]{1,2}分?)?";
const HOUR_SWAPPED = new RegExp(
  `(\\b(?:at|@)\\s*\\d{1,2}(?::\\d{2})?(?:\\s*(?:am|pm))?|${HOUR})([^.。!！?？,，—–]{0,12}?)[${DASHES}]+${SLIP_OWNED}[\\s,，:：]*(?:是|it'?s|make it|make that|i mean)?\\s*` +
    `(${HOUR}|\\d{1,2}(?![\\d:]|\\s*(?:people|ppl|pax|guests|persons|of us|adults|kids|nights?|rooms?)\\b))(?![\\d\\u4e00-\\u9fff]*[位人个])`,
  "i",
);

/** Inside a correction, a value that names what was not meant: "是300箱，不是30箱", "5万，不是3万", "40 cartons, not 80". */
const VALUE = `(?:(?:[£$€¥₹]\\s?)?\\d[\\d,.]*\\s?(?:k|w|万)?|[一二两三四五六七八九十百千]+万?)\\s?(?:[a-z]+\\b|[\\u4e00-\\u9fff])?`;
const NOT_THAT = new RegExp(`[,，]?\\s*(?:而)?不是\\s*(?:${VALUE}|${DAY})|,?\\s*\\bnot\\s+(?:${VALUE}|${DAY})(?=[\\s.,;!]|$)`, "gi");

/** A correction said on its own, after the message: "更正：是300箱", "Sorry, I meant 40 cartons", "更正：他说的是下周五前". */
const CORRECTION = /(?:^|[\s.。!！,，—–-])(?:更正(?:一下)?|纠正(?:一下)?|sorry,?\s*(?:typo\b|i meant\b|i mean\b)|\bcorrection\b|\btypo\b)[\s,，:：—–-]*/i;
const COUNTED = new RegExp(`(?<![\\d.])(?:${COUNT})\\s*(?:[a-z]{3,}|[箱瓶件台套吨斤桶盒包袋条支张个])`, "gi");
const SHAPES = [new RegExp(`[£$€¥₹]\\s?\\d[\\d,.]*\\s?(?:k|w|万)?|\\d[\\d,.]*\\s?(?:k|w|万|元|块)(?![a-z])`, "gi"), COUNTED, new RegExp(DAY, "gi")];
const unitOf = (v: string) => v.replace(/^[£$€¥₹\s\d,.一二两三四五六七八九十百千]+/, "").replace(/s$/i, "").toLowerCase();

/** The value said after a correction replaces the first of its shape (and unit) said before it. */
function correctedLater(text: string): string {
  if (!CORRECTION.test(text)) return text;
  const cleared = text.replace(NOT_THAT, "");
  const mark = CORRECTION.exec(cleared);
  if (!mark) return cleared;
  let head = cleared.slice(0, mark.index);
  let tail = cleared.slice(mark.index + mark[0].length);
  for (const shape of SHAPES) {
    const meant = [...tail.matchAll(shape)].pop();
    if (!meant) continue;
    // A count replaces a count of the same thing; a sum or a day any of its kind.
    const slip = [...head.matchAll(shape)].find((m) => shape !== COUNTED || unitOf(m[0]) === unitOf(meant[0]));
    if (!slip || slip[0] === meant[0]) continue;
    head = head.slice(0, slip.index) + meant[0] + head.slice((slip.index ?? 0) + slip[0].length);
    tail = tail.slice(0, meant.index) + tail.slice((meant.index ?? 0) + meant[0].length);
  }
  return `${head}${mark[0]}${tail}`;
}

export function keepCorrections(text: string): string {
  return correctedLater(text)
    // "£14,200 — sorry, typo, £12,400", "下周三再去——不对，是下周四", "Friday at 7pm... sorry, I meant Thursday".
    .replace(MONEY_CORRECTED, (all, slip: string, meant: string) => (/\d/.test(meant) && /[£$€¥₹kw万元块]/i.test(slip + meant) ? meant : all))
    .replace(DAY_CORRECTED, (_all, _slip: string, rest: string, meant: string) => `${meant}${rest}`)
    .replace(DAY_SWAPPED, (_all, _slip: string, rest: string, meant: string) => `${meant}${rest}`)
    .replace(HOUR_SWAPPED, (_all, slip: string, rest: string, meant: string) => `${/^(?:at|@)/i.test(slip) ? "at " : ""}${meant}${rest}`)
    .replace(EMAIL_CORRECTED, (_all, _slip: string, meant: string) => meant)
    .replace(CHANNEL_CORRECTED, "")
    .replace(PHONE_CORRECTED, (_all, _slip: string, meant: string) => meant)
    .replace(PHONE_SWAPPED, (_all, _slip: string, meant: string) => meant)
    .replace(COUNT_CORRECTED, (_all, _slip: string, unit: string, rest: string, meant: string) => `${meant}${/[a-z]/i.test(unit) ? " " : ""}${unit}${rest}`);
}

/**
 * What follows a slip owned without repeating its shape: "Mark Orchid Foods as won — wait, no, they're still
 * negotiating", "本月汇总……喔不，是上个月的". Finders of one value (a stage, a period) read this first.
 */
const SLIP_THEN = /(?:—|–|-{1,2}|…+|[,，.。]|\s)\s*(?:wait,? no|no,? wait|actually|scratch that|哦不对|喔不对|哦不|喔不|不对|说错了)(?![a-z])[,，.。:：\s]*(?:是)?/gi;
export function afterSlip(text: string): string | undefined {
  let tail: string | undefined;
  for (const m of text.matchAll(SLIP_THEN)) tail = text.slice((m.index ?? 0) + m[0].length);
  return tail && tail.trim() ? tail : undefined;
}
