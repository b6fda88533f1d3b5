/**
 * Slips people make typing fast on a phone: homophones the pinyin keyboard picks (跟近 for 跟进), a word
 * left in pinyin (zai打, jifen), chat shorthand (u, tmrw, pts). Mended before anything else reads the
 * message, so every cue and entity finder sees the word that was meant.
 */

import { mendMisspelt } from "./misspelt.ts";

/** Homophones and near-misses of the words the parser listens for; each wrong form is not a word itself. */
const ZH_SLIPS: Array<[RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  [/跟近|根进/g, "跟进"],
  // "查一哈郭红梅电话": 一下 as Sichuan and Chongqing say it.
  [/(?<=[查看找问试等])一?哈(?![哈哈])/g, "一下"],
  [/以经|己经/g, "已经"],
  // "这周要跟进那些": 哪些 typed as 那些, asking which.
  [/(?<=(?:跟进|联系|回访|拜访|处理|要做|要打|要见))那些(?=\s*[?？]?\s*$)/g, "哪些"],
  // "明天3pm再打给他": an English hour inside Chinese.
  [/(?<=[\u4e00-\u9fff]\s*)(\d{1,2})(?::(\d{2}))?\s*pm(?![A-Za-z])/gi, (_: string, h: string, m: string | undefined) => `下午${h}点${m ? `${m}分` : ""}`],
  [/(?<=[\u4e00-\u9fff]\s*)(\d{1,2})(?::(\d{2}))?\s*am(?![A-Za-z])/gi, (_: string, h: string, m: string | undefined) => `上午${h}点${m ? `${m}分` : ""}`],
  // "二十来箱": about twenty is twenty.
  [/(?<=[十百千])来(?=[箱个件瓶包袋台套桌斤吨盒桶])/g, ""],
  // "10月30号周六晚上6点": the weekday after a date only confirms it; dropped so the time joins the date.
  [/(\d{1,2}月\d{1,2}[号日])\s*[（(]?(?:周|星期|礼拜)[一二三四五六日天][)）]?/g, "$1"],
  // Northern speech: 后儿个, 明儿个, 今儿个, 昨儿个 are the days themselves.
  [/后儿个|后个儿/g, "后天"],
  [/明儿个/g, "明天"],
  [/今儿个/g, "今天"],
  [/昨儿个/g, "昨天"],
  [/县索/g, "线索"],
  // "明tian下午3点": a day's second syllable left in pinyin.
  [/(?<=[明今后昨])tian\b/gi, "天"],
  // "明天下五三点": 下午 typed as 下五 before a time.
  [/下五(?=[一二两三四五六七八九十\d]{1,2}点)/g, "下午"],
  // "300带": 袋 typed as 带 after a count.
  [/(?<=\d\s?)带(?![着来去走回上下])/g, "袋"],
  [/线所|线锁|线素/g, "线索"],
  // "明田回电", "谈盘阶段", "想定500瓶": 明天, 谈判 and 订 as the pinyin keyboard sometimes gives them.
  [/明田(?=[\s早上下中晚回的订见来去再给打联约]|$)/g, "明天"],
  [/谈盘/g, "谈判"],
  [/(?<=[想要])定(?=\s*[\d一二两三四五六七八九十百千几]+\s*[箱瓶件台套桌盒包袋条支张个间位])/g, "订"],
  [/汇宗|会总/g, "汇总"],
  [/(?<!不)会访/g, "回访"],
  [/报介|报加/g, "报价"],
  [/预丁|预顶/g, "预订"],
  [/电化(?!学|教|工)/g, "电话"],
  [/积份|积粉/g, "积分"],
  // "人数该成十个人", "有那些过期了", "我订得房间": 改, 哪 and 的 as the pinyin keyboard sometimes gives them.
  [/(?<=人数|时间|日期|房型|订位|预订|预定)该(?=成|为|到)/g, "改"],
  [/(?<=有|还有)那些(?=[^，,。]{0,12}(?:吗|[?？]|$))/g, "哪些"],
  [/(?<=[订约])得(?=房|桌|位|包间|是)/g, "的"],
  // "刘院长的生日使4月12号": 是 typed as 使 or 事 after 生日.
  [/(?<=生日)[使事](?=\s*[\d一二三四五六七八九十])/g, "是"],
  // "下周在联系", "他们想在定三百套": 再 (again) typed as 在 (at) between a when or a wish and a verb.
  [/(?<=(?:想|要|不用|别|不要|下周|下礼拜|下个?月|明天|后天|回头|过两天|改天|到时候?|晚点|等会儿?|月底|年后|节后)\s*)在(?=(?:定|订|联系|约|跟进|聊|谈|打|来|买|看|发|确认|碰|去|记|录)(?!了))/g, "再"],
];

/** "一三五七一二三四五六七": a mainland mobile read out digit by digit by voice input, written as its digits. */
const SPOKEN_PHONE = /(?<![一二三四五六七八九十零〇幺两])[一幺][三四五七八九][零〇一幺二两三四五六七八九]{9}(?![一二三四五六七八九十零〇幺两])/g;
/** Each spoken digit at its value's place (mod 10): 零〇 are 0, 一幺 are 1, 二两 are 2. */
const SPOKEN_DIGITS = "零一二三四五六七八九〇幺两";

/** Pinyin typed without choosing the characters, between Chinese or at the edges of a message. */
const PINYIN: Record<string, string> = {
  zai: "再", jifen: "积分", genjin: "跟进", xiansuo: "线索", kehu: "客户", yuding: "预订", quxiao: "取消",
  mingtian: "明天", houtian: "后天", jintian: "今天", dianhua: "电话", weixin: "微信", baojia: "报价", huizong: "汇总",
  yuyue: "预约", dingfang: "订房", dingzuo: "订座",
};
const PINYIN_RE = new RegExp(`(?<![A-Za-z])(${Object.keys(PINYIN).join("|")})(?![A-Za-z])`, "gi");

/** Pinyin initials and English verbs typed for a word, beside Chinese: "qx预订 下周一那个", "yd一下下周五的房". */
const PINYIN_INITIALS: Array<[RegExp, string]> = [
  [/(?<![A-Za-z])qx(?=\s*[\u4e00-\u9fff])/gi, "取消"],
  [/(?<![A-Za-z])yd(?=\s*[\u4e00-\u9fff])/gi, "预订"],
  // "gt 周总：打了dh", "kh说…": 跟进, 电话 and 客户 by their initials.
  [/^\s*gt(?=\s)/g, "跟进"],
  [/(?<=打(?:了|个|了个)?\s*)dh(?![A-Za-z])/gi, "电话"],
  [/(?<![A-Za-z])kh(?=\s*[\u4e00-\u9fff：:])/g, "客户"],
];

/** English chat shorthand and common misspellings of the words the parser listens for. */
const WEEKDAY_WORDS: Record<string, string> = { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" };
const HOUR_WORDS: Record<string, string> = { one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", eleven: "11", twelve: "12" };

const EN_SLIPS: Array<[RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  [/\b(?:rcvd|recd|rec'd|rcv'd)\b/gi, "received"],
  // "txted jenny", "intrested in", "moved to negotiaton": words typed in a hurry.
  [/\b(?:txted|txtd|texed)\b/gi, "texted"],
  [/\b(?:intrested|intersted|interseted|interestd)\b/gi, "interested"],
  [/\b(?:negotiaton|negotation|negociation|negotiaion|negotiatoin)\b/gi, "negotiation"],
  [/\b(?:qoute|quoet|qoutation|quotaion)(s|d)?\b/gi, (_m: string, end: string | undefined) => `quote${end ?? ""}`],
  // "move saturdays reservation", "rachel kims birthday": a possessive typed without its apostrophe.
  [/\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)s(?=\s+(?:booking|reservation|table|room|dinner|lunch|brunch|stay|meeting|call)\b)/gi, "$1's"],
  [/^(?!(?:the|my|our|his|her|their|a|an|sales|team)\b)([A-Za-z][a-z]+ [A-Za-z][a-z]*[a-df-rt-z])s(?=\s+(?:birthday|bday|b-day)\b)/g, "$1's"],
  // "f/u w/ Dave @ Acme": follow up with Dave at Acme.
  [/(?<![\w/])f\/u(?![\w/])/gi, "follow up"],
  [/(?<![\w/])w\/(?=\s)/gi, "with"],
  // "my fu today?", "biggest accts?", "周总 new # 136…", "q: 周总 #?", "tg msg to Sam": a rep's shorthand.
  [/(?<=\b(?:my|any|all|overdue|open|today'?s)\s)fus?\b/gi, "follow-ups"],
  [/\bfu\b(?=\s+(?:next|on|in|tmrw|tomorrow|mon|tue|wed|thu|fri|sat|sun|\d))/gi, "follow up"],
  [/\baccts?\b/gi, "accounts"],
  [/\bnew\s*#/gi, "new number"],
  [/(?<=[\u4e00-\u9fffA-Za-z]\s?)#\s*\?/g, " number?"],
  [/\btg msg\b/gi, "telegram message"],
  // "Orion -> neg, 42k": a pipeline stage cut short after an arrow.
  [/(?<=(?:->|→|=>)\s*)(?:neg|nego|negot)\b/gi, "negotiation"],
  [/(?<=(?:->|→|=>)\s*)qual\b/gi, "qualified"],
  [/(?<=(?:->|→|=>)\s*)prop\b/gi, "proposal"],
  [/\bmsg(?:'d|ed)\b/gi, "messaged"],
  [/\bmsg\b(?=\s+(?:to|him|her|them|[A-Z]))/g, "message"],
  [/(?<=[A-Za-z])\s+@\s+(?=[A-Z])/g, " at "],
  // "Sat booking change to 8 pax": a weekday cut short before what is booked.
  // "Thurs next wk": the weekday of next week.
  [/\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)[a-z]*\.?\s+next\s+(?:wk|week)\b/gi, (_, d: string) => `${WEEKDAY_WORDS[d.slice(0, 3).toLowerCase()] ?? d} next week`],
  [/\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)'s\b(?=\s+(?:booking|reservation|table|dinner|lunch|brunch|res)\b)/gi, (_, d: string) => `${WEEKDAY_WORDS[d.slice(0, 3).toLowerCase()] ?? d}`],
  [/\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b(?=\s+(?:booking|reservation|table|dinner|lunch|brunch|night|res|room|stay)\b)/gi, (_, d: string) => WEEKDAY_WORDS[d.slice(0, 3).toLowerCase()] ?? d],
  // Scots: "try her again the morn" is tomorrow, "what's on ma list the day" today.
  [/\bthe morn\b(?!ing)/gi, "tomorrow"],
  [/\bthe day\s*(?=[?.!]*\s*$)/gi, "today"],
  // "Monday arvo 3pm", "half seven in the evening": Australian and British ways of saying the time.
  [/\barvo\s+(tmrw|tmr|tomorrow|tomoz)\b/gi, "tomorrow afternoon"],
  [/\barvo\b/gi, "afternoon"],
  // "half past twelve", "quarter past 7", "quarter to 8": the time said the long way.
  [/\bhalf past (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])\b/gi, (_, h: string) => `${HOUR_WORDS[h.toLowerCase()] ?? h}:30`],
  [/\bquarter past (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])\b/gi, (_, h: string) => `${HOUR_WORDS[h.toLowerCase()] ?? h}:15`],
  [/\bquarter to (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\b/gi, (_, h: string) => `${Number(HOUR_WORDS[h.toLowerCase()] ?? h) - 1}:45`],
  // "2 dozen bottles": counted by the dozen.
  [/\b(\d{1,3}|two|three|four|five|six|ten)\s+dozen\b/gi, (_, n: string) => String(Number(HOUR_WORDS[n.toLowerCase()] ?? n) * 12)],
  // "RM1.2 mil": with a currency before it, a mil is a million (Spanish "mil", a thousand, has none).
  [/(?<![A-Za-z$])(RM|S\$|US\$|USD|PHP|₱|(?<!R)\$)\s?(\d+(?:\.\d+)?)\s?mil\b/gi, "$1$2 million"],
  [/\bhalf (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])\b(?! (?:an?|hour|of|the|dozen|price|day|time)\b)/gi, (_, h: string) => `${HOUR_WORDS[h.toLowerCase()] ?? h}:30`],
  // "table tonight around 8": the "at" left out before a rough time.
  [/\b(tonight|tomorrow|today)\s+(?:at\s+)?(?:around|about|approx\.?|roughly|~)\s*(?=\d)/gi, "$1 at "],
  [/\b(?:tommorr?ow|tomorow|tomorrw|tmrw|tmr|tmrrw|2moro|2morrow)\b/gi, "tomorrow"],
  [/\b(?:tonite|2nite)\b/gi, "tonight"],
  [/\b(tomorrow|tonight|today)\s+nite\b/gi, "$1 night"],
  [/\bnite\b/gi, "night"],
  [/\bcb\b(?=\s+(?:in|on|tomorrow|tmrw|next|this|mon|tue|wed|thu|fri|sat|sun|\d))/gi, "call back"],
  [/\b(\d+)\s*wks?\b/gi, "$1 weeks"],
  // "this wk", "this qtr", "by EOM", "this coming Mon": periods cut short, and the next weekday said the long way.
  [/\b(this|next|last)\s+wk\b/gi, "$1 week"],
  [/\b(this|next|last)\s+qtr\b/gi, "$1 quarter"],
  // "qtr summary pls", "top 5 accts last mo", "rpt yday", "tsks 2day?", "int in teeth whitening kits": the terse writer's shorthand for the words asked for.
  [/\bqtr\b/gi, "quarter"],
  [/\b(this|last)\s+mo\b/gi, "$1 month"],
  [/\baccts\b/gi, "accounts"],
  [/\brpt\b/gi, "report"],
  [/\b(?:tsks|tsk|tasx)\b/gi, "tasks"],
  [/\bint in\b(?= [a-z])/gi, "interested in"],
  [/\b(this|next|last)\s+mth\b/gi, "$1 month"],
  [/\bEOM\b/g, "end of the month"],
  [/\bthis coming (?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/gi, "next "],
  // "table 4 2 tmrw @ 8": chat's "4" for "for" before a head count, and "@" for "at" before a time.
  [/\b(table|room|booking|reservation|rez)\s+4\s+(?=\d)/gi, "$1 for "],
  [/(?<=\s)@\s*(?=\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b(?![-/.]\d))/gi, "at "],
  [/\b(?:wensday|wednsday)\b/gi, "Wednesday"],
  [/\b(?:thursdy|thrusday|thurs|thur)\b\.?/gi, "Thursday"],
  [/\btues\b\.?/gi, "Tuesday"],
  [/\bweds\b\.?/gi, "Wednesday"],
  [/\b(?:reservaton|resevation|reservtion)\b/gi, "reservation"],
  [/\b(?:tabel|tabl|tbale)\b/gi, "table"],
  // "tmrw 7 30pm": the minutes typed after a space.
  [/\b(\d{1,2}) ([0-5]\d)\s*(am|pm)\b/gi, "$1:$2$3"],
  [/\b(?:qualifed|qualifd|qaulified)\b/gi, "qualified"],
  [/\b(?:evryone|everyones|evry1)\b/gi, "everyone"],
  [/\belses\b/gi, "else's"],
  [/\babt\b/gi, "about"],
  // "what do i have 2day", "checkout on the 15th insted", "whats the nuber for jess", "chidi frm okafor suites".
  [/\b2day\b/gi, "today"],
  // "from Monday the 15th to Thursday the 18th": the day of the month says it; the weekday beside it only confirms.
  [/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=the\s+\d{1,2}(?:st|nd|rd|th)\b)/gi, ""],
  [/\b(?:whats|wats|wots)\b/gi, "what's"],
  [/\b(?:insted|instaed|instead?d)\b/gi, "instead"],
  [/\b(?:nuber|numbr|nmber|numer)\b/gi, "number"],
  [/\bfrm\b/gi, "from"],
  // "spoke w chidi", "whats the latest w windy city": a lone "w" before someone is "with".
  [/\b(spoke|talked|chatted|met|meeting|mtg|call|lunch|coffee|latest|update|news|catch up|caught up) w (?=[a-z])/gi, "$1 with "],
  [/\b(yesterday|today|tonight|tomorrow)s\b/gi, "$1's"],
  [/\bwhos\b/gi, "who's"],
  [/\b(?:hes|shes)\b(?= (?:gonna|going|not|still|at|in|on|the|a|an|happy|keen|busy|away|back)\b)/gi, (w: string) => `${w.slice(0, -1)}'s`],
  // "i want 2 book", "table 4 two": chat's 2 for "to" before a verb, and 4 for "for" before a count in words.
  [/\b2 (?=(?:book|reserve|cancel|change|move|order|see|know|ask)\b)/gi, "to "],
  [/\b(table|room|booking|reservation)\s+4\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b)/gi, "$1 for "],
  [/\br u\b/gi, "are you"],
  [/(?<![\p{L}\d_@.'’-])u(?![\p{L}\d_@.'’-])/gu, "you"],
  [/(?<![\w@.'’-])ur(?![\w@.'’-])/g, "your"],
  [/\bpts\b/gi, "points"],
  [/\bmtg\b/gi, "meeting"],
  [/\b(?:vistied|visted|vistited|visitted)\b/gi, "visited"],
  [/\b(?:leed|lede|laed)\b/gi, "lead"],
  [/\b(?:intrested|intersted|interseted|interestd)\b/gi, "interested"],
  // Nigerian Pidgin: "wetin I get to do today".
  [/\bwetin\b/gi, "what"],
  [/\b(?:folow|follwo|foloow|fllow)\b/gi, "follow"],
  [/\b(?:emialed|emaild|emaled)\b/gi, "emailed"],
  [/\b(?:bday|b-day|b'day|bdy|birthdy)\b/gi, "birthday"],
  [/\bappt\b/gi, "appointment"],
  [/\b(?:mnth|mth|mnt)\b/gi, "month"],
  [/\b(?:yr|yrs)\b/gi, "year"],
  [/\b(?:yday|ytd'y|yest)\b/gi, "yesterday"],
  [/\bnxt\b/gi, "next"],
  [/\bw\/(?=\s)/gi, "with"],
  // "tablefor 8", "roomfor 2": the space before "for" missed.
  [/\b(table|room|suite|booking|reservation)(for)(?=\s)/gi, "$1 $2"],
];

const SHOUTED = /^(?=(?:[^a-z]*[A-Z]){12})[^a-z]*$/;

/** Returns `text` with the slips above mended. */
export function mendTypos(text: string): string {
  // "ROOM FOR 3 PEOPLE FROM DEC 20 NAME IS LINDA HO": a message typed in capitals reads as one typed in lower case.
  let t = SHOUTED.test(text) ? text.toLowerCase() : text;
  for (const [re, to] of ZH_SLIPS) t = typeof to === "string" ? t.replace(re, to) : t.replace(re, to);
  t = t.replace(SPOKEN_PHONE, (w) => [...w].map((c) => SPOKEN_DIGITS.indexOf(c) % 10).join(""));
  if (/[a-z]/i.test(t)) {
    t = t.replace(PINYIN_RE, (w) => PINYIN[w.toLowerCase()] ?? w);
    for (const [re, to] of PINYIN_INITIALS) t = t.replace(re, to);
    for (const [re, to] of EN_SLIPS) t = typeof to === "string" ? t.replace(re, to) : t.replace(re, to);
    t = mendMisspelt(t);
  }
  return t;
}
