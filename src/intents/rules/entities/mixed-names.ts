/**
 * Names written across scripts, as Chinese speakers type them in chat: a surname with an English title ("王sir",
 * "陈Madam"), 阿 before an English name ("阿May"), a surname and title in pinyin ("zhang zong", "Wang Jingli"), and initials ("LZ刚打电话", "LZ是哪家公司的").
 */
import type { NameSpan } from "./person.ts";

const SURNAME_THEN_SIR = /[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江薛雷侯龙陶黎顾毛郝龚邵钱严武戴莫孔汤温康庄关麦邝岑伍区][Ss]ir\b|[王李张刘陈杨黄赵吴周徐孙林郑梁谢何罗][Mm]adam\b/g;

const PINYIN_SURNAMES =
  "zhang|wang|li|liu|chen|yang|huang|zhao|zhou|wu|xu|sun|ma|zhu|hu|guo|he|lin|luo|gao|zheng|liang|xie|song|tang|han|feng|deng|cao|peng|zeng|xiao|tian|dong|pan|yuan|cai|jiang|yu|du|ye|cheng|wei|su|lu|ding|shen|yao|jin|zhong|cui|tan|liao|fan|qian|qin|qiu|xue|lei|hou|long|tao|gu|mao|hao|gong|shao|yan|kong|kang";
const PINYIN_TITLES = "zong|jingli|laoban|laoshi|zhuren|xiansheng|xiaojie|shifu";
const PINYIN_NAME = new RegExp(`\\b(?:${PINYIN_SURNAMES})\\s?(?:${PINYIN_TITLES})\\b(?!\\s+[A-Z])`, "gi");

/** Initials that are never a person: trades, products, roles and chat words. */
const NOT_INITIALS = /^(?:VIP|KTV|CRM|ERP|SAAS|PO|CEO|CFO|COO|CTO|HR|IT|PPT|APP|OK|QQ|PDF|SKU|KPI|ROI|GMV|B2B|B2C|OEM|ODM|MOQ|FOB|CIF|EXW|DDP|PR|PM|AM|USD|RMB|HKD|SGD|MYR|TV|AC|ID|NO|UK|US|HK|SG|VP|GM|BD|QA|QC|CS|AI|SMS|WA|WX|SF|EMS|ETA|ASAP|TBC|FYI)$/;
/** Initials used as a name: said of a person ("LZ刚打电话", "LZ说", "LZ那边"), or asked about ("LZ是哪家公司的"). */
const INITIALS = /(?<![A-Za-z0-9])([A-Z]{2,3})(?=\s*(?:刚|说|讲|那边|这边|是(?:哪|谁|什么)|打(?:了|来)|来电|回(?:复|我)|问|要|想|约|还没|已经|他|她))/g;

/** "Kelly 邓", "Kelvin 陈", "Ken 哥": an English given name with a Chinese surname or a familiar title after it. */
const ENGLISH_THEN_SURNAME = /\b(?!(?:Called|Call|Met|Meet|Visited|Emailed|Texted|Messaged|Sent|Told|Tell|Asked|Ask|Pinged|Ping|Please|Pls|Hi|Hey|Dear|Thanks|Boss|Lead|New|Update|Note|Chased|Followed)\b)[A-Z][a-z]{1,12} (?:[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江薛雷侯龙陶黎顾毛郝龚邵钱严武戴莫孔汤温康庄关麦邝岑伍区]|哥|姐)(?=[\s，,。.!！?？:：、]|$)/g;

/** "阿May", "阿Ken": the familiar 阿 before an English given name. */
const A_THEN_ENGLISH = /阿[A-Z][a-z]{1,10}(?![A-Za-z])/g;

export function findMixedNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const re of [SURNAME_THEN_SIR, PINYIN_NAME, ENGLISH_THEN_SURNAME, A_THEN_ENGLISH]) {
    for (const m of text.matchAll(re)) out.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, value: m[0], titled: true });
  }
  for (const m of text.matchAll(INITIALS)) {
    const value = m[1] as string;
    if (!NOT_INITIALS.test(value)) out.push({ index: m.index ?? 0, end: (m.index ?? 0) + value.length, value, titled: false });
  }
  return out;
}
