/**
 * A customer told by what they are like rather than by name: "那位每次都带狗来的太太", "那个做民宿的小姐姐", "the Tesla
 * guy", "the Scottish lady from the wine fair", "the woman who ordered 60 cases of rosé for her daughter's wedding".
 * Staff write this way about people whose name they forgot; the description is what they will search by.
 */

export type DescribedSpan = { index: number; end: number; value: string };

/** Words for a person, last in a Chinese description: 太太, 老板, 小姐姐, 马来西亚客户. */
const ZH_PERSON =
  "太太|女士|先生|老板娘|老板|小姐姐|小哥哥|小哥|小姐|大哥|大姐|阿姨|大叔|叔叔|客户|客人|顾客|买家|老爷子|老太太|老奶奶|老大爷|小伙子|妹子|姐姐|夫妻|夫妇|两口子|老外|家长|宝妈|女的|男的";
/** "那位…的太太": a pointing word, one or two clauses each ending in 的, and the person; never "这个月的大客户". */
const ZH_DESCRIBED = new RegExp(
  `(?:那位|那个|那对|这位)((?![月周年季])(?:[^，,。！？!?；;\\s的]{1,16}的){1,2}[\\u4e00-\\u9fff]{0,4}?(?:${ZH_PERSON}))`,
);
/** "买过蓝色磁砖的那位小姐", "上周来看展位的那对夫妻": the clause first, then the pointing word; it starts after a verb of contact. */
const ZH_DESCRIBED_BEFORE = new RegExp(
  `(?:^|[，,。！？!?；;\\s：:给跟和找问约])(?:之前|以前|刚才)?((?![月周年季])[^，,。！？!?；;\\s：:给跟和找问约的]{2,16}的(?:那位|那个|那对)(?:${ZH_PERSON}))`,
);
/** Kinds of customer that are a rank, not a description: "那个大客户", "那个重要客户". */
const A_RANK = "(?:重要|大|新|老|潜在|意向|优质|核心|普通|vip)";
/** "那个东北老板", "那个温州客户": where they are from, or what they are like, in a word before the person. */
const ZH_DESCRIBED_SHORT = new RegExp(`(?:那位|那个|那对)((?!${A_RANK}(?:${ZH_PERSON}))[\\u4e00-\\u9fff]{2,4}?(?:${ZH_PERSON}))(?![\\u4e00-\\u9fff]{0,1}(?:的|们))`, "i");

const EN_PERSON = "guy|lady|woman|man|gentleman|couple|bloke|chap|fella|girl|dude|family|client|customer|contractor|builder|planner";
/** Words after the person that say where they are from, up to a break or a time: "from the wine fair", "in Astoria". */
const EN_TAIL = "(?:(?!last\\b|yesterday\\b|this\\b|on\\b|earlier\\b)[^,.;!?—–\\-\\s]+\\s?){1,10}";
/** The words that lead into it: "from", "who", "running". */
const EN_LEAD_IN = "(?:from|in|at|with|who|running|opening|selling)";
const EN_WHERE_FROM = `(?:\\s+${EN_LEAD_IN}\\s+${EN_TAIL})?`;
const NOT_A_DESCRIPTION = "(?!(?:the|a|an|this|that|my|our|your|new|old|other|same|delivery|cleaning|it|tech|repair|security|nice|lovely)\\b)";
/** "the Tesla guy", "that blue tiles lady", "the woman who ordered 60 cases…": the person, with what tells them apart. */
const EN_DESCRIBED = new RegExp(
  `\\b(?:the|that)\\s+((?:${NOT_A_DESCRIPTION}[A-Za-z][\\w'’-]*\\s+){1,3}(?:${EN_PERSON})\\b${EN_WHERE_FROM}|(?:${EN_PERSON})\\s+(?!in\\b|at\\b)${EN_LEAD_IN}\\s+${EN_TAIL})`,
  "i",
);
/** "ramen couple in Astoria - budget's confirmed": a description heading the message, set off by a dash or colon. */
const EN_DESCRIBED_HEADING = new RegExp(`^((?:${NOT_A_DESCRIPTION}[A-Za-z][\\w'’-]*\\s+){1,3}(?:guy|lady|woman|man|gentleman|couple|family)\\b${EN_WHERE_FROM})\\s*[-–—:]`, "i");

export function findDescribed(text: string): DescribedSpan | undefined {
  const zh = ZH_DESCRIBED.exec(text) ?? ZH_DESCRIBED_BEFORE.exec(text) ?? ZH_DESCRIBED_SHORT.exec(text);
  if (zh) return span(text, zh, zh[1] as string);
  const en = EN_DESCRIBED.exec(text) ?? EN_DESCRIBED_HEADING.exec(text);
  if (!en) return undefined;
  const said = (en[1] as string).trimEnd();
  const the = /^(?:the|that)\s/i.test(en[0]) ? "the " : "";
  const found = span(text, en, said);
  return { ...found, value: the + found.value };
}

function span(text: string, m: RegExpExecArray, said: string): DescribedSpan {
  const index = (m.index ?? 0) + m[0].indexOf(said);
  return { index, end: index + said.length, value: text.slice(index, index + said.length) };
}
