/**
 * Chinese as learners and visitors type it. Pinyin typed without choosing the characters, as anyone on a keyboard
 * without an input method writes it: "mingtian wanshang 7 dian, liang ge ren", "qu xiao wo 12 yue 10 hao de fang
 * jian", "wo de yuding". A stretch of pinyin is written in characters, word by word, so the Chinese rules read it;
 * English around it stays as it is. A stretch is read as pinyin only when it holds a word of two or more syllables
 * that no English writer types ("you", "ma", "hao" and "ban" alone are English words or names as often as pinyin).
 * And Chinese words set apart by spaces as in English ("我 朋友 book 了", "我 不 需要"), which are joined again.
 */

/** Words of two or more syllables, as typed with or without spaces between the syllables. */
const WORDS: Record<string, string> = {
  women: "我们", nimen: "你们", tamen: "他们", wode: "我的", nihao: "你好", xiexie: "谢谢", duoxie: "多谢",
  mingtian: "明天", jintian: "今天", houtian: "后天", zuotian: "昨天", dahoutian: "大后天", jinwan: "今晚", mingwan: "明晚",
  wanshang: "晚上", zhongwu: "中午", xiawu: "下午", shangwu: "上午", zaoshang: "早上", bangwan: "傍晚", yeli: "夜里",
  xingqi: "星期", libai: "礼拜", zhoumo: "周末", xiazhou: "下周", zhezhou: "这周", benzhou: "本周", shangzhou: "上周",
  xiage: "下个", zhege: "这个", nage: "那个", shangge: "上个", yuedi: "月底", yuechu: "月初",
  yuding: "预订", yuyue: "预约", quxiao: "取消", dingwei: "订位", dingfang: "订房", dingzuo: "订座", dingzhuo: "订桌",
  fangjian: "房间", zhuozi: "桌子", weizi: "位子", zuowei: "座位", baojian: "包间", kaochuang: "靠窗", chuanghu: "窗户",
  keyi: "可以", youmeiyou: "有没有", haiyou: "还有", meiyou: "没有", xiangyao: "想要", xuyao: "需要", buyao: "不要",
  gaidao: "改到", gaicheng: "改成", gaiwei: "改为", huancheng: "换成", huandao: "换到", tuichi: "推迟", tiqian: "提前",
  jifen: "积分", duoshao: "多少", ruzhu: "入住", tuifang: "退房", zhuliang: "住两", dachuang: "大床", shuangchuang: "双床",
  biaozhun: "标准", taofang: "套房", daren: "大人", xiaohai: "小孩", haizi: "孩子", pengyou: "朋友", laopo: "老婆",
  laogong: "老公", tousu: "投诉", fuwu: "服务", taicha: "太差", haochi: "好吃", bufang: "不放", chisu: "吃素",
  dianhua: "电话", weixin: "微信", shouji: "手机", mingzi: "名字", jiaozuo: "叫做", yixia: "一下", bangwo: "帮我",
  qingwen: "请问", xianzai: "现在", zhidao: "知道", weishenme: "为什么", zenme: "怎么", shenme: "什么", shihou: "时候",
  jidian: "几点", jige: "几个", jiwei: "几位",
};

/** Syllables that are words on their own; read only inside a stretch that one of WORDS shows to be pinyin. */
const SYLLABLES: Record<string, string> = {
  wo: "我", ni: "你", ta: "他", de: "的", le: "了", ma: "吗", ne: "呢", ba: "吧", ge: "个", ren: "人", wei: "位",
  dian: "点", hao: "号", yue: "月", ri: "日", tian: "天", jian: "间", zhang: "张", zhuo: "桌", ban: "半",
  gai: "改", dao: "到", you: "有", mei: "没", hai: "还", yao: "要", xiang: "想", ding: "订", zai: "在", he: "和",
  bu: "不", shi: "是", qing: "请", zhu: "住", chuang: "床", ye: "也", dou: "都", hen: "很", tai: "太", jiu: "就",
  zhou: "周", xia: "下", shang: "上", zhe: "这", na: "那", ke: "可", ok: "ok",
};

/** Numbers, read as digits before a measure word so "san ge ren" and "ba dian ban" come out as 3个人 and 8点半. */
const NUMBERS: Record<string, string> = {
  yi: "1", er: "2", liang: "2", san: "3", si: "4", wu: "5", liu: "6", qi: "7", ba: "8", jiu: "9", shi: "10",
  shiyi: "11", shier: "12",
};
// Not "wan": after a number it is 万 as often as 晚.
const MEASURES = ["ge", "wei", "dian", "hao", "yue", "tian", "jian", "zhang", "zhuo", "ren"];
const WEEKDAYS: Record<string, string> = { yi: "一", er: "二", san: "三", si: "四", wu: "五", liu: "六", ri: "日", tian: "天" };

const COUNTED: Record<string, string> = {};
for (const [said, n] of Object.entries(NUMBERS)) for (const m of MEASURES) COUNTED[said + m] = n + (SYLLABLES[m] ?? "");
// "jiudian" typed as one word is 酒店 (a hotel); "jiu dian" typed apart is nine o'clock.
const DICTIONARY: Record<string, string> = { ...COUNTED, ...SYLLABLES, ...WORDS, jiudian: "酒店" };
for (const [said, d] of Object.entries(WEEKDAYS)) {
  DICTIONARY[`xingqi${said}`] = `星期${d}`;
  DICTIONARY[`zhou${said}`] = `周${d}`;
  DICTIONARY[`libai${said}`] = `礼拜${d}`;
}
/** The longest words first: "xingqiliu" before "xingqi", "youmeiyou" before "you". */
const KEYS_BY_LENGTH = Object.keys(DICTIONARY).sort((a, b) => b.length - a.length);
const ENGLISH_TOO = new Set(["women", "ok"]);
const TELLS_PINYIN = (key: string) => key in WORDS && !ENGLISH_TOO.has(key) || /^(?:xingqi|zhou|libai)./.test(key) || /^(?:yi|er|liang|san|si|wu|liu|qi|ba|jiu|shi)(?:ge|dian|hao|yue|wei)$/.test(key) && key.length > 4;

type Piece = { said: string; chinese?: string; tells?: boolean };

/** Splits one typed word into dictionary words ("xingqiliu" → 星期六, "wanshang7dian" is left alone). */
function wordsOf(token: string): Piece[] | undefined {
  const lower = token.toLowerCase();
  const out: Piece[] = [];
  let at = 0;
  while (at < lower.length) {
    const key = KEYS_BY_LENGTH.find((k) => lower.startsWith(k, at));
    // "shine" is not 是呢: a word is split only into words that tell pinyin, never into lone syllables.
    if (!key || (key.length < lower.length && !(key in WORDS || key in COUNTED || TELLS_PINYIN(key)))) return undefined;
    out.push({ said: token.slice(at, at + key.length), chinese: DICTIONARY[key], tells: TELLS_PINYIN(key) });
    at += key.length;
  }
  return out;
}

/** Joins syllables typed apart ("qu xiao", "fang jian", "liang ge") into the words they spell. */
function joined(tokens: string[], i: number): { pieces: Piece[]; used: number } | undefined {
  for (let n = Math.min(4, tokens.length - i); n >= 2; n--) {
    const run = tokens.slice(i, i + n);
    if (!run.every((t) => /^[a-z]+$/i.test(t))) continue;
    const key = run.join("").toLowerCase();
    const counted = n === 2 && (run[0] as string).toLowerCase() in NUMBERS && MEASURES.includes((run[1] as string).toLowerCase());
    if (counted) return { pieces: [{ said: run.join(" "), chinese: COUNTED[key], tells: true }], used: 2 };
    if (key in DICTIONARY && key.length > (run[0] as string).length) return { pieces: [{ said: run.join(" "), chinese: DICTIONARY[key], tells: TELLS_PINYIN(key) || n >= 2 && key in WORDS }], used: n };
  }
  return undefined;
}

/** Writes the pinyin stretches of `text` in characters; text with none comes back as it was. */
export function fromPinyin(text: string): string {
  if (!/[a-z]{2}/i.test(text)) return text;
  // Words, numbers, and what sits between them (spaces, commas) as separate parts.
  const parts = text.split(/([A-Za-z]+|\d+)/);
  const tokens = parts.filter((_, k) => k % 2 === 1);
  const read: Array<Piece | undefined> = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as string;
    if (/^\d+$/.test(token)) {
      read.push({ said: token, chinese: token });
      i++;
      continue;
    }
    const across = joined(tokens, i);
    if (across) {
      read.push(...across.pieces, ...Array(across.used - 1).fill(null).map(() => ({ said: "", chinese: "" })));
      i += across.used;
      continue;
    }
    const inside = wordsOf(token);
    // "5 ren", "7 dian": a measure word after a number is pinyin, not English.
    const counts = MEASURES.includes(token.toLowerCase()) && /^\d+$/.test(tokens[i - 1] ?? "") && /^\s*$/.test(parts[2 * i] ?? "");
    read.push(inside ? { said: token, chinese: inside.map((p) => p.chinese).join(""), tells: counts || inside.some((p) => p.tells) } : undefined);
    i++;
  }
  // A stretch runs over pinyin, numbers and the punctuation between them; an English word ends it.
  const keep = new Array<boolean>(read.length).fill(false);
  for (let start = 0; start < read.length; ) {
    let end = start;
    while (end < read.length && read[end] && (end === start || !/[.!?。！？\n]/.test(parts[2 * end] ?? ""))) end++;
    if (end === start) end = start + 1;
    const stretch = read.slice(start, end);
    if (stretch.some((p) => p?.tells)) for (let k = start; k < end; k++) keep[k] = true;
    start = end;
  }
  let out = parts[0] ?? "";
  for (let k = 0; k < read.length; k++) {
    const piece = read[k];
    const gap = parts[2 * k + 2] ?? "";
    out += keep[k] && piece ? piece.chinese : tokens[k];
    // Inside a stretch, the spaces between syllables go; a comma or a space before English stays.
    out += keep[k] && keep[k + 1] && /^\s*$/.test(gap) ? "" : gap;
  }
  return out;
}

/**
 * "我 忘了", "我 不 需要", "周小姐 的 phone": a little word of grammar standing alone between spaces shows words spaced
 * as in English. Staff lists spaced by field ("嗯 刘敏 好味道餐饮的", "Lily 王 要采购") have no such word alone.
 */
const FUNCTION_WORD = "[我你的了不是在有也都很还就会能想和跟给吗呢吧]";
const LONE_CHARACTER = new RegExp(`(?:^|[\\s,，])${FUNCTION_WORD}(?=\\s+[\\u4e00-\\u9fff])|(?<=[\\u4e00-\\u9fff]\\s+)${FUNCTION_WORD}(?=$|[\\s,，.?!。？！])`);

/** Joins Chinese words that a learner spaced apart; a list spaced by staff ("王女士 186… 本周五 2位") stays. */
export function withoutWordSpaces(text: string): string {
  if (!LONE_CHARACTER.test(text)) return text;
  return text.replace(/(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])/g, "");
}
