/**
 * A message that lists several things: "EOD recap:\n1. Called Marcus Lee…\n2. Emailed Sandra…", "今日小结\n1）…\n2）…",
 * "第一，华润饮品那单丢了；第二，我下周要出差", "① 陈美玲 / 福满楼海鲜 ② 黄先生…", "两个会：先…；后面…". Read as a whole, its items blur into one
 * another (one item's customer, another's channel); read item by item, the first item that is a record is the
 * message's record. A heading that plans ("明天计划：", "to do tomorrow:") makes every item a plan, so nothing happened.
 */

export type Listed = {
  /** what comes before the first item: "EOD recap", "记两个线索" */
  heading: string;
  items: string[];
  /** lines after the last item that are not items: "Next with Liam: Thursday 10am" */
  after: string;
};

/** An item's mark at the start of a line: a bullet, "1.", "2)", "（3）", a circled number, "第一、". */
const LINE_MARK = /^\s*(?:[-*]\s|[•·▪]|\d{1,2}\s*[.)、）](?!\d)|[（(]\d{1,2}[)）]|[\u2460-\u2473]|第[一二三四五六七八九十][，,、：:.]?)\s*/;
/** "第一，…；第二，…" and "① … ② …" within one line. */
const INLINE_ORDINAL = /第[一二三四五六七八九十][，,、：:]\s*/g;
const INLINE_CIRCLED = /\s*[\u2460-\u2473]\s*/g;
/** "two takeaways: 1. they want… 2. budget lands in March": numbers counting up from 1 within one line. */
const INLINE_NUMBER = /(?:^|(?<=[\s:：,，;；]))(\d)[.)、]\s+/g;

/** A heading of plans: "明天计划", "下周安排", "to do", "plan for tomorrow", "待办". */
export const PLANNED_LIST = /计划|計劃|安排|待办|待辦|要做的|打算|\bto[- ]?dos?\b|\bplan(?:s|ned)?\b|\bagenda\b|\btomorrow'?s list\b/i;

/** Splits a listed message into its heading, items and what follows them; undefined when it lists nothing. */
export function listOf(text: string): Listed | undefined {
  return byLines(text) ?? inline(text);
}

function byLines(text: string): Listed | undefined {
  const lines = text.split(/\n/).map((line) => line.trim()).filter(Boolean);
  const marked = lines.map((line) => LINE_MARK.test(line));
  const first = marked.indexOf(true);
  const last = marked.lastIndexOf(true);
  if (first < 0 || marked.filter(Boolean).length < 2) return undefined;
  const items: string[] = [];
  for (let i = first; i <= last; i++) {
    if (marked[i]) items.push(lines[i]!.replace(LINE_MARK, ""));
    else items[items.length - 1] += ` ${lines[i]}`;
  }
  return { heading: lines.slice(0, first).join(" "), items, after: lines.slice(last + 1).join(" ") };
}

function inline(text: string): Listed | undefined {
  for (const mark of [INLINE_ORDINAL, INLINE_CIRCLED]) {
    const parts = text.split(mark);
    if (parts.length >= 3) return { heading: parts[0]!.trim(), items: parts.slice(1).map((p) => p.trim().replace(/[；;]$/, "")).filter(Boolean), after: "" };
  }
  // "下午连着两个会：先跟梁小姐谈了包装；后面是内部会": things told after a colon, one after another.
  const colon = text.search(/[:：]/);
  const told = colon > 0 ? text.slice(colon + 1).split(/[；;]/).map((p) => p.trim()).filter(Boolean) : [];
  if (told.length >= 2) return { heading: text.slice(0, colon).trim(), items: told, after: "" };
  const numbers = [...text.matchAll(INLINE_NUMBER)];
  if (numbers.length < 2 || numbers.some((m, i) => Number(m[1]) !== i + 1)) return undefined;
  const starts = numbers.map((m) => m.index!);
  const items = starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).replace(INLINE_NUMBER, "").trim());
  return { heading: text.slice(0, starts[0]).trim(), items, after: "" };
}
