/**
 * What a lead wants and how many: the words after 订/要/采购/想买/wants/needs/interested in, with a
 * count and measure word split off (300箱矿泉水 → 300 + 矿泉水, 40 bags of coffee beans → 40 + coffee beans).
 */
import { NUM_SOURCE, ZH_NUM_CHARS, parseCount } from "../numbers.ts";

export type Goods = { product?: string; quantity?: number };

export const ZH_MEASURES =
  "(?:kg|KG|Kg|ml|mL|pcs|PCS|m²|㎡)(?![A-Za-z])|平方米|立方米|立方|毫升|公里|亩|码|尺|升|课时|字(?![号幕体])|节(?![日假])|堂|箱|瓶|件|个|台|套|桌|盒|吨|顶|斤|磅|公斤|千克|克|包|桶|份|张|支|袋|条|双|只|块(?!钱)|单(?=[\u4e00-\u9fff]{2})(?!子|生意|据|号|位|价|独|身|元|量|的|了)|本|批|辆|罐|听|杯|打|副|把|卷|米|平米|平方|樘|扇|提|板|托|柜|车|间(?![隔])|床(?![位单铺房头])|坛|扎|捆|壶|樽|盆|枚|串|对|组|饼|颗|粒|根|片|株|棵|部|枝|束|朵|盏|艘|架|围(?![观墙栏巾绕住])|平(?![方米台时均常安价板])";
const EN_UNITS =
  "pax|delegates|attendees|covers|nos\\.?|cs|ctns?|pkts?|btls?|doz|metres?|meters?|yards?|feet|ft|sq ?ft|square (?:metres|meters|feet)|sheets?|reams?|bolts?|spools?|tins?|drums?|bales?|bundles?|truckloads?|containers?|ounces|oz|grams?|bags?|bottles?|boxes|box|cases?|cartons?|kegs?|units?|pcs|pieces?|packs?|packets?|crates?|kg|kgs|kilos?|tons?|tonnes?|dozen|sets?|cans?|barrels?|pallets?|rolls?|sacks?|jars?|cups?|trays?|loaves|bars?|liters?|litres?|gallons?|pounds?|lbs?|items?|pairs?|strips?|tablets?|capsules?|vials?|sachets?|tubes?|seats?|licenses?|licences?|users?|staff|employees|students|learners|karton|kotak|botol|bungkus|guni|kontainer|biji|buah|pek|kahon|sako|piraso";

/** A count that runs into a word of sets or packs (四件套, 3人份, 两居室, 6瓶装) is part of a product's name, not how many. */
const NAME_MEASURE = "套|份|居|室|厅|装";
/** Wanting: what follows may name who it is for (给员工), where (在我们这) and a verb of getting (装, 印, 报). */
const ZH_WANT = "想要|想|需要|要|打算|准备|计划|希望|预计|在找|正在找";
/** Verbs of getting that say a purchase on their own (采购部 and 采购经理 are a department and a job). */
const ZH_GET_ALONE = "(?:考虑|看中|看上|相中)(?:了)?(?:贵司|贵公司|你们|我们|我司)的|团购|批量采购|批量订购|批发|采购(?![部经主员总换的])|订购|购买|想买|要买|进货|进口(?!红|罩|香糖|袋)|拿货|订";
/** Verbs that say a purchase only after a word of wanting: "想装光伏", "要印海报", "想代理升降桌", "想做灯箱", "要询两台冰箱". */
const ZH_GET = `${ZH_GET_ALONE}|买|拿|进|入|整(?!体|个|天|年|月)|装|配|印|办(?!公)|报(?!名|到|告|销|备|价)|换|代理|定制|定做|订做|制作|做|搞|弄|租|试用|试试|试一下|试下|尝试|试|用|走|看看|看|了解一下|了解|咨询|询价|询一下|询|评估`;
const ZH_CUES = new RegExp(
  `(?:(?:${ZH_WANT})(?:给[^，,。；;:：\\s]{1,6}?)?(?:在[^，,。；;:：\\s]{1,6}?)?(?:整体|全部|统一|全面|一起|再|先|都|也)?(?:${ZH_GET}))|${ZH_GET_ALONE}|预订|${ZH_WANT}`,
  "g",
);
const ZH_STOP = new RegExp(
  `[，,。.！!？?；;：:、\\s（(|]|先试|先尝|下周|下个|这周|本周|明天|后天|今天|月底|年底|预算|金额|价格|报价|再联系|联系|跟进|回电|电话|大概|大约|约(?=\\s*[\\d一二两三四五六七八九十几])|左右|之前|以前|的话|用于|送给|给|做|作为|有兴趣|感兴趣|谢谢|每(?:个)?[月周天年次]|一个?月|一周|一次(?!性)|(?!一对[一多])(?=(?:\\d|[一二两三四五六七八九十百千])[\\d${ZH_NUM_CHARS}]*\\s*(?:${ZH_MEASURES})(?!${NAME_MEASURE}))`,
);
/** A measure word not followed by a money unit: "两个w" is 20000, not two of something. */
// "50套workbook": a w or k starting an English word is the goods, not a money unit.
const ZH_QTY = new RegExp(`^(${NUM_SOURCE}|几|一些|些|半(?=打))\\s*(${ZH_MEASURES})(?![wWkK](?![a-zA-Z])|[万亿千]|${NAME_MEASURE})`);
/** How many in a lead is often a head count: a course for 8 people, 15 staff, 40 users. */
const QTY_AFTER = new RegExp(`^\\s*[,，]?\\s*(?:工程量|数量|用量|需求量|采购量|月均|每月|每年|一年|一个月)?\\s*(?:大概|大约|约|差不多|估计|一共|总共|共)?\\s*(${NUM_SOURCE})\\s*(?:${ZH_MEASURES})(?![wW万亿kK千的钱])`);
const HEADCOUNT = new RegExp(`(${NUM_SOURCE})\\s*(?:个)?(?:人|位|名|学员|员工|学生)(?![民员工事气数均])`);

const EN_CUES = /\b(?:(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?)(?= (?:a |an )?(?:quotes?|quotations?|pricing|prices?) (?:on|for|of)\b)|(?:wants?|wanted|needs?|asked|asking) (?:us|me) to (?:quote|price)(?: up| out)?(?: (?:a|an|on|for))?(?= )|(?:wants?|wanted|needs?|would like|'d like|looking) to (?:change|replace|upgrade|buy|get|order|switch to|try|stock|install|renew|refresh|add|carry|list|block|book|reserve|hold)(?:\s+(?:all|the|their|its|some|new|of))*|wants?|wanted|needs?|needed|evaluating|considering|exploring|trialling|trialing|interested in|interested for|interested sa|looking for|looking to buy|looking at|ordering|orders?|ordered|to buy|buy|buying|purchase|purchasing|inquir(?:ed|ing) about|(?:enquiry|inquiry) (?:for|about|on)|wan|wan to buy|asking about|asked about|requested|requesting|would like|'d like|keen on|keen to (?:trial|try|buy|order|get|stock|test)(?: (?:our|the|some|a few))?|shopping for|shopping around for|in the market for|(?<!\bday )after(?!-)(?!\s+(?:tomorrow|that|this|the (?:holidays?|weekend|meeting|call)|lunch|dinner|work|hours)\b)|requirement(?:s)? (?:is|are|of|for)|requirements?\s*[:：-]|requires?|requiring)(?:\b|(?<=[:：-]))\s*/gi;
const EN_STOP = /[,;:!?()—–~\n]|\.(?!\d)|\s-\s|\s(?:to (?:her|his|their|our|the|my|its)\b|natin|namin|po|na|sana|(?:his|her|their) (?:email|number|phone|mobile|cell|contact)|and (?:her|his|their|she|he|they|i|we|the|call|email|phone|follow)|for|by|before|next|budget|tomorrow|today|tonight|this|on|at|in|call|follow|followup|please|asap|and then|around|about|within|from|worth|valued|priced|per|each|(?:monthly|weekly)(?!\s+(?:grooming|package|plan|subscription|service|retainer|box|boxes|delivery|deliveries|cleaning|maintenance|membership|pass|lessons?|classes))|every|plus|a (?:month|week|year|day|quarter)|rolled|installed|delivered|shipped|deployed|set up|done|ready|maybe|approx|roughly)\b/i;
const UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** A count in words, longest first: "a dozen", "two hundred and fifty", "twenty-five", "sixty", "a". */
const EN_COUNT_WORDS =
  `(?:a |one )?dozen|(?:a|one|two|three|four|five|six|seven|eight|nine) (?:hundred|thousand)(?: and)?(?: (?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?| (?:${UNIT_WORDS}))?` +
  `|(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS}|a hundred|hundred|a|an`;
// "20kg salmon": a measure may run into its count.
const EN_QTY = new RegExp(`^(?:(\\d[\\d,]*(?:\\.\\d+)?(?:k(?![a-z]))?|${EN_COUNT_WORDS})(?:\\s+|(?=(?:kg|kgs|g|ml|l|lbs?|oz)\\b)))?(?:(${EN_UNITS})\\s+(?:of\\s+)?)?`, "i");
const NAME_MEASURE_AFTER = new RegExp(`^(?:${NAME_MEASURE})`);

/** What a buyer asks about a thing before naming it: "a quote on 2 vans", "pricing for the suite". */
const EN_ASK_ABOUT = /^(?:a |an |some )?(?:(?:new |reliable |cheaper |better |good |local |second |backup )?(?:suppliers?|vendors?|distributors?|providers?|sources?)|quotes?|quotations?|price|prices|pricing|demo|samples?|trial|catalogue|catalog)\s+(?:on|for|of)\s+/i;

/** Words that follow a want but are not goods. */
// "想带80个学生来住": a verb of bringing or coming is no goods, nor are people who come.
const NOT_GOODS = /^(?:阶梯价|阶梯报价|新报价|价格|优惠|折扣|账期|返点)$|^开[^关]|^(?:学生|同学|员工|孩子|小朋友|老人|游客|团员|家长)(?:们)?(?:来|去|过来|住|入住|参加|$)|^(?:供|供应|供货|送|配送|带|带上|带着|来|过来|去|住|组织)$|^先?记(?:上|下|一下)|^先?(?:去|跟|给|把|再)[^\s，,。]|^(?:请您|请你|帮忙|麻烦)|^(什么|啥|多少|报价|样品|联系|确认|考虑|看看|时间|见面|沟通|线索|客户|联系人|方案|意向|需求|兴趣|车|改造|维修|翻新|升级|调试|整改|搵人|找人|报名|报到|夫妻|夫妇|情侣|母女|母子|父子|父女|姐妹|兄弟|一家人|家人|客人)$/;

function cleanZh(s: string): string | undefined {
  // "要订 5千令吉的 frozen prawns": how much they will spend, said before the goods, is not part of them.
  s = s.replace(/^\s*(?:[\d.,]+|[一二两三四五六七八九十百千万亿]+)\s*[千万kK]?\s*(?:令吉|马币|新币|块钱?|元|美金|美元|港币|澳币|澳元|纽币|加币|欧元|英镑|日元|刀|蚊)(?:的|左右的|之内的)\s*/, "");
  // "两台4米2的冷藏车": a size said before the goods is no part of their name.
  // "想买我们 HR SaaS": whose goods, said before them, is not part of them.
  s = s.trimStart().replace(/^(?:我们|你们|咱们)\s+(?=[A-Za-z])/, "").replace(/^(?:那个|这个|那种|这种|那批|这批|那款|这款)/, "").replace(/^\d+(?:\.\d+)?(?:米|寸|吨|匹|升|L|m|cm|mm)\d?的?/, "");
  // "要 solar inverter 40台", "报Python培训班": Latin words keep their spaces and may run into Chinese.
  // "red wine budget 大概…": a word that starts the deal's terms ends the goods.
  const latin = /^(?!(?:budget|price|for|by|before|next|around|about|asap|pls|please)\b)[A-Za-z][\w-]*(?:\s+(?!(?:budget|price|for|by|before|next|around|about|asap|pls|please)\b)[A-Za-z][\w-]*){0,4}[\u4e00-\u9fff]*/.exec(s);
  // "40条 Michelin 轮胎": a brand, a space, then the goods' Chinese name, up to where the goods end.
  const spaced = latin && /^\s[\u4e00-\u9fff]/.test(s.slice(latin[0].length)) && /^[A-Z]/.test(latin[0]) ? s.slice(latin[0].length + 1) : undefined;
  const spacedStop = spaced !== undefined ? ZH_STOP.exec(spaced) : null;
  const stop = ZH_STOP.exec(s);
  let p = latin ? (spaced ? `${latin[0]} ${spacedStop ? spaced.slice(0, spacedStop.index) : spaced}`.trim() : latin[0]) : (stop ? s.slice(0, stop.index) : s).trim();
  // "要上我们的收银系统": a verb of putting in, before whose goods, is not part of them.
  p = p.replace(/^(?:上|用|装|换|买|进|选)(?=我们|你们|咱们)/, "").replace(/^(?:一些|一批|一点|些|点|点儿|我们的|你们的|咱们的|的)/, "").replace(/(?:的|了|吧|啊|呢|哦|嘛|啦|喔|捏|咧|哈|呀|噢|喇|囉|咯|嘞)$/, "");
  // Chinese goods are short; goods in Latin letters are counted in words ("espresso machine" is two).
  if (p.length < 1 || (latin ? p.split(/\s+/).length > 5 || p.length > 40 : p.length > 14)) return undefined;
  if (/^[\d${ZH_NUM_CHARS}]+$/.test(p)) return undefined;
  // A price is never the goods: "¥5000左右", "$200 each".
  if (/^(?:[$¥￥€£₹₩₱₫₽฿]|[A-Z]{0,2}\$|RMB|CNY|USD|RM)\s?\d/i.test(p)) return undefined;
  if (NOT_GOODS.test(p)) return undefined;
  return p;
}

function cleanEn(s: string, afterOf = false): string | undefined {
  // "30 cases for the party": what follows a count is no goods when it starts with a linking word.
  if (/^\s*(?:for|by|to|at|in|on|and|or|per|each|before|from|with|every|next|this|budget|price|total)\b/i.test(s)) return undefined;
  // "they want 90 days to pay", "sent me like 40 photos from her trip": a length of time, or pictures and messages
  // sent, are no goods; "15 night guards" are.
  if (/^\s*(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|nights?(?!\s+(?:guards?|lights?|lamps?|creams?|vision|stands?|shirts?|gowns?|wear)\b)|photos|pics|pictures|selfies|videos|messages|texts|emails|voice notes|memes)\b/i.test(s)) return undefined;
  const stop = EN_STOP.exec(s);
  let p = (stop ? s.slice(0, stop.index) : s).trim();
  p = p.replace(/^(?:some|more|a few|our|your|the|a|an)\s+/i, "").replace(/\s+(?:too|as well|also)$/i, "");
  // "60 cartons of energy drinks a fortnight": how often is no part of the goods.
  p = p.replace(/\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month|quarter|year)$|\s+(?:daily|weekly|fortnightly|monthly|quarterly|yearly)$/i, "");
  // "brake pads 200 sets", "commercial dishwasher 2 nos", "whitening kits x30": the count said after the goods is not part of them.
  p = p.replace(/\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s*(?:sets?|nos\.?|units?|pcs|pieces?|x)?$|\s+x\s?\d+$/i, "");
  if (/^(?:[$¥￥€£₹₩₱₫₽฿]|[A-Z]{0,2}\$|RMB|CNY|USD|RM)\s?\d/i.test(p)) return undefined;
  const words = p.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 5) return undefined;
  if (/^(to|it|them|that|this|more|a|an|the|us|me|you|him|her|call|meeting|demo|quote|quotes|info|information|time|pricing|prices?|price list|a price|samples?|details|brochure|catalogue|catalog|proposal|discounts?|refunds?|rebates?|credit|better (?:price|deal|terms))$/i.test(p)) return undefined;
  // "wants demo thurs 3pm", "wants a call next week": a meeting asked for is no goods; "a meeting room package" is.
  if (/^(?:demo|call|meeting|visit|chat|catch[- ]?up|callback|zoom)\b(?!\s+(?:rooms?|space|package|pods?|tables?|hall|booths?|venue|kit|systems?)\b)/i.test(p)) return undefined;
  // "wants 5 cases": a unit alone is how many, not what.
  if (!afterOf && new RegExp(`^(?:${EN_UNITS})$`, "i").test(p)) return undefined;
  return p;
}

type Span = { index: number; end: number };
type Candidate = { product?: string; quantity?: number };

const TRYING_OUT = /^(?:先)?(?:试(?:喝|吃|用|穿|试|销|卖|单|一下|下)?|尝尝|尝一下)(?:[，,。\s]|看看|$)/;

/** "有1500条废旧货车胎要处理": goods to be got rid of were said before the want; what follows is no goods. */
const GOT_RID_OF = /^\s*(?:处理|回收|清理|清运|销毁|报废|处置|出手|卖掉|出掉)(?:掉)?(?:[，,。\s]|$)/;
/** "想同我哋合作轉介", "想跟我们谈合作": working together is no goods either. */
const WORKING_TOGETHER = /^\s*(?:同|跟|和|与)(?:我们|我哋|咱们?|我司|你们)(?:合作|谈合作|长期合作)/;

/** What each want in the text asks for, in order: "车队要换车 预计采购8台轻卡" gives 换车 and then 8 轻卡. */
function zhCandidates(text: string, taken: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ZH_CUES)) {
    const at = (m.index ?? 0) + m[0].length;
    if (GOT_RID_OF.test(text.slice(at)) || WORKING_TOGETHER.test(text.slice(at))) continue;
    // "不确定要不要建": a want in two minds is a question, not the goods.
    if (/^不(?:要|想)/.test(text.slice(at)) || /不$/.test(text.slice(0, m.index ?? 0))) continue;
    // "想每个礼拜要十来箱急冻虾": how often is said before what.
    let rest = text.slice(at).replace(/^\s*(?:每(?:个)?(?:礼拜|星期|周|月|天|季度|年)|一(?:个)?(?:礼拜|星期|周|月)|每次)(?:都|大概|大约)?(?:要|想要|需要|进|入|拿)?/, "");
    // "想每周从咱这拿二百箱砂糖橘": from whom is no part of the goods.
    // "想找咱做年货礼包": so is whom they want to make it.
    rest = rest.replace(/^\s*(?:从|找|跟|向)(?:咱们?|我们|我|你们|俺们?)(?:这儿?|这里|这边|家|店)?(?:拿|进|订|买|要|采购|做|定制|定做)/, "");
    // "想做个厨卫翻新", "要做个门头", "想报C1": a job done or a course joined is the goods.
    rest = rest.replace(/^\s*(?:(?:做|装|搞|弄|整|报|办)(?:个|一个|一套|套|一下)(?=[\u4e00-\u9fff]{2}|[A-Za-z]\w)|报(?=[A-Za-z]\w))/, "");
    if (/(?:做|装|搞|弄|整|办)$/.test(m[0])) rest = rest.replace(/^(?:个|一个|一套|套)(?=[\u4e00-\u9fff]{2})/, "");
    // "想 order 四十支 whisky", "想要 quote 六十箱 red wine": an English verb of buying, code-mixed, is not the goods.
    rest = rest.replace(/^\s*(?:(?:order|quote|buy|get|purchase|restock|stock|try|source)\s+(?=\S)|(?:(?:报(?:个|一个)?)?(?:价|下单|订购)|收|进|拿|订|定|买|长包|长租|包下|包|租)\s*(?=[\d一二两三四五六七八九十百千几]))/i, "");
    const c: Candidate = {};
    // "报一对一钢琴课": one-to-one is the kind of class, not a pair of them.
    const q = /^\s*(?:一对一|一对多|1对1)/.test(rest) ? null : ZH_QTY.exec(rest.trimStart());
    if (q) {
      // "半打拉菲" is six bottles and "一打咖啡机" twelve machines; "十打" stays ten of the measure, like 十箱.
      const n = q[1] === "半" ? 6 : /^一\s*打/.test(q[0]) ? 12 : parseCount(q[1] as string);
      // 一批 / 一些 is "a batch", not a count of one.
      if (n !== undefined && !(n === 1 && /批|些/.test(q[0]))) c.quantity = n;
      rest = rest.trimStart().slice(q[0].length);
    }
    // "先要半打试喝": trying it out is why, the goods were said before the want.
    // "想分两批送货": how a delivery is split is no goods.
    const p = TRYING_OUT.test(rest.trim()) || /^分(?:成)?[\d一二两三四五六七八九十几]+(?:批|次|期|趟|个月)/.test(rest.trim()) ? undefined : cleanZh(rest);
    const start = at + rest.length - rest.trimStart().length;
    // A person or company after the verb ("采购钟经理") is who buys, not what.
    if (p && !/^(个|位|人)/.test(p) && !taken.some((t) => start < t.end && t.index < start + p.length)) c.product = p;
    // "纸尿裤 要60箱": the goods said just before the want.
    else if (c.quantity !== undefined) c.product = goodsBefore(text, m.index ?? 0, taken);
    // "想换一批包装袋大概五千个": how many said right after the goods.
    if (c.product && c.quantity === undefined && rest.trimStart().startsWith(c.product)) {
      const after = QTY_AFTER.exec(rest.trimStart().slice(c.product.length));
      const n = after ? parseCount(after[1] as string) : undefined;
      if (n !== undefined && n > 1) c.quantity = n;
    }
    if (c.product || c.quantity !== undefined) out.push(c);
  }
  return out;
}

/** The list item right before `at` ("冻干零食 要80箱"), unless it is a person, a company or a date. */
function goodsBefore(text: string, at: number, taken: Span[]): string | undefined {
  // "气泡水先要半打": an adverb said before the want is not part of the goods.
  const m = /(?:^|[\s,，、:：|；;])([\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:先|再|也|都|还)?\s*$/.exec(text.slice(0, at));
  if (!m) return undefined;
  const index = at - m[0].length + m[0].indexOf(m[1] as string);
  if (taken.some((t) => index < t.end && t.index < index + (m[1] as string).length)) return undefined;
  return LIST_NOT_GOODS.test(m[1] as string) ? undefined : m[1];
}

/**
 * List items that are never goods: times and how often (一次, 每月), people's roles, contact words, verbs, and a verb of
 * recording before a count ("帮我登记一位新客户"), which is the ask.
 */
const LIST_NOT_GOODS = /[要想说买订在是了吗呢吧啊哦嗯]|(?:登记|记录|录入|记下)$|^(?:大概|大约|估计|差不多|一共|总共|先|先拿|首批|第一批)$|^(?:还|共|手上|手里|仓库|库存)?有(?:大概|大约|约|差不多|将近)?$|^(?:一|每)(?:个)?[次回趟月周天年](?:大概|大约|估计|差不多|都|就)?$|今天|明天|昨天|后天|下周|上周|本周|月底|电话|微信|邮箱|预算|联系|跟进|客户|线索|回访|经理|老板|总$|主管|店长|联系人|新增|新建|记录/;

/** "相册500本", "处方粮 每月100袋", "雅思冲刺班，2人": goods listed with their count after them. */
/** "下个礼拜一打电话", "下周一提醒我": a numeral right after 礼拜, 星期 or 周 is the weekday's, no count. */
const weekdayNumeral = (before: string, numeral: string) => /(?:礼拜|星期|周)$/.test(before) && /^[一二三四五六七日天]$/.test(numeral);

function listedGoods(text: string, taken: Span[]): Candidate | undefined {
  const re = new RegExp(
    // "一共八百套": a numeral's first character is never the goods' last.
    `(?:^|[\\s,，、:：|；;])([\\u4e00-\\u9fffA-Za-z][\\u4e00-\\u9fffA-Za-z0-9]{0,10}(?![零一二三四五六七八九十两])[\\u4e00-\\u9fffA-Za-z])[\\s,，、]*(?:每(?:个)?[月周天年次]|一个?月|一周|一次|大概|大约|约)?\\s*(${NUM_SOURCE})\\s*(${ZH_MEASURES}|个人|人|位|名)(?![wW万亿kK千号日点月])`,
    "g",
  );
  for (const m of text.matchAll(re)) {
    const word = m[1] as string;
    const index = (m.index ?? 0) + m[0].indexOf(word);
    // "下个礼拜一打电话给他": the numeral is the weekday's, and 打 the call, not a dozen.
    if (LIST_NOT_GOODS.test(word) || weekdayNumeral(word, m[2] as string) || taken.some((t) => index < t.end && t.index < index + word.length)) continue;
    const n = parseCount(m[2] as string);
    if (n !== undefined) return { product: word, quantity: n };
  }
  return undefined;
}

/**
 * Finds the product and quantity a buyer mentions. `taken` are the people and companies already found,
 * which are never the goods.
 */
export function findGoods(said: string, taken: Span[] = []): Goods {
  const { text, shift } = englishUnits(said, taken);
  const goods = findGoodsIn(text, shift);
  const priceAskedOf = goods.product === undefined && goods.quantity !== undefined ? PRICE_ASKED_OF.exec(text)?.[1] : undefined;
  if (priceAskedOf) goods.product = priceAskedOf;
  return goods;
}

/** "问了防水涂料的价 要300桶": what the price was asked of is what they want, when a count of it follows. */
const PRICE_ASKED_OF = /(?:问了?|询了?|咨询了?|打听了?)(?:一下)?([\u4e00-\u9fff]{2,8}?)的(?:价|报价|价格|价钱)/;

/** A Chinese measure between a count and English goods ("interested in 25吨 citric acid"), put in English. */
const MIXED_UNIT = /(\d[\d.,]*\s*万?)\s*(吨|公斤|千克|件|箱|颗|个|卷|托|支|套|台|袋|桶|片|米)\s+(?=[A-Za-z\d])/g;
const UNITS_IN_ENGLISH: Record<string, string> = { 吨: "tons", 公斤: "kg", 千克: "kg", 件: "pcs", 箱: "cases", 颗: "pcs", 个: "pcs", 卷: "rolls", 托: "pallets", 支: "pcs", 套: "sets", 台: "units", 袋: "bags", 桶: "drums", 片: "pcs", 米: "m" };

function englishUnits(text: string, taken: Span[]): { text: string; shift: Span[] } {
  // Only in English with a Chinese unit slipped in; a Chinese message keeps its own measures.
  if ((text.match(/[\u4e00-\u9fff]/g) ?? []).length > 4) return { text, shift: taken };
  let out = "";
  let last = 0;
  const moves: Array<{ at: number; by: number }> = [];
  for (const m of text.matchAll(MIXED_UNIT)) {
    const replaced = `${m[1]} ${UNITS_IN_ENGLISH[m[2] as string]} `;
    out += text.slice(last, m.index) + replaced;
    moves.push({ at: (m.index ?? 0) + m[0].length, by: replaced.length - m[0].length });
    last = (m.index ?? 0) + m[0].length;
  }
  if (!moves.length) return { text, shift: taken };
  const moved = (i: number) => i + moves.filter((mv) => mv.at <= i).reduce((sum, mv) => sum + mv.by, 0);
  return { text: out + text.slice(last), shift: taken.map((t) => ({ ...t, index: moved(t.index), end: moved(t.end) })) };
}

const FOR_PEOPLE = /(?:帮|给|替|为)\s*([\d一二两三四五六七八九十百]+)\s*(?:个|位|名)[\u4e00-\u9fff]{1,4}?(?:做|办|订|定|准备|租|买|配)(?:个|份|一份|一套)?([\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?=[\s，,。!！、]|$)/;

function findGoodsIn(text: string, taken: Span[]): Goods {
  const out: Goods = {};
  const candidates = zhCandidates(text, taken);
  // The want that comes with a count is the purchase; an earlier one without ("要换车") is its reason.
  const best = candidates.find((c) => c.product && c.quantity !== undefined) ?? candidates.find((c) => c.product);
  if (best) {
    out.product = best.product;
    out.quantity = best.quantity ?? candidates.find((c) => c.quantity !== undefined && !c.product)?.quantity;
  } else {
    out.quantity = candidates.find((c) => c.quantity !== undefined)?.quantity;
  }
  // "想帮8个伴娘做美甲套餐": a service for so many people is that many of it, not "帮".
  const forPeople = FOR_PEOPLE.exec(text);
  if (forPeople && (!out.product || /^[帮给替为]$/.test(out.product))) {
    const p = cleanZh(forPeople[2] as string);
    if (p) {
      out.product = p;
      out.quantity = parseCount(forPeople[1] as string);
    }
  }
  if (out.quantity === undefined) delete out.quantity;
  if (!out.product) delete out.product;
  // 对我们的黄酒有兴趣 / 对红酒感兴趣
  if (!out.product) {
    const m = /对\s*(?:我们的|你们的|咱们的|贵司的|我们家的|我们公司的|我司的)?\s*([\u4e00-\u9fffA-Za-z0-9 ]{1,20}?)\s*(?:很|挺|比较|非常|蛮|满|超|还挺|还蛮|有点)?(?:有兴趣|感兴趣|有意向|有需求)/.exec(text);
    if (m) {
      const p = cleanZh(m[1] as string);
      if (p) out.product = p;
    }
  }
  // "想把店里的啤酒全换成青岛纯生": what they want to switch to is the goods.
  if (!out.product) {
    const m = /(?:想|要|打算|准备)把[^，,。]{1,12}?(?:全|都|统一|全部)?(?:换成|换做|改成|改用)([\u4e00-\u9fffA-Za-z]{2,10}?)(?=[\s，,。!！]|$)/.exec(text);
    const p = m && cleanZh(m[1] as string);
    if (p) out.product = p;
  }
  // "在找猫粮的新货源": what they need a supplier for.
  if (!out.product) {
    const m = /在找([\u4e00-\u9fffA-Za-z0-9]{1,10}?)的?(?:新)?(?:货源|供应商|供货商|厂家)/.exec(text);
    const p = m && cleanZh(m[1] as string);
    if (p) out.product = p;
  }
  // "问我们的布洛芬混悬液", "咨询了你们的少儿编程课": what they asked about is the goods.
  // "想给全公司上团险": insurance is taken out (上, 投, 办), not bought.
  if (!out.product) {
    const m = /(?:问|咨询|打听)(?:了|过)?(?:一下)?(?:我们|咱们|你们)的([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?=[\s，,。!！（(、]|$)/.exec(text) ??
      // "看中翠湖湾的三居", "相中了那款白色的": what caught their eye, after whose it is.
      /(?:看中|相中|看上)了?(?:[^，,。的\s]{1,8}的)?([\u4e00-\u9fffA-Za-z0-9]{1,10}?)(?=[\s，,。!！]|$)/.exec(text) ?? /(?:上|投|办|配)(?:个|份|一份)?([\u4e00-\u9fff]{1,4}险)(?=[\s，,。!！]|$)/.exec(text);
    const p = m && cleanZh(m[1] as string);
    if (p) out.product = p;
  }
  if (!out.product && /[\u4e00-\u9fff]/.test(text)) {
    const listed = listedGoods(text, taken);
    if (listed) {
      out.product = listed.product;
      out.quantity ??= listed.quantity;
    }
  }
  if (out.quantity === undefined) {
    // "一批年货礼盒 800份": a batch is not a count, so look on to the next figure.
    for (const m of text.matchAll(new RegExp(`(${NUM_SOURCE})\\s*(${ZH_MEASURES})(?!月|人|位|[wW万亿kK千])([\\u4e00-\\u9fff]{0,8})`, "g"))) {
      if (/^[号日点]/.test(m[3] ?? "") || NAME_MEASURE_AFTER.test(m[3] ?? "")) continue;
      if (m[2] === "对" && /^[一多]/.test(m[3] ?? "")) continue;
      // "礼拜一打电话", "下周一提醒我": a weekday's numeral is no count, and 打 or 提 there is a call or a reminder.
      if (weekdayNumeral(text.slice(0, m.index), m[1] as string) || (m[2] === "打" && /^(?:电话|给|过去|招呼|个电话)/.test(m[3] ?? ""))) continue;
      // "…7788,对冷链箱感兴趣": a comma ends the number, and 对 there is "in", not a pair.
      if (/,$/.test(m[1] as string) || (m[2] === "对" && /感兴趣|有兴趣|有意向|有需求|满意|不满/.test(m[3] ?? ""))) continue;
      const n = parseCount(m[1] as string);
      // 一批 is a batch and 一个/一位 an article ("见了一个客户"), not a count of one.
      if (n === undefined || (n === 1 && /批|些|个|位|条/.test(m[2] as string))) continue;
      out.quantity = n;
      // "五百箱你帮我记一下": what follows a count may be a request to us, not the goods.
      if (!out.product && m[3] && !/^(?:你|我|帮|请|麻烦|记)/.test(m[3])) {
        // "3台冷库机组要改造": what is to be done with the goods is no part of them.
        const p = cleanZh(m[3].replace(/(?:要|想|需要|得|准备|打算).*$/, ""));
        if (p) out.product = p;
      }
      break;
    }
  }
  if (/[a-z]/i.test(text)) findEnGoods(text, out);
  // "Lead: Priya Shah, Greenhouse Café, 30 veg boxes a week, 07700…": a list's item that is a count and a thing.
  if (out.product === undefined && out.quantity === undefined) {
    const item = LISTED_EN_GOODS.exec(text);
    const p = item && cleanEn(item[2] as string);
    // The whole item is the count and the thing ("3 nts from fri" is a stay); no person, length of time or stay.
    if (item && p && p === (item[2] as string).trim() && !/^(?:people|persons|ppl|guests|pax|adults|kids|children|nights?|nts|nites?|days?|weeks?|months?|years?|hours?|hrs|mins?|minutes?|seconds?|times|calls|emails|visits|percent|all)\b/i.test(p)) {
      out.quantity = Number(item[1]);
      out.product = p;
    }
  }
  if (!out.product) {
    const offering = namedOffering(text);
    if (offering) out.product = offering;
  }
  // "budget of around $12k for coffee equipment", "1.2 lakh budget for staff uniforms": what the money is for.
  if (!out.product) {
    const budgeted = BUDGET_FOR.exec(text);
    const p = budgeted && cleanEn((budgeted[1] ?? budgeted[2]) as string);
    if (p && !/^(?:team|teams|company|year|month|quarter|week|everything|all|now|today|this|that|it|them|him|her|us)$/i.test(p)) out.product = p;
  }
  // A course or a service for so many people: the head count is how many.
  if (out.quantity === undefined && out.product) {
    const h = HEADCOUNT.exec(text);
    const n = h ? parseCount(h[1] as string) : undefined;
    // "认识一位黄医师": one person met is an article, not a head count.
    if (n !== undefined && n > 1) out.quantity = n;
  }
  return out;
}

/**
 * A service sold by its name rather than counted: "12 seats on the Growth plan", "8 licences for the ATS", "SEO +
 * content package at $4,500/month", "wants to see the warehouse mgmt module", "CRM migration project".
 */
const SEATS_ON = /\b(?:seats?|licen[cs]es?|users?|subscriptions?|accounts?)\s+(?:on|for|of)\s+(?:the\s+|our\s+|your\s+)?([A-Za-z][\w+&.-]*(?:\s+[\w+&.-]+){0,3}?)(?=\s*(?:[,.;!?~]|$)|\s+(?:at|for|with|budget|by|next|from|@)\b|\s*[$€£])/i;
const OFFERING = /(?:^|[,;:—–-]\s*|\b(?:the|a|an|our|see|on|about|wants?|needs?)\s+)((?:[A-Za-z][\w&.-]*\s+(?:\+\s+|&\s+)?){0,3}(?:plan|tier|edition|package|module|bundle|retainer|migration))(?:\s+project)?\b/i;
function namedOffering(text: string): string | undefined {
  const seats = SEATS_ON.exec(text);
  if (seats) return cleanEn(seats[1] as string);
  const offered = OFFERING.exec(text);
  if (!offered) return undefined;
  const p = (offered[1] as string).replace(/^(?:the|a|an|our|your|to|see|wants?|needs?)\s+/i, "").trim();
  return /^(?:payment|price|pricing|business|action|game|floor|meal|travel|data|phone|service)\s+plan$|^(?:plan|tier|package|module)$/i.test(p) ? undefined : p;
}

const LISTED_EN_GOODS = /(?:^|(?<!\d)[,;:]\s*)(?:~\s*|(?:about|around|approx\.?|roughly)\s+)?(\d{1,5})\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?:\s+(?:a|per|every|each)\s+(?:week|month|day|year|fortnight|quarter))?(?:\s+for\s+(?:collection|pickup|disposal|recycling|delivery))?\s*(?=[,;.]|$)/i;
const BUDGET_FOR = /\bbudget\b[^.;!?]{0,30}?\d[\d.,]*\s?(?:k|m|lakh|crore|million|grand|mil)?\b(?:\s+budget)?\s+for\s+(?:the\s+|our\s+|some\s+|their\s+|new\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})|\d[\d.,]*\s?(?:k|m|lakh|crore|million|grand|mil)?\s+budget\s+for\s+(?:the\s+|our\s+|some\s+|their\s+|new\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})/i;

/** "2k" → 2000, "a dozen" → 12, "three" → 3. */
function enCount(raw: string): number | undefined {
  const k = /^(\d+(?:\.\d+)?)k$/i.exec(raw);
  if (k) return Math.round(Number(k[1]) * 1000);
  return parseCount(raw.replace(/,/g, "").replace(/^a\s+/i, "")) ?? (/dozen/i.test(raw) ? 12 : undefined);
}

function findEnGoods(text: string, out: Goods): void {
  for (const m of text.matchAll(EN_CUES)) {
    // "Head of Purchasing" in a signature is a job, and a want ends its line.
    if (/^purchas/i.test(m[0]) && /\b(?:of|head|director|manager|dept\.?|department)\s+$/i.test(text.slice(0, m.index))) continue;
    // "wants like 40 yoga mats", "about 200 units": a hedge before the count.
    let rest = text.slice((m.index ?? 0) + m[0].length).replace(EN_ASK_ABOUT, "").replace(/^(?:like|about|around|approx\.?|approximately|roughly|maybe|say|up to|~)\s*(?=\d|(?:a |one |two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|dozen))/i, "");
    // "about 1.2m worth of stainless ball valves": the sum is money; what it buys is the goods.
    rest = rest.replace(/^(?:[$€£]|usd\s?|aud\s?)?\d[\d,]*(?:\.\d+)?\s?(?:k|m|mn|million|grand)?\s+worth\s+of\s+/i, "");
    // "HKD 350k order for wine glasses": what an order is for.
    if (/^(?:orders?|enquiry|inquiry)\s*$/i.test(m[0])) rest = rest.replace(/^for\s+(?=[a-z])/i, "");
    // "interested in our monthly grooming package": what we sell, named as ours.
    rest = rest.replace(/^(?:our|your)\s+(?=[a-z])/i, "");
    const q = EN_QTY.exec(rest);
    if (q && q[0]) {
      // "a" counts one only of a unit ("a case of"); "wants a quote" is no count.
      if (q[1] && (q[2] || !/^an?$/i.test(q[1]))) out.quantity ??= enCount(q[1]);
      // "12 x 6.6kW systems": the count times the goods.
      rest = rest.slice(q[0].length).replace(/^[x×]\s*(?=\S)/i, "");
    }
    // "12 pallets of cans": a unit's word after "of" is what is counted.
    const p = cleanEn(rest, !!q && /\bof\s*$/i.test(q[0]));
    if (p) {
      out.product ??= p;
      break;
    }
  }
  // "a luncheon for 60", "a workshop for 25 staff": an event wanted for a head count is that many.
  if (out.product && out.quantity === undefined) {
    const at = text.toLowerCase().indexOf(out.product.toLowerCase());
    const forN = at >= 0 ? /^\s+for\s+(?!(?:19|20)\d\d\b)(\d{1,4})(?![\d:%]|[.,]\d)(?!\s*(?:k|m|am|pm|dollars|bucks|usd|nights?|days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?)\b)/i.exec(text.slice(at + out.product.length)) : null;
    if (forN) out.quantity = Number(forN[1]);
  }
  // "espresso machines x3", "3x chairs", "solar panels x 48"
  const times = /\bx\s?(\d{1,5})\b|\b(\d{1,5})\s?x\s+[a-z]/i.exec(text);
  if (out.quantity === undefined && times) out.quantity = Number(times[1] ?? times[2]);
  const itemTimes = /(?:^|[/,;:|]\s*)([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}?)(?:\s+[x×]|×)\s?\d{1,5}\b/i.exec(text);
  if (!out.product && itemTimes) out.product = cleanEn(itemTimes[1] as string);
  // "budget 50k for forklifts"
  const forWhat = /\bbudget\s+\S+\s+for\s+([a-z][\w -]{1,30})/i.exec(text);
  if (!out.product && forWhat) out.product = cleanEn(forWhat[1] as string);
  // "Central Perk Coffee, 25 espresso machines, budget $60,000", "Brigade Hospitality - 40 trolleys": a count and a plural noun as a list item.
  const item = /(?:^|[,;:]\s*|(?<=[A-Za-z])\s[-–—]\s+)(\d[\d,]*(?:\.\d+)?k?)\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?s)(?=\s*(?:[,.;!?+]|$)|\s+(?:at|@|for|and|plus|with)\s)/i.exec(text);
  if (item && (out.quantity === undefined || out.quantity === enCount(item[1] as string)) && !new RegExp(`^(?:${EN_UNITS})\\b`, "i").test(item[2] as string)) {
    out.quantity = enCount(item[1] as string);
    out.product ??= cleanEn(item[2] as string);
  }
  // "200 boxes of gloves", "200 boxes surgical gloves", "5000 strips paracetamol 650": a count, a unit, the goods.
  const counted = new RegExp(`\\b(\\d[\\d,]*)\\s+(${EN_UNITS})(?:\\b|(?<=\\.))(?:\\s+(?:of\\s+(?:the\\s+)?)?((?!(?:for|by|to|at|in|on|and|or|per|each|a|an|the|next|this|before|from|with|of|every|total|budget|plus|more|a month|a week|monthly|weekly)\\b)[a-z][\\w\\s-]{1,40}))?`, "i").exec(text);
  if (counted && (out.quantity === undefined || out.quantity === parseCount((counted[1] as string).replace(/,/g, "")))) {
    out.quantity = parseCount((counted[1] as string).replace(/,/g, ""));
    // "20 pallet racks", "12 box fans": a unit word in the singular before more words is part of the goods' name.
    // A weight or length never is ("500 kg packaging film").
    const measure = /^(?:kg|kgs|kilos?|grams?|lbs?|oz|ounces|liters?|litres?|tons?|tonnes?|ft|feet|metres?|meters?|yards?|sq ?ft|gallons?|pounds?)$/i.test(counted[2] as string);
    const compound = counted[3] && !measure && !/s$/i.test(counted[2] as string) && (out.quantity ?? 0) > 1 && !/\bof\s*$/i.test(text.slice(0, (counted.index ?? 0) + counted[0].length - counted[3].length));
    if (!out.product && counted[3]) out.product = cleanEn(compound ? `${counted[2]} ${counted[3]}` : counted[3]);
  }
  // "要50 carton燕窝": an English unit before Chinese goods.
  const zhAfterUnit = new RegExp(`\\b(\\d[\\d,]*)\\s*(?:${EN_UNITS})\\s*([\\u4e00-\\u9fff]{1,8})`, "i").exec(text);
  if (zhAfterUnit && !out.product && (out.quantity === undefined || out.quantity === parseCount((zhAfterUnit[1] as string).replace(/,/g, "")))) {
    out.quantity = parseCount((zhAfterUnit[1] as string).replace(/,/g, ""));
    const p = cleanZh(zhAfterUnit[2] as string);
    if (p) out.product = p;
  }
  // "2,000 metres of cotton", "6 flats of seedlings": a count, any measure, "of" and the goods.
  if (out.quantity === undefined) {
    const m = /\b(\d[\d,]*(?:\.\d+)?k?)\s+([a-z]+)\s+of\s+([a-z][\w\s-]{1,40})/i.exec(text);
    if (m && !/^worth$/i.test(m[2] as string) && !/^(?:them|us|those|these|which|our|the|my|your)$/i.test(m[3]?.split(/\s+/)[0] ?? "")) {
      out.quantity = enCount(m[1] as string);
      if (!out.product) out.product = cleanEn(m[3] as string);
    }
  }
}
