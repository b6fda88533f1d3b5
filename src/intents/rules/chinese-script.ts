/**
 * Traditional characters and written Cantonese, read as the simplified Mandarin the rules know:
 * "打咗電話俾陳生 佢話凍櫃要等老細批 聽日再打" is read as "打了电话给陈哥 他说冻柜要等老板批 明天再打".
 *
 * Every replacement keeps the length, so a span found in the reading is the same span of what was
 * written: names, companies and goods go back into the slots as the user wrote them (`inScriptOf`).
 */
import * as OpenCC from "opencc-js";

/** Written Cantonese words and their Mandarin of the same length, longest first where they overlap. */
const CANTONESE: Array<[string, string]> = [
 ["仲有", "还有"], ["仲未", "还没"], ["仲係", "还是"], ["仲系", "还是"], ["嬲", "恼"], ["開唔到", "打不开"], ["开唔到", "打不开"], ["唔得", "不行"], ["好耐", "好久"], ["攰", "累"],["傾價", "议价"], ["倾价", "议价"], ["辛苦晒", "辛苦了"], ["唔該晒", "谢谢了"], ["唔该晒", "谢谢了"], ["多謝晒", "谢谢了"], ["多谢晒", "谢谢了"], ["加多", "再加"], ["張枱", "那桌"], ["张枱", "那桌"], ["咗未", "了没"], ["點處理", "怎处理"], ["点处理", "怎处理"],
  ["使唔使", "用不用"], ["唔系", "不是"], ["唔係話", "不是说"], ["唔使", "不用"], ["頭三", "前三"], ["頭五", "前五"], ["頭十", "前十"], ["头三位", "前三位"], ["头五位", "前五位"], ["头十位", "前十位"], ["大客係", "大客户是"], ["谂紧", "在想"], ["諗緊", "在想"], ["谂", "想"], ["諗", "想"], ["唔駛", "不用"], ["唔驶", "不用"], ["唔洗", "不用"], ["聽講", "听说"], ["听讲", "听说"], ["記低", "记下"], ["记低", "记下"], ["唔好", "不要"], ["唔系话", "不是说"], ["佢哋", "他们"], ["你哋", "你们"], ["我哋", "我们"], ["佢話", "他说"], ["佢讲", "他说"], ["佢講", "他说"], ["聽日", "明天"], ["听日", "明天"], ["聽晚", "明晚"], ["听晚", "明晚"], ["聽朝", "明早"], ["听朝", "明早"], ["琴日", "昨天"],
  ["尋日", "昨天"], ["寻日", "昨天"], ["今日", "今天"], ["後日", "后天"], ["邊個", "哪个"], ["边个", "哪个"], ["邊度", "哪里"],
  ["边度", "哪里"], ["邊間", "哪家"], ["边间", "哪家"], ["乜嘢", "什么"], ["點樣", "怎样"], ["点样", "怎样"], ["點解", "为何"],
  ["点解", "为何"], ["今個", "这个"], ["今个", "这个"], ["呢個", "这个"], ["呢个", "这个"], ["嗰個", "那个"], ["嗰个", "那个"],
  ["呢度", "这里"], ["呢單", "这单"], ["呢单", "这单"], ["呢間", "这间"], ["呢间", "这间"], ["呢位", "这位"], ["嗰度", "那里"], ["而家", "现在"], ["老細", "老板"], ["老细", "老板"], ["啱啱", "刚刚"], ["唔該", "麻烦"],
  ["唔该", "麻烦"], ["落單", "下单"], ["落单", "下单"], ["埋單", "买单"], ["埋单", "买单"], ["幾多", "多少"], ["几多", "多少"], ["幾錢", "多少钱"], ["几钱", "多少钱"],
  ["傾掂", "搞定"], ["倾掂", "搞定"], ["月尾", "月底"], ["邊幾個", "哪几个"], ["边几个", "哪几个"], ["列頭", "列前"], ["列头", "列前"],
  ["最大手", "买最多"], ["成班人", "整个组"], ["做成點", "怎么样"], ["做成点", "怎么样"], ["今季", "本季"], ["得唔得", "行不行"], ["傾緊", "在谈"], ["倾紧", "在谈"], ["講緊", "在谈"], ["讲紧", "在谈"], ["枱", "桌"], ["檯", "桌"],
  ["咗", "了"], ["嘅", "的"], ["佢", "他"], ["係", "是"], ["冇", "没"], ["唔", "不"], ["嚟", "来"], ["啲", "些"], ["咩", "啥"],
  ["睇", "看"], ["諗", "想"], ["搵", "找"], ["揾", "找"], ["傾", "聊"], ["倾", "聊"], ["攞", "拿"], ["畀", "给"], ["俾", "给"],
  ["喺", "在"], ["覆", "回"], ["咁", "这"], ["嘢", "些"], ["嘈", "吵"], ["瞓", "睡"], ["隔籬", "隔壁"], ["隔篱", "隔壁"], ["㗎", "啊"],
  ["搞掂", "搞定"], ["改做", "改成"], ["下晝", "下午"], ["下昼", "下午"], ["上晝", "上午"], ["上昼", "上午"], ["晏晝", "中午"], ["晏昼", "中午"],
["嗰", "那"], ["做嘢", "做事"], ["鍾意", "喜欢"], ["钟意", "喜欢"], ["頭先", "刚才"], ["头先", "刚才"], ["覆我", "回我"], ["瞓唔着", "睡不着"], ["瞓唔著", "睡不着"], ["瞓唔到", "睡不着"], ["點用", "咋用"], ["点用", "咋用"],
];
const CANTONESE_RE = new RegExp(CANTONESE.map(([w]) => w).join("|"), "g");
/** Cantonese words that Mandarin writes by chance across two words ("晚点用", "一点样品", "重点解决"): read only in Cantonese. */
const MANDARIN_LOOKALIKES = new Set(["点用", "点样", "点解"]);
const CANTONESE_MAP = new Map(CANTONESE);
/** Words only written Cantonese uses: where they appear, "陳生" is Mr Chan. */
const CANTONESE_MARKERS = /[咗嘅佢係冇唔嚟啲咩喺畀俾覆㗎瞓嘈嗰攰]|聽日|听日|琴日|邊個|边个|老細|老细|呢[个個度间間位单單]|乜嘢|而家/;
/**
 * "陳生", "黃太": a surname and 生 (Mr) or 太 (Mrs), read as a titled name of the same length. 生 is read so
 * wherever it stands ("佛山顺达陶瓷的梁生" is typed in Guangdong without other Cantonese); 太 only in
 * Cantonese, since in Mandarin it is "too" ("价格高太贵").
 */
const CANTONESE_TITLE = /([陳陈黃黄李張张王劉刘林何吳吴梁鄭郑謝谢羅罗許许鄧邓馮冯曾蔡彭潘袁葉叶蔣蒋杜麥麦周徐蕭萧朱胡郭馬马高盧卢趙赵韋韦區区溫温甘岑侯姚譚谭鍾钟賴赖龐庞傅崔孔莫簡简])([生太])(?![意活日产產命气氣长長物太鲜鮮育病])/g;
const MRS_ALONE = new RegExp(`(?<=^|[\\s，,：:])${CANTONESE_TITLE.source.replace("([生太])", "太").replace(/\(\?![^)]*\)$/, "")}(?=[\\s，,。：:]|$)`, "g");
const MR_BY_SURNAME = new RegExp(CANTONESE_TITLE.source.replace("([生太])", "(生)"), "g");

const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });
const HAN = /[\u3400-\u9fff]/;

/** The text as the rules read it, of the same length as `text`. */
export function readAsMandarin(text: string): string {
  if (!HAN.test(text)) return text;
  let t = text;
  const cantonese = CANTONESE_MARKERS.test(t);
  const titled = cantonese ? CANTONESE_TITLE : MR_BY_SURNAME;
  t = t.replace(titled, (_, surname: string, title: string) => surname + (title === "生" ? "哥" : "姐"));
  // "新客 何太 开了间糖水铺": Mrs He standing alone between spaces, however the rest is written.
  t = t.replace(MRS_ALONE, (_, surname: string) => `${surname}姐`);
  t = t.replace(CANTONESE_RE, (w) => (MANDARIN_LOOKALIKES.has(w) && !cantonese ? w : CANTONESE_MAP.get(w) ?? w));
  const simplified = toSimplified(t);
  if (simplified.length === t.length) return simplified;
  // Should a phrase change length (a character mapped outside the basic plane), convert one character at a time.
  return [...t].map((ch) => {
    const one = toSimplified(ch);
    return one.length === ch.length ? one : ch;
  }).join("");
}

/**
 * `value`, found in `reading` (what readAsMandarin made of `written`), as it was written: "陈记茶餐厅" back
 * to "陳記茶餐廳". A value not found as it is (a mended typo, a joined name) stays as read.
 */
export function inScriptOf(value: string, reading: string, written: string): string {
  if (reading === written || reading.length !== written.length) return value;
  const at = reading.indexOf(value);
  return at < 0 ? value : written.slice(at, at + value.length);
}
