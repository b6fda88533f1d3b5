/**
 * Company names. Chinese: a short name ending in a business word (蓝海科技, 金鼎酒楼, 远航旅行社, 东方国际).
 * English: capitalised words ending in a business word (Acme Corp, Harbor Hotel, Green Leaf Cafe), or
 * capitalised words after "from"/"at"/"with" or in brackets ("Ana Garcia (Casa Verde)").
 */

import { ZH_MEASURES } from "./goods.ts";
import { LEADING_MENTION } from "./mention.ts";

export type CompanySpan = { index: number; end: number; value: string; sure: boolean };

const ZH_SUFFIXES = [
  "股份有限公司", "有限责任公司", "有限公司", "分公司", "公司", "集团", "大酒店", "酒店", "宾馆", "旅店", "旅馆", "商旅", "饭店", "餐饮", "餐厅", "酒楼",
  "酒家", "饭馆", "牛排馆", "烤肉馆", "烤肉", "餐馆", "食府", "火锅", "麻辣锅", "火锅店", "早午餐", "烧烤", "茶楼", "茶馆", "咖啡馆", "咖啡", "面包房", "饼家", "饼店", "烘焙", "物流", "快递", "进出口", "速运", "快运", "速递", "货运", "超市", "商超", "便利店",
  "科技", "软件", "证券", "保险", "基金", "贸易", "商贸", "商事", "株式会社", "商管", "国际", "实业", "旅行社", "旅游", "工厂", "医院", "护老院", "养老院", "敬老院", "诊所", "学校", "小学", "中学", "幼儿园", "学院", "银行", "传媒", "文化", "广告",
  "会所", "俱乐部", "商行", "百货", "商场", "广场", "药房", "药店", "汽车", "地产", "置业", "置地", "网络", "电子", "食品", "酒业", "教育", "健身",
  "影城", "影院", "中心", "工作室", "事务所", "律所", "会计师行(?!政)", "律师行(?!政)", "会计行(?!政)", "地产行(?!政)", "车行(?!政)", "琴行(?!政)", "画廊", "研究院", "研究所", "设计院", "民宿", "客栈", "度假村", "书店", "书局", "文具", "商厦", "专科", "花店", "酒吧", "酒行", "烟酒行",
  "茶行", "茶业", "茶庄", "建材", "烧腊", "美容院", "美容", "美发", "口腔", "牙科", "装饰", "装修", "家具", "家居", "五金", "服装", "服饰", "制衣", "印刷", "包装", "机械", "设备", "农业", "水产", "粮油", "药业", "医药", "生物", "能源", "环保", "物业", "电器", "数码", "建筑", "工程", "化工", "纺织", "珠宝", "母婴", "宠物", "摄影", "婚庆", "婚纱", "培训", "乐园", "饮品", "奶茶", "甜品", "蛋糕店", "面馆", "快餐", "大排档", "万家", "阁", "轩", "坊", "斋", "商店", "专卖店", "门店", "图文", "印务", "影楼", "农场", "农庄", "山庄", "牧场", "果园", "母婴店", "宠物店", "用品", "花艺", "家政", "律所", "驾校", "琴行", "画室", "酒庄", "超市", "小卖部", "批发部", "经销部", "厂(?!长)",
  // Trades said in their short form (瑞丰汽配, 樱花教育咨询, 顺达货运): a class of words, each naming a line of business.
  "汽配", "汽修", "车行", "机电", "精机", "精密", "精工", "微电子", "半导体", "电气", "钢材", "钢铁", "石材", "陶瓷", "木业", "门窗", "灯饰", "照明", "光电", "通讯", "通信", "物资",
  "仓储", "货运", "运输", "船务", "航运", "劳务", "人力", "保安", "咨询", "策划", "会展", "展览", "演艺", "娱乐", "足浴", "养生", "医疗",
  "器械", "眼镜", "钟表", "乐器", "体育", "家纺", "鞋业", "皮具", "箱包", "日化", "保洁", "消防", "安防", "智能", "信息", "影视", "出版", "互娱", "互动", "游戏", "动漫", "直播",
  "纸业", "塑胶", "橡胶", "饲料", "种业", "农资", "渔业", "冷链", "生鲜", "果业", "菜馆", "小馆", "洗衣", "干洗", "租赁", "搬家(?![了啦咗])", "礼品",
  "工艺", "舞蹈", "武馆", "矿业", "石化", "电力", "水务", "燃气", "模具", "管业", "线缆", "电缆", "阀门", "卫浴", "厨具", "家电", "灯具",
  "美业", "建设", "料理", "织造", "电商", "株式会社", "酒造", "涂料", "包材", "油漆", "茶舍", "茶社", "棋社", "琴社", "画社", "书社", "茶饮", "精酿", "车队", "办公(?![椅桌楼用家区设耗文纸])", "文具", "中央厨房", "厨房", "快洗", "外包", "海鲜", "私房菜", "私厨", "酒馆", "面包店", "花坊", "车队", "车业", "餐吧",
  // Kinds of places and bodies, and a branch said after its company (启航教育向阳校区, 顺捷供应链, 福来茶餐室, 绿野合作社).
  "加盟店", "旗舰店", "专营店", "卤味", "熟食", "粉店", "牛肉面", "面家", "小吃", "批发", "农机", "茶餐室", "茶餐厅", "冰室", "士多", "茶记", "小筑", "小馆", "小厨", "餐室", "合作社", "供应链", "校区", "分店", "分院", "总店", "分部",
  "冻品", "水产品", "耗材城", "建材城", "家具城", "电脑城", "美食城", "数码城", "灯饰城", "商城", "牧业", "畜牧", "养殖", "农牧", "渔场", "网吧", "网咖", "养老院", "敬老院", "钢构", "连锁", "月子中心", "托管", "早教", "项目部", "指挥部",
];
export const ZH_SUFFIX_RE = ZH_SUFFIXES.sort((a, b) => b.length - a.length).join("|");

const SUFFIX_NEXT = new RegExp(`^(?:${ZH_SUFFIX_RE})`);
const LONGER_NAME_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{1,2}(?:${ZH_SUFFIX_RE})`);
const LONGER_NAME = new RegExp(`^[^的了是和跟给在把从对与向到去说问要想买碰遇见访约叫们我你他她，,。、:：\\s\\dA-Za-z]{1,2}(?:超市|酒店|酒楼|餐厅|公司|集团|商行|百货|药房|药店|便利店|商场)`);
const BRANCH_NEXT = /^[\u4e00-\u9fff]{1,4}?(?:校区|分店|分院|总店|分部|分公司|门店|路店|店)(?![\u4e00-\u9fff]{0,1}(?:长|员|主))/;

/** Words that sit in front of a company name in chat and are not part of it. */
const ZH_LEADS = [
  "大客户", "老客户", "重要客户", "新建个客户", "新建一个客户", "新建客户", "建个客户", "加个客户", "新增个客户", "新线索", "新客户", "潜在客户", "录入客户", "录入", "添加客户", "添加", "新增客户", "新增", "客户", "线索", "记一下", "记录一下", "记录",
  "今天", "昨天", "刚才", "刚刚", "认识了", "认识", "拜访了", "拜访", "去了", "联系了", "联系", "查一下", "查下", "查查", "查询", "查",
  "搜一下", "搜索", "搜", "找一下", "找下", "找", "看看", "看下", "看一下", "帮我", "请", "跟进一下", "跟进了一下", "跟进了下", "跟进下", "进一下", "进了一下", "进了下", "跟进", "跟", "和", "给", "与", "把", "对",
  "有一家", "有家", "有个", "有间", "在", "是", "了", "的", "到", "从", "被", "向", "跳槽到", "跳槽去", "换到", "加入", "入职", "调到", "现在叫", "改名叫", "叫", "去", "那家", "这家", "一家",
  // "开春以后陈记茶餐厅想换一批咖啡机": when it will happen, said first.
  "开春以后", "开春后", "开春", "过完年以后", "过了年以后", "过完年", "过了年", "以后", "之后", "年后", "节后", "明年", "下个月", "下周", "月底", "月初", "年底",
  "昨晚", "今早", "今晚", "早上", "晚上", "上午", "下午", "微信上", "微信里", "电话里", "电话上", "群里", "朋友圈",
  "那个", "这个", "家", "间", "我们", "他们", "她们", "他", "她", "投诉", "说", "问", "打给", "替", "为", "关于",
];
const LEADS_RE = new RegExp(`^(?:${ZH_LEADS.sort((a, b) => b.length - a.length).join("|")})`);

/** Chinese words ending in a suffix that are generic, not names (我们公司, 这家酒店). */
const ZH_GENERIC = /^(有个|有一个|有家|有一家|一个|同一家|同一个|我们|你们|他们|她们|咱们|人家|贵|本|该|这家|那家|这个|那个|一家|那|这|大|小|新|老|各|每|的)?(公司|集团|酒店|餐厅|国际|中心|厂|科技|文化|教育|超市|商店)$/;

/** A want, maybe with whom it is for and a verb of getting, right before a word: that word is goods. */
const WANTED_BEFORE = /(?:想|要|需要|打算|准备|计划)(?:给[^，,。\s]{0,6}?)?(?:装|报|配|办|订|进|买|采购|代理|换|印|租)?$/;
/** "想给宇通物流买两台": the business a purchase is for, with the verb of getting right after it, is no goods. */
const BOUGHT_FOR = (text: string, index: number, value: string) => /给(?:他们|她们|他|她)?$/.test(text.slice(0, index)) && /^(?:装|配|订|进|买|采购|换|印|租|上)/.test(text.slice(index + value.length));

const CJK_NAME = "[\\u4e00-\\u9fffA-Za-z0-9]";

/**
 * A Chinese name run into a Latin venue acronym: 明珠KTV, 星辰SPA, 宝华4S店. Document and role acronyms are not
 * trades, and a capitalised word after Chinese is a person (联系人Tina).
 */
const ZH_LATIN_VENUE = /([\u4e00-\u9fff]{2,6})((?:\d[A-Z]店?|[A-Z]{2,5})(?![A-Za-z]))/g;
const NOT_VENUE = /^(?:HK|US|USD|HKD|RMB|SGD|NT|NTD|MOP|RM|PPT|APP|CRM|ERP|VIP|VVIP|OK|CEO|CFO|COO|CTO|HR|IT|AI|PO|OEM|ODM|SKU|MOQ|QQ|ID|WIFI|Wifi|Excel|Word|Logo|LOGO|Email)$/;

/** Finds Chinese company names by their business-word endings. */
export function findZhCompanies(text: string): CompanySpan[] {
  const out: CompanySpan[] = [];
  const re = new RegExp(`(${CJK_NAME}{1,10}?)(${ZH_SUFFIX_RE})`, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let head = m[1] as string;
    let index = m.index ?? 0;
    // Cut off any lead-in words ("今天认识了金鼎酒楼" → 金鼎酒楼), and anything before a particle or a verb of meeting.
    // "给天和酒店": a 和 that would leave less than a name is part of it (天和, 永和), so cut at the particle before.
    // "那个做奶茶的客户": a trade done is no name (做 cuts like a verb of meeting); the 约 of 网约车 is no meeting;
    // "郑厂长来公司": a titled person coming over is no part of a name.
    const cuts = [...head.matchAll(/[的了是和跟给在把从对与向到去趟说问要想买碰遇见访叫们做喝请识至其：:，,、\s]|(?<!网)约|(?<=[长总])来/g)].map((c) => (c.index ?? 0) + 1).reverse();
    const cut = head[(cuts[0] ?? 0) - 1] === "和" && head.length - (cuts[0] ?? 0) < 2 ? cuts[1] ?? 0 : cuts[0];
    if (cut !== undefined) {
      index += cut;
      head = head.slice(cut);
    }
    // "冯工那边设备调试好了": whoever stands before 那边 is not part of what follows.
    // "罗医生投诉上批种植体包装": what someone complains of or asks for is no part of a name.
    const side = /.*(?:那边|这边|那里|这里|投诉|反映|抱怨|要求|希望|觉得)/.exec(head);
    if (side) {
      index += side[0].length;
      head = head.slice(side[0].length);
    }
    for (let guard = 0; guard < 4; guard++) {
      const lead = LEADS_RE.exec(head);
      if (!lead || head.length - lead[0].length < 1) break;
      // "有家金鼎酒楼" counts one business; "家乐福超市" typed after a space starts with its name.
      if (/^[家间]$/.test(lead[0]) && /^$|[\s，,。:：、]$/.test(text.slice(0, index))) break;
      index += lead[0].length;
      head = head.slice(lead[0].length);
    }
    // "黄总不吃海鲜": a taste, not a seafood business.
    if (/(?:不|爱|只|喜欢|不能)(?:吃|喝)/.test(head)) continue;
    // "想进我们的真空包装机", "想了解一下你们的铝合金门窗": what we sell is no customer's business.
    if (/(?:我们|咱们|我司|本公司|你们|贵司|贵公司)的?$/.test(text.slice(0, index))) continue;
    // "樱花教育咨询", "蓝海科技公司": trade words in a row all belong to the name.
    let value = head + (m[2] as string);
    for (let more = SUFFIX_NEXT.exec(text.slice(index + value.length)); more; more = SUFFIX_NEXT.exec(text.slice(index + value.length))) value += more[0];
    // "万家福超市": a short trade word that is part of a longer name, the real trade word a few characters on.
    const longer = LONGER_NAME.exec(text.slice(index + value.length));
    if (longer) value += longer[0];
    // "启航教育向阳校区", "蜀香火锅春熙路店": a branch named right after its company is part of it.
    const branch = BRANCH_NEXT.exec(text.slice(index + value.length));
    if (branch) value += branch[0];
    // "美华眼镜店", "永兴五金铺": the shop word after the trade belongs to the name.
    else if (/^[店铺馆坊](?![长员主里内面])/.test(text.slice(index + value.length))) value += text[index + value.length];
    // "想给大棚装滴灌设备", "要订矿泉水": what someone wants to get is goods, whatever word it ends in.
    if (WANTED_BEFORE.test(text.slice(0, index)) && !BOUGHT_FOR(text, index, value)) continue;
    // "做钢结构厂房的": a factory building is what they build, not a factory's name.
    if (/厂$/.test(value) && text[index + value.length] === "房") continue;
    // "十几箱外包装压坏了": packaging, not an outsourcing firm.
    if (/外包$/.test(value) && text[index + value.length] === "装") continue;
    if (head.length < 2 && !/^[A-Za-z0-9]/.test(head)) {
      // "去了万家福超市": what looked like a trade word (万家), right after going there, starts a longer name; read on from it.
      if (!head && /[了趟去到访]$/.test(text.slice(0, index)) && LONGER_NAME_AFTER.test(text.slice(index + (m[2] as string).length))) re.lastIndex = index;
      continue;
    }
    if (ZH_GENERIC.test(value)) continue;
    out.push({ index, end: index + value.length, value, sure: true });
  }
  for (const m of text.matchAll(ZH_LATIN_VENUE)) {
    if (NOT_VENUE.test(m[2] as string)) continue;
    let head = m[1] as string;
    let index = m.index ?? 0;
    const particle = /.*[的了是和跟给在把从对与向到说问要想买碰遇见访约开叫]/.exec(head);
    if (particle) {
      index += particle[0].length;
      head = head.slice(particle[0].length);
    }
    const lead = LEADS_RE.exec(head);
    if (lead && head.length - lead[0].length >= 2) {
      index += lead[0].length;
      head = head.slice(lead[0].length);
    }
    const value = head + (m[2] as string);
    if (head.length < 2 || ZH_GENERIC.test(head) || WANTED_BEFORE.test(text.slice(0, index))) continue;
    if (out.some((o) => index < o.end && o.index < index + value.length)) continue;
    out.push({ index, end: index + value.length, value, sure: true });
  }
  return out;
}

const EN_SUFFIXES =
  "Corp|Corporation|Inc|LLC|Ltd|Limited|Co|Company|Group|Holdings|Partners|Industries|Labs|Technologies|Tech|Systems|Solutions|" +
  "Hotel|Hotels|Hospitality|Resort|Inn|Lodge|Ryokan|Onsen|Motel|Hostel|Grill|Cafe|Café|Coffee|Bakery|Restaurant|Bistro|Kitchen|Diner|Bar|Pub|Tavern|Lounge|" +
  "Steakhouse|Pizzeria|Trattoria|Osteria|Taverna|Cantina|Brasserie|Patisserie|Izakaya|Canteen|Brewery|Brewing|Winery|Catering|Foods|Food|Trading|Logistics|Market|Supermarket|Mart|Store|Stores|Shop|Studio|Club|" +
  "Gym|Spa|Salon|Dental|Dentistry|Hardware|Supplies|Supply|Builders|Construction|Motors|Auto|Pharmacy|Florist|Flowers|Farms|Farm|Dairy|Roasters|Furniture|Design|Consulting|Services|Electric|Electronics|Plumbing|Fitness|Medical|Health|Pets|Realty|Properties|Insurance|Capital|Ventures|Enterprises|Manufacturing|Textiles|Apparel|Boutique|Clinic|Hospital|School|Academy|Bank|Media|Agency|Travel|Tours|Imports|Exports|Distributors|Wines|Spirits|Deli|Eatery|" +
  "Legal|Law|Interiors|Architects|Accounting|Accountancy|Accountants|Analytics|Coworking|Printing|Events|Energy|Solar|Landscaping|Cleaning|Marketing|Associates|Security|Software|Networks|Digital|Productions|Publishing|Veterinary|Vets|Nursery|College|University|Foundation|Diagnostics|Pharma|Pharmaceuticals|Biotech|Dairies|Bottle-O|Liquor|Liquors|Garage|Motors|Dealership|Optics|Opticians|Laboratories|Lab|" +
  // Legal forms: Malaysia and Singapore (Sdn Bhd, Pte Ltd), Germany, Australia, the Netherlands, Italy, Japan, the Baltics,
  // Hungary and Ukraine (Baltic Fresh UAB, Tallinn Foods OÜ, Duna Kft, TOV).
  "Bhd|Pte|GmbH|AG|Pty|BV|SRL|SARL|SpA|KK|JSC|PLC|LLP|Pvt|Tbk|NV|UAB|OÜ|SIA|Kft|Zrt|TOV|" +
  "Cooperative|Co-operative|Co-op|Coop|Society|Association|Guild|Credit Union|Union|Kopitiam|Zi Char|Eatery|Bakehouse|Brewpub|Creamery|Deli|Teahouse|Tea House|Seafood|Seafoods|Body|Bodyworks|Panelbeaters|Controls|Vineyards?|Cellars|Distillery|Distilleries|Orchards?|Nurseries|Festival|Weddings|Photography|Daycare|Kennels|Tyres|Tires|Couriers|" +
  // Industrial trades (Zenith Chemicals, Apex Semi, Delta Packaging).
  "Chemical|Plastic|Polymer|Metal|Steel|Packaging|Semi|Semiconductor|Component|Machinery|Material|Industrial|Engineering|Precision|Paper|Rubber|Mill|Foundry|Instrument|Device|Freight|Shipping|Cargo|Transport|Container|Fasteners|Bearings";
const EN_COMPANY_RE = new RegExp(`((?:(?:[A-ZÀ-Þ0-9][\\wÀ-ÿ'’&.-]*|&)[^\\S\\n]+){0,4})(${EN_SUFFIXES})s?\\b\\.?`, "g");
/**
 * A trade named by its shape rather than from a list: a capitalised word ending in -ers/-ors (Traders, Movers,
 * Outfitters) or -ing (Roofing, Glazing, Tiling) after a capitalised name. Words of that shape that are not
 * trades are left out.
 */
const EN_TRADE_SHAPE_RE = /((?:[A-Z][\w'’&.-]*\s+){1,3})([A-Z][a-z]{2,}(?:ers|ors|ing))\b/g;
const NOT_TRADE = /^(?:Pickering|Fleming|Browning|Manning|Harding|Golding|Channing|Keating|Cumming|Downing|Fielding|Gooding|Kipling|Wilding|Hemming|Stirling|Dowling|Rawling|Darling|Lansing|Spalding|Hosking|Jennings|Morning|Evening|Meeting|Wedding|Booking|Thanksgiving|Spring|King|Pricing|Something|Nothing|Anything|Everything|Following|Ordering|Customers|Members|Orders|Numbers|Others|Papers|Offers|Answers|Letters|Flowers|Visitors|Users|Leaders|Partners|Brothers|Sisters|Mothers|Fathers|Parents|Workers|Managers|Owners|Buyers|Sellers|Suppliers|Vendors)$/;
// "Pete from the Red Lion": a business named with "the" before it, as pubs and hotels are.
const EN_CONTEXT_RE = /(?:\b(?:from|at|with|of|for|joined|to|runs|owns|manages)|@)\s+(?:the\s+(?=[A-Z]\w+\s+[A-Z]))?((?:[A-Z][\w'’&.-]*)(?:[^\S\n]+(?:[A-Z][\w'’&.-]*|&|and|of|the)){0,4})/g;
/** "（不是明星那个哈哈）", "（老板娘）": an aside or a role in brackets, not a business. */
const PAREN_ASIDE = /^[\u4e00-\u9fff\s]*(?:不|是|那|这|哈|呵|吧|呢|啊|了|我|你|他|她|老板|经理|主管|店长|负责人|采购|朋友|亲戚|同学)[\u4e00-\u9fff\s]*$/;
const EN_POSSESSIVE_BUSINESS = /(?:^|[,;:(|]\s*|\b(?:from|at|with|of)\s+)([A-Z][\w-]*['’]s\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?=\s*[,;)|.]|\s+(?:in|on|at|wants?|needs?)\b|\s*$)/g;
const PAREN_RE = /\(([A-Z\u4e00-\u9fff][^()]{1,40})\)/g;

const EN_LEADS = /^(?:(?:New|Lead|Leads|Prospect|Add|Called|Met|Visited|Emailed|Texted|Mark|Sent|The|Our|At|From|With|For|To|Tell|Lookup|Show|Find|Who|Is|And|Move|Moved|Shift|Shifted|Advance|Advanced|Demoed|Pitched|Set|Put|Bump|Push|Drop|Take|Change|Postpone|Postponed|Reschedule|Defer|Remind)\s+)+/;
const EN_NOT_COMPANY = /^(?:HQ|Head Office|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|NYE|Christmas|Xmas|I|We|You|They|He|She|It|Today|Tomorrow|Tonight|Next|This|Last|LinkedIn|Instagram|Facebook|Google|Twitter|TikTok|WeChat|WhatsApp|Website|Referral|Yelp|Reddit|Email)$/;

const EN_AMPERSAND_RE = /(?<![\w'’])(?:[A-Z][\w’-]*\s+){0,2}[A-Z][\w’-]*\s*&\s*(?!I\b)[A-Z][\w'’-]*(?:\s+(?!(?:at|in|on|to|for|from|and|is|are|was|went)\b)[A-Z][\w’-]*){0,2}/g;

/** "Cervecería Añil", "Padaria Pão Dourado", "Aceros del Norte" (read without accents): Spanish and Portuguese trades said first. */
const IBERIAN_TRADES =
  "Cerveceria|Panaderia|Pasteleria|Ferreteria|Taqueria|Lavanderia|Clinica|Farmacia|Drogaria|Bodega|Pousada|Posada|Padaria|Hostal|Tostadora|Restaurante|Optica|Hacienda|Finca|Cafeteria|Pizzaria|Churrascaria|Marisqueria|Taberna|Vinoteca|Distribuidora|Importadora|Constructora|Inmobiliaria|Laboratorio|Aceros|Tienda|Loja|Academia|Colegio|Escuela";
/** "Café Morgenrot", "Hotel Adlon", "PT Sumber Rasa": a trade word or legal form said first, then the name. */
const EN_TRADE_FIRST_RE = new RegExp(String.raw`(?<![\w'’])(?:PT\.?|CV|Café|Cafe|Caffè|Hotel|Restaurant|Bistro|Trattoria|Osteria|Pizzeria|Brasserie|Bierhaus|Brauhaus|Gasthaus|Boulangerie|Patisserie|Pâtisserie|Casa|Club|Studio|Clinic|Clinique|Salon|Klinik|Hôtel|Bäckerei|Maison|Domaine|Château|Ristorante|Enoteca|Auberge|Chez|${IBERIAN_TRADES})\s+(?:(?:des|du|de|di|della|del)\s+)?(?:[A-ZÀ-Þ][\wÀ-ÿ'’&-]*)(?:\s+(?:(?:de|del|de la|da|do|dos|das|des|du|di|della|y|e)\s+)?[A-ZÀ-Þ][\wÀ-ÿ'’&-]*){0,2}`, "g");
/** "The Copper Kettle", "The Green Room": capitalised words after "The" mid-sentence name a place, not a person. */
const JOB_TITLE_HEAD = /^(?:VP|SVP|EVP|AVP|Head|Director|Manager|Senior|Chief|Global|Regional|Category|Product|Strategic|Lead)(?:\s+of)?$/;
const DEPARTMENTS = /^(?:Marketing|Sales|Finance|Legal|Ops|Operations|HR|IT|Accounts|Accounting|Procurement|Purchasing|Engineering|Product|Support|Design|Management|Leadership|Exec|Executive|Tech|Dev|Admin|Customer Service|Customer Success)$/;
const THEIR_TEAM = /\bthe\s+((?:[A-Z][\w'’&-]*)(?:\s+[A-Z][\w'’&-]*){0,3})\s+(?:team|folks|people|guys|crew|lot|side|buyers|owners)\b/g;
const EN_THE_RE = /(?<=[\s,(:;-]|^)The\s+((?:[A-Z][\w'’&-]*)(?:\s+[A-Z][\w'’&-]*){0,3})/g;
/** Two-letter abbreviations joined by & are departments or terms (F&B, R&D, P&L), not a business. */
const AMPERSAND_TERM = /^[A-Z]{1,2}\s*&\s*[A-Z]{1,2}$/;

const PLACE_THEN_TRADE = /\b(?:from|at|of|with|for|runs|owns) the ((?:[A-Z][\w'’-]*\s+){1,3}(?:bottle-?o|bottle shop|pub|cafe|café|bakery|deli|servo|surf club|bowls club|footy club|milk bar|takeaway|chippy|chip shop|fish and chip shop|pharmacy|chemist|newsagency|butcher|greengrocer|motel|caravan park))\b/g;

/** Finds English company names. `sure` is false for bare capitalised words after "from"/"at". */
const SENTENCE_END = /(?<!\b(?:Co|Inc|Ltd|Corp|Bros|St|Mr|Mrs|Ms|Dr|Jr|Pte|Sdn|Bhd|Pty|No|[A-Z]))\.\s+/;

/**
 * "lost dunmore brewing, they went w a cheaper vendor": typed all in lower case, a business is still named by its trade
 * word, right after what was done with it. Those words are read as if capitalised; the value keeps the writer's case.
 */
const LOWER_CASE_BUSINESS = new RegExp(`(?<=(?:^|[,;:]\\s*)(?:lost|won|closed|signed|called|rang|phoned|met|visited|emailed|texted|lookup|look up|find|new lead:?)\\s+)((?:(?!(?:the|a|an|my|our|your|their|this|that|usual|local|same|other|new|old|big|little|nice|good)\\b)[a-z][a-z'’&-]+\\s+){1,2})(?:${EN_SUFFIXES})s?\\b`, "gi");
const capitalised = (words: string) => words.replace(/\b[a-z]/g, (c) => c.toUpperCase());

export function findEnCompanies(text: string): CompanySpan[] {
  if (!/[A-Z]/.test(text) && text.search(LOWER_CASE_BUSINESS) >= 0) {
    const asIfCapitalised = text.replace(LOWER_CASE_BUSINESS, capitalised);
    return findEnCompanies(asIfCapitalised).map((c) => ({ ...c, value: text.slice(c.index, c.end) }));
  }
  const out: CompanySpan[] = [];
  const add = (index: number, value: string, sure: boolean) => {
    value = value.replace(/[\s,.;:]+$/, "").replace(/(?:\s+(?:and|of|the|&))+$/i, "");
    const lead = EN_LEADS.exec(value);
    if (lead) {
      index += lead[0].length;
      value = value.slice(lead[0].length);
    }
    // "joined Kenji Watanabe's call": a guess that ends in a possessive is someone's, not a company.
    if (!sure && /[’']s$/.test(value)) return;
    // A titled name ("for Mr. Tan") is a person, never a company.
    if (!value || EN_NOT_COMPANY.test(value) || /^(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Prof|Mx|Sir|Datuk|Dato'?|Encik|Puan)\.?\s/.test(value)) return;
    if (out.some((o) => index < o.end && o.index < index + value.length)) return;
    out.push({ index, end: index + value.length, value, sure });
  };
  // "Heather & Thistle", "Bondi Bait & Tackle", "Smith & Sons": capitalised words joined by & name a business.
  for (const m of text.matchAll(EN_AMPERSAND_RE)) if (!AMPERSAND_TERM.test(m[0] as string)) add(m.index ?? 0, (m[0] as string).replace(/['’]s$/, ""), true);
  // "SmileCare Dental Clinic Kochi": a trade word ending a capitalised name is its suffix, and what follows is a place.
  for (const m of text.matchAll(EN_TRADE_FIRST_RE)) if (!/[A-Z][\w'’-]*\s+$/.test(text.slice(0, m.index))) add(m.index ?? 0, (m[0] as string).replace(/['’]s$/, ""), true);
  // "from the Coogee Bay bottle-o", "at the Bondi pub": a place of trade said in lower case after where it is.
  for (const m of text.matchAll(PLACE_THEN_TRADE)) add((m.index ?? 0) + m[0].length - (m[1] as string).length, m[1] as string, true);
  for (const m of text.matchAll(EN_COMPANY_RE)) {
    const head = (m[1] as string).trim();
    // A suffix alone ("the hotel") is not a name; it needs a capitalised word in front.
    if (!head) continue;
    add(m.index ?? 0, m[0], true);
  }
  for (const m of text.matchAll(EN_TRADE_SHAPE_RE)) {
    // "VP Purchasing", "Product Planning": a job title on a business card, not a business.
    if (NOT_TRADE.test(m[2] as string) || EN_NOT_COMPANY.test((m[1] as string).trim()) || JOB_TITLE_HEAD.test((m[1] as string).trim())) continue;
    add(m.index ?? 0, m[0], true);
  }
  // "Kev Doyle, Doyle's Bottle-O, …", "from Mario's Pizzeria": someone's name owning a capitalised word names a business.
  for (const m of text.matchAll(EN_POSSESSIVE_BUSINESS)) add((m.index ?? 0) + m[0].length - (m[1] as string).length, m[1] as string, true);
  for (const m of text.matchAll(PAREN_RE)) {
    if (PAREN_ASIDE.test(m[1] as string)) continue;
    // "PT Sumber Rasa (Jakarta)": one word in brackets right after a business is where it is.
    // "The Red Lion (Abergavenny)": so is one after a name that starts with "The".
    if (/^[A-ZÀ-Þ][a-zß-ÿ]+$/.test(m[1] as string) && (out.some((o) => /^\s*$/.test(text.slice(o.end, m.index))) || /\bThe(?: [A-Z][\w'’&-]*){1,4}\s*$/.test(text.slice(0, m.index)))) continue;
    // "星巴克(南京西路店)": a branch in brackets belongs to the brand said right before it.
    const brand = /[店]$/.test(m[1] as string) ? /([\u4e00-\u9fffA-Za-z]{2,8})\s*$/.exec(text.slice(0, m.index)) : null;
    if (brand && !/^(?:新客户|客户|线索|新线索)/.test(brand[1] as string)) add(brand.index, text.slice(brand.index, (m.index ?? 0) + m[0].length), true);
    // "Priya Nair (HR, Infosys)": a role said before the business in brackets is no part of it.
    else {
      const role = /^(?:HR|IT|CEO|CFO|COO|CTO|owner|director|manager|buyer|procurement|purchasing|ops|finance|marketing|sales|admin|head of [a-z]+)\s*[,@]\s*/i.exec(m[1] as string)?.[0] ?? "";
      add((m.index ?? 0) + 1 + role.length, (m[1] as string).slice(role.length), true);
    }
  }
  for (const m of text.matchAll(EN_THE_RE)) if (m.index !== 0 && !/^[A-Z]{2,4}$/.test(m[1] as string)) add(m.index ?? 0, m[0] as string, false);
  // "met with the Brightwater team": the business whose people were met.
  for (const m of text.matchAll(THEIR_TEAM)) if (!EN_NOT_COMPANY.test(m[1] as string) && !DEPARTMENTS.test(m[1] as string)) add((m.index ?? 0) + m[0].indexOf(m[1] as string), m[1] as string, false);
  // "Chris Nguyen, Pho Saigon, chris@phosaigon.com": capitalised words spelling the email's domain are its company.
  const domains = [...text.matchAll(/@([a-z0-9-]+)\./gi)].map((d) => (d[1] as string).toLowerCase().replace(/-/g, ""));
  // A personal domain (john@johnsmith.com) spells the person, whose first name also opens the address.
  const locals = [...text.matchAll(/([a-z0-9._-]+)@/gi)].map((d) => (d[1] as string).toLowerCase());
  if (domains.length) {
    for (const m of text.matchAll(/(?<![\w@.])((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|&)){0,3})(?![\w@])/g)) {
      const value = m[1] as string;
      const letters = value.toLowerCase().replace(/[^a-z0-9]/g, "");
      const first = (value.split(/\s+/)[0] as string).toLowerCase();
      if (locals.some((l) => l.startsWith(first))) continue;
      if (letters.length >= 5 && /\s/.test(value) && domains.some((d) => d === letters || (d.includes(letters) && letters.length >= 6))) add(m.index ?? 0, value, true);
    }
  }
  for (const m of text.matchAll(EN_CONTEXT_RE)) {
    // "Call with Anita Rao. Keen on…": a full stop ends the name unless it ends an abbreviation (Co., Bros.).
    // "get back to Tasha EOD": a deadline in capitals ends the name.
    const value = ((m[1] as string).split(SENTENCE_END)[0] as string).replace(/\s+(?:EOD|COB|EOW|EOM|ASAP)\b.*$/, "");
    const start = (m.index ?? 0) + m[0].length - (m[1] as string).length;
    // "Spoke to Achieng on phone": whom one spoke or wrote to is a person.
    if (/\b(?:spoke|talked|chatted|wrote|sent|said|replied|speak|talk|chat|write|reach(?:ed)? out|got back|reply|speaking|talking)\s+to\s*$/i.test(text.slice(0, start))) continue;
    // "a lead for Marcus: Tom Reed, Reed Joinery": the colleague a lead is added for is no business.
    if (/\b(?:lead|leads|prospect|task|reminder|note)\s+for\s*$/i.test(text.slice(0, start))) continue;
    // "60 cases of Chilean red", "40 kegs of IPA": what a quantity is of is the goods, not a business.
    if (/\b\d+\s*(?:[a-z-]+\s+){1,2}of\s*$/i.test(text.slice(0, start)) && /of\s*$/.test(text.slice(0, start))) continue;
    // "got a referral from Priyanka": who passed the lead on is a person, not the lead's company.
    if (/\b(?:referral|referred|intro|introduction|recommendation|tip|tip-off)\s+from\s*$/i.test(text.slice(0, start))) continue;
    // "a walk-in from Jacinta who manages the servo": someone who manages or runs a place is a person.
    if (/^\s+who\s+(?:manages|runs|owns|works|is|was)\b/i.test(text.slice(start + value.length))) continue;
    add(start, value, false);
  }
  return out.sort((a, b) => a.index - b.index);
}

const BARE = "[\\u4e00-\\u9fffA-Za-z0-9]{2,8}?";
/** Where a company is named by its place, not a trade word (大疆, 喜茶, 中建三局): after "@", a move, or "在…做". */
const PLACED = [
  new RegExp(`(?:@|跳槽到|跳槽去|加入了?|入职了?|调到|现在叫|改名叫|改名为|更名为|改叫)\\s*(${BARE})(?=了|的|[，,。.!！?？\\s]|$)`, "g"),
  // "现在在万科上班": the 在 of 现在 is no preposition.
  new RegExp(`(?:(?<!现)在|于)(${BARE})(?=做|工作|上班|当|负责|任职|管)`, "g"),
  // "Kevin Zhou 是 OneDegree 的 buyer", "她是鼎新的采购": where someone is said to work, by their role there.
  new RegExp(`是\\s*([A-Z][\\w&'.-]*(?:\\s+[A-Z][\\w&'.-]*){0,3}|${BARE})\\s*的\\s*(?=buyer|purchaser|owner|manager|director|boss|founder|CEO|CFO|COO|GM|采购|老板|经理|负责人|总监|主管|店长|老总)`, "g"),
  // "再跟进一下华为那个项目": the business whose project or deal a step is about.
  new RegExp(`(?:跟进|联系|推进|问问|催|跟)(?:一下|下)?(${BARE})(?=(?:那|这)个?(?:项目|单子?))`, "g"),
  // "下周三给恒远做产品演示": the business a demo, a proposal or training is given to.
  new RegExp(`(?:给|帮|替|为)(${BARE})(?=做(?:个|一次|一下)?(?:产品|方案|系统)?(?:演示|demo|汇报|报价|培训|安装|展示|讲解|测试|调试))`, "gi"),
  // "现在改到鸿海上班了": moved to work somewhere.
  new RegExp(`(?:改到|换到|转到|跳到|去了|去到)(${BARE})(?=上班|工作|做事|任职)`, "g"),
  // "刚加了个微信 鑫禾农机的付总", "华辰电梯的孙工": a word owning a titled person, after a pause, is where they work.
  new RegExp(`(?:^|[\\s，,。:：])(?:给|跟|和|找|去|到|约|见|问|拜访了?)?(${BARE})(?<!认识|介绍|碰到|遇到|见到|见过|联系|加了|加的)的(?=[\\u4e00-\\u9fff]{1,2}(?:总|经理|老板|主任|厂长|店长|院长|校长|处长|科长|姐|哥|老师|律师|医生|主管)(?![\\u4e00-\\u9fff]{0,1}(?:部|公司))|(?![员技民美木电分加施监手职女童临义打做开罢竣完化理商轻重长短怠])[\\u4e00-\\u9fff]工(?![人作厂程具资钱业地会种序位友装]))`, "g"),
  // "大疆的单子", "美丽人生那单签了", "Acme那张单", "蜀香园黄了", "速达那25台谈下来了": the subject a deal update opens with;
  // "得嘞，鑫源小区那单儿签了", "谁说丢了？永盛那单还在谈": a short cheer or question before it does not move the subject.
  new RegExp(`(?:^|(?<=^[^，,。！!？?\\s记帮录查找问请给跟和]{1,5}[，,！!？?]\\s*))(?:把|那个|这个|那家|这家|给|跟|和)?([^\\s的，,。:：、!！?？把我你他她说讲问]{2,8}?)(?:终于|总算|也|又|刚刚?|今天|昨天)?(?=的[^，,。\\s]{0,6}?(?:单子|订单|项目|合同|样品|报价|标书|投标|赢单|签了|成交|黄了|丢单|拿下)|被(?:竞品|同行|别家|人)|那[个张]?单|这[个张]?单|[那这][\\d一二两三四五六七八九十几百]+\\s*(?:台|箱|件|套|辆|批|吨)|[那这]批|报价单?(?:已经?|都)?(?:送出|发出|发了|发过去)|(?:那|这)个?项目|[那这]笔|张单|那边|已经|黄了|签了|搞定了|没戏|赢了|输了|丢了|成交|进入|在(?:砍价|谈|议价))`, "g"),
];
// "介绍了个客户：深蓝户外的陈凯": the business the heading names, owning the person after it.
const HEADING = new RegExp(`(?:^|\\s)(?:客户|公司|单位|商家)[:：]\\s*(${BARE})(?=[\\s，,。]|$)|(?:^|\\s|个|位)(?:客户|公司|单位|商家)[:：]\\s*(${BARE})(?=的[\\u4e00-\\u9fff]{2,3}(?:[，,。\\s]|$))`, "g");
/** Words that open a sentence and are never a company; "不做喇", "没下文了" are what happened, not who. */
const NOT_BARE = /^(?:有没有|有啥|有什么|近\s*[\d一二两三四五六七八九十半]|最近|过去|過去|上个|上月|这个?月|这周|这季|(?:前|大前)天|年初|月初|开(?:完|了)?(?:个)?会|開(?:完|咗)?(?:個)?會|单子|单|订单|生意|上次|下次|那次|这次|之前|以前|原来|当时|隔壁|周[一二三四五六日天末]|星期|礼拜|后天|上午|下午|晚上|早上|中午|查|找|看|搜|我|你|他|她|它|咱|这|那|今|明|昨|上周|下周|本|刚|已|客户|老板|大家|我们|现在|目前|最近|还|也|都|就|帮|请|新|房|桌|位|预|订|价|合同|报价|项目|东西|货|样品|时间|不|没|别)|[了喇啦啊呀吧呢嘛]$/;
/** In a lead typed as a list ("新线索 何小姐 喜茶 要…"), the word after the person is their company. */
const LIST_STOP = /^对|兴趣|意向|需求|[要想说买订在是了吗呢吧啊哦嗯好谢看查调\d]|资料|信息|档案|情况|今天|明天|昨天|后天|下周|上周|本周|月底|(?:下|上|这)个?月|电话|微信|邮箱|预算|联系|跟进|客户|线索|回访/;

/** A count after a list item ("雅思冲刺班，2人", "处方粮 每月100袋") marks goods, not a company. */
const COUNT_AFTER = new RegExp(`^[\\s,，、]*(?:每(?:个)?[月周天]|一个?月)?\\s*[\\d${"一二两三四五六七八九十百千"}]+\\s*(?:${ZH_MEASURES}|个?人|位|名)`);

function findPlacedCompanies(text: string, persons: Array<{ index: number; end: number }>, listed: boolean): CompanySpan[] {
  const out: CompanySpan[] = [];
  for (const re of PLACED) {
    for (const m of text.matchAll(re)) {
      const value = m[1] as string;
      // "宏远终于签了": an adverb may follow the name inside the match.
      const index = (m.index ?? 0) + m[0].lastIndexOf(value);
      // "在酒店用品展碰到一个做民宿的": where someone was met, and a count of them, are no business's name.
      // "dana price @ prairie paws": a word in lower case is only part of a business (lower-case.ts reads it whole).
      if (!NOT_BARE.test(value) && !/[碰遇见]|一个|一位/.test(value) && !/^[a-z]/.test(value)) out.push({ index, end: index + value.length, value, sure: false });
    }
  }
  // "客户：美团优选 对接人 孔经理": the business a record's heading names, unless it names a person ("客户：张伟").
  for (const m of text.matchAll(HEADING)) {
    const value = (m[1] ?? m[2]) as string;
    const index = (m.index ?? 0) + m[0].length - value.length;
    if (!NOT_BARE.test(value) && !persons.some((p) => p.index < index + value.length && index < p.end)) out.push({ index, end: index + value.length, value, sure: false });
  }
  for (const p of persons) {
    // "Golden Dragon 的 Mr. Wong": capitalised words owning a person are their company.
    const owner = /((?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|&)){0,3})\s*的\s*$/.exec(text.slice(0, p.index));
    if (owner && !EN_NOT_COMPANY.test(owner[1] as string)) out.push({ index: owner.index, end: owner.index + (owner[1] as string).length, value: owner[1] as string, sure: true });
    // "Hugo Petit, Petit Vineyards, hugo@…": in a lead typed as a list, the capitalised item after the person.
    const item = listed && /[@\d]/.test(text) ? /^\s*[,，|/-]\s*((?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|&|and|of|the)){0,4})\s*(?=[,，|]|$)/.exec(text.slice(p.end)) : null;
    if (item && !EN_NOT_COMPANY.test(item[1] as string) && !/^(?:Mr|Mrs|Ms|Miss|Dr)\b/.test(item[1] as string)) {
      const index = p.end + item[0].length - (item[1] as string).length;
      out.push({ index, end: index + (item[1] as string).length, value: item[1] as string, sure: false });
    }
  }
  for (const p of listed ? persons : []) {
    const seg = /^[\s,，、:：]+([\u4e00-\u9fff]{2,12})(?=[\s,，、。]|$)/.exec(text.slice(p.end));
    if (!seg || /[A-Za-z]/.test(text[p.end] ?? "")) continue;
    const value = (seg[1] as string).replace(/(?:[\u4e00-\u9fff]{1,3}部)?的$/, "");
    const index = p.end + seg[0].length - (seg[1] as string).length;
    if (COUNT_AFTER.test(text.slice(index + value.length))) continue;
    if (value.length >= 2 && !LIST_STOP.test(value) && !NOT_BARE.test(value)) out.push({ index, end: index + value.length, value, sure: false });
  }
  return out;
}

/** A business named by its sign: "店叫暖月月子会所", "店名老街坊Kopitiam", "去做美容院 叫靓点Beauty", "有家叫福满楼的饭店". */
const SIGN = /(?:(?:店|公司|厂|铺头?|餐厅|门店|工作室|饭店|酒楼|诊所)(?:的)?(?:名字?|名称)(?:叫|是)?|(?:店|公司|厂|铺头?|餐厅|门店|工作室|饭店|酒楼|诊所|中心|会所|超市|酒店|馆|园)(?:叫|叫做)|\s叫(?:做)?(?=\S{2,16}$)|(?<=开[\u4e00-\u9fff]{1,5}的)\s*[，,]?\s*叫(?:做)?|(?:开了?|新开了?)(?:一)?[间家个]?[\u4e00-\u9fff]{1,5}(?:铺|店|馆|厅|坊|厂|档|民宿|客栈|会所|中心)(?:的)?\s*[，,]?\s*叫(?:做)?|有(?:一)?(?:[家间](?:店|公司)?|个(?:店|公司))叫(?:做)?)\s*([\u4e00-\u9fffA-Za-z0-9&'’-]{2,16}?)(?=[\s，,。.!！?？;；、]|$|想|要|说|在|是|的|了|做|电话|手机|微信|老板|经理)/;
/** A business's name set off in corner brackets or quotes: "信义区的「好家在咖啡」", "台中“幸福婚礼会馆”的王经理". */
// "昵称「橙子味的夏天」": a nickname in quotes is someone's (person.ts), not a shop's sign.
const QUOTED_NAME = /(?<!(?:昵称|微信名|微信昵称|网名|抖音名|抖音号|小红书名|群昵称|ID)(?:叫做?|是|为)?[:：]?\s*)[「『“"]\s*([^」』”"，,。\s]{2,16}?)\s*(?=[」』”"])/;
/** What someone runs, said before its name: "开月子中心的", "槟城开咖啡店的", "转了去做美容院". */
const DESCRIBED = /开|做|转/;

const PLACE_BEFORE = /(?:在|去|到|来)(?:了)?(?:那个|这个)?\s*$/;
const PLACE_AFTER = /^\s*(?:那边|这边|那儿|这儿|里|上|门口|附近|旁边|楼下)/;

/** Every company in the text, Chinese and English, in order; `persons` lets a list's company be found by its place. */
/** "Hartley 律所的王律师", "Acme 公司": a business in Latin letters, a space, then its Chinese trade word. */
const LATIN_THEN_ZH_TRADE = new RegExp(`(?<![A-Za-z&] ?)[A-Z][A-Za-z&'.-]*(?: (?:&|and|[A-Z][A-Za-z&'.-]*)){0,3} (?:${ZH_SUFFIX_RE})`, "g");

export function findCompanies(text: string, persons: Array<{ index: number; end: number }> = []): CompanySpan[] {
  const spaced = [...text.matchAll(LATIN_THEN_ZH_TRADE)].map((m) => ({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, value: m[0], sure: true }));
  const found = [...findZhCompanies(text), ...findEnCompanies(text)].filter((c) => !spaced.some((s) => c.index < s.end && s.index < c.end));
  const named = [...spaced, ...found].filter((c, i, all) => all.findIndex((o) => o.index === c.index && o.end === c.end) === i);
  // One lead has one company: when a trade word names it, the word after the person is something else.
  const placed = findPlacedCompanies(text, persons, !named.length).filter((c) => !named.some((n) => c.index < n.end && n.index < c.end));
  const sign = SIGN.exec(text) ?? QUOTED_NAME.exec(text);
  const signed = sign ? { index: sign.index + sign[0].length - (sign[1] as string).length, end: sign.index + sign[0].length, value: sign[1] as string, sure: true } : undefined;
  // "他那个烧烤店叫老赵烧烤": the shop the sign names is only described before it.
  const described = (c: CompanySpan) => !!signed && !!sign && ((c.index < signed.end && signed.index < c.end) || DESCRIBED.test(c.value) || Math.abs(c.end - sign.index) <= 1);
  // "陈老板公司改名了": someone's company, named by who runs it, is that person's, not a name of its own.
  const someonesOwn = (c: CompanySpan) => /^[\u4e00-\u9fff]{1,2}(?:总|老板|经理|姐|哥|董|主任|老师|叔|阿姨)(?:的|那|家)?(?:公司|厂|店)$/.test(c.value);
  // "采购部的黄科长": a department of the business is not a business.
  // "海外市场部", "海外事业部": so is one said with its reach.
  const department = (c: CompanySpan) => /^(?:海外|国际|国内|华东|华南|华北|大客户)?(?:采购|财务|销售|市场|人事|行政|技术|工程|物流|仓储|质检|品管|生产|研发|客服|法务|设计|运营|总务|后勤|业务|事业)部$/.test(c.value);
  // "王姐，开火锅店的", "自己开诊所": what someone runs, said as a kind of business, is no business's name.
  const whatTheyRun = (c: CompanySpan) => /^住(?:在)?[\u4e00-\u9fff]{1,6}$/.test(c.value) || (/^(?:隔壁|对面|楼下|楼上|附近)?(?:一个|一位|个)?(?:开|做|经营|搞)[\u4e00-\u9fff]{1,5}$/.test(c.value) && /^[\u4e00-\u9fff]?的/.test(text.slice(c.end))) || /^自己(?:开|做)/.test(c.value);
  // "包装展上认识了…": a trade's fair is where they met, not a business.
  // "met at Web Summit", "the Hamburg meetup": nor is an event named in English.
  // "进博会展位来了位客户": the fair's booth, run together, is no business either.
  const aFair = (c: CompanySpan) => /^展(?:会|上|览)/.test(text.slice(c.end)) || (/会展$/.test(c.value) && /^[位台馆区]/.test(text.slice(c.end))) || /\b(?:Summit|Expo|Fair|Conference|Congress|Convention|Forum|Festival|Meetup|Webinar)$/.test(c.value) || /^\s+(?:pre-?)?(?:show|expo|fair|conference|summit|meetup|meet-up|webinar|after-?party|mixer|networking|hackathon|workshop|seminar|forum|congress|convention|festival)\b/i.test(text.slice(c.end));
  // "他们那间办公室空调坏了": that office of theirs is a room, not a business.
  const thatRoom = (c: CompanySpan) => /^(?:那|这)(?:间|个)办公$/.test(c.value);
  // "@小王 帮你录个线索": a colleague mentioned is no business.
  const mentioned = (c: CompanySpan) => LEADING_MENTION.test(text.slice(0, c.index));
  // "金鹰 谈判中 现在报12w": where a deal stands is no business.
  const aStage = (c: CompanySpan) => /^(?:谈判|洽谈|商谈|议价|砍价|报价|签约|跟进|沟通|对接|磨合)中$/.test(c.value);
  // "家长刘女士来咨询": someone coming to ask is no consultancy.
  // "实验小学的朱老师咨询暑期书法班": a person titled, then asking, is no consultancy either.
  const cameToAsk = (c: CompanySpan) => /(?:来|去|过来|想|在|要|打电话|电话|老师|总|经理|先生|女士|小姐|姐|哥|老板)咨询$/.test(c.value);
  // "小周11月上半月签了多少单": a run holding a month or a part of one is a name and a period, not a business.
  const holdsAPeriod = (c: CompanySpan) => !c.sure && /[\d一二三四五六七八九十]月|[上下]半月|[上中下]旬/.test(c.value);
  const all = [...named, ...placed].filter((c) => !described(c) && !someonesOwn(c) && !department(c) && !whatTheyRun(c) && !aFair(c) && !thatRoom(c) && !mentioned(c) && !aStage(c) && !cameToAsk(c) && !holdsAPeriod(c)).concat(signed ? [signed] : []).sort((a, b) => a.index - b.index);
  // "认识个物业公司的 祁德胜 锦澜物业": a kind of business met is no name when a name follows.
  const kinds = all.filter((c) => /(?:个|家)[\u4e00-\u9fff]{1,4}(?:公司|厂|店)$/.test(c.value));
  return withoutMeetingPlaces(kinds.length && kinds.length < all.length ? all.filter((c) => !kinds.includes(c)) : all, text).map(afterItsPlace);
}

/** "旺角那间笑容牙科", "台南那家文昌書局": the place said before "that one" is where the business is, not its name. */
const PLACE_THEN_THAT_ONE = /^[\u4e00-\u9fff]{1,6}?(?:(?:那间|那家|这间|这家|嗰间|嗰間)(?=[\u4e00-\u9fffA-Za-z]{2})|(?:那个|这个)(?=[\u4e00-\u9fff]{3,}$))/;
function afterItsPlace(c: CompanySpan): CompanySpan {
  const place = PLACE_THEN_THAT_ONE.exec(c.value);
  return place ? { ...c, index: c.index + place[0].length, value: c.value.slice(place[0].length) } : c;
}

/** "在万达广场那边见了…叫嘉禾物业": a place where people met is not their company when another is named. */
function withoutMeetingPlaces(all: CompanySpan[], text: string): CompanySpan[] {
  // "Chinatown 的 Dragon Palace", "Pacific Mall 的 Maple Tea House": where a business is, said before it with 的.
  const whereItIs = (c: CompanySpan) => /^[A-Za-z][\w .&'’-]*$/.test(c.value) && /^\s*的\s*[A-Z]/.test(text.slice(c.end)) && all.some((o) => o.index > c.end && /^\s*的\s*$/.test(text.slice(c.end, o.index)));
  const places = all.filter((c) => (PLACE_BEFORE.test(text.slice(Math.max(0, c.index - 6), c.index)) && PLACE_AFTER.test(text.slice(c.end))) || whereItIs(c));
  return places.length && places.length < all.length ? all.filter((c) => !places.includes(c)) : all;
}
