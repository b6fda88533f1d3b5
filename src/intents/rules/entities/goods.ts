/**
 * What a lead wants and how many: the words after 订/要/采购/想买/wants/needs/interested in, with a
 * count and measure word split off (300箱矿泉水 → 300 + 矿泉水, 40 bags of coffee beans → 40 + coffee beans).
 */
import { NUM_SOURCE, ZH_NUM_CHARS, parseCount } from "../numbers.ts";

export type Goods = { product?: string; quantity?: number };

export const ZH_MEASURES =
  "箱|瓶|件|个|台|套|桌|盒|吨|顶|斤|公斤|千克|克|包|桶|份|张|支|袋|条|双|只|块|本|批|辆|罐|听|杯|打|副|把|卷|米|平米|平方|提|板|托|柜|车|坛|扎|捆|壶|樽|盆|枚|串|对|组";
const EN_UNITS =
  "bags?|bottles?|boxes|box|cases?|cartons?|kegs?|units?|pcs|pieces?|packs?|packets?|crates?|kg|kgs|kilos?|tons?|tonnes?|dozen|sets?|cans?|barrels?|pallets?|rolls?|sacks?|jars?|cups?|trays?|loaves|bars?|liters?|litres?|gallons?|pounds?|lbs?|items?|pairs?|seats?|licenses?|licences?";

const ZH_CUES = /(?:想试试|想试一下|想试用|试试|想要采购|想采购|要采购|准备采购|计划采购|采购|想订购|订购|想购买|购买|想买|要买|想订|要订|预订|想进|要进|进货|想要|需要|要|订)/g;
const ZH_STOP = /[，,。.！!？?；;：:、\s（(]|下周|下个|这周|本周|明天|后天|今天|月底|年底|预算|金额|价格|报价|再联系|联系|跟进|回电|电话|大概|左右|之前|以前|的话|用于|送给|给|做|作为|有兴趣|感兴趣|谢谢/;
/** A measure word not followed by a money unit: "两个w" is 20000, not two of something. */
const ZH_QTY = new RegExp(`^(${NUM_SOURCE}|几|一些|些)\\s*(${ZH_MEASURES})(?![wW万亿kK千])`);

const EN_CUES = /\b(?:wants?|wanted|needs?|needed|interested in|looking for|looking to buy|ordering|orders?|ordered|to buy|buy|buying|purchase|purchasing|inquir(?:ed|ing) about|asking about|asked about|requested|requesting|would like|'d like|keen on|after)\b\s*/gi;
const EN_STOP = /[,.;:!?()]|\s(?:for|by|before|next|budget|tomorrow|today|tonight|this|on|at|in|call|follow|followup|please|asap|and then|around|about|within|from|worth|valued|priced|per|each|monthly|weekly|every)\b/i;
const EN_QTY = new RegExp(`^(?:(\\d[\\d,]*(?:\\.\\d+)?k?|${"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred|a dozen|dozen"})\\s+)?(?:(${EN_UNITS})\\s+(?:of\\s+)?)?`, "i");

function cleanZh(s: string): string | undefined {
  const stop = ZH_STOP.exec(s);
  let p = (stop ? s.slice(0, stop.index) : s).trim();
  p = p.replace(/^(?:一些|一批|一点|些|点|点儿|我们的|你们的|咱们的|的)/, "").replace(/(?:的|了|吧|啊|呢|哦|嘛)$/, "");
  if (p.length < 1 || p.length > 14) return undefined;
  if (/^[\d${ZH_NUM_CHARS}]+$/.test(p)) return undefined;
  if (/^(什么|啥|多少|报价|样品|联系|确认|考虑|看看|时间|见面|沟通|线索|客户|联系人)$/.test(p)) return undefined;
  return p;
}

function cleanEn(s: string): string | undefined {
  const stop = EN_STOP.exec(s);
  let p = (stop ? s.slice(0, stop.index) : s).trim();
  p = p.replace(/^(?:some|more|a few|our|your|the|a|an)\s+/i, "").replace(/\s+(?:too|as well|also)$/i, "");
  const words = p.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 5) return undefined;
  if (/^(to|it|them|that|this|more|a|an|the|us|me|you|him|her|call|meeting|demo|quote|info|information|time)$/i.test(p)) return undefined;
  return p;
}

/** Finds the product and quantity a buyer mentions. */
export function findGoods(text: string): Goods {
  const out: Goods = {};
  for (const m of text.matchAll(ZH_CUES)) {
    let rest = text.slice((m.index ?? 0) + m[0].length);
    const q = ZH_QTY.exec(rest);
    if (q) {
      const n = parseCount(q[1] as string);
      // 一批 / 一些 is "a batch", not a count of one.
      if (n !== undefined && !(n === 1 && /批|些/.test(q[0]))) out.quantity ??= n;
      rest = rest.slice(q[0].length);
    }
    const p = cleanZh(rest);
    if (p && !/^(个|位|人)/.test(p)) {
      out.product = p;
      break;
    }
  }
  // 对我们的黄酒有兴趣 / 对红酒感兴趣
  if (!out.product) {
    const m = /对(?:我们的|你们的|咱们的|贵司的)?([\u4e00-\u9fffA-Za-z0-9 ]{1,12}?)(?:很|挺|比较|非常)?(?:有兴趣|感兴趣|有意向|有需求)/.exec(text);
    if (m) out.product = cleanZh(m[1] as string);
  }
  if (out.quantity === undefined) {
    // "一批年货礼盒 800份": a batch is not a count, so look on to the next figure.
    for (const m of text.matchAll(new RegExp(`(${NUM_SOURCE})\\s*(${ZH_MEASURES})(?!月|人|位|[wW万亿kK千])([\\u4e00-\\u9fff]{0,8})`, "g"))) {
      if (/^[号日点]/.test(m[3] ?? "")) continue;
      const n = parseCount(m[1] as string);
      if (n === undefined || (n === 1 && /批|些/.test(m[2] as string))) continue;
      out.quantity = n;
      if (!out.product && m[3]) out.product = cleanZh(m[3]);
      break;
    }
  }
  if (/[a-z]/i.test(text)) findEnGoods(text, out);
  return out;
}

/** "2k" → 2000, "a dozen" → 12, "three" → 3. */
function enCount(raw: string): number | undefined {
  const k = /^(\d+(?:\.\d+)?)k$/i.exec(raw);
  if (k) return Math.round(Number(k[1]) * 1000);
  return parseCount(raw.replace(/,/g, "").replace(/^a\s+/i, "")) ?? (/dozen/i.test(raw) ? 12 : undefined);
}

function findEnGoods(text: string, out: Goods): void {
  for (const m of text.matchAll(EN_CUES)) {
    let rest = text.slice((m.index ?? 0) + m[0].length);
    const q = EN_QTY.exec(rest);
    if (q && q[0]) {
      if (q[1]) out.quantity ??= enCount(q[1]);
      rest = rest.slice(q[0].length);
    }
    const p = cleanEn(rest);
    if (p) {
      out.product ??= p;
      break;
    }
  }
  // "espresso machines x3", "3x chairs"
  const times = /\bx\s?(\d{1,5})\b|\b(\d{1,5})\s?x\s+[a-z]/i.exec(text);
  if (out.quantity === undefined && times) out.quantity = Number(times[1] ?? times[2]);
  // "budget 50k for forklifts"
  const forWhat = /\bbudget\s+\S+\s+for\s+([a-z][\w -]{1,30})/i.exec(text);
  if (!out.product && forWhat) out.product = cleanEn(forWhat[1] as string);
  // "Central Perk Coffee, 25 espresso machines, budget $60,000": a count and a plural noun as a list item.
  const item = /(?:^|[,;:]\s*)(\d[\d,]*(?:\.\d+)?k?)\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?s)(?=\s*(?:[,.;!?]|$))/i.exec(text);
  if (item && out.quantity === undefined && !new RegExp(`^(?:${EN_UNITS})\\b`, "i").test(item[2] as string)) {
    out.quantity = enCount(item[1] as string);
    out.product ??= cleanEn(item[2] as string);
  }
  if (out.quantity === undefined) {
    const m = new RegExp(`\\b(\\d[\\d,]*)\\s+(${EN_UNITS})\\b(?:\\s+of\\s+([a-z][\\w\\s-]{1,40}))?`, "i").exec(text);
    if (m) {
      out.quantity = parseCount((m[1] as string).replace(/,/g, ""));
      if (!out.product && m[3]) out.product = cleanEn(m[3]);
    }
  }
}
