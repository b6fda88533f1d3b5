/**
 * English words typed inside Chinese, as mainland, Hong Kong and Singapore offices write: "跟Tony开了个meeting",
 * "明天remind我follow up 李经理",
 * "next Monday再call他", "他们还要再看下pricing", "合同sign了". The word that carries what a CRM needs (a call, a
 * meeting, a quote, a signing) is put in Chinese so the Chinese cues read it. Only a word touching a Chinese
 * character is changed: English sentences, and names or products written in English, stay as typed.
 */

const CJK = "[\\u4e00-\\u9fff]";

/** [English word, what it becomes]: verbs first, so "call了" and "sign了" keep their aspect. */
const WORDS: Array<[string, string]> = [
  // "一天打了40个call": calls counted are a noun.
  ["(?<=[个通]\\s?)calls?", "电话"],
  // "明天remind我follow up 李经理" is 提醒我跟进.
  // "follow up list" is a list, named in English.
  ["follow[- ]?up(?!\\s*[a-z])", "跟进"],
  ["remind", "提醒"],
  // "下礼拜一再check一下", "两周后再 ping 他": checked on again, pinged, is followed up.
  ["(?<=再\\s?)(?:check|ping)", "跟进"],
  ["ping", "联系"],
  ["check(?![- ]?(?:in|out))", "查"],
  ["call", "打电话给"],
  ["meeting", "会"],
  ["signed", "签了"],
  ["sign", "签"],
  ["quote|quotation|pricing|price|offer", "报价"],
  ["proposal", "方案"],
  ["visit", "拜访"],
  ["cancel", "取消"],
  // "在你们这有几个 booking": bookings, said in English.
  ["bookings?|reservations?", "预订"],
  // "我们不要 change booking 了": changed, said in English.
  ["change", "改"],
  // "我 book 了 什么时候", "帮我 book 一个包间": booked, said in English.
  ["booked|book", "订"],
  // "两个 people", "住 两个 nights", "三个 customers": what is counted, said in English after a Chinese count.
  ["(?<=[个位]\\s?)(?:people|persons|guests|adults|pax)", "人"],
  ["(?<=[个]\\s?)nights?", "晚上"],
  ["customers?|clients?", "客户"],
  // "加個lead: 梁太…", "有个新prospect": a lead, counted in Chinese.
  ["(?<=[个個条條]新?\\s?)(?:leads?|prospects?)", "线索"],
  ["tasks?|to-?dos?", "任务"],
  ["phone(?:\\s+number)?|mobile(?:\\s+number)?", "电话"],
  // "云启软件那边 complain 说系统宕机了": a complaint, said in English.
  ["complain(?:ed|s)?|complaint", "投诉"],
  ["confirm", "确认"],
  ["demo", "演示"],
  // "云帆地产那单 close 了", "蔡经理那边我 text 过了", "这个季度 pipeline 的 summary 给我一份": closed, texted, a summary.
  ["close(?=\\s?了)|closed", "成交"],
  ["text(?:ed)?", "发消息"],
  ["summary|report|recap", "汇总"],
  // "能 reschedule 到下周三吗", "想 extend 到下周四再 check out": moved, and stayed on.
  ["reschedule|postpone", "改"],
  ["extend", "延"],
  // "年底要 order 500 把办公椅": bought, so many of a thing counted in Chinese.
  ["order(?=\\s?\\d+\\s?[把个台套件箱瓶张支只])", "订"],
  ["onsite|on-site", "上门"],
];

const MARK = "\u0001";
// "Brightwell Logistics complain说…": a word typed right against Chinese is read so whatever English comes before it.
const RULES = WORDS.map(([en, zh]) => [new RegExp(`(?<=${CJK}\\s?)(?:${en})(?![a-z])|(?<![a-z]\\s?)(?:${en})(?=\\s?${CJK})|(?<![a-z])(?:${en})(?=${CJK})`, "gi"), zh] as const);
const MARKED = new RegExp(`([ \\t]*)${MARK}([^${MARK}]*)${MARK}([ \\t]*)`, "g");
const HAN = new RegExp(CJK);
const GAP_IN_CHINESE = new RegExp(`(?<=${CJK})[ \\t]+(?=${CJK})`, "g");

/** "这个 week 的": the period put in Chinese, and the space that set the English word apart goes with it. */
const spacedApart = (period: string) => (_all: string, before: string, gap: string, after: string) => `${before}${period}${gap ? "" : after}`;

export function inChineseWords(text: string): string {
  if (!/[a-z]/i.test(text) || !HAN.test(text)) return text;
  // "这个 week 的 tasks", "下个 month": the period, said in English after a Chinese "this", "next" or "last".
  let t = text.replace(/([这下上本])个?(\s?)week\b(\s?)/gi, spacedApart("周")).replace(/([这下上])个?(\s?)month\b(\s?)/gi, spacedApart("个月")).replace(/(本)(\s?)month\b(\s?)/gi, spacedApart("月"))
    .replace(/([这上下本])个?(\s?)quarter\b(\s?)/gi, spacedApart("季度"))
    // "在 Starbucks meet 了一下": an English verb with Chinese aspect after it is the Chinese verb, whatever precedes it.
    .replace(/\bmeet\s?(?=了)/gi, "见")
    // "want 12台牙科椅": wanted, so many of a thing counted in Chinese.
    .replace(/\bwants?\s?(?=\d+\s?[台个套件箱瓶张支只把包袋桶吨])/gi, "要")
    // "from 2月1号 to 2月14号": a range between Chinese dates, joined in English.
    .replace(/(?<=\d\s?[号日])\s*(?:to|till|until|through|-)\s*(?=\d{1,2}\s?月|\d{1,2}\s?[号日])/gi, "到");
  // Each word put in Chinese is marked while the rules run, so the spaces around it can be told from the message's own.
  for (const [re, zh] of RULES) t = t.replace(re, `${MARK}${zh}${MARK}`);
  // "哪些 follow-up 没做" became "哪些 跟进 没做": spaces that only set the English word apart go with it; "新prospect 孙立
  // 捷达车队" keeps the space after it, which sets the fields apart.
  // A space is kept only where the word was typed against Chinese on its other side. An English word spaced apart on
  // both sides ("我 book 了 什么时候") shows the Chinese around it spaced word by word too, and its spaces go.
  let wordByWord = false;
  t = t.replace(MARKED, (all: string, before: string, zh: string, after: string, at: number, whole: string) => {
    const hanBefore = HAN.test(whole[at - 1] ?? "");
    const hanAfter = HAN.test(whole[at + all.length] ?? "");
    if (before && after && hanBefore && hanAfter) wordByWord = true;
    return `${!after && hanAfter ? before : ""}${zh}${!before && hanBefore ? after : ""}`;
  });
  if (wordByWord) t = t.replace(GAP_IN_CHINESE, "");
  // "打电话给了他" reads as a call made; "再打电话给他" as one to make.
  return t.replace(/打电话给了/g, "打了电话给");
}
