/**
 * Numbers as people type them in chat: Arabic, Chinese numerals, and the mixes between them
 * (两百, 3万, 8万6, 1.2k, $12,000, ¥5000, 5千).
 */

const ZH_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 幺: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 仨: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZH_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_BIG_UNITS: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000 };

/** Characters that can make up a Chinese or mixed number (for building regexes). */
export const ZH_NUM_CHARS = "零〇一幺二两俩三仨四五六七八九十拾百佰千仟万萬亿";
/** A number written in digits (with thousands commas or a decimal part) or Chinese numerals, or a mix. */
// "12:30，2位" (a full-width comma made plain): a comma groups thousands only before three digits.
export const NUM_SOURCE = `(?:(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?|[${ZH_NUM_CHARS}])(?:[\\d.${ZH_NUM_CHARS}])*`;

const ENGLISH_WORDS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, single: 1, two: 2, couple: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
export const EN_NUMBER_WORDS = Object.keys(ENGLISH_WORDS).filter((w) => w.length > 2);

/**
 * Parses a Chinese, Arabic or mixed numeral: 十五 → 15, 两百五 → 250, 8万6 → 86000, 1.2万 → 12000,
 * 一百零五 → 105, 12,000 → 12000. Returns undefined when the text is not a number.
 */
/** The financial numerals of contracts and invoices (壹拾伍万捌仟元整), as everyday ones; only in runs, since 伍 and 陆 are surnames too. */
const FINANCIAL_DIGITS: Record<string, string> = { 壹: "一", 贰: "二", 貳: "二", 叁: "三", 參: "三", 肆: "四", 伍: "五", 陆: "六", 陸: "六", 柒: "七", 捌: "八", 玖: "九", 拾: "十", 佰: "百", 仟: "千", 萬: "万", 零: "零" };
const FINANCIAL_RUN = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬零万亿]{3,}(?=[元圆块整]|$|[^\u4e00-\u9fff])/g;
export function plainNumerals(text: string): string {
  // 廿 and 卅 are twenty and thirty in dates ("十月廿号", "廿五号"), written so in Hong Kong and the south.
  // "小两百袋" (nearly two hundred), "三百来箱" (three hundred or so): the round number is the count.
  // "预算大概万二": ten thousand and two thousand, the leading one unsaid ("万一" is "in case", so never from 一).
  // "500만원", "3,500만 won": Korean counts money in ten-thousands, as 万 does.
  return text.replace(/(?<=\d)\s?만\s?(?:원|won\b)?/g, "万").replace(/(?<![一二两三四五六七八九十百千万\d])([万千])(?=[二两三四五六七八九](?![一二两三四五六七八九十百千万个]))/g, "一$1").replace(/小(?=[一二两三四五六七八九][百千万])/g, "").replace(/([一二两三四五六七八九十\d][百千万])来(?=[个箱袋件台套吨斤包桶瓶盒份张条只块本辆头车])/g, "$1").replace(/廿/g, "二十").replace(/卅/g, "三十").replace(FINANCIAL_RUN, (run) => (/[壹贰貳叁參肆捌玖拾佰仟]/.test(run) ? [...run].map((c) => FINANCIAL_DIGITS[c] ?? c).join("") : run));
}

export function parseZhNumber(raw: string): number | undefined {
  const s = raw.replace(/,/g, "").trim();
  if (!s) return undefined;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  let total = 0;
  let section = 0;
  let current: number | undefined;
  let lastUnit = 1;
  let afterZero = false;
  let seen = false;
  for (let i = 0; i < s.length; ) {
    const rest = s.slice(i);
    const arabic = /^\d+(\.\d+)?/.exec(rest);
    if (arabic) {
      current = Number(arabic[0]);
      i += arabic[0].length;
      seen = true;
      continue;
    }
    const ch = s[i] as string;
    i++;
    if (ch in ZH_DIGITS) {
      const v = ZH_DIGITS[ch] as number;
      if (v === 0) afterZero = true;
      // 二零二六 style digit strings: append digits.
      else if (current !== undefined && lastUnit === 1 && section === 0 && total === 0) current = current * 10 + v;
      else current = v;
      if (v === 0 && current === undefined) current = undefined;
      seen = true;
    } else if (ch in ZH_SMALL_UNITS) {
      const u = ZH_SMALL_UNITS[ch] as number;
      section += (current ?? 1) * u;
      current = undefined;
      lastUnit = u;
      afterZero = false;
      seen = true;
    } else if (ch in ZH_BIG_UNITS) {
      const u = ZH_BIG_UNITS[ch] as number;
      const value = section + (current ?? 0);
      total = u === 100_000_000 ? (total + (value || 1)) * u : total + (value || 1) * u;
      section = 0;
      current = undefined;
      lastUnit = u;
      afterZero = false;
      seen = true;
    } else {
      return undefined;
    }
  }
  if (!seen) return undefined;
  if (current !== undefined) {
    // "8万6" and "两百五" shorten the next lower unit: a lone trailing digit after a unit scales down.
    section += lastUnit > 1 && !afterZero && current < 10 && Number.isInteger(current) ? (current * lastUnit) / 10 : current;
  }
  const n = total + section;
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : undefined;
}

/** Dozens said in English, longest first, for patterns that take a count. */
export const DOZEN_WORDS = "half a dozen|a half[- ]dozen|half[- ]dozen|a dozen";

/** Parses an English number word or digits ("two", "12", "a dozen", "half a dozen"). */

export function parseEnglishNumber(raw: string): number | undefined {
  const s = raw.toLowerCase().replace(/,/g, "").trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^(?:a )?half(?: a)?[\s-]dozen$/.test(s)) return 6;
  // "a hundred", "a dozen": a leading article counts as one of what follows.
  const words = s.split(/[\s-]+/).filter((w, i, all) => w && w !== "and" && !(w === "a" && all.length > 1 && i === 0));
  if (!words.length) return undefined;
  let total = 0;
  for (const w of words) {
    const v = ENGLISH_WORDS[w];
    if (v === undefined) return undefined;
    if (v === 100) total = (total || 1) * 100;
    else if (v === 12 && w === "dozen") total = (total || 1) * 12;
    else total += v;
  }
  return total;
}

/** Any count: digits, Chinese numerals, English words or dozens (半打, 两打). */
export function parseCount(raw: string): number | undefined {
  // "半打", "两打": dozens said in Chinese.
  const dozens = /^\s*(半|.+?)\s*打\s*$/.exec(raw);
  if (dozens) return dozens[1] === "半" ? 6 : (n => n && n * 12)(parseCount(dozens[1] as string));
  const n = parseZhNumber(raw) ?? parseEnglishNumber(raw);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

const MULTIPLIERS: Record<string, number> = {
  k: 1_000, K: 1_000, 千: 1_000, w: 10_000, W: 10_000, 万: 10_000, m: 1_000_000, M: 1_000_000, mn: 1_000_000,
  million: 1_000_000, thousand: 1_000, 百万: 1_000_000, 亿: 100_000_000,
  // "Rs 2.5 lakh", "₹3 crore", "Rp 60 juta", "R$20 mil", "COP 2 millones", "$1.2bn".
  lakh: 100_000, lakhs: 100_000, crore: 10_000_000, crores: 10_000_000, juta: 1_000_000, mil: 1_000, millones: 1_000_000,
  // "budget 15jt", "deal won 48tr": Indonesian juta and Vietnamese triệu, as chat shortens them.
  jt: 1_000_000, tr: 1_000_000, trieu: 1_000_000,
  millón: 1_000_000, millon: 1_000_000, bn: 1_000_000_000, billion: 1_000_000_000,
  // "1.6L", "2.5 Cr": lakh and crore as Indian sales chat shortens them.
  L: 100_000, cr: 10_000_000, Cr: 10_000_000,
  // "€1,2 Mio.", "3,5 Mrd": German millions and billions, with a decimal comma.
  Mio: 1_000_000, Mrd: 1_000_000_000,
};
const WORD_MULTIPLIER = "k|K|m|M|mn|million|thousand|lakhs?|crores?|juta|jt|tr|trieu|mil|millones|mill[oó]n|bn|billion|Mio\\.?|Mrd\\.?|L|[Cc]r";

/**
 * Parses a money figure: "$12,000", "12k", "1.2k", "¥5000", "5千", "3万", "8万6", "二十万", "4万5千".
 * Returns the amount in the currency's unit.
 */
export function parseMoney(raw: string): number | undefined {
  // "两个w", "三个亿": a counted unit of ten thousand.
  let s = raw.trim().replace(/个\s*(?=[万wW亿])/, "").replace(CURRENCY_PREFIX, "").replace(/(元|块钱|块|rmb|美元|美金|刀|dollars?|bucks|usd|cny)$/i, "").trim();
  // "12 000": thousands grouped with spaces.
  s = s.replace(/^(\d{1,3})((?: \d{3})+)(?=$|\s*[a-zA-Z])/, (_, head: string, groups: string) => head + groups.replace(/ /g, ""));
  // "1,2 Mio.": before Mio and Mrd the comma is the decimal point.
  const euro = /^(\d+),(\d{1,2})\s*(Mio|Mrd)\.?$/.exec(s);
  if (euro) return Math.round(Number(`${euro[1]}.${euro[2]}`) * (MULTIPLIERS[euro[3] as string] as number));
  const m = new RegExp(`^(\\d[\\d,]*(?:\\.\\d+)?)\\s*(${WORD_MULTIPLIER}|w|W)$`).exec(s);
  if (m) return Math.round(Number((m[1] as string).replace(/,/g, "")) * (MULTIPLIERS[(m[2] as string).replace("ó", "o").replace(/\.$/, "")] ?? MULTIPLIERS[m[2] as string] as number));
  s = s.replace(/\s+/g, "").replace(/[wW]/, "万").replace(/[kK]/, "千");
  return parseZhNumber(s);
}

/** Money in a sentence, with how sure we are that it is money rather than some other number. */
export type MoneyMention = {
  index: number; end: number; value: number; strong: boolean;
  /** said right after a money word (预算, budget, 报价): the surest reading when several figures compete */
  cued: boolean;
};

/** ISO codes said before or after a figure ("MXN 85,000", "64000 DKK"). */
const CURRENCY_CODES = "AED|SGD|MYR|PHP|INR|IDR|EUR|GBP|AUD|NZD|CAD|HKD|COP|MXN|BRL|ARS|CLP|PEN|UYU|CHF|SEK|NOK|DKK|PLN|CZK|HUF|JPY|KRW|TWD|THB|VND|TRY|ZAR|NGN|KES|KSh|Ksh|UGX|TZS|GHS";
const CUR = `(?:[$¥￥€£₹₩₱₫₽฿₦₵]|(?:US|HK|A|AU|C|CA|S|SG|NZ|R)\\$|RMB\\s?|CNY\\s?|USD\\s?|RM\\s?|Rs\\.?\\s?|Rp\\.?\\s?|(?:${CURRENCY_CODES})\\s?|R(?=\\s?\\d))`;
/** The same signs and codes at the head of a figure, removed before it is read. */
const CURRENCY_PREFIX = new RegExp(`^[$¥￥€£₹₩₱₫₽฿₦₵]|^(?:(?:US|HK|A|AU|C|CA|S|SG|NZ|R)\\$|RMB|CNY|USD|RM|Rs\\.?|Rp\\.?|${CURRENCY_CODES}|R(?=\\s?\\d))\\s*`, "i");
const ZH_MONEY_NUM = `(?:\\d[\\d,]*(?:\\.\\d+)?|[${ZH_NUM_CHARS}])[\\d.${ZH_NUM_CHARS}]*`;
/** What a lower-case "m" after a figure is millions of: "1.2m worth", "a 3m contract", "2.5m naira". */
export const MILLIONS_OF = "worth|budget|deal|order|contract|project|account|tender|dollars?|usd|aud|cad|sgd|nzd|naira|ngn|rand|zar|pesos?|php|rupees|inr|ringgit|baht|shillings|kes|cedis";
const MONEY_RE = new RegExp(
  [
    // "HK$4萬8": the figure after 万 is its next digit.
    `(?<cur>${CUR}\\s?(?:\\d{1,3}(?: \\d{3})+(?![\\d])|\\d[\\d,]*(?:\\.\\d+)?)\\s?(?:${WORD_MULTIPLIER}|(?:万|千|亿)(?:[1-9一二两三四五六七八九](?![\\d.,]))?)?)(?![\\w])`,
    `(?<word>\\d+(?:\\.\\d+)?\\s?(?:lakhs?|crores?|juta|jt|tr|trieu|millones|mill[oó]n)\\b)`,
    // "1.6L", "2 Cr" (not "2L of water", "5L bottles": litres).
    `(?<lakh>(?<!\\b(?:milk|oil|water|juice|wine|beer|sauce|syrup|diesel|fuel|paint|vinegar|soda|kombucha|coffee)\\s+)\\d+(?:\\.\\d+)?\\s?(?:L|[Cc]r)\\b(?!\\s*(?:bottles?|cans?|of\\b|water|milk|oil|tanks?|jugs?|drums?|containers?|jerry|buckets?|pails?|packs?)))`,
    // "about 1.2m worth of valves", "a 3m contract": millions in lower case too, where nothing else is measured.
    `(?<million>\\d+(?:\\.\\d+)?\\s?(?:M|mn|million|bn|billion)\\b|(?<=(?:\\b(?:budget|worth|valued at|value|deal size|contract|po)|金额|预算|合同额|合同金额|总价)\\s*(?:of|is|:|：|around|about|approx\\.?|~|是|约|大概)?\\s*)\\d+(?:\\.\\d+)?m\\b|(?<=\\b(?:closed|won|signed|landed|sold|booked|inked)\\b[^.!?\\d]{0,12})\\d+(?:\\.\\d+)?m\\b(?!\\s*(?:tall|long|wide|high|deep|away|of\\b))|\\d+(?:\\.\\d+)?m\\b(?=\\s+(?:${MILLIONS_OF})\\b))`,
    // "18 and a half grand", "20 grand": thousands, said so in Australian, British and American chat.
    // "twelve grand a year", "a couple grand": the count may be in words.
    `(?<grand>(?:\\d+(?:\\.\\d+)?|\\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a couple(?: of)?))(?:\\s+and\\s+a\\s+half)?\\s?grand\\b)`,
    // "18.400 €", "120.000 EUR": thousands grouped with dots, the currency after the figure.
    `(?<dotted>\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?(?=\\s?(?:€|(?:EUR|euros?|CHF|VND|IDR|Rp|đ)\\b)))`,
    `(?<unit>${ZH_MONEY_NUM}\\s?(?:个\\s?)?(?:万|w|W|千|k|K|百万|亿)[${ZH_NUM_CHARS}\\d]*(?:元|块钱|块)?)`,
    `(?<yuan>${ZH_MONEY_NUM}\\s?(?:元|块钱|块|美元|美金|刀|dollars|bucks))`,
    `(?<plain>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{3,}(?:\\.\\d+)?)`,
  ].join("|"),
  "g",
);
/** Measure words after a figure: 一千顶, 300箱 count things, they are not money. */
const COUNTED = /^\s*(?:个|位|人|字(?![号幕体])|箱|瓶|件|台|套|盒|吨|斤|包|桶|份|张|支|袋|顶|只|条|双|块|本(?![周月年季])|辆|艘|罐|杯|副|把|卷|提|板|托|柜|坛|扎|捆|壶|樽|盆|枚|串|组|头|间|樘|扇|车(?![间位型库])|平米|平(?![价安台时常])|平方米?|(?:units?|pcs|pieces?|bags?|bottles?|boxes|cases?|kegs?|pallets?|cartons?|crates?|drums?|rolls?|containers?|tons?|tonnes?|people|guests|sets?|packs?|pax|staff|users?|employees|students|learners|members|seats?|licen[cs]es?|outlets|stores|branches|clinics|sites|rooms?|nights?|tables?|covers)\b)/i;
const CURRENCY_AFTER = new RegExp(`^\\s?(?:€|(?:${CURRENCY_CODES}|USD|SAR|QAR|euros?|dollars|reais|pesos|kr|zł)\\b)`, "i");
const MONEY_CUES = /(预算|金额|报价|价格|总价|合同额|合同|总额|总共|一共|合计|共计|成交价|价值|估值|大概|budget|worth|value|valued|amount|total|totall?ing|altogether|price|priced|quote|quoted|deal size|at|for|=)\s*[:：是为约~≈]?\s*(?:(?:around|about|approx\.?|roughly|circa|~|≈)\s*)?$/i;

/**
 * Finds money figures. A figure with a currency sign or a money unit (万, k, 元) is strong; a bare
 * number is strong only after a money word (预算, budget) and otherwise reported as weak.
 */
const SUM_CORRECTED = /^[\s?？,，.。!！]*(?:no,? no|no wait|wait,? no|no sorry|sorry,? i mean|i mean|actually|不对|不是|哦不|说错了|错了)[\s,，.。:：]*(?:only\s*)?$/i;

const ROUGH_RANGE = /(?:一二|两三|二三|三四|四五|五六|六七|七八|八九)[十百千万]/;

export function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY_RE)) {
    const g = m.groups ?? {};
    const raw = (g.cur ?? g.word ?? g.lakh ?? g.million ?? g.grand ?? g.dotted ?? g.unit ?? g.yuan ?? g.plain) as string;
    const index = m.index ?? 0;
    const before = text.slice(Math.max(0, index - 20), index);
    const after = text.slice(index + raw.length, index + raw.length + 16);
    // A count of goods or people is not money: 300箱, 40 bags, 5个人.
    if (g.plain && (COUNTED.test(after) || /^\s*(晚|天|号|日|月|年|点|分|%|％)/.test(after))) continue;
    if (g.unit && COUNTED.test(after)) continue;
    // A letter straight after ("12kg", "3ml") or before ("A4", "ref1234") means a code or a unit.
    if (/^[a-z]/i.test(after) && !g.cur && !g.yuan && !g.million && !g.word && !g.lakh) continue;
    if (/[A-Za-z]$/.test(before) && g.plain) continue;
    // "€4.800", "€1.250,50": after the euro sign, dots group thousands.
    const euroDotted = g.cur && /^(?:€|EUR)\s?\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/i.test(raw);
    const grand = g.grand ? ((parseEnglishNumber(raw.replace(/\s*(?:and a half\s*)?grand$/i, "").replace(/ of$/i, "")) ?? NaN) + (/half/i.test(raw) ? 0.5 : 0)) * 1000 : undefined;
    const value = grand ?? (g.dotted || euroDotted ? Number(raw.replace(/^(?:€|EUR)\s?/i, "").replace(/\./g, "").replace(",", ".")) : parseMoney(raw));
    // "两三万", "三四千": two neighbouring numerals are a rough range, no one sum.
    if (value === undefined || ROUGH_RANGE.test(raw)) continue;
    // "每箱30块", "$12 each", "RM5/pc": a unit price is not the deal's amount.
    if (/(?:每|一)(?:个|箱|件|瓶|台|套|包|斤|公斤|吨|袋|盒|桶|张|条|只)\s*(?:是|要|卖|价格?)?\s*$/.test(before) || /^\s*(?:each|apiece|per\b(?!\s*(?:month|year|annum|quarter|week))|\/\s*(?:pc|pcs|unit|box|case|kg|bottle|piece|carton|bag|item)|一(?:个|箱|件|瓶|台|套|包|斤|袋|盒))/i.test(after)) continue;
    // "单价120，总共18万", "40 kegs @ €170 = €6,800": the price of one is not the deal's amount either.
    if (/(?:单价|單價|\bunit price|\bper unit|@)\s*[:：是为]?\s*$/i.test(before)) continue;
    // "85000 EUR", "64000 DKK": a currency named after the figure makes it money.
    const cue = MONEY_CUES.test(before) || (Boolean(g.plain) && CURRENCY_AFTER.test(after));
    // "2 crore? no no 2 lakh", "五万 不对 六万": a sum corrected gives way to the correction.
    const slip = out[out.length - 1];
    if (slip && SUM_CORRECTED.test(text.slice(slip.end, index))) out.pop();
    out.push({ index, end: index + raw.length, value, strong: Boolean(g.cur || g.word || g.lakh || g.million || g.grand || g.dotted || g.unit || g.yuan) || cue, cued: cue && !/^(?:at|for|大概)$/i.test(MONEY_CUES.exec(before)?.[1] ?? "") });
  }
  return out;
}
