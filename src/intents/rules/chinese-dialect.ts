/**
 * Northern, south-western and Wu Mandarin as people type it (东北话, 四川话, 重庆话, 北京话, 上海话): "川府建材是啥子情况",
 * "这礼拜六订个大床房，住两宿", "明儿晚上那桌再加俩人", "福满楼现在咋样了". The words a CRM reads are put in standard
 * Mandarin before anything else reads the message; names and goods are left as typed.
 */

const WORDS: Array<[RegExp, string]> = [
  [/啥子/g, "什么"],
  [/咋样/g, "怎么样"],
  [/咋整|咋办|咋弄/g, "怎么办"],
  [/嘎哈|干啥/g, "干什么"],
  [/莫得/g, "没有"],
  [/明儿/g, "明天"],
  // Shanghai's "today" and "tomorrow" (今朝, 明朝), read wherever they are: the dynasty is no one's booking.
  [/今朝(?![代臣人])/g, "今天"],
  [/明朝(?![代臣人末年])/g, "明天"],
  [/今儿(?=[早晚上下中个]|[，,\s])/g, "今天"],
  [/昨儿(?=[早晚上下中个]|[，,\s])/g, "昨天"],
  // "住一宿", "住两宿": nights.
  [/(?<=[一两二三四五六七八九十\d])宿(?!舍)/g, "晚"],
  // "记一哈", "查一哈", "等一哈": a moment, said 一下.
  [/一哈(?![哈])/g, "一下"],
  [/倍儿(?=[好棒快多贵])/g, "很"],
  [/贼(?=[好棒快多贵难便])/g, "很"],
  [/要得/g, "好的"],
  // "卫生间太埋汰了", "甭等了", "忒贵了", "得嘞": dirty, no need, too, all right.
  [/埋汰/g, "脏"],
  [/啥情况/g, "什么情况"],
  [/甭/g, "不用"],
  [/忒(?=[贵冷热多少慢快难大小脏吵])/g, "太"],
  [/得嘞/g, "好的"],
  // "再加俩人", "仨人": two and three people.
  [/(?<!我们|咱们|咱|他们|她们)俩(?=人|位)/g, "两个"],
  [/俩(?=个)/g, "两"],
  [/(?<!我们|咱们|咱|他们|她们)仨(?=人|位)/g, "三个"],
  [/仨(?=个)/g, "三"],
  // "还有位置不？": a question closed with 不 is 吗.
  [/(?<=[有行好对是])不\s*(?=[?？]|$)/g, "吗"],
];

/**
 * Shanghai and Jiangnan (Wu) speech as typed in WeChat: "侬拉酒店订房间要付定金伐？", "明朝中饭额位子退脱伐",
 * "顾总讲勿要了，搿单算了". Read only when the message carries its marks, since 额 and 脱 are ordinary Mandarin too.
 */
const WU_MARKS = /侬|阿拉(?!伯|斯加|丁|善|比卡|木图)|搿|覅|哪能|交关|勿|伐(?=[？?。，,！!\s]|$)|上趟|[冷退卖用走坏吃黄]脱|(?<=[订约我你他她跟])额|没人睬|[两三四五六七八九十]家头/;
const WU_WORDS: Array<[RegExp, string]> = [
  [/阿拉(?!伯|斯加|丁|善|比卡|木图)/g, "我们"],
  [/侬拉/g, "你们"],
  [/侬/g, "你"],
  [/搿/g, "这"],
  [/覅/g, "不要"],
  [/勿/g, "不"],
  [/哪能/g, "怎么"],
  [/啥人/g, "谁"],
  [/睬/g, "理"],
  [/(?<=[额的啥么个])辰光/g, "时间"],
  [/交关/g, "很"],
  [/夜饭/g, "晚饭"],
  [/中饭/g, "午饭"],
  [/上趟/g, "上次"],
  [/汏浴/g, "洗澡"],
  [/困不着/g, "睡不着"],
  [/([两三四五六七八九十])家头/g, "$1个人"],
  [/(?<=[总姐哥生太叔])讲/g, "说"],
  [/(?<=[冷退卖用走坏吃黄])脱/g, "掉"],
  [/(?<![金余业售份定限名总差交])额(?![度外头满])/g, "的"],
  [/伐(?=[？?。，,！!\s]|$)/g, "吗"],
];

export function inStandardMandarin(text: string): string {
  if (!/[\u4e00-\u9fff]/.test(text)) return text;
  let t = text;
  for (const [re, to] of WORDS) t = t.replace(re, to);
  if (WU_MARKS.test(t)) for (const [re, to] of WU_WORDS) t = t.replace(re, to);
  return t;
}
