import { findMixedNames } from "./mixed-names.ts";
import { ZH_SUFFIX_RE } from "./company.ts";
import { LEADING_MENTION } from "./mention.ts";

/**
 * Person names. Chinese: a common surname and one or two given characters (张伟, 欧阳娜娜), a surname with
 * a title (李经理, 王总, 陈先生, 何老板), or 老李/小王. English: capitalised words (John Smith, Liam O'Brien),
 * with or without Mr./Ms./Dr.
 */

export type NameSpan = { index: number; end: number; value: string; titled: boolean };

const SINGLE_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞柳祝舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓缪芦麦褚娄窦戚岑景党卜冷晏席卫柏瞿桂佟臧闵苟邬卞姬仇栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘苑邝简匡阎裘古易";
/** Common Japanese surnames as written in Chinese; found only with a title ("田中先生"), since most are also words. */
const JAPANESE_SURNAMES = ["田中", "佐藤", "铃木", "鈴木", "高桥", "高橋", "渡边", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐佐木", "山口", "松本", "井上", "木村", "清水", "山崎", "森田", "池田", "桥本", "橋本", "石川", "前田", "藤田", "后藤", "後藤", "冈田", "岡田", "长谷川", "村上", "近藤", "坂本", "远藤", "青木", "藤井", "西村", "福田", "太田", "三浦", "藤原", "冈本", "松田", "中川", "中野", "原田", "小川", "竹内", "金子", "中山", "石井", "上田", "斋藤", "齐藤", "斉藤"];
/** Two-character surnames (欧阳, 诸葛…): a name that starts with one is a person even when it ends like a shop (诸葛明轩). */
export const DOUBLE_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "南宫", "西门", "独孤", "钟离", "万俟", "澹台", "公冶", "宗政", "濮阳", "太史", "申屠", "轩辕", "百里", "呼延"];

export const ZH_TITLES = [
  "老先生", "老太太", "老爷子", "社长", "总经理", "副总", "董事长", "总监", "经理", "主任", "老板娘", "老板", "老师", "先生", "女士", "小姐", "太太", "阿姨",
  "师傅", "医生", "律师", "校长", "院长", "园长", "馆长", "站长", "行长", "护士长", "设计师", "工程师", "顾问", "专员", "科长", "处长", "局长", "部长", "厂长", "店长", "主管", "会计", "教授",
  "博士", "教练", "大夫", "掌柜", "总裁", "协理", "襄理", "副理", "特助", "大哥", "大姐", "工", "总", "董", "导", "姐", "哥", "叔", "伯", "姨", "太",
];

/**
 * Characters that cannot end a two-character given name here: verbs and particles that follow a name
 * in chat ("张伟打了电话", "吴磊开了个会", "林涛说").
 */
const NOT_GIVEN = new Set(
  "部人我你的了说打在是和跟给换要想有他她它那这对今也都还已把被让请来去到电开问发见约聊拜回微们等再次买订需签成约认看试喝反觉回复讲定刚又就才没不很太最更能会可该得过着呢吗吧啊呀哦嗯以从向与及或但而并且为因所如若则即便之其此某各每该个位次号月日年点分元万千百十九八七六五四三二一两周星礼拜早晚上下午中前后左右里外内间处时候天今昨公司集团科技酒店餐厅贸易联系电话手机邮箱生日地址客户线索新老小大楼层房床窗烟桌菜价货单款额费直历介称场"
);

const CJK = /[\u4e00-\u9fff]/;

/** What comes before 姐/哥 in words that are not names: 大姐, 表哥, 帅哥, 空姐, 师姐, 老哥, 小姐. */
const NOT_SIBLING_NAMES = /[大小老表堂帅空师学亲二三四五六七八九一两美靓富酷姐哥叔伯我你他她的是了和跟给找问]/;
/** Right before 德叔 or 芳姐 in a sentence: a verb of contact or a particle, not the start of a word (回访德叔, 的德叔). */
const SIBLING_NAME_BEFORE = /[访见找约问给跟和与叫是了的请让把被对向帮替查看：:，,、\s]/;

/** What follows 阿 in words that are not nicknames: 阿姨, 阿里, 阿拉伯, 阿胶, 阿司匹林, 阿根廷, 阿富汗, 阿尔卑斯. */
const NOT_NICKNAMES = /[姨里拉胶司根富尔联曼塞哥婆公爸妈们]/;

/** Like matchAll, but tries again one character on after each match so rejected matches do not hide others. */
function* overlapping(re: RegExp, text: string): Generator<RegExpExecArray> {
  const g = new RegExp(re.source, "g");
  for (let m = g.exec(text); m; m = g.exec(text)) {
    yield m;
    g.lastIndex = m.index + 1;
  }
}
const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch);
/** 周 or 季 ending 上周, 本周, 本季 is the period, not a surname: "上周王总下单了" names 王总. */
const weekWord = (text: string, i: number) => /[周季]/.test(text[i] ?? "") && /[上本这下每个两三几一]$/.test(text.slice(0, i));

/** Finds Chinese names: titled forms first (they are surest), then surname + given name. */
/** "想进康师傅红烧牛肉面": a 师傅 stocked or bought, with the goods run on after it, is a brand. */
function stockedBrand(text: string, i: number, v: string): boolean {
  return v.endsWith("师傅") && /(?:进|买|订|卖|采购|换成|铺)$/.test(text.slice(0, i)) && /^[\u4e00-\u9fff]{2}/.test(text.slice(i + v.length));
}

export function findZhNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  const taken = (i: number, e: number) => out.some((o) => i < o.end && o.index < e);
  const titles = ZH_TITLES.join("|");
  // 老李 / 小王 (a familiar form), 王总 / 李经理 / 陈先生
  for (const m of text.matchAll(new RegExp(`(?:老|小)([${SINGLE_SURNAMES}])(?![${SINGLE_SURNAMES}]?(?:${titles}))`, "g"))) {
    const i = m.index ?? 0;
    // "小时", "老板" and the like are words, not names.
    if (/^(老毛子|老板|老师|小时|小姐|老是|小心|老公|老婆|小孩|老家|小区|小吃|老顾客|老客户|老房子|老房|小房间|老车|小店)/.test(text.slice(i))) continue;
    if (isCjk(text[i - 1]) && /[很太最真挺好]/.test(text[i - 1] ?? "")) continue;
    out.push({ index: i, end: i + 2, value: m[0], titled: true });
  }
  // "阿K的T恤单", "阿Ben说": a nickname of 阿 and a Latin letter or English name.
  for (const m of text.matchAll(/阿([A-Z][a-z]{0,8})(?![A-Za-z])/g)) {
    const i = m.index ?? 0;
    if (!taken(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, value: m[0], titled: true });
  }
  // 常老板 / 朴社长: surnames that are also everyday words (常去, 朴素) count only with a title after them.
  for (const m of text.matchAll(/(?<![\u4e00-\u9fff])(?:常|朴)(?:老板娘|老板|社长|总|经理|姐|哥|叔)|(?<=[跟和给找问约见访进了的：:，,\s])(?:常|朴)(?:老板娘|老板|社长|总|经理)/g)) {
    const i = m.index ?? 0;
    if (!taken(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, value: m[0], titled: true });
  }
  // 芳姐 / 强哥 / 德叔: a given name and 姐, 哥 or 叔, said of a customer (not 大姐, 表哥, 帅哥, 空姐, 大叔).
  for (const m of text.matchAll(/([\u4e00-\u9fff])(姐|哥|叔)(?![姐哥叔妹弟夫们叔])/g)) {
    const i = m.index ?? 0;
    if (isCjk(text[i - 1]) && !SIBLING_NAME_BEFORE.test(text[i - 1] as string)) continue;
    if (NOT_SIBLING_NAMES.test(m[1] as string) || taken(i, i + 2)) continue;
    out.push({ index: i, end: i + 2, value: m[0], titled: true });
  }
  // 二虎哥 / 三妹姐: a nickname by birth order, the order word kept.
  for (const m of text.matchAll(/([二三四五六七八九])([\u4e00-\u9fff])(哥|姐|叔)(?![姐哥叔妹弟夫们])/g)) {
    const i = m.index ?? 0;
    if (taken(i, i + 3) || NOT_SIBLING_NAMES.test(m[2] as string) || (isCjk(text[i - 1]) && !SIBLING_NAME_BEFORE.test(text[i - 1] as string))) continue;
    const at = out.findIndex((o) => o.index === i + 1);
    if (at >= 0) out.splice(at, 1);
    out.push({ index: i, end: i + 3, value: m[0], titled: true });
  }
  // 阿杰 / 阿明: a nickname, standing on its own (not 阿姨, 阿里巴巴, 阿拉伯).
  for (const m of text.matchAll(/阿([\u4e00-\u9fff])/g)) {
    const i = m.index ?? 0;
    const next = text[i + 2];
    if (NOT_NICKNAMES.test(m[1] as string) || taken(i, i + 2)) continue;
    // "阿彬仔": the diminutive 仔 belongs to the nickname.
    if (next === "仔") {
      out.push({ index: i, end: i + 3, value: text.slice(i, i + 3), titled: true });
      continue;
    }
    if (isCjk(next) && !NOT_GIVEN.has(next as string) && !/[那这碰聊讲谈跳调离辞入加升转搬]/.test(next as string)) continue;
    out.push({ index: i, end: i + 2, value: m[0], titled: true });
  }
  // "和田中先生开了会", "铃木社长": a Japanese surname is two characters, and keeps the title it is said with.
  for (const m of text.matchAll(new RegExp(`(?:${JAPANESE_SURNAMES.join("|")})(?:先生|女士|小姐|桑|社长|部长|课长|さん|様)`, "g"))) {
    const i = m.index ?? 0;
    // "王中山先生" is Mr Wang Zhongshan: the surname stands after a word's end, not inside a Chinese name.
    if (isCjk(text[i - 1]) && !/[和跟与给约见找同对向请问了是的、，,。]/.test(text[i - 1] as string)) continue;
    if (!taken(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, value: m[0], titled: true });
  }
  // "名片：佐藤健一，Midori Foods": a Japanese surname and given name, set apart by punctuation, as on a card;
  // between spaces "中山小榄" is as likely a place.
  for (const m of text.matchAll(new RegExp(`(?<=^|[:：，,、(（/])(?:${JAPANESE_SURNAMES.join("|")})[\\u4e00-\\u9fff]{1,2}(?=[，,、)）/]|$)`, "g"))) {
    const i = m.index ?? 0;
    if (/[路园區区市店站口街道港桥橋町村县縣公司]$/.test(m[0]) || taken(i, i + m[0].length)) continue;
    out.push({ index: i, end: i + m[0].length, value: m[0], titled: false });
  }
  // "山田健太的邮箱改成…": a Japanese full name opening the message, whose detail follows.
  for (const m of text.matchAll(new RegExp(`^\\s*(?:${JAPANESE_SURNAMES.join("|")})[\\u4e00-\\u9fff]{2}(?=的(?:邮箱|电话|手机|生日|公司|地址|微信))`, "g"))) {
    const i = m.index ?? 0;
    if (!taken(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, value: m[0].trim(), titled: false });
  }
  // "山田商事的铃木，要…": a Japanese surname alone, someone's at a business, is how the Japanese name a colleague.
  // "微信上联系了佐藤，他说…": or right after a verb of contact.
  for (const m of text.matchAll(new RegExp(`(?<=的|联系了|聯繫了|拜访了|拜訪了|见了|見了|问了|問了|约了|約了|打给|跟|和|给)(?:${JAPANESE_SURNAMES.join("|")})(?=[，,、。\\s]|说|要|想|聊|谈)`, "g"))) {
    const i = m.index ?? 0;
    if (!taken(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, value: m[0], titled: false });
  }
  const surnameAlt = `(?:${DOUBLE_SURNAMES.join("|")}|[${SINGLE_SURNAMES}])`;
  for (const m of overlapping(new RegExp(`${surnameAlt}(?:[\\u4e00-\\u9fff]{1,2}?)?(?:${titles})`), text)) {
    const i = m.index ?? 0;
    const v = m[0];
    if (taken(i, i + v.length) || weekWord(text, i)) continue;
    // "对方经理不在": the other side's manager, no Manager Fang.
    if (WORD_ENDING_IN_SURNAME.test(`${text[i - 1] ?? ""}${v[0]}`)) continue;
    // "老毛子老板": slang for a Russian, no Mr Mao.
    if (v.startsWith("毛子") && text[i - 1] === "老") continue;
    // "陈太的生日" is Mrs Chen; "价格太贵", "周太忙" say too much of something.
    // Mrs is said after the surname alone: "叶味道太淡" is no Mrs Ye.
    // "打给何太了，…": 了 closing the clause after Mrs Ho is no "太了解".
    if (v.endsWith("太") && !v.endsWith("太太") && (/^(?:[贵多少大小好忙久远快慢晚早热冷吵差累难便高低长短麻烦不淡咸甜辣酸贵]|了(?![，,。！!？?\s~～]|$))/.test(text.slice(i + v.length)) || !(DOUBLE_SURNAMES.includes(v.slice(0, -1)) || v.length === 2))) continue;
    // Given name + title (张伟经理) is fine; but a title must not be the tail of another word (总经理 in "副总经理").
    const given = v.replace(new RegExp(`(?:${titles})$`), "");
    if (given.length > 3) continue;
    // "鼎盛苏总": 总 and 董 follow a surname alone, so a surname before another surname is the company's last character.
    if (given.length >= 2 && !DOUBLE_SURNAMES.includes(given) && SINGLE_SURNAMES.includes(given.slice(-1)) && /^(?:总|董|老总)$/.test(v.slice(given.length))) continue;
    // "三十张人体工学椅": right after a count the "surname" is a measure word.
    if (/[\d一二两三四五六七八九十百千几]/.test(text[i - 1] ?? "")) continue;
    if (stockedBrand(text, i, v)) continue;
    // "老板姓黄黄总说…": the surname declared is not a given name; the titled name starts one on.
    if (text[i - 1] === "姓" && given.length === 2 && given[0] === given[1]) continue;
    if ([...given.slice(1)].some((c) => NOT_GIVEN.has(c))) {
      // 何老板 inside "金鼎酒楼何老板" is fine; "把王总" would have matched at 王, so only drop junk.
      continue;
    }
    // "黄建国先生", "刘秀英阿姨": a full name is the person; the courtesy title is only kept with a surname alone (王先生).
    const courtesy = /(?:先生|女士|小姐|太太|阿姨)$/.test(v) && given.length >= 2 && !DOUBLE_SURNAMES.includes(given);
    out.push({ index: i, end: i + v.length, value: courtesy ? v.replace(/(?:先生|女士|小姐|太太|阿姨)$/, "") : v, titled: true });
  }
  // "帮我记到孙浩名下": whose name a record goes under is a person, whatever the character after the name.
  for (const m of text.matchAll(new RegExp(`(?<=(?:记|放|归|挂|转|算)(?:到|在))${surnameAlt}[\\u4e00-\\u9fff]{1,2}?(?=名下)`, "g"))) {
    const i = m.index ?? 0;
    if (!taken(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, value: m[0], titled: false });
  }
  for (const m of overlapping(new RegExp(`${surnameAlt}[\\u4e00-\\u9fff]{1,2}`), text)) {
    let i = m.index ?? 0;
    let v = m[0];
    if (taken(i, i + v.length) || weekWord(text, i)) continue;
    const sur = DOUBLE_SURNAMES.find((d) => v.startsWith(d)) ?? (v[0] as string);
    let given = v.slice(sur.length);
    if (stockedBrand(text, i, v)) continue;
    // 小 starts many given names (顾小曼, 王小明): kept when a real second character follows.
    // 大 starts them too (王大明, 李大伟), unless it starts a word (大概, 大家, 大单, 大哥).
    const diminutive = given.length === 2 && (given[0] === "小" || (given[0] === "大" && !/[概约家哥姐叔伯量批单客部多致小型号中楼厦堂会学众陆店厅床房些约]/.test(given[1] as string))) && !NOT_GIVEN.has(given[1] as string);
    // 以 starts given names too (周以涵), unless it starts a word (以后, 以前, 以及).
    const yi = given.length === 2 && given[0] === "以" && !/[后前上下及为便来外内免至此往]/.test(given[1] as string) && !NOT_GIVEN.has(given[1] as string);
    // So does 可 (张可欣, 王可馨), unless it starts a word (可以, 可能, 可是, 可惜).
    const ke = given.length === 2 && given[0] === "可" && !/[以能是惜爱乐靠怜怕口观行否见笑恶别算真好谓]/.test(given[1] as string) && !NOT_GIVEN.has(given[1] as string);
    // "司马一鸣 万象汇": after a double surname, a whole two-character name standing alone is the name.
    const doubleAlone = sur.length === 2 && given.length === 2 && /^(?:[\s，,。、；;:：!！?？)）]|$)/.test(text.slice(i + v.length));
    // 一 starts given names too (刘一鸣, 张一帆, 王一诺), with the second characters such names take.
    const one = given.length === 2 && given[0] === "一" && /[鸣帆凡诺航峰博丹涵然宁心鹏飞豪杰川琳菲舟恒]/.test(given[1] as string);
    if (NOT_GIVEN.has(given[0] as string) && !diminutive && !yi && !ke && !one && !doubleAlone) continue;
    // 明 is a common given name (李明, 赵明) but also starts 明天/明早: "王总明天" is not 王明.
    if (/^明(?:天|早|晚|年|白|儿|后天)/.test(text.slice(i + sur.length))) continue;
    // "韩立新，": a character common in given names (新, 成, 天) ends the name when nothing follows it.
    const endsAlone = /^(?:[\s，,。、；;:：!！?？)）]|$)/.test(text.slice(i + v.length));
    // "跑了一趟邓志刚那儿": a place word right after shows where the name ends, whatever its last character.
    const placeAfter = /^(?:那儿|那边|这边|这儿|那里|这里)/.test(text.slice(i + v.length));
    if (given.length === 2 && NOT_GIVEN.has(given[1] as string) && !(endsAlone && /[新成天刚]/.test(given[1] as string)) && !placeAfter) given = given.slice(0, 1);
    // "蒋涛喜欢喝茶", "钟敏只接受微信", "蒋涛现在去美团": a verb of liking, "only" or "now" right after two characters starts the sentence.
    // "鑫源超市的孙婷投诉上批货": a two-character verb starting right after is no part of the name either.
    const likesAfter = /^(?:续(?:了|费|约|签|保)|现在|目前|喜欢|爱喝|爱吃|只[接用喝吃要走回]|投诉|反映|表示|觉得|希望|要求|打算|同意|确认|抱怨|答应|介绍|推荐|建议|决定|考虑|回复|询问|咨询)/.test(text.slice(i + sur.length + 1));
    if (given.length === 2 && likesAfter) given = given.slice(0, 1);
    v = sur + given;
    // A name stands on its own: what comes before is a boundary, a verb, or a preposition.
    const before = text[i - 1];
    // Right after a count the "surname" is a measure word: 40张瑜伽垫, 两包茶叶.
    if (/[\d一二两三四五六七八九十百千几]/.test(before ?? "")) continue;
    // "退款流程走完", "换了个温控器": the "surname" ends a word (流程, 高温), or a thing counted by 个 follows a verb of fitting.
    if (WORD_ENDING_IN_SURNAME.test(`${before ?? ""}${sur}`) || (before === "个" && /(?:换|买|装|修|配|加)了?$/.test(text.slice(0, i - 1)))) continue;
    const after = text.slice(i + v.length, i + v.length + 2);
    const boundedAfter = !isCjk(after[0]) || /^(的|说|那边|这边|那里|那儿|这儿|先生|女士)/.test(after);
    // A job title may stand before the name: "采购经理周强", "总监李娜".
    // "介绍了她朋友许丽", "他连襟孙建平": so may who they are to someone.
    const titledBefore = JOB_BEFORE.test(text.slice(0, i)) || COMPANY_BEFORE.test(text.slice(0, i)) || /(?:她|他|的|介绍了?)(?:朋友|同事|亲戚|老乡|同学|闺蜜|表姐|表妹|表哥|表弟|堂哥|堂弟|堂姐|堂妹|连襟|姐夫|妹夫|小舅子|大舅哥|舅舅|外甥|侄子|发小|哥们)$/.test(text.slice(0, i));
    // "昨晚邹敏回消息了", "本月张伟的单子": a time word or period may stand right before a name.
    const timeBefore = /(?:昨天|今天|昨晚|今晚|今早|刚才|刚刚|上午|下午|晚上|早上|(?:本|这个?|上个?)(?:周|月|季度)|今年|去年)$/.test(text.slice(0, i));
    // "刚给那个彭建国打完电话": a full name pointed at with 那个 or 这个.
    const pointedAt = given.length === 2 && /(?:那|这)个$/.test(text.slice(0, i));
    if (isCjk(before) && !titledBefore && !timeBefore && !pointedAt && !/[给跟和与问找约见叫是了的客户户人：:，,、访系请让把被对向帮替进查搜看下位趟部带陪]/.test(before ?? "") && !(boundedAfter && given.length === 2) && !(before === "去" && /^(?:那儿|那边|那里|家)/.test(text.slice(i + v.length)))) continue;
    // Single-character given names are common (林涛 is two, 张伟 is two), but make sure it is not a word.
    if (given.length === 1 && isCjk(text[i + v.length]) && !NOT_GIVEN.has(text[i + v.length] as string) && !likesAfter) continue;
    // "拜访了万达广场的孙经理": a "name" running into a place word is the place.
    if (/^(?:场|路|街|大厦|广场|商场|中心|公园|花园|小区|大道)/.test(text.slice(i + v.length))) continue;
    // "谢师宴线索：…": the kind of lead said before 线索 is no one.
    if (COMMON_WORDS.test(v) || PLACE_LIKE.test(v) || /^(?:线索|商机)/.test(text.slice(i + v.length))) continue;
    out.push({ index: i, end: i + v.length, value: v, titled: false });
    i += v.length;
  }
  // "老板姓赵": only the surname said, after the role; the person is 赵老板, unless the name follows ("姓邝，邝园长").
  for (const m of text.matchAll(new RegExp(`(老板娘|老板|经理|店长|院长|厂长|园长|校长|主任|医生|老师)姓([${SINGLE_SURNAMES}])(?![\\u4e00-\\u9fff]{0,2}(?:${titles}))`, "g"))) {
    const i = (m.index ?? 0) + (m[1] as string).length + 1;
    if (!taken(i, i + 1) && !new RegExp(`${m[2]}(?:${titles})|(?:叫|名叫|全名)${m[2]}`).test(text)) out.push({ index: i, end: i + 1, value: `${m[2]}${m[1]}`, titled: true });
  }
  // "朵朵妈妈", "小宇爸爸", "乐乐奶奶": a parent named by their child's pet name, as schools and clinics do.
  for (const m of text.matchAll(CHILDS_PARENT)) {
    const i = m.index ?? 0;
    const e = i + m[0].length;
    if (NOT_A_CHILDS_NAME.test(m[1] as string) || (isCjk(text[i - 1]) && !SIBLING_NAME_BEFORE.test(text[i - 1] as string))) continue;
    // "小王妈妈": the child's name found alone is the inside of the parent's.
    const inside = out.findIndex((o) => o.index >= i && o.end <= e);
    if (inside >= 0) out.splice(inside, 1);
    if (!taken(i, e)) out.push({ index: i, end: e, value: m[0], titled: true });
  }
  // "店长小米", "老板娘阿珍", "对接人强哥": a familiar name said right after the role, whatever its characters.
  for (const m of text.matchAll(ROLE_THEN_NICKNAME)) {
    const name = (m[1] ?? m[2]) as string;
    const i = (m.index ?? 0) + m[0].length - name.length;
    if (!taken(i, i + name.length)) out.push({ index: i, end: i + name.length, value: name, titled: true });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "张家港", "石家庄", "李家村": a surname, 家 and a place word make a town, not a person. */
const PLACE_LIKE = /^[\u4e00-\u9fff]家(?:港|口|庄|湾|坝|界|寨|村|镇|集|屯|河|沟|营|堡|桥|坡|岭)$/;
const CHILDS_PARENT = /((?:([\u4e00-\u9fff])\2)|小[\u4e00-\u9fff])(?:妈妈|爸爸|妈咪|奶奶|爷爷|外婆|姥姥|家长|妈(?!妈)|爸(?!爸))/g;
/** "宝宝妈妈", "小孩爸爸": a child, not a child's name. */
const NOT_A_CHILDS_NAME = /^(?:小姨|小舅|小姑|小叔|宝宝|娃娃|哥哥|姐姐|弟弟|妹妹|爸爸|妈妈|奶奶|爷爷|天天|常常|刚刚|渐渐|慢慢|个个|人人|小孩|小朋|小学|小区|小店|小伙)$/;

/** A person named right after their company: "优品家居韩梅", "万达影城赵敏", "瑞丰物流黄晓峰": any trade word the company finder knows. */
const COMPANY_BEFORE = new RegExp(`(?:${ZH_SUFFIX_RE}|文创|旗舰店|有限)$`);

/** A job title said before a name, not after it. */
const JOB_BEFORE = /(?:老板娘|老板|经理|主管|总监|主任|店长|厂长|园长|校长|院长|老师|医生|律师|会计|助理|秘书|专员|顾问|工程师|设计师|行政|人事|财务|出纳|前台|采购|制片|制片人|导演|策划|运营|会员|新娘|新郎|业主|家长|学员|宝妈)$/;

const ROLE_THEN_NICKNAME = /(?:店长|老板娘|老板|经理|主管|负责人|联系人|对接人|采购|主厨|厨师长)(?:叫|是)?\s*((?:小|阿)[\u4e00-\u9fff]|[\u4e00-\u9fff][哥姐叔妹])(?=[\s，,。、；;！!]|$)|(?<=[\u4e00-\u9fff]{2}的)((?:小|阿)[\u4e00-\u9fff])(?=说|讲|问|回|反馈|觉得|表示)/g;

/** Words that start with a surname character but are not names. */
const COMMON_WORDS = /^(谢谢.?|莫斯科|游[艇船客戏泳乐轮览玩].?|卫(?:翻新|生|浴|改)|谢师宴?|牛[排肉奶仔腩杂].?|周报|周边|周期|周转|周围|周到|冷[冻藏饮链柜库气水].?|方案报|方案发|方案改|金额|金鼎|高兴|高端|辛苦|方便|方案|明天|明白|明年|明早|明晚|时间|时候|安排|安全|文件|白酒|黄酒|红酒|华为|东方|成交|成本|江景|海景|向日|应该|全部|关于|关系|包间|包厢|常常|程序|和好|周末|周一|周二|周三|周四|周五|周六|周日|周年|车子|单子|单价|钱经|钱款|司机|万元|于是|余额|连续|景区|宁愿|平安|康复|蓝海|石头|毛巾|马上|龙虾|叶子|温度|苏打|谢谢|许多|卫生|宫保|房间|房卡|房费|房型|路上|曾经|任何|原因|严重|尚未|简单|管理|商量|商务|商机|商品|沙拉|水果|花生|林涛也|季度|师傅|夏天|夏季|冷气|冷|乔迁|邱|祝福|齐全|米饭|柏油|艾|解决|解释|查下|查询|查一下|查查|查看|查)$/;

const EN_TITLE = "(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Ma'am|Maam|Dr|Prof|Mx|Sir|Datuk|Dato'?|Encik|Puan|Ibu|Bu|Pak|Bapak|Frau|Fr|Herr|Hr|Chief|Alhaji|Engr|Barr|Ate|Kuya|Tita|Tito|Manong|Manang|Aling|Mang|Mbak|Mas|Cik|Tuan|Kak|Khun|Shri|Smt)\\.?";
// Accented letters belong to names too ("José", "Müller"), or "Café Morgenrot" would read as "Caf".
const EN_WORD = "[A-ZÀ-ÖØ-Þ\\u0100-\\u017f][a-zA-ZÀ-ÖØ-öø-ÿ\\u0100-\\u017f'’-]*";
// "Mr Van den Berghe", "Anja van der Berg", "Luis de Souza": a surname's particles in lower case belong to it.
const SURNAME_PARTICLES = "(?:(?:van|von|der|den|de|del|della|dos|du|ten|ter)[^\\S\\n]+){0,2}";
const EN_NAME_RE = new RegExp(`(?:${EN_TITLE}\\s+)?${EN_WORD}(?:[^\\S\\n]+${SURNAME_PARTICLES}${EN_WORD}){0,2}`, "g");

/** Capitalised words that start sentences or name things other than people. */
const EN_NOT_NAMES = new Set(
  ("Spent Bit Going Ring Rang Said Says Chase Chased Stick Popped Pasting Pasted Forwarding Forwarded Copying Recap Summary Debrief Notes Minutes Still Take Diwali Halloween Thanksgiving Easter Hanukkah Ramadan Eid Deepavali Postpone Reschedule Punjabi Gujarati Tamil Morning Afternoon Evening Noon Midday Key Rank WhatsApp'd WhatsApped Whatsapped Whatsapp'd Messaged DMed DM'd Skyped Zoomed Rain Hail Snow Storm Sleet Fog Traffic Weather Chased Chasing Pinging Emailing Texting Pipeline Anyway Anyways Btw BTW Plus I Im I'm Ill I'll Id I'd Lunch Dinner Breakfast Brunch Coffee Drinks Nuevo Nueva Novo Nova Meeting Viber Signal LINE Line WhatsApp Whatsapp WeChat Wechat Telegram Kakao Zoom Teams Slack Potential New Lead Leads Prospect Add Called Call Met Meet Sent Texted Emailed Visited Mark Book Please Can Could " +
    "Would Do Does Did The A An Our My Your We They He She It This That These Those There Here Nobody Already WA Abeg Abeg, Chale Chaley Oga Wahala Ehen Ehn Ah-ah Haba Sawa Eish Yoh Howzit Ja Pls Kindly Sino Sinong Ano Saan Grabe Congrats Well Kudos Aiyo Aiyoh Aiya Aiyah Ayyo Arre Arey Yaar Bhai Eh Gila Hala Naku Hay Ay Uy Pare Mare Bes Sis Alamak Walao Wah Eish Yoh Haiya Tinawagan Nag-complain Chinese Thai Indian Malay German Japanese Korean American British Valentine Valentine's Xmas Yuh Mi Bless Wah Lah Hi Hello Hey Thanks Thank OK Ok Okay " +
    "Yes No Not Stop Unsubscribe Approved Declined Rejected Pending Make Blizzard Typhoon Storm Snowstorm Hurricane Flood Flooding Heatwave Fog Just Also Try Tried Trying Follow Follow-up Follow-Up Followup Followed Deal Won Lost Closed Proposal Negotiation Show Tell Lookup Look Find Search Who What " +
    "Where When Why How Which Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun January " +
    "February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec " +
    "Today Tomorrow Tonight Yesterday EOD COB EOW EOM EOP ASAP From Subject Sent Cc Bcc Next Last NYE Xmas Christmas Update Change Cancel Report Summary Top VIP VIPs Customer Client " +
    "Contact Email Phone Budget Re Fwd FYI Note Notes Inbound Outbound Hot Text Texted Log Logged Record Recorded File Filed Register Raise Escalate Escalated Create Add Added Spoke Talked Chatted Had Left Got Need Needs Wants Interested " +
    "Reserve Reservation Room Table Suite Twin King Queen Double Single Remind Set Move Moved Birthday Number Mobile Phone Quote " +
    "Quoted Signed Dropped Stopped Pinged Messaged Rang Phoned WhatsApp WeChat Slack Zoom Teams Good Great Sorry Hmm Lol Maybe " +
    "Is Are Was Were Be Been Has Have Am Pm AM PM USD RMB CNY Give Send Pull Get Grab List Check Let Bring Share Quick Brief Short Long Went Heard " +
    "Shift Shifted Bump Bumped Push Pushed Advance Advanced Demoed Pitched Presented Showed Walked Escalation Complaint Corporate Returning Regular " +
    "Chef Booking Logging Logged Booked Reserving New Lead Leads Heads Heads-up Zalo LinkedIn Instagram Facebook Google Twitter TikTok WhatsApp Website Referral Yelp Reddit Popped Swung Nipped Enquiry Inquiry Kindly Pls Plz Requirement Requirements Revert Guest Guests Walk-in Decision Quick Urgent Reminder Sat Sunday Boss Bro Guys Circle So Uh Um Oh And But Then Nag-call Nag-text Nag-email Nag-message Nag-visit Nag-meet Po Opo Pano Paano Howzit Hiya Heya Aye Create Dear Regards Kindly Team Complaint Feedback Update Note Issue Problem Caught Catch Spoke Chatted Talked Touched Reached Checked Had Reklamo Happy Unhappy Pleased Keen Excited Worried Concerned Impressed Satisfied Annoyed Upset Thrilled Disappointed Unsure Catch-up Catchup Correction By Fair Expo Honestly Frankly Seriously Basically Literally Joined Picked They're Theyre Third HQ Quick Ran Bumped Finally Eventually Apparently Luckily Unfortunately Sadly Someone Somebody Kind Best Warm Warmest Regards Sincerely Yours " +
    // Loyalty tiers ("from Platinum to Silver") name no one.
    "Platinum Gold Silver Bronze Diamond Tier Tiers VIP VIPs").split(/\s+/),
);

/**
 * Common nouns that open a sentence about work ("Site visit done", "Roof is good for 24 panels", "Pricing
 * was the issue"): capitalised only because they come first. Words that are also given names (Rose, Grant,
 * Bill, Mark) are left out, so they are still read as people.
 */
const EN_SENTENCE_NOUNS = new Set(
  ("Site Roof Office Store Shop Warehouse Factory Plant Price Prices Pricing Order Orders Delivery Deliveries Payment Payments Invoice " +
    "Invoices Contract Contracts Stock Sample Samples Demo Trial Install Installation Survey Inspection Visit Product Products Weather " +
    "Traffic Quotation Panels Panel Kitchen Bathroom Lobby Pool Gym Spa Menu Food Service Staff Deposit Balance Boiler Aircon Wifi WiFi " +
    "Parking Truck Van Shipment Container Pallet Pallets Goods Machine Machines Printer System Software Licence License Renewal Project " +
    "Tender Bid Floor Wall Door Event Events Wedding Banquet Venue Catering Cake Flowers Photos Video Numbers Sales Revenue Signage " +
    "Everything Nothing Something Anything Both Each Every All Some Most Many Few Several Another Other Others Meds Equipment " +
    "Budgets Paperwork Docs Documents Forms Application Approval Funding Financing Loan Lease Rent Repair Repairs Maintenance").split(/\s+/),
);

/** "What've", "Who's", "Today's": a sentence word with a possessive or a contraction on it is still that word. */
const isSentenceWord = (word: string) => EN_NOT_NAMES.has(word.replace(/[’']s$/, "")) || EN_NOT_NAMES.has(word.replace(/[’'](?:s|ve|ll|re|d|m)$/, ""));

/** Sentence words that are also first names ("Mark as won" against "Mark Feldman"). */
const GIVEN_NAMES_LIKE_WORDS = /^(?:Mark|Will|Chase|Bill|Grant|Rose|Faith|Hope|Pat|Max|Drew|Frank|Jack|Ray|Victor)$/;
const CONTACT_BEFORE = /\b(?:with|w\/|to|met|meet|meeting|called|call|rang|ring|phoned|emailed|texted|saw|see|visited|from|and)\s+$/i;

/** Finds English person names (one to three capitalised words, optionally titled). */
export function findEnNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(EN_NAME_RE)) {
    let words = m[0].split(/\s+/);
    let index = m.index ?? 0;
    const titled = new RegExp(`^${EN_TITLE}$`).test(words[0] ?? "");
    // Leading sentence words ("Called John Smith") are not part of the name.
    // "call w/ Mark Feldman", "met Will Foster": after a word of meeting, a name-like word before a surname is a first name.
    const firstNameAfterContact = words.length > 1 && GIVEN_NAMES_LIKE_WORDS.test(words[0] as string) && !isSentenceWord(words[1] as string) && CONTACT_BEFORE.test(text.slice(0, index));
    while (words.length && !titled && !firstNameAfterContact && isSentenceWord(words[0] as string)) {
      index = text.indexOf(words[1] ?? "\u0000", index + (words[0] as string).length);
      words = words.slice(1);
    }
    // "Already WA Ibu Sari": a title left first after the sentence words takes the names that follow it.
    const titleLeft = !titled && words.length > 0 && words.length < 3 && new RegExp(`^${EN_TITLE}$`).test(words[0] as string);
    if (titleLeft) {
      const rest = /^(?:\s+[A-Z][\w'-]*){1,2}/.exec(text.slice(index + words.join(" ").length));
      if (rest) words = [...words, ...rest[0].trim().split(/\s+/)].slice(0, 3);
    }
    // "Sir Mark": after a title even a word that is usually a verb ("Mark", "Will") is the name.
    while (words.length > (titled || titleLeft ? 2 : 0) && isSentenceWord(words[words.length - 1] as string)) words = words.slice(0, -1);
    // "Ben Adler's DOB", "Ben Adler's VP": an acronym after a possessive is what the person has, not their name.
    const owner = words.findIndex((w, k) => /[’']s$/.test(w) && /^[A-Z]{2,}$/.test(words[k + 1] ?? ""));
    if (owner >= 0) words = words.slice(0, owner + 1);
    if (!words.length || index < 0) continue;
    if (out.length && index < (out[out.length - 1] as NameSpan).end) continue;
    // "Popped into the Red Lion", "the MSDS": words or an acronym after "the" name a place or a thing, not a person;
    // but "the Kowalski deal" and "the Wong family" name the customer.
    const afterThe = /\bthe\s+$/.test(text.slice(0, index));
    const ownsWhatFollows = /^\s+(?:family|household|couple|twins|brothers|sisters|deal|account|order|po|tender|bid|project|contract|job|quote|proposal|file|record|team|people|guys|folks|lot|booking|reservation|party|wedding|event)\b/i.test(text.slice(index + words.join(" ").length));
    if (!titled && afterThe && !ownsWhatFollows && (words.length > 1 || /^[A-Z][A-Z0-9-]+$/.test(words[0] as string))) continue;
    // "…vendors. Sending case studies": a verb in -ing opening a sentence, alone, is what the writer does.
    if (words.length === 1 && /^[A-Z][a-z]{3,}ing$/.test(words[0] as string) && /(?:^|[.;!?]\s*)$/.test(text.slice(0, index))) continue;
    // "Will revert on Monday": a sentence's auxiliary alone; "Will Smith" is a name.
    if (words.length === 1 && /^(?:Will|Shall)$/.test(words[0] as string)) continue;
    // "Chase on the 18th", "Ping him Friday": a verb of chasing up, said to oneself, names no one.
    if (words.length === 1 && /^(?:Chase|Ping|Nudge|Bug|Hound)$/.test(words[0] as string) && /^\s+(?:on|up|him|her|them|in|next|tomorrow|again|by|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\b/i.test(text.slice(index + (words[0] as string).length))) continue;
    // "Lead from Eldoret: Mr Kiprop…", "Have lead from Singapore, Ms Tan…": where a lead came from is a place, not the lead.
    if (words.length === 1 && !titled && /\blead (?:from|in)\s+$/i.test(text.slice(0, index)) && /^\s*[:,]/.test(text.slice(index + (words[0] as string).length))) continue;
    // "Tidy! Dai at…", "Grand so, lead for ye…": one word opening the message before a pause is an interjection or a
    // greeting; "Priya, Tata Motors, …" lists the lead's name first.
    if (words.length === 1 && !titled && /^[\s\p{P}\p{S}]*$/u.test(text.slice(0, index)) && /^(?:\s+(?:so|then|mate|all|guys|folks|team|there|everyone|lah|la|ah|po|bro|boss|ya|yeah|now))?\s*(?:!|,(?!\s*[A-Z]))/.test(text.slice(index + (words[0] as string).length))) continue;
    // "Site visit at Alvarez Dental done": a common noun opening a sentence, with the sentence going on in lower case.
    if (words.length === 1 && !titled && EN_SENTENCE_NOUNS.has(words[0] as string) && /(?:^|[.!?;:\n]\s*)$/.test(text.slice(0, index)) && /^\s+[a-z]/.test(text.slice(index + (words[0] as string).length))) continue;
    // "same setup as Brightwave: Tom Reyes…": who it is like is not who it is.
    if (/\bsame (?:\w+ )?as\s+$/i.test(text.slice(0, index))) continue;
    // "today's Interpack pre-show", "the Canton Fair dinner": the name of an event, not of a person.
    // "the SaaStr afterparty", "the Hamburg meetup", "met at Web Summit": nor is one named in full.
    // "a lead from the Salamanca markets": nor a market or a pub named by its place.
    if (!titled && words.length <= 3 && /^\s+(?:(?!(?:at|from|of|with|in|for|to|and)\s)[A-Z]\w+\s+)?(?:pre-?)?(?:show|expo|fair|conference|summit|gala|exhibition|trade show|roadshow|meetup|meet-up|webinar|after-?party|mixer|networking|hackathon|workshop|seminar|forum|congress|convention|festival|booth|stand|markets?|bottle-?o|pub|servo|mall|arcade|wharf|pier|precinct)\b/i.test(text.slice(index + words.join(" ").length))) continue;
    if (!titled && /\b(?:Summit|Expo|Fair|Conference|Congress|Convention|Forum|Festival|Meetup|Webinar)$/.test(words.join(" "))) continue;
    // "the servo on Hampton Rd": a street is a place.
    if (!titled && words.length > 1 && /\b(?:Rd|St|Ave|Road|Street|Avenue|Lane|Hwy|Highway|Blvd|Boulevard|Drive|Parade|Pde|Tce|Terrace)\.?$/.test(words.join(" "))) continue;
    let value = words.join(" ").replace(/[’']s$/, "");
    if ((titled || titleLeft) && words.length === 1) continue;
    value = value.trim();
    if (!value || /^[A-Z]+$/.test(value) && value.length <= 3) continue;
    // "I've changed jobs", "I'll be late": the writer, contracted.
    if (/^I[’'](?:ve|m|d|ll)$/i.test(value)) continue;
    // "shut down I-94", "the A-1 exit": a road's or a model's code is no one.
    if (/-$/.test(value) && /^\d/.test(text.slice(index + value.length))) continue;
    // "[LEAD] Jack Nguyen", "URGENT:": a word in capitals is a shouted label, not a name.
    if (/^[A-Z]{4,}$/.test(value) && EN_NOT_NAMES.has(value[0] + value.slice(1).toLowerCase())) continue;
    out.push({ index, end: index + value.length, value, titled: titled || titleLeft });
  }
  return out;
}

/** Every person name in the text, Chinese and English, in order. */
/**
 * A customer known by their WeChat or Douyin nickname: "昵称“桃桃妈”", "微信名叫一颗小土豆", "线索：'芒果不甜'".
 */
const NICKNAME_SAID = /(?:昵称|微信名|微信昵称|网名|抖音名|抖音号|小红书名|群昵称|ID)(?:叫做?|是|为)?[:：]?\s*(?:[“"「『'‘]([^”"」』'’]{2,12})[”"」』'’]|([^\s”"」』'’，,。:：]{2,8}?)(?=[，,。；;\s]|$|的|说|想|要|在|问|对))|(?:线索|客户|新客)[:：]\s*[“"「『'‘]([^”"」』'’]{2,8})[”"」』'’]/g;

function findNicknames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(NICKNAME_SAID)) {
    const value = (m[1] ?? m[2] ?? m[3]) as string;
    const index = (m.index ?? 0) + m[0].indexOf(value);
    out.push({ index, end: index + value.length, value, titled: true });
  }
  return out;
}

/** Words whose last character is also a surname: 流程, 行程, 高温, 水温. */
const WORD_ENDING_IN_SURNAME = /^(?:[流过工课行日进全路疗章规议]程|[高气体水保恒低常室]温|[贸交容轻简平不外内]易|[对双各官地甲乙大前后我贵]方)$/;
const COUNTED_BEFORE = /[\d一二两三四五六七八九十百千]\s*[套台件箱只部辆张把支瓶包盒份款]\s*$/;

export function findNames(text: string): NameSpan[] {
  const nicknames = findNicknames(text);
  const mixed = [...nicknames, ...findMixedNames(text).filter((n) => !nicknames.some((k) => n.index < k.end && k.index < n.end))];
  // A name across scripts wins over the pieces of it either script's reader found ("王sir" over "王", "zhang zong" over "zong").
  // "收了张名片": a card (张 is its measure word) is no one called 张.
  const single = [...findZhNames(text), ...findEnNames(text)].filter((n) => !mixed.some((m) => n.index < m.end && m.index < n.end) && !/^张名[片单]$/.test(n.value));
  // "@小王 帮你录个线索": the colleague mentioned is who the message is for, not whom it is about.
  // "要租两套ARRI Alexa Mini": capitals counted with a Chinese measure word are goods, not someone.
  return sameInBothScripts(text, [...mixed, ...single].filter((n) => !LEADING_MENTION.test(text.slice(0, n.index)) && !COUNTED_BEFORE.test(text.slice(0, n.index))).sort((a, b) => a.index - b.index));
}

/** Common surnames and how they are spelled in Latin letters (Mandarin, Cantonese, Hokkien), for names given twice. */
const SURNAME_SPELLINGS: Record<string, string[]> = {
  李: ["li", "lee"], 何: ["he", "ho"], 王: ["wang", "wong"], 陈: ["chen", "chan", "tan"], 陳: ["chen", "chan", "tan"], 张: ["zhang", "cheung", "chang"],
  張: ["zhang", "cheung", "chang"], 刘: ["liu", "lau", "lao"], 劉: ["liu", "lau", "lao"], 黄: ["huang", "wong", "ng"], 黃: ["huang", "wong", "ng"],
  林: ["lin", "lam", "lim"], 吴: ["wu", "ng", "goh"], 吳: ["wu", "ng", "goh"], 周: ["zhou", "chow", "chau"], 郑: ["zheng", "cheng", "tay"],
  鄭: ["zheng", "cheng", "tay"], 赵: ["zhao", "chiu"], 趙: ["zhao", "chiu"], 孙: ["sun"], 孫: ["sun"], 杨: ["yang", "yeung"], 楊: ["yang", "yeung"],
  许: ["xu", "hui", "koh"], 許: ["xu", "hui", "koh"], 朱: ["zhu", "chu"], 马: ["ma"], 馬: ["ma"], 胡: ["hu", "wu"], 郭: ["guo", "kwok"],
  罗: ["luo", "law", "lo"], 羅: ["luo", "law", "lo"], 梁: ["liang", "leung"], 宋: ["song", "sung"], 谢: ["xie", "tse", "chia"], 謝: ["xie", "tse", "chia"],
  韩: ["han"], 韓: ["han"], 唐: ["tang", "tong"], 冯: ["feng", "fung"], 馮: ["feng", "fung"], 邓: ["deng", "tang"], 鄧: ["deng", "tang"],
  曾: ["zeng", "tsang"], 蔡: ["cai", "choi", "tsai", "chua"], 潘: ["pan", "poon"], 叶: ["ye", "yip", "yeh"], 葉: ["ye", "yip", "yeh"],
  苏: ["su", "so"], 蘇: ["su", "so"], 钟: ["zhong", "chung"], 鍾: ["zhong", "chung"], 卢: ["lu", "lo"], 盧: ["lu", "lo"], 高: ["gao", "ko"],
  金: ["jin", "kim"], 朴: ["piao", "park"], 崔: ["cui", "choi"], 徐: ["xu", "tsui", "chee"], 孔: ["kong"], 方: ["fang", "fong"],
};

/** "Kelvin Ho 何家俊", "李娜 Lina Li": one person's names in two scripts, side by side, are one name, said as first written. */
function sameInBothScripts(text: string, names: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  const chinese = (s: string) => /^[\u4e00-\u9fff]{2,4}$/.test(s);
  // The Latin name carries the Chinese surname's spelling: "Lina Li" for 李娜, not "Golden Wok Restaurant" for 林美玲.
  const spelled = (zh: string, latin: string) => /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}$/.test(latin) && (SURNAME_SPELLINGS[zh[0] as string] ?? []).some((s) => latin.toLowerCase().split(/[ -]/).includes(s));
  for (const n of names) {
    const before = out[out.length - 1];
    const paired = before && (chinese(before.value) && spelled(before.value, n.value) || chinese(n.value) && spelled(n.value, before.value)) && /^\s*[/(（]?\s*$/.test(text.slice(before.end, n.index));
    if (paired) out[out.length - 1] = { ...before, end: n.end + (/^\s*[)）]/.exec(text.slice(n.end))?.[0].length ?? 0) };
    else out.push(n);
  }
  return out;
}
