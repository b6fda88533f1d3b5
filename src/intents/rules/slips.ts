/**
 * A slip corrected in the same message: "电话18620093375 打错了 是18620093357", "150 bottles of sake no wait
 * 250 bottles". Only the correction is kept, so every finder reads what was meant. A slip and its correction
 * must have the same shape (two phone numbers, two counts of the same unit); anything else is left as typed.
 */

const SAID_WRONG = "(?:打错了?|写错了?|输错了?|不对|错了|说错了|sorry|oops|no wait|wait no|i mean|actually|correction|make (?:it|that))";
/** The same, as a whole aside: "sorry, typo,", "sorry, I meant", "——不对，是". */
const ASIDE = "(?:sorry|oops|no wait|wait)?[,，\\s]*(?:typo|i meant|i mean|correction|make (?:it|that)|不对|说错了|写错了)[,，:：\\s]*(?:是|it'?s)?";

/** "哦不对", "— no,", "sorry,": a slip owned mid-sentence, the correction right after it. */
const SLIP_OWNED = "(?:hmm+|actually|哦不对|哦不|啊不是|啊不|不对|不是不是|no wait|wait no|nope|no|sorry|oops|wait)(?![a-z])";
const DASHES = "\\s—–\\-,，….";

const PHONE = "\\+?\\d[\\d -]{6,}\\d";
const PHONE_CORRECTED = new RegExp(`(${PHONE})[\\s,，。.!！—–-]*${SAID_WRONG}[\\s,，。.:：!！]*(?:是|应该是|正确的是|it'?s|is)?\\s*(${PHONE})`, "gi");
/** "新号码 13711112222 啊不是 13711112228": a number owned as a slip before the right one. */
const PHONE_SWAPPED = new RegExp(`(${PHONE})[${DASHES}。.!！]*${SLIP_OWNED}[\\s,，。.:：!！]*(?:是|it'?s|is)?\\s*(${PHONE})`, "gi");
/** "15800001111 哦打错了 尾号是1112", "…0111, sorry, last four 0112": only the number's end put right. */
const PHONE_TAIL_CORRECTED = new RegExp(`(${PHONE})[\\s,，。.!！—–-]*(?:(?:哦|噢|喔|啊)?(?:${SAID_WRONG}|${SLIP_OWNED}|不好意思|抱歉)[\\s,，。.!！]*)?(?:尾号|尾数|最后(?:四|4|三|3)位|后(?:四|4|三|3)位|(?:the )?last (?:four|4|three|3)(?: digits)?)(?:是|应该是|are|is|should be)?[\\s:：]*(\\d{2,4})(?!\\d)`, "gi");
const EMAIL = "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+";
const EMAIL_CORRECTED = new RegExp(`(${EMAIL})[${DASHES}。.!！]*(?:${SAID_WRONG}|${SLIP_OWNED})[\\s,，。.:：!！]*(?:是|应该是|it'?s|is)?\\s*(${EMAIL})`, "gi");
/** "打了电话——哦不，是发的微信": the way of contact taken back, the one after it kept. */
const CHANNEL_CORRECTED = new RegExp(`(?:打了?(?:个)?电话|打给|发了?(?:个)?(?:邮件|微信|短信)|\\b(?:called|rang|phoned|emailed|texted|messaged)\\b)\\s*[—–\\-,，…]+\\s*${SLIP_OWNED}[\\s,，:：]*(?:是|it was|i)?\\s*`, "gi");

const COUNT = "\\d+|[一二两三四五六七八九十百千]+";
const COUNT_CORRECTED = new RegExp(`(?<![\\d.])(${COUNT})\\s*([a-z]+|[\\u4e00-\\u9fff])([^,，。.!?！？\\d]{0,20}?)[\\s,，。]*${SAID_WRONG}[\\s,，:：]*(?:是)?\\s*(${COUNT})\\s*\\2(?![a-z])`, "gi");

const MONEY = "[£$€¥₹]?\\s?\\d[\\d,.]*\\s?(?:k|w|万|元|块)?";
const MONEY_CORRECTED = new RegExp(`(${MONEY})[\\s—–\\-,，.。…]*${ASIDE}\\s*(${MONEY})(?![\\d,.])`, "gi");

const DAY = "(?:下下?|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|\\d{1,2}月\\d{1,2}[号日]?|\\d{1,2}[号日]|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\\b";
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
const VALUE = `(?:(?:[£$€¥₹]\\s?)?\\d(?:\\d|,\\d{3}(?!\\d)|\\.\\d)*\\s?(?:k|w|万)?|[一二两三四五六七八九十百千]+万?)\\s?(?:[a-z]+\\b|[\\u4e00-\\u9fff])?`;
const NOT_THAT = new RegExp(`[,，]?\\s*(?:而)?不是\\s*(?:${VALUE}|${DAY})|,?\\s*\\bnot\\s+(?:${VALUE}|${DAY})(?=[\\s.,;!]|$)`, "gi");

/**
 * A correction said after the slip: "更正：是300箱", "Sorry, I meant 40 cartons", "— sorry, top 8", "my mistake, KSh
 * 540,000", "no, make that last month", "Sorry, Arjun Khanna, not Kapoor". The last such turn in the message counts.
 */
/**
 * A slip owned in dictated Chinese, between spaces: "要二十桶 哦不是二十桶 是三十桶", "四个人 哦不 五个人", "十月三号 不对不对 是十月八号".
 * Only between spaces, where a voice message has no other punctuation; typed turns ("，哦不对，是") are read further down.
 */
const ZH_SLIP = "(?:(?:哦|噢|喔|啊)?不是\\s*[^\\s，,。]{1,8}?\\s+是|(?:(?:哦|噢|喔|呃|啊)?(?:不对|说错了|不是不是)(?:[\\s,，]*不对)*|(?:哦|噢|喔|啊)不(?:对)?)(?=\\s)[\\s,，:：]*(?:是)?)";
const CORRECTION = new RegExp(
  String.raw`(?:^|[\s.。!！?？,，—–…-])(?:更正(?:一下)?|纠正(?:一下)?|sorry\b|oops\b|(?:oh |no,? )?wait\b|(?:no,? )?hang on\b|my (?:mistake|bad)\b|correction\b|typo\b|on second thought\b|scratch that\b|i meant?\b|no,? make (?:it|that)\b|actually\b)(?:[\s,，:：—–-]*(?:typo|i meant?|make (?:it|that)|it'?s|it was|just|no|actually|(?:he|she|they) said|the (?:right|correct) one is)\b)*[\s,，:：—–-]*|(?<=\s)${ZH_SLIP}[\s,，:：]*` +
    // "预算六万，哦说错了，预算是八万", "下周四入住，哦不好意思是下周五", "一晚，哦不，两晚", "……不对，是1万5": typed turns in Chinese.
    String.raw`|(?<=[\s,，。.…—–-])(?:(?:哦|噢|喔|呃|啊|唉)?(?:不好意思|抱歉)?[,，\s]*(?:说错了|打错了|写错了|搞错了|口误|不对)|(?:哦|噢|喔|啊)不(?:是)?(?=[,，\s])|(?:哦|噢|喔|啊)?不好意思(?=是))[\s,，:：]*(?:应该是|是)?` +
    // "Aug 14 to Aug 16... no, to the 17th", "Meant 20 cases, not 12.": a bare "no" after a pause, and "meant" opening a sentence.
    String.raw`|(?<=\.\.\.|…|[,—–])\s*(?:no,?(?=\s+(?:(?:to|through|till|until|from)\s|the\s+\d|\d))|make (?:it|that)\b)[\s,]*|(?<=[.!?]\s+)meant\b\s*` +
    // "人数写错了，是3位", "写反了，是51万", "口误，是白茶", "呸，金悦酒店", "…不，要这个月的", "呃…6个吧", "额，还是看他本周的",
    // "哦对了是6个人", "哦是2万5", "…算了8点吧", "啊7点半": a slip owned in a word or a sound, the value right after it.
    String.raw`|(?<=[\s,，。.…—–-])[\u4e00-\u9fff]{0,3}?(?:写反了|记错了|写错了|说错了|搞错了|口误)[\s,，:：]*(?:应该是|是)?|(?<=[\s,，。.…—–-])呸[\s,，]*|(?<=…|\.\.\.)\s*不[,，]\s*(?:要|是)?|(?<=[\s,，。…—–-]|^)(?:呃|嗯|额|诶)+(?:…+|\.{2,}|[,，])?\s*(?:还是|改成|算了)?(?=\s*(?:看|要|订)?(?:他|她|我)?(?:的)?[\d一二两三四五六七八九十上下本这今明后])|(?<=[,，\s])(?:哦|噢|喔)(?:对了)?[,，]?\s*(?:是|他说的是)(?=\s*[\d一二两三四五六七八九十])|(?<=…|\.\.\.)\s*算了[,，]?\s*(?=[\d一二两三四五六七八九十])|(?<=[,，])\s*啊(?=\s*[\d一二两三四五六七八九十])` +
    // "book for six *seven", "closed at 4.5k *5.4k", "er, 11am", "— nah make it Friday": an asterisk or a sound before the value meant.
    String.raw`|\s\*(?=[\w$£€¥])|(?<=[\s,.—–-])(?:er|erm|uh|um|uhh)[,.]\s*|(?<=[\s,.—–-])nah,?\s*(?:make (?:it|that)\s*)?`,
  "gi",
);
const COUNTED = new RegExp(`(?<![\\d.])(?:${COUNT})\\s*(?:个人|[a-z]{3,}|[箱瓶件台套吨斤桶盒包袋条支张个位晚夜桌])`, "gi");
const MONTH_WORD = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const ORDINAL_NUM = "(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?";
/** Shapes a slip and its correction share, the first that both sides have wins; a range before its ends. */
const SHAPES: RegExp[] = [
  /\+?\(?\d[\d ()-]{7,}\d/g,
  new RegExp(`\\b${ORDINAL_NUM}\\s*(?:to|-|–|till|until|through|thru)\\s*${ORDINAL_NUM}\\b(?:\\s+(?:of\\s+)?${MONTH_WORD})?`, "gi"),
  new RegExp(`[£$€¥₹]\\s?\\d[\\d,.]*\\s?(?:k|w|万)?|\\d[\\d,.]*\\s?(?:k|w|万\\d?|元|块)(?![a-z])|[一二两三四五六七八九十百千]+万[一二两三四五六七八九]?|\\b(?:KSh|Ksh|KES|INR|Rs\\.?|USD|CAD|GBP|EUR|AED|SGD|RM|PHP|NGN|ZAR)\\s?\\d[\\d,.]*\\s?(?:k|m)?\\b|\\b\\d+(?:\\.\\d+)?\\s*(?:lakh|crore)s?\\b`, "gi"),
  COUNTED,
  // "3月3号到5号 哦不对 是4号到6号": a stay's days, put right as a pair.
  /(?:[\d一二三四五六七八九十]{1,3}月)?[\d一二三四五六七八九十]{1,3}[号日]\s*(?:到|至|~|-)\s*(?:[\d一二三四五六七八九十]{1,3}月)?[\d一二三四五六七八九十]{1,3}[号日]/g,
  /(?:[\d一二三四五六七八九十]{1,3}月)?[\d一二三四五六七八九十]{1,3}[号日]/g,
  /\btop\s+\d+\b/gi,
  /\b(?:last|this|next) (?:week|month|quarter|year)\b|\btoday\b|\byesterday\b|上个?月|这个?月|本月|上周|这周|本周|今天|昨天/gi,
  new RegExp(`(?:${DAY})(?:\\s+(?:next|this) week)?`, "gi"),
  new RegExp(`\\b\\d{1,2}\\s+${MONTH_WORD}(?![a-z])|\\b${MONTH_WORD}\\s+\\d{1,2}\\b`, "gi"),
  /\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b/gi,
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|[\d一二三四五六七八九十]{1,3}点(?:半|[\d一二三四五六七八九十]{1,2}分?)?/gi,
  // "check back in 10 days... make it a week", "三天后再问 不对 两天后": a wait, put right by another.
  /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)\s+(?:days?|weeks?|months?)\b|[\d一二两三四五六七八九十]+(?:天|周|个?星期|个?礼拜|个?月)(?=后|以后|之后)/gi,
];
const unitOf = (v: string) => v.replace(/^[£$€¥₹\s\d,.一二两三四五六七八九十百千]+/, "").replace(/s$/i, "").toLowerCase();
const PARTY_UNIT = /^(?:people|person|ppl|pax|guest|adult|of us|位|人)$/;
const FOR_COUNT = /(?<=\bfor\s)\d{1,3}\b(?!\s*(?:am|pm|nights?|days?|weeks?|:))/gi;
/** "instead of the 19th": what was not meant, said beside what was. */
// "instead of 8:30", "instead of 7pm": an hour is not a day of the month.
const INSTEAD_OF = /\s*\binstead of\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?![:.]\d|\s*(?:am|pm|o'?clock)\b)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi;
/** A bare count right after the turn ("Sorry, 6", "make that 40") replaces the last plain count before it. */
const BARE_COUNT = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:]|\s*(?:am|pm|AM|PM|st|nd|rd|th|%|[a-z]{2,}|[\u4e00-\u9fff]))/;
const PLAIN_COUNT = /(?<![\d.,:/+#-])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:]|\s*(?:am|pm|st|nd|rd|th|%)\b|[-/]\d)/gi;
/** "Sorry, Arjun Khanna, not Kapoor", "sorry, Rohit Mehta": a name put right shares a word with the one it replaces. */
const NAME_RUN = /[A-Z][\w'’]*(?:\s+(?:&\s+)?[A-Z][\w'’]*)+/g;

/** The message with the slip put right; the turn itself goes too when nothing of its clause is left. */
function joined(head: string, mark: string, after: string, atStart = false): string {
  const clause = /^(?:[^,，.!?。！？;]|\.(?=\d))*/.exec(after)?.[0] ?? "";
  // "150 bottles of sake no wait 250 bottles for their izakaya": the value right after the turn was all it said.
  if (atStart) return `${head.replace(/[\s,，—–…-]+$/, "")}${/^[,，.!?。！？;]/.test(after.trimStart()) ? "" : " "}${after.trimStart()}`;
  return /[\dA-Za-z\u4e00-\u9fff]/.test(clause) ? `${head}${mark}${after}` : `${head.replace(/[\s,，—–…-]+$/, "")}${after}`;
}

function replaceAt(text: string, m: RegExpMatchArray, by: string): string {
  return text.slice(0, m.index) + by + text.slice((m.index ?? 0) + m[0].length);
}

/** "7pm… make it 7:45" keeps the half of the day; "三月十号 哦不 十五号" keeps the month. */
function keptHalf(slip: string, meant: string): string {
  if (/pm|am/i.test(slip) && !/pm|am/i.test(meant) && /:\d{2}$/.test(meant)) return `${meant}${/pm/i.test(slip) ? "pm" : "am"}`;
  const month = /^[\d一二三四五六七八九十]{1,3}月/.exec(slip)?.[0];
  return month && /^[\d一二三四五六七八九十]{1,3}[号日](?:\s*(?:到|至|~|-)\s*[\d一二三四五六七八九十]{1,3}[号日])?$/.test(meant) ? `${month}${meant}` : meant;
}

/** The value said after a correction replaces the one of its shape (and unit) said before it. */
const BOOKED_THEN_MOVED = /\b(?:i|we) (?:booked|reserved|made (?:a|the) (?:booking|reservation))\b|(?:我|我们)(?:订|预订)(?:了|的)/i;
/** "取消周五的订位，喔不对，不要取消，改到周六": a turn that takes back the action, not a value. */
const ACTION_TAKEN_BACK = /^\s*(?:不要|别|不用|先别|don'?t|do not|no need to)/i;

/** A phone number, however it is grouped, said next. */
const PHONE_NEXT = /^\s*\+?\d(?:[\s-]?\d){7,}(?!\s*(?:cartons?|cases?|boxes?|units?|pcs|箱|件|个))/;

function correctedLater(text: string): string {
  // "sorry, 230,000 — typo": a turn with nothing after it leaves the one before it to say what was meant.
  const marks = [...text.matchAll(CORRECTION)];
  if (!marks.length) return text;
  // "didnt get a surname sorry, 0438 771 204": an apology before the only phone number is no correction of a count.
  const firstPhone = (m: RegExpMatchArray) => PHONE_NEXT.test(text.slice((m.index ?? 0) + m[0].length)) && !/\d{7,}/.test(text.slice(0, m.index).replace(/[\s-]/g, ""));
  const mark = marks.filter((m) => (m.index ?? 0) > 0 && /[\dA-Za-z\u4e00-\u9fff]/.test(text.slice((m.index ?? 0) + m[0].length)) && !firstPhone(m)).pop();
  if (mark && ACTION_TAKEN_BACK.test(text.slice((mark.index ?? 0) + mark[0].length))) return text;
  // "I booked for Friday but I meant Saturday, please move it": the booking made was the slip; moving it is the ask.
  if (mark && BOOKED_THEN_MOVED.test(text.slice(0, mark.index)) && /\b(?:move|change|switch|shift)\b|改|换/i.test(text.slice((mark.index ?? 0) + mark[0].length))) return text;
  // "更正一下：那单是12万，不是10万": a correction heading the message only says what was not meant.
  // "Sorry, on Friday we will be 6 not 4": a head count said against the one booked is the change asked, kept.
  if (!mark) return marks.some((m) => (m.index ?? 0) === 0) ? text.replace(NOT_THAT, (not, offset: number) => (/\bbe\s+\d{1,2}\s*$/i.test(text.slice(0, offset)) ? not : "")) : text;
  const head = text.slice(0, mark.index).replace(NOT_THAT, "").replace(INSTEAD_OF, "");
  const tail = text.slice((mark.index ?? 0) + mark[0].length).replace(NOT_THAT, "");
  // What the correction says is its first clause; what follows is the reason ("she's out on the 28th").
  const clause = /^(?:[^.!?。！？;]|\.(?=\d))*/.exec(tail)?.[0] ?? tail;
  for (const shape of SHAPES) {
    const meant = [...clause.matchAll(shape)][0];
    if (!meant) continue;
    // A count replaces a count of the same thing; anything else the last of its kind said before.
    // "table for 4 at 7pm, sorry, 5 people": a head count said with its unit puts right the bare "for 4".
    const party = shape === COUNTED && PARTY_UNIT.test(unitOf(meant[0])) ? [...head.matchAll(FOR_COUNT)].pop() : undefined;
    const slip = [...head.matchAll(shape)].filter((m) => shape !== COUNTED || unitOf(m[0]) === unitOf(meant[0])).pop() ?? party;
    if (!slip || slip[0] === meant[0]) continue;
    const kept = keptHalf(slip[0], meant[0]);
    return joined(replaceAt(head, slip, kept), mark[0], tail.slice(0, meant.index) + tail.slice((meant.index ?? 0) + meant[0].length), !tail.slice(0, meant.index).trim());
  }
  return bareCorrected(head, mark[0], tail) ?? nameCorrected(head, mark[0], tail, clause) ?? `${head}${mark[0]}${tail}`;
}

const HOUR_SAID = /\b\d{1,2}(?::\d{2})\s*(?:am|pm)?|\b\d{1,2}\s*(?:am|pm)\b/gi;
const hourOf = (h: string) => Number(/^\d+/.exec(h)?.[0]) + Number(/:(\d{2})/.exec(h)?.[1] ?? 0) / 60;

/** "Sorry, 6", "make that 40": a bare number puts right the last count, or an hour it is about an hour from. */
function bareCorrected(head: string, mark: string, tail: string): string | undefined {
  const bare = BARE_COUNT.exec(tail);
  if (!bare) return undefined;
  const hour = [...head.matchAll(HOUR_SAID)].pop();
  const plain = [...head.matchAll(PLAIN_COUNT)].filter((m) => !/\d{5,}/.test(m[0].replace(/,/g, "")) || /,/.test(m[0])).pop();
  // "for 4 at 6:30 — no, make it 7" moves the hour; "at 8pm — make that 3" is a head count.
  if (hour && (!plain || (hour.index ?? 0) > (plain.index ?? 0)) && Math.abs(Number(bare[1]) - hourOf(hour[0])) <= 1) {
    return joined(replaceAt(head, hour, /pm/i.test(hour[0]) ? `${bare[1]}pm` : (bare[1] as string)), mark, tail.slice(bare[0].length));
  }
  return plain ? joined(replaceAt(head, plain, bare[1] as string), mark, tail.slice(bare[0].length)) : undefined;
}

/** "Sorry, Arjun Khanna, not Kapoor": the name said after the turn replaces the one before that shares a word with it. */
function nameCorrected(head: string, mark: string, tail: string, clause: string): string | undefined {
  const name = [...clause.matchAll(NAME_RUN)][0];
  if (!name) return undefined;
  const words = (v: string) => v.split(/\s+/).map((w) => w.replace(/['’]s$/, ""));
  const named = [...head.matchAll(NAME_RUN)].filter((m) => !m[0].includes(name[0]) && words(m[0]).some((w) => w.length > 2 && words(name[0]).includes(w))).pop();
  return named ? joined(replaceAt(head, named, name[0]), mark, tail.slice(0, name.index) + tail.slice((name.index ?? 0) + name[0].length)) : undefined;
}

/**
 * "要300瓶红酒 不是300 是350", "金额不是1万5，是1万8", "人数不是6个是4个": what was not meant named first, then what was.
 * The value meant takes the place of the same value said before, or of the whole turn when it was not said before.
 */
const TURN_VALUE = `(?:(?:[£$€¥₹]\\s?)?\\d(?:[\\d,]|\\.\\d)*\\s?(?:k|w|千|万\\d?)?|[一二两三四五六七八九十百千]+(?:万[一二两三四五六七八九]?)?)(?:\\s?[a-z]+\\b|[个位箱瓶件台套吨斤桶盒包袋条支张把晚间人桌份])?|${DAY}`;
const NOT_X_BUT_Y = new RegExp(`(?<![要就还都也并])不是\\s*(${TURN_VALUE})\\s*[,，]?\\s*(?:而|应该)?是\\s*(${TURN_VALUE})`, "g");
/** "金额是5万4 不是4万8": what was meant said first, then what was not; only the meant value stays. */
const Y_NOT_X = new RegExp(`(是\\s*(?:${TURN_VALUE}))\\s*[,，]?\\s*(?:而)?不是\\s*(?:${TURN_VALUE})`, "g");
/** "不是陈总 是程总", "visited Halden & Co this morning, not Harlow": the wrong person named beside the right one is dropped. */
const TITLED = "[\\u4e00-\\u9fff]{1,3}(?:总|經理|经理|老板|老闆|姐|哥|先生|女士|小姐|太|生)";
const NOT_THIS_PERSON = new RegExp(`(?<![要就还都也并])不是\\s*${TITLED}\\s*[,，]?\\s*(?:而)?是\\s*(?=${TITLED})|,\\s*not\\s+(?!(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this|next|last|the|a|an|my|our|yet|sure|now)\\b)[A-Z][\\w&'’-]*(?:\\s+(?:&\\s+)?[A-Z][\\w&'’-]*){0,3}(?=\\s*[.!?;]|$)`, "g");

/**
 * "不是前十 我要前三", "不是这个阿雅 是做外贸那个 陈阿雅", "no not today's list, I asked for THIS WEEK": the wrong one
 * refused first, then the one asked for; only the ask is read, and a list or report refused keeps its noun.
 */
const WRONG_ONE_FIRST = /(?:^|(?<=[，,。\s]))不是(?:这个|那个|这位|那位|这家|那家)?[^，,。\s()（）]{1,8}[，,\s]+(?=(?:我要|我说的是|是|要)[^，,。\s])|\bnot [^,.;!?]{1,30}?\s*\b(list|tasks|numbers|report|summary|figures|ones?)?[,;]\s*(?=i (?:asked for|meant|want(?:ed)?|said)\b)/gi;

function notThisButThat(text: string): string {
  text = text.replace(Y_NOT_X, "$1").replace(NOT_THIS_PERSON, " ");
  for (const m of [...text.matchAll(NOT_X_BUT_Y)].reverse()) {
    // "人数不是6个是4个": the count said before may have been said without its measure word.
    const slip = (m[1] as string).trim().replace(/[个位]$/, ""), meant = (m[2] as string).trim();
    const before = text.slice(0, m.index), after = text.slice((m.index ?? 0) + m[0].length);
    const at = before.lastIndexOf(slip);
    text = at >= 0 ? `${before.slice(0, at)}${meant}${before.slice(at + slip.length)}`.replace(/[\s,，]*(?:哦|噢|喔|啊|呃)?[\s,，]*$/, " ") + after.trimStart() : before + meant + after;
  }
  return text.replace(WRONG_ONE_FIRST, (_all, noun: string | undefined) => (noun ? `${noun}, ` : ""));
}

/** "云帆科技的金额打错了，5万3": the field said to be wrong, then its right value; the field and the value are kept. */
const FIELD_SAID_WRONG = /(金额|价格|单价|总价|数量|电话|手机号?|号码|邮箱|生日)(?:又)?(?:打|写|记|输|填|搞|弄)?错了[，,\s]*(?:应该)?(?:是)?(?=\s*[\d一二两三四五六七八九十])/g;

/** "更正：宏达那单金额是6万2", "Correction - …": a correction announced first; what follows is the record, said right. */
const CORRECTION_FIRST = /^\s*(?:更正|纠正|糾正|订正|訂正|correction|corrected)(?:一下)?\s*[:：,，\-—–]?\s*/i;

export function keepCorrections(text: string): string {
  return correctedLater(notThisButThat(text.replace(CORRECTION_FIRST, "")))
    .replace(FIELD_SAID_WRONG, "$1")
    // "£14,200 — sorry, typo, £12,400", "下周三再去——不对，是下周四", "Friday at 7pm... sorry, I meant Thursday".
    .replace(MONEY_CORRECTED, (all, slip: string, meant: string) => (/\d/.test(meant) && /[£$€¥₹kw万元块]/i.test(slip + meant) ? meant : all))
    .replace(DAY_CORRECTED, (_all, _slip: string, rest: string, meant: string) => `${meant}${rest}`)
    .replace(DAY_SWAPPED, (_all, _slip: string, rest: string, meant: string) => `${meant}${rest}`)
    .replace(HOUR_SWAPPED, (_all, slip: string, rest: string, meant: string) => `${/^(?:at|@)/i.test(slip) ? "at " : ""}${meant}${rest}`)
    .replace(EMAIL_CORRECTED, (_all, _slip: string, meant: string) => meant)
    .replace(CHANNEL_CORRECTED, "")
    .replace(PHONE_CORRECTED, (_all, _slip: string, meant: string) => meant)
    .replace(PHONE_SWAPPED, (_all, _slip: string, meant: string) => meant)
    .replace(PHONE_TAIL_CORRECTED, (_all, slip: string, end: string) => slip.replace(/\D/g, "").slice(0, -end.length) + end)
    .replace(COUNT_CORRECTED, (_all, _slip: string, unit: string, rest: string, meant: string) => `${meant}${/[a-z]/i.test(unit) ? " " : ""}${unit}${rest}`);
}

/**
 * What follows a slip owned without repeating its shape: "Mark Orchid Foods as won — wait, no, they're still
 * negotiating", "本月汇总……喔不，是上个月的", "今天的任务……算了，给我看这周的", "how did Mike do? sorry, I meant Sarah".
 * Finders of one value (a stage, a period, how many, which rep) read this first.
 */
const SLIP_THEN = /(?:—|–|-{1,2}|…+|[,，.。?？]|\s|(?<=的))\s*(?:wait,? no|no,? wait|actually|scratch that|sorry,? i meant|i meant|哦不对|喔不对|哦不|喔不|不对|说错了|算了|(?:先)?不看了|改成(?=前|top)|(?:marked|moved|set) (?:it|them) (?:as |to )?\w+ by mistake)(?![a-z])[,，.。:：\s]*(?:是)?|别(?:标|改|记)成?[^，,。]{1,6}?了?[，,]\s*|[—–]\s*i mean\b[,，:\s]*/gi;
export function afterSlip(text: string): string | undefined {
  let tail: string | undefined;
  for (const m of text.matchAll(SLIP_THEN)) tail = text.slice((m.index ?? 0) + m[0].length);
  return tail && tail.trim() ? tail : undefined;
}
