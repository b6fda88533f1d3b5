/**
 * The words that point to each intent, with their weights. `classify.ts` sums the cues that match and
 * adds what the entity finders saw; a cue here should name a way of saying the intent, never one sentence.
 */
import { ORDER_CALLED_OFF } from "./entities/deal.ts";
import { CHANGED_INSTEAD } from "./mood.ts";
import { TERMS_GIVEN } from "./entities/terms.ts";
import type { IntentName } from "../schema.ts";

export type Cue = readonly [RegExp, number];
// remember_preferences is not scored on its own: a guest's update_customer becomes it (index.ts).
export type Scored = Exclude<IntentName, "unknown" | "remember_preferences">;

/** A reminder set: "set a reminder:", "reminder -", "设个提醒". */
export const REMINDER_SET = /\bset (?:a |me a |up a )?reminder\b|\breminder\s*[:：-]|设(?:个|一个)?提醒|提醒一下[:：]/i;

/** "李娟这个月的成单情况", "昨天的成交情况": how much was sold, asked as a state of things, not a deal won. */
export const SALES_MEASURE = /(?:成单|成交|签单|出单|开单|销售|回款)(?:的)?(?:情况|数据|数量|量|额|金额|总额)|(?:成单|成交|签单|出单|开单|新增客户|新增线索|新客户)数(?!据)/;

const PAPERS = "(?:invoices?|bills?|statements?|quotes?|quotations?|receipts?|POs|purchase orders?|remittances?|paperwork|correspondence|orders?)";
/** Where a customer's papers are to go: an address asked for, or said to hold from now on. */
const PAPERS_GO_TO = new RegExp(
  `\\b(?:wants?|wanted|asked(?: that| for)?|asks?|would like|prefers?|should|needs?)\\s+(?:(?:all|the|their|his|her|future|any)\\s+)?${PAPERS}\\s+(?:to\\s+)?(?:be\\s+)?(?:sent|go|going|emailed|forwarded|addressed|cc'?d)\\s+to\\s+[\\w.+-]+@` +
    `|\\b${PAPERS}\\s+(?:should\\s+|to\\s+|will\\s+)?(?:be\\s+)?(?:sent|go|emailed|addressed)\\s+to\\s+[\\w.+-]+@[\\w.-]+\\s+(?:from now on|going forward|moving forward|in future|in the future)` +
    `|(?:发票|对账单|报价单?|账单|合同|订单)(?:以后|今后|往后)?(?:都|请|要)?(?:发到|寄到|发给|发至|发送到|抄送)\\s*[\\w.+-]+@` +
    // "she asked us to send invoices to her husband's email from now on: mateo.delgado@…": the address said after whose it is.
    `|\\b(?:asked|wants?|wanted|would like|prefers?)\\s+(?:us|me)\\s+to\\s+(?:send|email|forward|address)\\s+(?:(?:all|the|their|his|her|future|any)\\s+)?${PAPERS}\\s+to\\s+[^.!?@]{0,40}\\be-?mail\\b[^.!?@]{0,30}[\\w.+-]+@`,
  "i",
);


/** "Marcus this month — calls, meetings, closed": a rep's measures listed, as a report's columns. */
const REP_MEASURES_LISTED = /\b(?:calls|meetings|visits|deals|revenue)\s*[,/、]\s*(?:calls|meetings|visits|closed|deals|revenue|won|lost|pipeline)\s*[,/、]\s*(?:calls|meetings|visits|closed|deals|revenue|won|lost|pipeline)\b/i;
/** "pull up Jessica's numbers from last month": a person's figures, which are a rep's report. */
const REP_FIGURES = /\b[A-Z][a-z]+(?:'s|’s) (?:numbers|figures|stats|results|performance|kpis?|conversion|close rate|win rate)\b/;
/** Figures set against a goal, or rates of the team: what a manager reviews. */
const TEAM_MEASURE =
  /\b(?:vs\.?|versus|against)\s+(?:the\s+|our\s+|their\s+|his\s+|her\s+|my\s+)?(?:target|budget|quota|plan|goal|forecast)s?\b|\bactuals?\b\s*(?:vs\.?|versus|against|跟|和|与|按|by\b|split\b|per\b)|\b(?:win|close|conversion|hit) rates?\b|\b(?:avg|average) (?:deal|order|ticket|basket) (?:size|value)\b|达成率|完成率|(?:目标|指标|任务)(?:完成|达成)(?:了)?(?:多少|情况|度)|离[^，,。]{0,4}目标|目标还差|(?:跟|和|与|比)\s*(?:target|目标|预算|budget)\s*(?:差|比)|(?:谁|哪个|哪位|哪些)[^，,。]{0,8}垫底|(?:开单|出单|开张)了(?:没|吗|么|冇)|各阶段[^，,。]{0,6}汇总|\bpipeline by stage\b/i;

/** How someone wants to be reached from now on: "以后别打电话", "有事微信联系", "don't call her, email only". */
export const CONTACT_HABIT =
  // "周姐习惯下午三点以后才看消息，早上别打扰她", "only checks email after 6pm": when they can be reached.
  /(?:习惯|一般|通常|只在|都是)[^，,。]{0,6}(?:上午|下午|晚上|早上|中午|[\d一二三四五六七八九十]+点)[^，,。]{0,8}(?:才)?(?:看|回)(?:消息|微信|邮件|电话|信息)|(?:早上|上午|中午|晚上|周末|午休)(?:别|不要|不要去|千万别)(?:打扰|打给|打电话给|找)(?:他|她)|\b(?:only|never) (?:reads?|checks?|answers?|replies to|picks up) (?:messages|emails?|texts|the phone|calls)\b[^.?!]{0,12}\b(?:before|after|in the|at)\b|\bdon'?t (?:call|message|text|bother) (?:him|her|them) (?:before|after|in the|on|at)\b|(?:以后|今后|往后)[^，,。]{0,6}(?:别|不要|不用|请勿)?(?:打电话|打给|微信|邮件|短信|发消息|发信息)|有事[^，,。]{0,3}(?:微信|邮件|短信|发消息|发信息|企微|钉钉)(?!\s*(?:找我|联系我|叫我|打我|call me|我))|(?:别|不要|不用)(?:再)?(?:给(?:他|她|他们))?(?:打电话|打给(?:他|她))|只(?:接受|用|回)(?:微信|邮件|短信|电话|企微|企业微信)(?:联系)?|(?:点|午休|饭点|周末|晚上)[^，,。]{0,3}(?:别|不要|请勿)打扰(?:他|她)|\bquiet hours\b|\b(?:don'?t|do not|never) (?:call|ring|phone) (?:him|her|them)\b|\bprefers? (?:to be )?(?:texted|emailed|messaged|whatsapp(?:ed)?)\b|\b(?:email|text|whatsapp|wechat) only\b/i;

/** The team ranked against each other: "各个销售的业绩排名", "本周各业务的排名", "leaderboard of reps". */
/**
 * One customer moved up or down a tier, told to the bot: "mark Sakura Dining as VIP", "downgrade Golden Gate Fitness from
 * Platinum to Silver", "把李总升级成VIP", "钱老板今年消费不到五万，降成普通会员吧". A customer upgrading their own plan ("she'll
 * upgrade to platinum", "wants to bump their plan from Silver to Gold") is news of them.
 */
const TIER = "(?:vip|platinum|gold|silver|bronze|diamond|key account|major account|regular|ordinary|standard)";
const TOLD = "(?:^|[.!;]\\s*)(?:please |pls |can you |could you )?";
export const TIER_MOVED = new RegExp(
  `${TOLD}(?:mark|make|set|flag|tag|move|bump|upgrade|downgrade|promote|demote|drop)\\b [^.?!]{1,40}?\\b(?:as|to|into|from)\\b (?:an? )?${TIER}\\b|${TOLD}(?:upgrade|downgrade|promote|demote)\\s+(?!(?:my|our|the|a|an|me|us|to)\\b)[A-Z][\\w&'’.-]*|(?<!想|要|会|打算|准备|考虑)(?:升级|升|降级|降|调|改|设|标|转)(?:成|为|到)(?:VIP|vip|大客户|重要客户|核心客户|普通(?:客户|会员)?|小客户|金卡|银卡|白金|钻石|黄金)(?:会员|客户)?`,
  "i",
);
const REPS_RANKED = /(?:各个|各|每个|所有|全部)?(?:销售|业务员|销售员|业务|同事)(?:的)?(?:业绩|成交|销售额)?(?:排名|排行)(?![^，,。]{0,8}(?:客户|买家|金主))|^\s*sales (?:ranking|rankings|leaderboard)\b|(?<!客户的?)业绩(?:排名|排行)|(?:全组|全队|全团队|团队|组里|组内|大家|各人)的?[^，,。]{0,6}(?:排名|排行)(?![^，,。]{0,8}(?:客户|买家|金主))|\b(?:rank(?:ing)?|leaderboard|league table)\b[^.?!]{0,20}\b(?:reps?|salespeople|sales ?people|team)\b|\b(?:reps?|salespeople)\b[^.?!]{0,12}\b(?:ranked|ranking|leaderboard)\b/i;

/** "我那个预订帮我撤了吧": a booking withdrawn, which cancels it rather than changing it. */
const BOOKING_WITHDRAWN = /(?:预订|预约|订单|订位|订房|房间|桌)[^，,。]{0,6}撤(?:了|掉|销)/;

/** One customer placed by rank: "(our #2 account by revenue)". */
const RANKED_ACCOUNT = String.raw`\bour (?:#|no\.?\s?|number )?\d+ (?:account|customer|client)\b`;
/** Someone already a customer: "老客户李姐", "a repeat client", "VIP客户李总", "our #2 account". */
export const EXISTING_CUSTOMER = new RegExp(
  String.raw`老客户(?!(?:转)?(?:介绍|推荐|带来))|老主顾|回头客|老熟客|VIP客户(?=[\u4e00-\u9fffA-Z])|${RANKED_ACCOUNT}|\b(?:existing|repeat|returning|regular) (?:customer|client|account)\b`,
  "i",
);

/** "who's our number one customer this year?", "biggest accounts?": a ranking asked as one question. */
const TOP_CUSTOMER_ASKED = /\b(?:who'?s|who is|which is|what'?s) (?:our )?(?:number one|#1|no\.? ?1|top|biggest|largest|best) (?:customer|client|account)s?\b|^\s*(?:our )?(?:biggest|largest|top) (?:customers|clients|accounts)\s*\??\s*$/i;

/** "1206房王先生来电说周五的房间要取消，已经帮他操作了": a customer's call taken and dealt with, told by staff; no cancelling asked. */
const CALL_TAKEN_AND_HANDLED = /(?:先生|女士|小姐|太太|总|经理|老板|阿姨|叔)(?:打)?来(?:电|电话)(?:说|讲|表示|告知|通知|要求)[^。]{0,30}(?:已经|已)(?:帮|替|给)(?:他|她)(?:操作|处理|取消|改|办)/;

/** "林老板娘超会杀价的捏": how a customer haggles, said of them, records nothing. */
const HAGGLER_DESCRIBED = /(?:超|很|好|真|太|特别|蛮|挺)会(?:杀价|砍价|讲价|还价)/;

/** "can this bot send LINE messages to customers automatically?": a feature wished for, neither help nor a report asked. */
const FEATURE_WISHED = /\b(?:can|could|does|will|would) (?:the|this|your|our|you) ?(?:bot|system|app|crm|assistant|chatbot)?\b[^?.!]{0,60}\bautomatic(?:ally)?\b|(?:能不能|能|可以|可不可以|会不会|会)(?:帮我)?自动(?:发|给|推送|群发|打电话|回复)/i;

/** "回复TD退订我都回了两次了，怎么今天又收到你们的促销短信", "unsubscribed twice and still getting your promo emails". */
export const MARKETING_UNWANTED =
  /(?:又|还|一直|天天|老是|仍然)(?:在)?(?:收到|发|给我发)[^。，,]{0,10}(?:促销|营销|广告|推销|推广)(?:短信|信息|消息|邮件|电话)|退订[^。]{0,8}(?:了|过)[^。]{0,12}(?:还|又)(?:在)?(?:收到|发)|\bstill (?:getting|receiving)\b[^.?!]{0,30}\b(?:promo(?:tional)?|marketing|spam)?\s?(?:texts|emails|messages|sms|calls)\b|\bunsubscribed\b[^.?!]{0,40}\bstill\b/i;

/** "我那个订位", "我周六那间房", "我这张桌": the guest pointing at a booking of their own. */
export const MY_BOOKING_POINTED = /我(?:周.|星期.|礼拜.|禮拜.|明天|后天|今晚|明晚)?(?:那|这)(?:个|個|间|間|张|張|桌)?(?:预订|預訂|订位|訂位|预约|订单|房间|房|桌|位)/;

/** "20箱", "五百盒", "30 racks": goods counted, which a lead wants. */
const COUNTED_GOODS = String.raw`(?:\d|[一二两三四五六七八九十百千几]+)\s*(?:箱|件|个|個|份|套|盒|台|瓶|包|袋|桶|吨|支|张|張|cases?|units?|boxes|racks?|pcs|pieces|sets?)`;

export const CUES: Record<Scored, Cue[]> = {
  create_lead: [
    // "Got a referral - Rachel Gold, Goldleaf Events, wants…", "老客户转介绍了一个": someone new passed to us by another.
    [/\b(?:got|have|had|received) (?:a |another )?(?:new |warm )?referral\b|\breferral (?:from [A-Z]\w*(?: [A-Z]\w*)?\s*)?[-:–—]|转介绍(?:了)?(?:一个|个|一位|位)|介绍(?:了)?(?:一个|个|一位|位)新客户/i, 3],
    // "put her in as a lead, someone who isn't me will follow up": a lead asked for in so many words.
    [/\b(?:put|add|enter|pop|stick) (?:her|him|them|this one) (?:in )?as (?:a )?(?:new )?(?:lead|prospect)\b/i, 5],
    // "这个算线索吗？…先要20箱", "不確定要不要建…不過先記：…": someone new to the CRM unsure whether it is a lead, telling one.
    [new RegExp(String.raw`(?:(?:这个|這個|这|這)?算(?:不算)?(?:是)?(?:个|個)?(?:新)?(?:线索|線索)|(?:要|该|該)(?:不要)?(?:新建|建)(?:吗|嗎|还是|還是|…|\.\.\.)|\b(?:does|would) (?:this|that|it) count as a (?:new )?lead\b|\bis (?:this|that) (?:a|an) (?:new )?lead\b)(?:(?=[^]*${COUNTED_GOODS})|(?<=${COUNTED_GOODS}[^]*))`, "i"), 5],
    // "新客户？不不不，是老朋友张总": a new customer denied.
    [/新(?:客户|线索)[?？]\s*(?:不|不是|不对)/, -8],
    // "not a new lead – Oliver Grant is already in there. just log that I called him": one on file already, said so.
    // "the blue tiles lady isn't a new lead", "don't add the Tesla guy as a new lead, he's already in there".
    [/\b(?:not|isn'?t|is not|aren'?t|are not) a new (?:lead|customer|contact|client|prospect)\b|\b(?:don'?t|do not|no need to) (?:add|create|enter|put)\b[^.!?]{0,40}\bas (?:a )?new (?:lead|customer|contact|client|prospect)\b|不是新(?:客户|线索|联系人)/i, -8],
    // "新客户要来看房吗": whether a new customer is coming, asked, records no one.
    [/^\s*(?:那个|这个)?新客(?:户|人)?[^，,。A-Za-z\d]{0,12}(?:吗|么|嘛|没有?)[?？]?\s*$/, -5],
    // "有个新客 Kelvin Lau，启峰设计，想租间6人私人办公室": a new customer introduced as such is a lead.
    [/^\s*(?:有个|有位|来了个|来了位|又一个|一个)?新客(?:户|人)?\s*[:：，,]?\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[\u4e00-\u9fff]{2,4})\s*[，,:：]/, 3],
    // "…想订月饼礼盒800盒，烦请建档": a record asked to be opened for someone new.
    [/(?:烦请|请|帮我|麻烦|帮忙)建(?:个|一个)?档/, 4],
    [HAGGLER_DESCRIBED, -5],
    // "黄太，开花店的，想订五百枝玫瑰": someone introduced by the business they run, wanting goods, is someone new.
    [/[，,\s](?:开|做|搞|经营)[\u4e00-\u9fff]{1,6}?(?:店|厂|公司|餐厅|饭店|酒吧|民宿|工作室)(?:的|嘅)[，,\s][^。]{0,6}(?:想|要)(?:订|买|采购|进)/, 2],
    // "New enquiry from Vikram Reddy, …", "RFQ from Apex Foods": someone new asking to buy.
    [/\bnew (?:sales )?(?:enquiry|inquiry|rfq|requirement)(?: (?:from|by)\b|\s*[:：—–-])|^\s*(?:enquiry|inquiry|rfq) from\b/i, 3.5],
    // "on exhibition I met Mykola Bondarenko…": someone met at a fair, the fair said first.
    [/\b(?:on|at) (?:the |an? )?(?:exhibition|expo|fair|trade ?show|trade fair|conference)\b[^.]{0,20}\b(?:i|we) met\b/i, 3],
    // "刚接待了一对夫妻……看中翠湖湾的三居，预算三百二十万": a shopper received, who has an eye on something, is a lead.
    [/(?:接待了?|来了)(?:一对|一位|一个|一家|两位|个|对|位)[^，,。]{0,6}[^。]{0,40}(?:看中|相中|看上|想买|想要|想提车|想换车|预算)/, 3],
    // "近7天的新增线索和成交情况", "本月新增客户数": new leads counted over a period are figures, not a lead.
    [/(?:近|最近|过去|本|这|上|今)[^，,。]{0,6}新增(?:的)?(?:线索|客户|商机)|新增(?:的)?(?:线索|客户|商机)(?:数|数量|情况|多少|几|和|跟|与|、)/, -3],
    // "Met Dr. Helen Ashby from Harbourside Physio at the expo — keen on 6 TENS units", "Just met Rob Finch who runs
    // Finch's Garden Centre, he's after 5,000 flyers": someone met for the first time, who wants something, is a lead.
    // Met by full name, not over coffee: a first name alone ("met Kylie for coffee") is someone already known.
    [/\b(?:[Jj]ust )?[Mm]et (?:(?:Dr|Mr|Mrs|Ms|Mx)\.? )?(?!(?:Puan|Encik|Datuk|Pak|Ibu|Madam|Mdm|Auntie|Uncle|Sir)\b)[A-Z][\w'’\u00C0-\u024F-]+ [A-Z][\w'’\u00C0-\u024F-]+(?![\w\u00C0-\u024F])(?! for (?:coffee|lunch|dinner|drinks|a drink|breakfast))[^.]{0,50}?(?:[,—–-]|\bwho\b)[^.]{0,60}?\b(?:keen on|interested in|(?:is|he'?s|she'?s|they'?re) after|wants \d+|looking for|needs \d+|runs)\b/, 3.5],
    // "met at the Lisbon meetup: Joana Costa…", "inbound from the webinar — Hannah…": someone met at an event is new.
    [/\b(?:met|meet|connected with|spoke to|chatted with)\s+(?:(?:a|an|this|that|some|one)\s+[\w-]+\s+)?(?:at|during)\s+(?:the\s+)?[^.,:;]{0,30}?\b(?:meetup|meet-up|expo|fair|conference|summit|webinar|after-?party|mixer|networking|trade ?show|roadshow)\b|^\s*(?:new\s+)?(?:inbound|lead|prospect) from (?:the |our |a )?(?:[\w-]+ )?(?:webinar|meetup|expo|fair|conference|summit|trade ?show)\b/i, 3],
    // "今天在 FHA expo 认识 Kelvin Ng": someone met for the first time, named in English.
    [/(?:认识|结识)(?:了)?\s*(?:一位|一个|个|位)?\s*(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)?\s*[A-Z][a-z]+/, 3],
    // "在医疗展认识一位黄医师…想试用", "碰到…孙丽…要配一百二十套工位", "化工展上加了刘工的微信…在找分散剂": someone met who wants something.
    [/(?:碰(?!了?个?[面头])到?|认识|遇到?|遇见|结识|(?<=上)加了?)(?:了)?(?:一位|一个|个|位)?[\s\S]{1,40}?(?:想要|想买|想试|想订|想找|在找|要配|要买|要订|需要|感兴趣|有兴趣)|(?:展|会|展会|展览)上(?:加了|收了)[^，,。]{0,12}(?:微信|名片)/, 3],
    // "幫我記一個新客戶喔，林小姐…": a new customer to note down.
    [/(?:记|录|加|建|登记)(?:一个|一位|个|位)?新(?:的)?客户/, 4],
    // "展会上加了个微信…说在找猫粮的新货源": someone met who is looking for a supplier.
    // "北方冷链物流的钱总想找咱做年货礼包": someone wanting us to make them something.
    [/想找(?:咱|我们|咱们|我们家)(?:做|订|定制|定做|买|采购)|想(?:给|为)[^，,。]{1,8}(?:办|做|搞)(?:个|一个|一场|一次)/, 3],
    [/在找[^，,。]{1,10}?(?:的)?(?:新)?(?:货源|供应商|供货商|厂家|代理)|\blooking for (?:a )?(?:new )?(?:supplier|vendor|distributor)\b/i, 3.5],
    // "…, add her as a lead": asked at the end.
    [/\badd (?:him|her|them|this one) (?:as|to) (?:a |the )?(?:lead|prospect|contact|leads)\b|(?:把他|把她)(?:加|录|建)(?:成|为|进)(?:线索|客户)|(?:帮我|给我)?(?:录|记|建|加)(?:成|为|进)(?:一?个|一条)?(?:线索|新客户|潜在客户)/i, 4],
    [/(新(?:的|个)?\s?(?:lead|Lead|LEAD)|新线索|新客户|新名单|潜在大?客户|意向客户|(?:录|加|(?<!团)建|添|增|登记|记)(?:入|个|一个|一下|加|建)?(?:新)?(?:客户|线索|联系人)|新联系人|客户录入|线索[:：])/, 4],
    [/\b(?:new|add(?: a)?|create(?: a)?)\s+(?:lead|prospect|customer|contact|client)\b|^\s*(?:lead|prospect)\b|\bprospect\b|\bnew lead\b|\bnew opp(?:ortunity)?\b(?! (?:to|for) (?:upsell|expand|grow))|新\s*leads?\b/i, 4],
    // Someone met for the first time: at a fair, added on WeChat, introduced by name ("一个客户叫马丽", "a chap called Tom").
    // "给广交会上认识的刘建国打了电话", "展会上又跟赵处长碰了一面": someone met at a fair before, contacted again, is no new lead.
    [/(?:给|跟|和|与)[^，,。]{0,12}上?认识的[^，,。]{2,6}(?:打了|通了|发了|聊了|见了)|又(?:跟|和|与|找)[^，,。]{1,8}(?:碰了|见了|聊了|谈了|吃了)/, -4],
    [/(认识(?:了一?个?|一?个)|新认识|结识|刚认识|介绍了一个|介绍了个|朋友介绍|经人介绍|(?:展会|展|博览会|广交会|交易会|展销会|推介会)上|加了(?:个|一个)?(?:微信|好友|企微)|交换了?(?:名片|微信)|名片[:：]|(?:一个|个|一位|位)(?:新)?客户叫|^(?:今天|刚才|刚刚)?(?:有|来了)(?:个|一个|一位|位)(?:新)?(?:客户|老板|买家)(?!说|问|投诉|反馈)|referred|was introduced|\b(?:a|this|some) (?:guy|chap|woman|lady|man|bloke|fellow|gentleman|gal) (?:called|named)\b|\bsomeone (?:called|named)\b|\b(?:ran|bumped) into\b|\bmet .{1,40}\bat (?:the|a|an) (?:[\w-]+ ){0,2}(?:expo|fair|show|conference|exhibition|summit|networking event))/i, 3],
    // "1) 王总 2) 宏达建材 3) 300箱瓷砖": details given as a numbered list are a record to make.
    [/(?:^|\s)[1１①][).）、]\s*\S.*\s[2２②][).）、]\s*\S/, 2.5],
    [/^(?:客户|联系人|lead|prospect)\s*[:：]/i, 1.5],
    // "老客户李姐又要了五十箱": someone already a customer is no new lead (classify.ts logs what they want).
    [EXISTING_CUSTOMER, -2.5],
    // "线索 成都蜀香火锅的杜姐 要…", "客户资料 赵倩 瑞丰地产 …": a record's heading, then its details (the details are weighed in classify.ts).
    // "客户线索~ 石磊 云杉物业 …": a customer lead, headed with any mark.
    [/^\s*(?:新的?)?(?:客户)?(?:线索|商机|意向)\s*(?:[:：\-—~～]|\s)/, 4],
    // "记个线索 周工 …": a message opened by the request to record a lead is that lead, whatever follow-up it carries.
    [/^\s*(?:帮我)?(?:记|录|加|建|登记)(?:个|一个|一下|一条|条)?(?:新)?(?:线索|潜在客户)/, 3],
    // "新客 彭姐 开了间面包店…": a new customer, said short.
    [/^\s*新客[呀啊啦喔哦噢嚟]?(?=[\s:：,，!！])/, 4],
    // "开花店的", "做物业的", "runs a KTV": what the person's business is, said to introduce them.
    [/(?:^|[\s，,、(（])(?:开|做|搞|经营)[^，,。\s的]{1,6}的(?=[\s，,。(（]|$)/, 1.5],
    // "方婷 禾木幼儿园园长 想换一批儿童餐具": goods to be replaced in a batch are goods to be bought.
    [/(有兴趣|感兴趣|有意向|有采购意向|想采购|要采购|采购一批|打算采购|准备采购|计划采购|想订购|想进货|想换(?:一批|一套|批|一些)|interested in|looking to buy|looking for a supplier)/i, 2],
    // "is requiring 500 kg sugar" (Indian English), "she's after 12 pallets" (Australian and British).
    [/(想要|想买|要买|需要|想订|wants?\b|needs?\b|\brequir(?:es|ing|ed)\b|(?:\bis|'s|\bare) after\b)/i, 0.8],
    [/(预算|budget)/i, 0.8],
    [/^记一下|^记录一下|^备注/, 0.8],
  ],
  log_followup: [
    // "微信跟进了下绿源餐饮的投诉 蒸箱已经修好 客户表示满意 可以结案了": a complaint followed up and closed is a follow-up.
    [/跟进了?(?:一?下)?[^。，,]{0,12}的?(?:投诉|客诉)|(?:投诉|客诉)[^。]{0,30}(?:结案|关闭|已(?:经)?解决|处理完)/, 4],
    // "Met with Jonas Fischer…, two takeaways: 1. … 2. …": a meeting's notes, told as a list of what came out of it.
    [/\b(?:met|spoke|talked|caught up) with\b[^.]{0,60}\b(?:takeaways?|action items?|next steps)\b/i, 3.5],
    // "明天飞墨尔本，落地再联系大家": the writer's own travel, everyone told; no customer's next step.
    [/(?:联系|通知|告诉|回复)大家|\b(?:ping|update|message) (?:everyone|you all|y'?all|the team)\b/i, -5],
    // "陈思雨今天试妆结束，整体很满意…下周六再约一次复试": a session with the customer over, the next one to arrange.
    [/(?:试妆|试纱|试衣|试身|试驾|试课|体验课|疗程|复诊|面诊|量体|量房|看房|验房)(?:已经)?(?:结束|做完|上完|完了|结束了|做好了)[^。]{0,40}(?:再约|约(?:一次|下次|个时间)|下次|复试|复诊)|\b(?:trial|fitting|consultation|session|test drive|viewing)\b[^.!?]{0,20}\b(?:went|was)\b[^.!?]{0,40}\b(?:book(?:ing)? (?:her|him|them) (?:in )?(?:again|for)|another one|follow-up (?:session|fitting))\b/i, 3],
    // "给Ivan发了封邮件，报价单发过去了，等他回信儿": something sent to someone, their answer awaited, is a contact made.
    [/(?:等|在等)(?:他|她|他们|对方|客户)(?:的)?(?:回信儿?|回复|回音|答复|消息)|\b(?:waiting|wait) (?:on|for) (?:his|her|their) (?:reply|answer|response)\b/i, 2.5],
    // "刚电话跟张总聊了半小时": a talk on the phone with the customer, said first.
    [/^\s*(?:刚|刚刚|刚才|今天|昨天|上午|下午|早上|晚上)?电话(?:跟|和|与|同)[^，,。]{1,10}(?:聊|谈|沟通|确认)了/, 1.5],
    // "今天跟林语柔试吃", "Kenneth came in for measurements today": a tasting, fitting or viewing with the customer is a contact made.
    [/跟[^，,。]{1,8}(?:试吃|试菜|试穿|试身|试纱|试驾|量身|量尺寸|看样|看场地|看房|试听)|\bcame in (?:for|to do|to have) (?:(?:his|her|their|a|the) )?(?:measurements?|fitting|tasting|trial|demo|test ride|test drive|consult(?:ation)?|viewing)\b/i, 3],
    // "note on Tasha Greene: still waiting on keg pricing from us, get back to her EOD": owed by us, a rep's to-do.
    [/\bwaiting on [^.,;]{1,30} from us\b|\bget back to (?:her|him|them) (?:by |before )?(?:eod|cob|today|tomorrow|tmrw|tonight|mon|tue|wed|thu|fri|next)/i, 3],
    // "Jonas Weber came by our booth again at the fair": a contact made where we stood.
    [/\b(?:came|stopped|dropped|swung) by (?:our|the) (?:booth|stand|showroom|office)\b/i, 3],
    // "华联那单小李已经跟进了，不用我管": a colleague has it in hand; the writer logs nothing.
    [/已经跟(?:进|了)了?[，,]?\s*不用我|不用我管|\bnot mine to (?:chase|handle)\b/i, -6],
    // "Jason says this bot is way better than the old spreadsheet": praise of the tool, nothing to log.
    [/\bthis (?:bot|app|thing|system|tool) is (?:way |so |much |really )?(?:better|great|awesome|amazing|handy|useful)\b|这个(?:机器人|系统|bot|工具)(?:真|太|好|挺|超)?(?:好用|方便|强)/i, -6],
    // "Marcus pushed our meeting tmrw to Friday": a customer moved a meeting with the writer.
    [/\b[A-Z][a-z]+ (?:pushed|moved|bumped|rescheduled|postponed|shifted) (?:our|the) (?:meeting|call|demo|visit|catch-?up|appointment)\b/, 4],
    [CALL_TAKEN_AND_HANDLED, 6],
    [/\brecap of (?:my |our |the |this )?(?:today'?s |yesterday'?s |this morning'?s |this afternoon'?s |the )?(?:meeting|call|visit|chat|demo|lunch|catch-?up) (?:with|at)\b/i, 2],
    // "陪智联数据的孙总实地看了三楼的办公室", "带王总参观了样板间": a customer taken round, a visit made with them.
    [/(?:陪|陪着|带|带着)[^，,。]{1,12}?(?:[总经理姐哥生士]|老师|老板)(?:去)?(?:实地)?(?:看了|参观了|考察了|看过|试驾了|试了)/, 4],
    // "带周建国看了滨江壹号样板间": a customer shown a flat, a site or a car, by their full name.
    [/(?:陪|陪着|带|带着)[\u4e00-\u9fff]{2,3}(?:去)?(?:试驾了|(?:看了|参观了|看过)[^，,。]{0,8}(?:样板间|样板房|房子|楼盘|现房|场地|展厅|新车))/, 4],
    // "黄志明那个视频会议开完了", "跟对方的会刚开完": a meeting held, said with the meeting first.
    // "明天的会议开完了再说" is a meeting still to come; "老板又开会开了三个小时" our own.
    [/((?<!(?:明天|后天|下周|下次|下午|晚上|周[一二三四五六日])的?(?:视频|电话|线上)?)(?:(?:视频|电话|线上)?会议|的会)(?:已经|刚|刚刚)?开(?:完|好|了)(?:了)?(?![^，,。\s]{0,3}(?:小时|钟头|分钟))(?![^，,。\s]{0,2}(?:再|以后|之后|后)))/, 3],
    // "nobody on our side has called them back": a call not made is the grievance, not a contact.
    [/\bnobody (?:on our (?:side|end) |here |from us |at our end )?(?:has |had |ever )?(?:called|rung|phoned|contacted|emailed|gotten back to|got back to)\b|没(?:有)?人(?:给他们|给她|给他)?回(?:电话|复|过)/i, -3],
    // "上周周总来了 说下个月再订": a customer who came over and said something.
    [/(?:总|董|经理|老板|老板娘|姐|哥|叔|先生|女士|小姐|太)(?:今天|昨天|上午|下午|刚才|刚刚)?(?:来了|过来了|来过|来了一趟)[\s，,]*(?:说|讲|问|表示)/, 3],
    [/(跟进了?|根进|跟近|回访|拜访了?|上门|(?:打|回)了?(?:个)?电话|电话(?:联系|沟通)了?|通(?:了|完)?(?:个)?电话|打给|回复说|答复说|回复了|回了消息|说他|说她|他说|她说|他们说|对方说|反馈|聊了|(?<![在正])谈了|沟通了|见了|开(?:了|完)(?:个|一个)?(?:视频|电话|线上)?会|开了?(?:个|一个)?(?:视频|电话|线上)会|开了个会|碰了个?头|对方(?:说|要求|表示|希望|同意|回复|觉得)|去.{1,12}(?:找了|见了|看了)|吃了个?饭|约了|发了(?:报价|资料|样品|目录|邮件|微信)|寄了|送了样品|微信上|微信里|短信|留言|再沟通|再联系|还在考虑|在考虑|考虑一下)/, 2.5],
    // "杜先生来电话了", "郑工发邮件过来", "林姐微信说", "电话没人接", "和Kevin开会": a contact, whoever started it.
    [/(来电话|来了个?电话|打(?:了)?(?:个)?电话(?:过)?来|发(?:了)?(?:个|封)?(?:邮件|微信|短信|消息|信息)(?:过来|来|给我)|(?:微信|电话|邮件|短信|语音)(?:里|上)?(?:说|讲|回|问|聊)|没人接|没接电话|不接电话|打不通|没打通|关机了|占线|无人接听|(?:和|跟|与)[^，,。]{1,10}(?:开会|开了会|见面|见了面|吃饭|吃了饭|通话|视频|碰头|喝茶))/, 2.5],
    [/\b(called(?! (?:it|the \w+) off\b)|chased(?: up)?|msg'?d|msgd|rang|phoned|spoke (?:to|with|w\/?(?= ))|talked (?:to|with)|chatted with|met(?! at the expo)|visited|dropped by|stopped by|emailed|e-mailed|texted|messaged|pinged|whatsapp'?d|whatsapped|left a voicemail|left a message|sent .{1,40}\b(?:email|catalogue|catalog|samples?|brochure|deck|info|details|price list)|followed up|caught up with|had (?:a |an )?(?:\w+ )?(?:call|meeting|chat|lunch|coffee|dinner|demo) with|meeting with|sat down with|sit-?down with|got back to|heard back|heard from|replied|said (?:they|he|she)|(?:got|just got) off the phone|on the phone with|(?:call|zoom|teams|video|facetime|skype|chat|coffee|lunch|meeting|catch-?up) with|got a call from|caught up|left (?:\w+ ){0,3}(?:a )?(?:voicemail|vm|message)|no answer|didn'?t pick up|(?:never|not|isn'?t|wasn'?t) (?:picking|picked) up|went unanswered|\d+ (?:voicemails|missed calls)|over (?:zoom|teams|the phone|whatsapp|wechat|skype|facetime|google meet)|catch(?:ing)? up w(?:\/|ith)?|popped into|dropped into|went (?:in )?to see|left (?:some |the )?(?:samples|brochures?|catalogues?|a catalogue) with|(?:goes|going|went|keeps going) (?:straight )?to voicemail)\b/i, 2.5],
    // "周五之前把报价发给陈总": something to get to a customer by a day.
    [/(?:之前|以前|前)(?:要|得|记得|务必)?把[^，,。]{1,12}(?:发给|交给|送到|寄给|带给|送给)/, 3],
    // "微信了张生", "WhatsApp咗陈太份菜单": the channel's name used as the verb.
    [/(?:^|[\s，,。]|我|刚|刚刚|已经?|今天|昨天|上午|下午|晚上)(?:微信|whatsapp|wechat|企微|钉钉|电邮|email)了(?:一下)?/i, 2.5],
    [/(提醒我|\bremind me to\b)/i, 1.5],
    // "pls set reminder: renew Halvorsen contract 1 Feb": a reminder set; about a customer on a day, classify.ts adds.
    [REMINDER_SET, 1.5],
    // "I joined Kenji's call", "演示做完了", "培训搞定了": a contact the writer took part in or a step done with the customer.
    [/\b(?:joined|sat in on|was on|hopped on|jumped on) (?:[\w'-]+ ){0,3}(?:call|meeting|zoom|demo|visit|presentation)\b|(?:演示|demo|讲解|培训|路演|试用|测试|安装|调试|现场勘查|勘察|验收|交流会)(?:也|都)?(?:已经)?(?:做|搞|弄|讲|开)?(?:完|好)了/i, 2.5],
    // "陈园长回邮件了", "微信发了酒单过去", "电话打了三次", "Popped round to…": a contact said by its channel.
    [/(?:发|回)(?:了)?(?:个|条|封)?(?:消息|信息|微信|短信|邮件)(?:过来)?说|(回了?(?:个|封|条)?\s*(?:email|e-mail|mail|wechat|whatsapp|msg|message|dm)|回了(?:个|封|条)?(?:邮件|微信|消息|信息|短信)|回(?:邮件|微信|消息|信息|短信)(?:了|过来|说)|(?:微信|邮件|短信)(?:上|里)?(?:发|回)了|发了?(?:个|条|封)?(?:消息|信息|微信|短信|邮件)(?:过去|给)|电话打了|打了[一二两三四五六七八九十几\d]+(?:次|个|通)|(?:送|寄|拿)了?(?:些|点)?(?:样品|资料|目录|酒单|价目表|报价单?)|\b(?:popped (?:round|over|in|by)|swung by|went round|nipped (?:over|round)|dropped in on)\b)/i, 2.5],
    // "酒单给蓝调酒吧的Kevin发过去了", "画册寄给邓总了": the thing sent said first, then to whom and the sending.
    [/(?:样品|资料|目录|酒单|菜单|价目表|画册|图纸|设计稿|手册|册子|PPT|PDF)[^，,。]{0,14}(?:发|寄|送|递)(?:给[^，,。]{1,8})?了/i, 2.5],
    [/(联系(?!方式|电话|人)|沟通|\bfollow[- ]?up\b(?!s)|try again|call back|回电)/i, 1],
    // "call Lisa back in a month": a call back owed to someone named ("call her back" ends many a lead).
    [/\b(?:call|ring|phone|text|email|ping) [A-Z][\w'-]*(?: [A-Z][\w'-]*)? back\b/, 2],
    // "remind me to chase Priya friday", "touched base with Omar": a contact said without its channel.
    [/\b(?:chase[ds]?(?: up)?|chasing|nudge[ds]?|touch(?:ed)? base with|check(?:ed)? in (?:with|on)|circle(?:d)? back (?:with|to))\b/i, 1],
  ],
  update_deal: [
    // "鼎盛 赢 28w", "华信 输": a customer, won or lost, and the sum, said as tersely as can be.
    [/^\s*[^\s，,。]{2,12}\s+[赢输]\s*(?:[\d一二两三四五六七八九十]|$)/, 3],
    // "amount was wrong, it's 18.5k not 15.8k, still at proposal", "蓝鲸物流那单其实没丢 客户又回来了 现在在谈价": the deal's
    // sum put right, or a deal thought lost that is back on.
    [/\b(?:amount|value|price|total|figure|deal size) (?:was|is) wrong\b(?=[^.!?]{0,20}\b(?:it'?s|its|should be)\b)|\bstill (?:at|in) (?:the )?(?:new|qualified|proposal|negotiation)(?: stage)?\b|(?:其实)?没(?:丢|黄)[^。]{0,12}(?:又回来了|回来了|在谈|谈价|重新谈)|\b(?:not|isn'?t) (?:actually )?lost\b[^.!?]{0,40}\b(?:back|negotiat|talking)/i, 8],
    // "哈哈杜小姐砍价真是一把好手": a customer praised for haggling, no deal moved.
    [/(?:砍价|讲价|还价|谈判)(?:真是|真|很|太|可|也)?(?:一把好手|厉害|有一套|狠|牛)/, -5],
    // "哪些客户报价发了还没回？": which customers, asked, moves no one's deal.
    [/哪些客户|哪几个客户|哪几家|\bwhich (?:customers|clients|accounts|deals)\b/i, -4],
    // "not marking Brightwater as won until the PO is actually in my inbox": a stage held back.
    [/\bnot (?:marking|moving|setting|closing|calling)\b[^.?!]{0,40}\b(?:won|lost|closed)\b[^.?!]{0,10}\buntil\b/i, -6],
    // "Saffron Table deal should be $7,250 not $7,520", "单子金额从6.8万调到6.2万": the deal's amount put right.
    [/\b(?:deal|amount|price|quote|total)\b[^.]{0,20}\bshould (?:be|read)\b\s*(?:[£$€]\s?)?\d|金额(?:从[^，,。]{1,8})?(?:调到|改成|改为|调整为|降到|改到|调成)/i, 5],
    // "Marcus this month — calls, meetings, closed": a rep's measures listed; "closed" there is a column, not a deal.
    [REP_MEASURES_LISTED, -5],
    // "lost dunmore brewing, they went w a cheaper vendor": the customer gone to another supplier is the deal lost.
    [/\b(?:went|gone|going|switched|moved) (?:with|w|to) (?:a |an |another |the |some )?(?:cheaper|different|other|rival|competing|new|local) (?:vendor|supplier|provider|agency|company|option|quote|bid)\b|(?:转|换)(?:去|到|了)?(?:别家|别的供应商|竞品|竞争对手|更便宜的)/i, 3],
    // "they won the state final": a customer's team won a game, no deal.
    [/\bwon (?:the|their) (?:state |grand |national |regional |league |club )?(?:final|cup|championship|league|title|game|match|tournament|premiership|derby|trophy)\b/i, -6],
    // "Brennan's Hotel is a done deal": won.
    [/\b(?:is|it'?s) a done deal\b|\bdone deal\b/i, 3],
    // "報價45800已經給她了", "The Larder is negotiating hard": a quote handed over, terms fought over, move the deal.
    // (A renewal or an upgrade paid is a stage said, weighed through entities/deal.ts.)
    [/报价\s*[\d.,万千kK]*\s*(?:已经|都)?(?:给|发给|交给|报给)(?:她|他|他们|对方|客户)了|\b(?:is|are) (?:still )?negotiating\b/i, 3.5],
    [HAGGLER_DESCRIBED, -5],
    // "Tan Brothers Trading is back to qualifying", "退回需求阶段": a deal sent back a stage.
    [/\b(?:is|are|went|gone|moved|slipped|goes|go) back to (?:qualifying|qualified|qualification|proposal|negotiation|new|discovery)\b|(?:退回|打回)(?:到)?(?:需求|报价|谈判|新建|方案)/i, 4],
    // "Move Spice Junction to negotiation, they asking for 5% off": a deal moved to a stage, whatever else is said.
    [/\b(?:move|moved|moving|push|pushed|bump|bumped|put|set|mark|marked|shift|shifted|advance|advanced)\s+(?:[\w&'’.-]+\s+){1,5}?(?:to|into|in)\s+(?:the\s+)?(?:negotiation|negotiating|proposal|qualified|won|lost|closed(?:[- ](?:won|lost))?)(?:\s+stage)?\b/i, 4],
    // "Orion -> negotiation, 42k", "天虹 需求确认了 -> qualified": a deal moved along its pipeline, with an arrow.
    [/(?:->|→|=>)\s*(?:new|qualified|proposal|negotiation|won|lost|谈判|报价|成交|赢单|输单|丢单)\b/i, 4],
    // "same deal, bump the amount to 65,000", "那单金额改成8万": the deal's sum changed.
    [/\b(?:bump|change|update|raise|lower|drop|put|set)(?: up| down)? the (?:amount|value|deal value|contract value|price) to\b|(?:金额|合同额|单价|总价)(?:改成|改为|调到|调成|更新为|变成)/i, 3.5],
    // "yeah mark that one won": the deal just talked about, its stage set.
    [/\bmark (?:that|it|this|them)(?: one| deal)? (?:as )?(?:won|lost|closed)\b/i, 5],
    // "won Best Wedding Caterer at the awards", "put up a 'closed for renovation' sign": an award or a shut shop, not a deal.
    // "isn't lost yet" denies a stage, unless another is set in its place ("isn't lost — put it back to proposal").
    [/\b(?:not|isn'?t|aren'?t|never)\s+(?:yet\s+)?(?:lost|won|dead)\b(?![^.!?]{0,60}\bback (?:to|into) (?:the )?(?:new|qualified|proposal|negotiation)\b)|还没(?:丢|黄)|没(?:有)?丢(?![^。]{0,20}(?:改回|改成|退回|调回)[^，,。]{0,4}(?:阶段|谈判|报价|意向))|\bwon (?:best|an? (?:award|prize|medal)|the (?:award|prize|cup|title)|gold|silver|bronze|first prize)\b|\bat the awards\b|获奖|得奖|荣获|被评为|\bclosed (?:for (?:renovation|renovations|the day|the holidays?|repairs|lunch|business)|down)\b|停业|装修暂停营业/i, -6],
    // "钱老板又赖账 三万二拖了仨月": money owed and not coming is a grievance, not a deal's news.
    [/赖账|又拖|拖了[^，,。]{0,4}(?:月|天|周|星期)(?![^。]*(?:到账|到了|付了|结了))|\bstill (?:hasn'?t|has not|not) paid\b|\bwon'?t pay\b/i, -4],
    // "Chief Emeka don pay balance", "the Tan Brothers deal confirm already, can close": a win in pidgin and Singlish.
    [/\bdon (?:pay|sign|confirm)\b|\b(?:deal|order|po) confirm(?:ed)? already\b|\bcan close\b/i, 2.5],
    [/(成交|签约|签单|签了|签下|拿下|赢单|赢了|输单|中标|丢单|黄了|丢了|没戏|谈崩|进入.{0,4}阶段|阶段|合格商机|商机|谈判中|在谈判|议价|报了价|报价了|已报价|发了报价)/, 2.5],
    [/(单子|那单|这单|订单|合同|项目)/, 1],
    // "已于今日正式签订采购合同", "we lost it lor": a contract signed in a formal register; a tender lost or won.
    [/签订了?[^，,。]{0,4}(?:合同|协议)|\bwe (?:lost|won) (?:it|the (?:tender|bid|deal|contract|account|order))\b|\b(?:tender|bid)\b[^.!?]{0,30}\b(?:lost|won|awarded)\b/i, 2.5],
    // "张单没了 他们拣了第二间", "方案报过去了": a deal gone elsewhere, a proposal sent up, in chat's words.
    [/(?:张单|那单|这单|单子?)(?:就|都)?没了|(?:拣|挑|选|揀)了?(?:第二|另一|别的?)(?:间|家)|方案(?:已经?)?报(?:过去|上去)?了|报了方案/, 2.5],
    // "永昌纺织那张单，陈董太太打来说他们不要了": the order called off, however the news came in.
    [ORDER_CALLED_OFF, 6],
    [/\b(deal|opportunity|opp)\b/i, 1.5],
    // "we're in negotiation now, current number is $172,500": where the deal stands, and its figure.
    [/\bwe(?:'re| are) (?:now )?(?:in|at) (?:the )?(?:negotiation|proposal|contract|closing)(?: stage)?\b|\b(?:current|latest) (?:number|figure|offer) is\b/i, 2.5],
    [/\b(won(?!['’]t)|lost|closed|signed|negotiation|negotiating|proposal sent|sent (?:the |a )?proposal|quote sent|sent (?:the |a )?quote|qualified)\b/i, 1.5],
    // "X那边进入谈判了", "已经到报价这一步", "moved to negotiation": a deal moving into a stage.
    [/((?:进入|进到|推进到|推到|转入|走到|到了|已经到|处于|在)了?.{0,3}(?:谈判|议价|砍价|报价|签约|合同|方案|商务)|(?:谈判|议价|砍价|报价|签约)(?:中|阶段|环节|这一步)|(?:在|还在|正在)谈(?:判|价格|价钱)?了?(?=[\s，,。]|$)|价格?(?:还)?在磨|(?:方案|报价|合同|报价单)(?:已经?|也)?(?:提交|发出|发过去|发了|给了|递交|寄了|寄出|送了|发|寄给)|(?:提交|递交)了?(?:方案|报价)|状态改回|重新开|\b(?:haggl\w*|negotiat\w*|bargain\w*|pushing back|arguing)(?: (?:hard|again|still))? (?:on|over|about) (?:the )?(?:payment |contract )?(?:price|pricing|terms|discount|rate)s?\b|\b(?:moved|move|moving|went|gone|got|progressed|advanced|now|is|are)\s+(?:on\s+)?(?:to|into|in|at)\s+(?:the\s+)?(?:negotiation|negotiating|proposal|closing|contract|qualified|qualification)\b|\b(?:negotiation|proposal|closing|contract) stage\b)/i, 2.5],
    // "确认有需求 预算也有 可以往下推了": a need and a budget confirmed move a deal on.
    // "金穗面包坊确认有采购意向了 预算大概3万": an interest confirmed, of a business already talked with.
    [/(确认有需求|确认(?:了)?有(?:采购|合作|购买|下单|订货)?意向|有需求.{0,6}有预算|(?:需求|预算)(?:和|跟|与|、)(?:需求|预算)(?:都|也)?(?:确认|明确|核实)|预算也有|(?:可以|值得)往下推|推进到下一步|\b(?:has|have) (?:the )?budget\b|\bready to move forward\b)/i, 2.5],
    [/\bmark(?:ed)? .{1,40} as\b|(?:标记|标注|标|设|改)(?:为|成|回)/i, 2],
    // "说别家便宜 不跟我们做了", "可以算合格客户了", "合同签完了": an outcome, whoever says it.
    [/((?:货款|尾款|首付|定金|订金|的款|款项?)(?:已经|已|也)?(?:到了|到账了?|收到了)(?!没|吗|么)|不(?:跟|和|与)我们(?:做|合作|签)了|不(?:打算)?合作了|(?:选|用|找)了?别家|(?:可以)?算(?:是)?(?:合格|有效)(?:客户|商机|线索)|签完了|签好了|合同(?:签|定)(?:完|好|下来)了|选了我们|定了我们|\b(?:go|going|goes|went) with us\b|\bpaid (?:the |a |their |our )?(?:deposit|invoice|advance|down ?payment|balance)\b|\bpaid in full\b|\bpayment (?:received|came in|cleared)\b|\b(?:chose|picked|selected) us\b|\b(?:go|goes|going|gone|went) with (?:someone else|another|an?other|a different|a competitor|the competitor|(?:the )?other (?:supplier|vendor|guys?|company|offer))\b|\bmark(?:ed)?(?: (?:it|this|them|him|her|the deal|the opp|as))* (?:won|lost|closed[- ](?:won|lost))\b|\bcalled (?:it|the (?:deal|order|contract|whole thing)) off\b|\b(?:deal|order|contract)(?:'s| is| was) (?:off|dead)\b|\b(?:pulled|backed) out\b|\bcount (?:them|him|her|it) as qualified\b)/i, 3.5],
  ],
  lookup_customer: [
    // "whats the # for bellini bros": a customer's number asked for.
    [/\bwhat'?s the (?:#|number|no\.?|phone(?: number)?|email|mobile|cell) (?:for|of)\b/i, 4],
    // "下个月可能去华信物流那边看看，还没定": a visit thought of, not a record looked up.
    [/(?:去|到)(?!哪)[^，,。？?\s]{1,12}(?:那边|那儿|那里|店里|厂里)?(?:看看|转转|逛逛|看一下)/, -3],
    // "Oliver Grant is already in the system, I just need his phone number": a detail of one on file, asked for.
    [/\b(?:i )?(?:just |only )?need (?:his|her|their) (?:phone(?: number)?|number|mobile|cell|email(?: address)?|contact(?: details)?|details)\b|(?:我)?(?:只是|就)?(?:要|需要)(?:他|她)的(?:电话|手机号?|号码|邮箱|联系方式)/i, 5],
    // "查下他上次的成交记录": someone's history on file, asked for.
    [/(?:查|看)(?:一)?下(?:他|她|他们|她们|这家|那家)(?:上次|之前|以前|历史|最近)?的?(?:成交|订单|购买|消费|跟进|沟通)?记录/, 5],
    // "Redwood Dental acct info?": an account's details asked for in shorthand.
    [/\b(?:acct|accounts?|client|customer) (?:info|details)\s*\??\s*$/i, 5],
    // "what does their record say right now?": the file asked after.
    [/\bwhat does (?:their|his|her|the|its) (?:record|file|profile|account) say\b|\bwhat'?s on (?:their|his|her) (?:record|file)\b/i, 5],
    // "Is Blush Events already in here? don't want to add them twice": whether they are on file, asked.
    [/\b(?:[Ii]s|[Aa]re) [A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,4} already (?:in here|in the system|on file|in the crm|a customer)\b|已经(?:在系统里|录过了?|有了?)(?:吗|么|没有?)/, 5],
    // "客户：小美童装\n查一下之前的跟进记录", "这是小刘的客户，我想看下之前给他们报的价": what is on file, asked beside a form.
    [/(?:我想|想|帮我)?(?:看|查)(?:下|一下|看)?之前(?:的|给[^，,。]{1,6})?(?:跟进记录|记录|报的价|报价|订单|沟通)/, 6],
    // "秦总喜欢喝什么酒来着？忘了", "what wine does Mr Chen like again?": a customer's taste, asked from the file.
    [/(?:喜欢|爱|习惯|偏好)(?:喝|吃|抽|用|穿|玩|住)?(?:的)?(?:是)?(?:什么|啥|哪种|哪个|哪款)(?:酒|茶|菜|烟|牌子|口味|颜色|房型|座位|位置)?(?:来着|呢|啊|呀)?\s*[?？]|\bwhat (?:\w+ )?(?:does|did) (?:mr|mrs|ms|dr)?\.?\s*[A-Z]\w*(?: [A-Z]\w*)? (?:like|prefer|drink|usually (?:have|order|drink))\b/, 5],
    // "pull up Jessica's numbers from last month", "Who's top of the leaderboard right now?": figures and rankings, not a customer's file.
    [new RegExp(`${REP_FIGURES.source}|\\bleaderboard\\b|\\bleague table\\b|排行榜|(?:掉|降|跌|下滑)得最(?:厉害|多|狠)|\\bunder-?perform(?:ing|ed|ers?)?\\b`), -5],
    // "Kestrel Analytics — what stage are they at now?": where a customer stands, asked.
    [/\bwhat stage (?:are|is) (?:they|it|he|she|that one)\b|\bwhere (?:are|is) (?:they|it) at (?:now|with)\b/i, 3.5],
    // "what's the MOQ on the M16 anchor bolts again?": a product's terms asked, not a customer.
    [/\b(?:moq|lead time|spec|specs|unit price|list price|price) (?:on|for|of) (?:the |our )?[A-Z0-9][\w-]*/i, -5],
    // "周末谁负责处理客诉？": who on the team is on duty, asked of the team.
    [/谁(?:负责|管|值班|在)(?:处理)?(?:客诉|投诉|前台|值班|排班)|(?:周末|今晚|明天|节假日)谁(?:值班|负责|在)/, -6],
    // "Is Boulangerie Dubois still our client?", "恒丰还是我们的客户吗": whether an account is still ours, asked.
    [/\b(?:[Ii]s|[Aa]re) (?:[A-Z][\w&'’.-]*\s?){1,5}still (?:our|a) (?:client|customer|account)s?\b|(?:还是|仍是|仍然是)(?:我们|咱们)的(?:客户|老客户)(?:吗|么|嘛|[?？])/, 4.5],
    // "nobody could find our booking": our staff failed to find it; nothing to look up.
    [/\b(?:nobody|no one|no-one|they) (?:could|couldn'?t|can'?t|could not) find (?:our|my|the) (?:booking|reservation|table|order)\b/i, -5],
    // "did we ever quote Oakridge before?": our history with a customer, asked.
    [/\bdid we (?:ever )?(?:quote|work with|sell to|deal with|supply|do (?:any )?business with)\b/i, 5],
    // "晨光早午餐最近状况如何？": how a customer is doing, asked.
    [/^[^，,。？?\s]{2,12}(?:最近|近来|目前)(?:的)?(?:状况|状态|情况)(?:如何|怎么样|怎样|咋样)/, 4.5],
    // "Give me a rundown of Sterling Logistics": one named account's story asked for, not the period's figures.
    [/^(?![\s\S]*\b(?:week|month|quarter|year|today|yesterday)\b)[\s\S]*\b(?:rundown|lowdown|background|briefing|history|overview) (?:of|on) (?!(?:the |our |this |last |that )?(?:week|month|quarter|year|team|numbers|figures|sales|pipeline|day)\b)(?:the )?[A-Z][\w&'’-]*/, 4.5],
    // "do we have anyone called Priya in here?": a record asked after by the name it would have.
    // "did I put Hao Ran in as a lead already? pull him up", "我之前是不是加过一个叫Sophie的？": whether one is on file, asked.
    [/\bdo (?:we|i|you) have (?:anyone|anybody|someone|a (?:customer|client|guest|lead|contact)) (?:called|named)\b|\bdid (?:i|we) (?:already |ever )?(?:put|add|enter|log|save) [^.?!]{1,30}\b(?:in|as a (?:lead|customer|contact))\b[^.?!]{0,20}\?|是不是(?:已经)?(?:加|录|建|存)过(?:一个|个)?(?:叫|姓)/i, 5],
    // "pull him up", "bring her up": the record of the one just named, shown.
    [/\b(?:pull|bring) (?:him|her|them|it) up\b/i, 3],
    // "Has anyone followed up with Meridian Group? what's the status": where an account stands, asked of the team.
    [/\bhas (?:anyone|anybody|someone) (?:followed up|been in touch|called|contacted|spoken|talked|reached out)\b[^.?!]{0,40}\?|\bwhat'?s the status\b/i, 4],
    // "who's our biggest customer this year?": a ranking, which a rep may not ask, is no look-up.
    [TOP_CUSTOMER_ASKED, -5],
    // "Give me Acme Foods' full history": a customer's record asked for by its history.
    [/\b(?:give me|show me|pull up|get me|send me)\b[^.?!]{1,40}?['’]s?\s+(?:full |whole |entire |complete )?(?:history|record|file|profile)\b|\b(?:full |whole |entire |complete )?history (?:of|for|with) [A-Z]/i, 4.5],
    // "Eh can check Sin Hock Seng Trading details or not?": a record asked for in Singapore English.
    [/\bcan (?:check|see|find|pull(?: up)?|show)\b[^?.!]{2,40}\b(?:details|info|record|contact|profile)\b/i, 4],
    // "Datuk Lee account status how?": a customer's standing asked in Malaysian English.
    [/^\s*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3} (?:account|acc|acct|deal|case) status(?: how| ah| leh| lah)?\s*\??\s*$/, 4.5],
    // "Faizal Motor latest how?", "Benny Ho number what ah?": a customer or their detail asked after, the question word last.
    [/^\s*[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3} (?:latest|update|status|number|phone|hp|email|contact|details|address)(?: (?:how|what|where))?(?: (?:ah|leh|lah|ar|har))?\s*\??\s*$/, 4.5],
    // "who has a number ending in 0132?": a record found by a phone's last digits.
    [/\b(?:number|phone|mobile|cell|hp)\s+(?:ending|ends) (?:in |with )?\d{3,}/i, 4.5],
    // "有个叫什么嘉欣的，帮我找一下": someone half remembered, looked for.
    [/叫(?:什么|啥)[\u4e00-\u9fff]{1,3}的[^。]{0,6}(?:找|查|搜)/, 4.5],
    // "sino ulit si 0917…?", "sino po si Mr. Cruz?": who someone is, asked in Tagalog.
    [/\bsino (?:ulit |po |ba |nga )*(?:si|ang)\b/i, 4],
    // "remind me who Fiona Blake is": someone on file, asked about.
    [/\b(?:give me |what'?s )?the (?:low-?down|scoop|skinny|rundown) on\b|\bwhat do we (?:have|know) (?:on|about)\b|\bremind me who\b|\bwho (?:is|was) [A-Z][\w'-]+(?: [A-Z][\w'-]+)? again\b/, 4],
    // "does Hannah Kim have any dietary restrictions?", "which company is Greg Holt with these days?", "any contacts at
    // Initech?", "客户里有没有叫阿杰的": what the record says of someone, or whether someone is on it, asked.
    [/^\s*(?:[Dd]oes|[Dd]o|[Dd]id) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? have (?:any )?(?:dietary|allergies|preferences|special|a birthday|an email|a number)\b|\bwhich company (?:is|does) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:with|at|work (?:at|for))\b|^\s*(?:[Aa]ny|[Dd]o we have (?:any)?) (?:contacts?|customers?|clients?|accounts?) (?:at|from|in) [A-Z]|(?:客户|系统|资料)里(?:有没有|有冇|有无)(?:叫|姓)/, 4],
    // "Customer record: Lakeside Dental", "客户 海天餐饮": a record named after the word for one, nothing else.
    [/^\s*(?:[Cc]ustomer|[Cc]lient|[Aa]ccount)(?: record| file| profile)?\s*[:：]\s*[A-Z][\w&'’ .-]{1,40}$|^\s*(?:客户|客户资料|客户档案)[:：\s]\s*[\u4e00-\u9fffA-Za-z]{2,12}\s*$/, 4],
    // "Dana Fox's number? want to…": a detail of someone asked for, opening the message.
    [/^\s*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}['’]s (?:number|phone|mobile|cell|email|address|contact|details)\s*\?/, 4.5],
    // "查一下鼎盛物流，听说他们老板…": the search asked first, its reason after the comma.
    [/^\s*(?:帮我|麻烦)?(?:查一下|查下|查查|搜一下|调一下)\s*(?!我|咱|自己)[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z .&'-]{1,15}[，,]/, 4],
    // "How's Northwind Traders doing lately?": a business, by its trade word, asked after is a customer's record.
    [/\b[Hh]ow(?:'s| is| are)\s+(?:things (?:with|at) )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3} (?:Traders|Trading|Ltd|Inc|Co|Corp|Group|Foods|Hotel|Restaurant|Cafe|Café|Bakery|Clinic|Spa|Logistics|Studio|Bistro|Kitchen|Farm|Market|Dental|Motors|Supplies|Catering|Brewing)\b/, 5],
    // "瑞丰食品跟我们合作多久了": how long a customer has dealt with us, asked.
    [/(?:跟|和|与)(?:我们|咱们|我司)(?:合作|做生意|打交道)(?:了)?(?:多久|多长时间|几年|多少年)/, 4.5],
    // "look up Mrs. Kowalski, I forget if…", "帮我调一下他的资料", "黄总上次买的是啥？": a record asked for first.
    // "no I meant Perry & Sons, not Perry Logistics. pull that one up": the one just named, asked to be brought up.
    [/^\s*(?:pls |please )?(?:look ?up|pull up|search for)\s+[A-Z]|\b(?:[Ii] meant|[Ii]t'?s|[Tt]he one is)\s+[A-Z][^.?!]{0,40}[.,;]\s*(?:[Pp]ls |[Pp]lease |[Nn]ow |[Jj]ust )?(?:[Pp]ull|[Bb]ring|[Ll]ook) (?:that|this|the right) (?:one|record|profile|account|company) up\b|调(?:一下|下|出)?(?:他|她|[\u4e00-\u9fff]{1,4})?的?(?:资料|档案|记录)(?:来|出来|给我)?|上次(?:买|订|要|拿|进)的是(?:啥|什么|哪个|哪款)/, 5],
    // "把京华物业的跟进记录调出来我看看": a record pulled up to read.
    [/(?:记录|资料|档案|情况|历史)(?:都)?(?:调|拉|翻|找)(?:出来|一下)/, 4],
    // "想看下我们的牙科椅": a customer wanting to see our goods looks no one up.
    [/(查下|查一下|查查|查询|帮我查|查看|搜一下|搜索|搜|找一下|找下|调出|看看|看下|看一下)(?!我们|我司|咱们|你们).{1,20}/, 2],
    // "有个叫阿强的客户 开汽修厂的 帮我找找": the search verb said last, after who is wanted.
    [/(?:帮我|给我)?(?:找找|搜搜|查查|找一找|查一查|搜一搜)[\s!！。.]*$/, 3],
    // "查张伟", "查一下 zhangwei", "找 8000": a search verb and a short object, nothing else.
    [/^(?:帮我)?(?:查下|查一下|查查|查询|查|搜一下|搜|找一下|找下|找)\s*(?!.*(?:天气|新闻|股票|航班|快递))[A-Za-z\u4e00-\u9fff0-9 ._'-]{2,20}$/, 3],
    // "金桥集团的采购记录和联系人": a customer's history with us, asked for by what it is.
    [/的(?:采购|购买|订货|下单|交易|订单|合作|往来|消费|历史)记录/, 4],
    [/(的联系方式|(?<!打)的电话|电话是多少|是哪个客户|(?<=(?:生|哥|姐|总|董|经理|老板|先生|小姐|太|叔|伯))是哪个(?=\s|[，,。?？]|$)|是哪位|是哪家|哪个客户的|号码是多少|手机号|的邮箱|是谁|什么情况|的情况|的资料|的信息|的详情|的记录|最近怎么样|怎么样了|近况|什么来头|啥情况|什么进度|啥进度|进展如何|进展怎么样|到哪一?步|跟到哪|(?:电话|手机|号码|邮箱|地址|微信)(?:是)?(?:多少|啥|什么)|谁在跟|谁跟的|谁负责|归谁|哪个公司|哪家公司|什么公司|买(?:的|了|过)(?:什么|啥)|资料发我|发我看看)/, 3],
    // "Priya Shah的details发我看下", "把赵总的资料发我一下": someone's details asked to be sent over.
    [/(?:的)?\s*(?:details|info|profile|contact|资料|信息|档案|联系方式|电话|号码|微信|名片)\s*(?:发|给|传|转)(?:我|一下)/i, 3],
    [/来着[?？]?$/, 2],
    // "who's" asks, except as a relative clause after a noun ("my flatmate who's now at Nestlé").
    [/\b((?<!\b(?!(?:and|hey|btw|now|but|also|wait|okay|remind|tell|know|hmm|ugh|quick|pls|please|guys|team)\b)[a-z]{3,}\s)(?:who is|who's)(?!\s+(?:now|currently|still|also|working|based|in charge|from)\b)|lookup|look up|find|search(?: for)?|tell me about|info (?:on|about)|details (?:on|for|about)|profile (?:of|for)|contact (?:info|details) for|what do we know about|history with|(?:any|the|my|our) notes (?:on|about|for)(?!\s+(?:how|what|why|when|where|the|a|an|this|that|it|my|our)\b)|what(?:'s| is) the (?:latest|history|story|background) (?:on|with)(?!\s+(?:how|what|why|the|a|an|this|that|it)\b)|pull up|what (?:do|have) we (?:have|got) on|show me (?:the )?.{1,30}\b(?:account|profile|record|file|details))\b/i, 3],
    [/\b\w+'s (?:number|phone|email|contact|details|address|mobile|cell)\b/i, 2],
    // "can u check details of Nair Diagnostics": a record's details asked to be checked.
    [/\bcheck (?:the |his |her |their )?(?:details|info|profile|record|file|account) (?:of|for|on)\b/i, 3.5],
    // "whose number is +234 803 555 0142?", "who owns this email: …": the owner of a detail, asked.
    [/\bwhose (?:number|phone|mobile|cell|email|e-mail) is\b|\bwho (?:owns|has) (?:this|the|that) (?:number|phone|email)\b|(?:这个|这)?(?:号码|电话|手机号?|邮箱)是(?:谁|哪个客户|哪位)(?:的)?/i, 3.5],
    // "how's Oasis Dental going?": where one customer, named in capitals, stands.
    // ("how's Bob doing this month" is a rep's period, a report.)
    [/\bhow(?:'s| is| are) (?:things (?:with|at) )?[A-Z][\w'&-]*(?: [A-Z][\w'&-]*){0,3} (?:going|looking|coming along)\b(?!.*\b(?:this|last) (?:week|month|quarter|year)\b|.*\b(?:today|so far)\b)/, 3.5],
    // "how's the Fairmont deal looking", "how is the Acme account going": where one customer stands.
    [/\bhow(?:'s| is| are)\s+(?:the|our)\s+.{1,30}?\s+(?:deal|account|order|project|opportunity)\s+(?:looking|going|doing|coming along)\b/i, 3.5],
    // "whats the email for dr mbeki", "need the mobile for mr okafor": a detail of someone asked for.
    [/\b(?:what'?s|whats|what is|what was|need|get me|send me|give me|find)\s+(?:the |his |her |their )?(?:email|e-mail|phone|number|mobile|cell|contact|address|details|whatsapp)(?: number| address| details)? (?:for|of)\b/i, 3.5],
    // "anything on Saltwater Bistro?", "any news about Dr Rao": what we have on someone, asked in passing.
    [/^\s*(?:(?:got|have we got|do we have|is there)\s+)?(?:anything|any (?:news|info|updates?|notes?))\s+(?:on|about|re|for)\s+(?!(?:today|tomorrow|tonight|this|that|it|next|my|me|how|what|why|when|where|whether|if|the (?:calendar|agenda|schedule))\b)[A-Za-z\u4e00-\u9fff]/i, 3],
    // "Diego Alvarez contact details pls", "鑫达建材 客户档案": a name, then what is wanted of it.
    [/(?:客户)?档案|客户资料|客户信息|\b(?:contact (?:details|info)|profile|account details)\s*(?:pls|please|plz|thx|thanks)?[\s?？!.]*$/i, 3],
  ],
  update_customer: [
    // "陳生偏好上午上門維修", "她习惯下午打电话过去": the time someone likes to be called or visited is a preference.
    [/(?:偏好|喜欢|习惯|希望)(?:在)?(?:周末|工作日|周[一二三四五六日天])?(?:的)?(?:上午|下午|晚上|早上|中午|周末)[^。，,]{0,4}(?:上门|拜访|联系|打电话|来电|送货|来)/, 3],
    // "sorry wrong number for Tan Wei Ling earlier, its +65 9123 4870", "頭先打錯咗 陳生個電話係 9632 1187": a detail entered wrong, put right.
    [/\bwrong (?:number|phone|mobile|cell|email)\b[^.!?]{0,40}\b(?:it'?s|its|should be|is)\b|(?:打|写|寫|记|記|输|輸)错(?:了|咗)?[^。]{0,12}(?:电话|電話|手机|手機|号码|號碼|邮箱|郵箱)\s*(?:是|係|应该是|應該是)/i, 5],
    // "刘太生完孩子后口味变了，备注一下：不吃辣、少油": a taste or habit noted for the profile, whatever the news around it.
    [/(?:备注|備註|记)(?:一下|下)?[：:]\s*(?:不吃|不喝|不要|只吃|只喝|只要|喜欢|爱吃|爱喝|过敏|忌口|少油|少盐|少辣|多|偏)/, 4],
    // "Chloe Nguyen prefers calls after 3pm, can that go on her profile?": a detail asked to be kept on the customer's profile.
    [/\b(?:can|could) (?:that|this|it) go (?:on|in|into) (?:his|her|their|the) (?:profile|record|file|notes)\b|\b(?:put|add|note|save) (?:that|this|it) (?:on|in|to|into) (?:his|her|their) (?:profile|record|file)\b/i, 6],
    [TIER_MOVED, 5],
    // "the Scottish lady from the wine fair - her email is moira.k@…": a detail of someone on file, given.
    [/^(?![^.!?]*\b(?:new|lead|prospect|enquiry|inquiry)\b)[^.!?]{2,60}?\s[-–—:]\s*(?:his|her|their) (?:new )?(?:email|e-mail|phone|number|mobile|cell|whatsapp)(?: address| number)? (?:is|=|:)/i, 3],
    // "陈小姐说她们公司改名了，现在叫宏景城市服务": a new name for their business, whoever says it, is the record's to change.
    [/公司(?:改名|更名)了?[^。]{0,6}(?:现在叫|改叫|叫做|改成)|\b(?:company|business) (?:has been |was |got )?renamed\b/i, 2],
    // "周文涛律师已调任至君合律师事务所，烦请更新其单位信息": a customer moved to another employer, to be kept.
    // "王太太搬去台中了，公司改成晴川设计": the business they are with now, changed.
    [/(?:公司|单位)(?:名)?(?:改成|改为|换成|变成|换到|现在是)(?=[\u4e00-\u9fffA-Za-z])/, 4],
    [/(?:调任|调职|跳槽|入职|加盟|转到)(?:至|到)|更新(?:其|他的|她的|一下)?(?:单位|公司|工作单位)(?:信息|资料)?/, 4],
    // "Please add to Mr. Abernathy's profile: …": a detail for someone's profile.
    [/\b(?:add|put|note|save|keep)\b[^.:]{0,12}\b(?:to|on|in|onto) (?:(?:Mr|Mrs|Ms|Dr)\.?\s)?[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?['’]s (?:profile|file|record|guest file|guest profile|account)\b/, 5],
    // "called Maria — she's on a new number … touch base Jan 5", "刚给李总打电话，他换了号码…周五再聊": a contact made,
    // with a next step, is the follow-up; the new number comes along with it.
    [/^\s*(?:just |had a )?(?:called|rang|phoned|visited|met(?: with)?|call with|spoke (?:to|with))\b[^]*\b(?:follow up|touch base|circle back|check in|call (?:him|her|them) (?:back|again)|ping (?:him|her|them))\b|^\s*(?:刚|刚刚|今天|上午|下午)?(?:给|跟|和)[^，,。]{1,8}(?:打了?(?:个)?电话|通了?电话)[^]*(?:再聊|再联系|再打|再约|再跟进|回电)|^\s*(?:刚|刚刚|今天|上午|下午)?(?:拜访了|去了)[^]*(?:再聊|再联系|再约|再跟进)/i, -5],
    // "Mrs. Okafor's payment terms: bank transfer, net 30", "吴磊那边只接受上午送货": terms of trade kept on the record.
    [TERMS_GIVEN, 4.5],
    // "Tanaka Travel wants invoices sent to accounts@… from now on", "发票以后发到…@…": where their papers go, kept.
    [PAPERS_GO_TO, 4.5],
    // "…喜欢靠窗的位置，更新到他的档案里": a detail asked to go on their file, which is no look-up of it.
    [/(?:更新|记|写|加|存|录)(?:到|在|进)(?:他|她|客户|他们|她们)?的?(?:档案|资料|profile)/i, 3.5],
    // "邓先生说车只要白色的，备注一下": a standing wish, then asked to be noted.
    // "Ravi 吃素的，记一下": a diet too.
    [/(?:只要|只能|只接受?|只用|只喝|只吃|不要|不吃|不喝|喜欢|偏好|过敏|忌口|习惯|吃素|吃斋|素食)[^。]{0,20}[，,\s](?:帮我)?(?:备注|记|标注)(?:一下|下)/, 4],
    // "记低佢要无香味嘅产品": note down what they want from now on.
    [/记(?:下|低|住)(?:他|她|佢)(?:们)?(?:要|喜欢|不要|只要|只用)/, 4],
    // "Add a note for Daniel Kwok: wedding anniversary is 14 Sept": a note asked to go on someone's record.
    [/\b(?:[Aa]dd|[Mm]ake|[Pp]ut|[Ll]eave) (?:a )?note (?:for|on|to) (?:the )?(?:[A-Z][\w'’-]*\.?\s*){1,3}[:：-]|^\s*[Nn]ote (?:for|on) the [A-Z][\w'’-]*s\s*[:：]/, 4.5],
    // "Correction to Priya's details — her email is …", "更正一下老周的资料": a record's details put right.
    [/\bcorrection to\b[^.!?]{0,30}\b(?:details|record|contact|info|profile|email|phone|number)\b|更正[^，,。]{0,10}(?:资料|信息|联系方式|电话|邮箱)|换(?:了)?(?:新)?名片/i, 4],
    // "change the email for Hotel Sunrise to …", "change Hotel Sunrise email to …": a contact detail changed, whoever it is of.
    [/\b(?:change|update|set|correct|fix|replace)\s+(?:the\s+)?(?:email|e-mail|phone|number|mobile|cell|contact number|whatsapp)(?:\s+address)?\s+(?:for|of)\b|\b(?:change|update)\s+[\w .&'-]{2,40}?\s+(?:email|e-mail|phone|number|mobile)\s+to\b/i, 4],
    // "Jain food, no onion no garlic, please note in profile": a detail asked to be kept on the record.
    [/\b(?:note|put|add|save|keep) (?:it |this |that )?(?:in|on|to) (?:his|her|their|the )?(?:profile|file|record)\b/i, 4],
    // "钱总的资料里备注一下：只喝红酒", "is now on 0412…, her old mobile's dead", "email都改咗做…": a detail changed on a record.
    [/(?:资料|档案)(?:里|上)?(?:备注|记|加|写)|\bnow on \+?\d|\bold (?:mobile|number|phone)(?:'s| is)? (?:dead|gone|not working)\b|(?:邮箱|email|电话|手机|号码|地址)(?:都)?(?:改|更新|变更|换)(?:了|咗)?(?:做|成|为)|转去(?:他|她|佢)新公司/i, 4],
    // "幫我加到她的資料", "add it to his file": a detail put on someone's record.
    [/(?:加|记|写|补|存)(?:到|进|在)(?:他|她|客户|这个客户)的?(?:资料|档案|记录)|\badd (?:it|this|that) to (?:his|her|their) (?:file|profile|record)\b/i, 4],
    // "VIP note: Mr Lim always wants high floor, non-smoking, extra pillows": what a guest always asks for is kept.
    [/\balways (?:wants|asks for|requests|orders|books|takes|likes)\b|^\s*(?:vip|guest|customer|client)\s+note\s*[:：]/i, 3],
    // "Encik Faizal now with Petronas, new no 012-345 6789": a move and a new number, said in passing.
    [/\bnew (?:no\.?|num|number|hp|h\/p|mobile|cell|handphone|phone|telephone|tel\.?)\b|\b(?:is )?now (?:with|at|works (?:at|for))\b/i, 3],
    // "陳先生的新 email 是 …", "微信 email 换成 …": a detail named in English inside Chinese.
    [/^(?!.*(?:线索|新客户?[:：\s]|潜客|\blead\b|\bprospect\b))(?:.*(?:新的?|换了?)\s*(?:email|e-mail|mobile|wechat|whatsapp)\b|.*\b(?:email|e-mail|mobile|wechat|whatsapp)\s*(?:是|改成|换成|改为))/is, 4],
    [/(跳槽了?[^。]{0,16}(?:公司|单位)(?:改|更新|换)一下|换了?(?:新)?(?:号码|号|手机|电话|邮箱)|新号(?:码)?|新手机号?|新电话|新(?:邮箱|电邮|email|e-mail)|号码(?:改|换|变)|电话(?:改|换|变)|手机(?:改|换)|(?:座机|固话|办公电话|分机|手机号)(?:号码?)?(?:改|换|变)|(?:邮箱|email|e-mail)\s*(?:改|换|是)|改一下.{0,6}(?:电话|邮箱|号码)|更新.{0,6}(?:电话|邮箱|号码|信息|资料))/, 4],
    [/(生日是|生日系|生日在|的生日(?![礼蛋会宴派]|party)|过生日|生日[:：]?\s*(?:\d|[一二三四五六七八九十]))/, 4],
    [/\bupdate\b.{1,40}\b(?:phone|number|mobile|email|address|birthday|company)\b|\bnote (?:for|on|about)\b.{1,30}:\s*(?:vegetarian|vegan|halal|kosher|no |allergic|prefers|likes|loves|doesn't|does not)/i, 4],
    // "陶女士的公司是樱花教育咨询", "Dan's company is Brightside Media": where someone works, stated without a move.
    [/(?:的|她|他)(?:公司|单位|东家|工作单位)(?:现在)?(?:是|叫|换成|改为|改成|变成|换为)|\b(?:[A-Za-z]+'s company is|works (?:for|at)(?! (?:me|us|you|everyone|both)\b)|is working (?:for|at))\b/i, 3.5],
    // "says use marcus.b@tidewell.co from now on, the old gmail is dead": an address to use from now on.
    [/\buse\s+[\w.+-]+@[\w.-]+\s+(?:from now on|going forward|from here on|instead|now)\b|\b(?:the|his|her|their) old (?:gmail|email|e-mail|address|number|mobile|phone|cell) (?:is (?:dead|gone|closed|no longer)|doesn't work|does not work)\b/i, 4],
    // "alex's email is alex@brightco.io now", "Sophie's mobile is 07700…": a detail of someone, stated.
    [/\b[A-Za-z]+'s (?:new )?(?:email|e-mail|phone|number|mobile|cell)(?: number)? is\s+(?:now\s+)?[+\d\w]/i, 4],
    // "改到鸿海上班了 公司那栏帮她更新一下": a move to another employer, and the record's field named.
    [/(?:改到|换到|转到|跳到|去到|转了?去|跳了?去|搬了?去)[^，,。]{1,10}(?:上班|工作|做事|任职|做(?=[了啦\s。.!！]|$))|(?:公司|电话|手机|邮箱|生日|地址)(?:那栏|那一栏|一栏|栏位?)[^，,。]{0,6}(?:更新|改)/, 3.5],
    [/(改名|更名|现在叫|改叫|被[^，,。]{2,12}(?:收购|并购|合并)了?|\brebrand(?:ed|s)? (?:as|to)\b|\b(?:is|are) now called\b|\brenamed (?:to|as)?\b|\b(?:was|were|got|has been|have been) (?:acquired|bought out|taken over) by\b|跳槽到|跳槽去|换到了?|去了.{1,10}(?:公司|集团)|现在(?:在|去|到).{1,12}(?:工作|上班)|加入了|调到|调去|调往|调任|转去了|跳去了|(?:已经?|刚|早就)(?:转|跳|调)(?:去|到)[^，,。\s]{2,16}(?:公司|集团|酒店|工作室|事务所|中心|医院|学校|银行|餐厅)|转了?去\s*[^，,。\s]{2,12}(?:\s[^，,。\s]{2,12}){0,2}\s*(?:做事|上班|工作|打工|干活|做了))/, 3.5],
    [/(喜欢|爱喝|爱吃|偏好|不喝|不吃|只喝|只吃|只用|只抽|只穿|过敏|忌口|口味|习惯|吃素|吃斋|素食)/, 2.5],
    // "苏姐说以后别打电话 有事微信联系": how a customer wants to be reached from now on, to keep on their record.
    [CONTACT_HABIT, 3.5],
    // "update Yusuf Demir: kosher only": a customer named to update, what follows the colon is theirs.
    [/^\s*update\s+(?:Mr\.?\s|Mrs\.?\s|Ms\.?\s|Dr\.?\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\s*[:：]/, 3],
    // "keep it on file", "add that to his profile", "always book him a room with a roll-in shower", "以后都安排低楼层":
    // what a customer needs, to be kept for every time.
    [/\bkeep (?:it|this|that) on (?:file|record)\b|\badd (?:that|this|it) to (?:his|her|their) (?:profile|file|record)\b|\balways (?:book|give|seat|put) (?:him|her|them)\b|(?:以后|今后|往后|每次)(?:都|一律)?(?:给(?:他|她|他们))?(?:安排|留|订)(?!一下)/i, 4],
    // "陈阿姨说以后只约女医生": what a customer will only have from now on.
    [/以后只(?:约|要|用|接受|找|喝|吃)/, 3.5],
    // "帮我记到他资料里", "备注在她档案上": a note asked to go onto someone's record.
    [/(?:记|写|加|存|备注|标)(?:到|在|进)(?:他|她|客户|对方)?的?(?:资料|档案|信息|备注|客户资料)(?:里|上|中)?/, 2.5],
    [/\b(email is now|new email|new (?:e-?)?mail(?: address)?|new number|new phone|new line|new cell|new mobile|new whatsapp|number is now|phone is now|changed (?:(?:his|her|their) )?(?:number|phone|email|mobile)|birthday(?! (?:cake|party|dinner|lunch|meal|celebration|surprise|gift|present|card|treat|bash|drinks|trip|weekend))(?: is)?|(?<!\b(?:trial|demo|meeting|call|delivery|date|appointment|visit|session|it|that|this|booking|order|shipment)\s)(?:moved|gone|went|jumped|switched|transferred) (?:over |across |ship |na |already )?to(?! (?:see|meet|visit|drop|deliver|check|pick)\b)(?! (?:Mr|Mrs|Ms|Miss|Mdm|Dr|Ibu|Bu|Pak|Bapak|Khun|Anh|Chi|Kak|Mbak|Mas|Encik|Puan|Datuk|Dato'?)\.?\s)(?! (?:the )?(?:negotiation|proposal|closing|contract|qualified|won|lost|stage|voicemail|next|this|tomorrow|today|tonight|later|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|(?:[\w.'’]+ ){0,3}(?:office|plant|yard|depot|branch|hq|shop|store|factory|warehouse|site|premises|outlet|restaurant|clinic|place|house|home)\b)|[^.!?]{0,50}\bto (?:see|meet|visit)\b)|now works at|(?:'s|has) been (?:at|with)(?= [A-Z][^,.;]{1,40}? since\b)|joined|switched to|prefers|likes|only (?:drinks|eats|takes|uses|orders|wears)|allergic to|(?:has|have|with) an? (?:severe |mild |serious |bad )?[a-z]+ allergy|doesn't drink|does not drink|favou?rite)\b/i, 3.5],
    // "陈建国已经从华瑞物流跳到顺达快运了", "李娜换工作了，现在在字节跳动": a customer who changed employers.
    // "周老师不在星海琴行了，去了华音艺术中心": no longer at one business, gone to another.
    [/不在[^，,。]{2,16}?(?:干|做|上班|工作|任职)?了[，,\s]*(?:去了|到了|跳到|换到|转到|现在在|去)/, 4],
    [/从[^，,。]{2,16}?(?:跳到|跳去|跳槽到|换到|转到|转去)|换(?:了)?(?:份|个)?(?:新)?工作|(?:转|换)了?工(?![资作厂程具艺序位钱])|\bchanged jobs\b|\bnew job (?:at|with)\b|\bleft [A-Z][\w&'’ -]{1,40}[,;]\s*(?:and )?(?:she|he|they)(?:'s| is|'re| are)? (?:now )?(?:running|managing|heading|working (?:at|for)|at|with|over at)\b/i, 4],
    // "小林说她生日就是下周五", "曹姐说她生日跟圣诞节同一天": a customer's birthday, told.
    [/(?:他|她|佢)(?:的)?生日(?:就|也)?(?:是|在|跟|和|同)/, 5.5],
    // "我生日5月20号，记得请我喝奶茶": the writer's own birthday is no customer's record.
    [/^\s*(?:我|my)(?:的)?\s*(?:生日|birthday|bday)|\b(?:it'?s|is) my (?:birthday|bday)\b|我(?:今天|明天|下周)?过生日/i, -6],
    // "Ben Adler's DOB is 1979-09-30", "Lucy Tran was born 12 March 1990", "张总1985年6月3号出生": a date of birth.
    [/\b(?:dob|d\.o\.b\.?|date of birth)\b|\b(?:was|were) born\b|(?:19|20)\d{2}\s*年[^，,。]{2,8}出生|出生(?:日期|年月|于)/i, 4],
    // "change Pete Sandoval's company to Redwood Logistics": the employer on the record changed.
    [/\b(?:change|update|set|correct)\s+[\w .'’-]{2,40}?(?:'s|’s)?\s+(?:company|employer|workplace)\s+to\b/i, 4.5],
    // "Nora Quinn left Alder Labs, she's at Birchwood Clinic now": a customer who moved to another business.
    [/\b(?:he|she|they)(?:'s| is|'re| are) (?:now )?at [A-Z][^.,;]{1,40}? now\b|\bleft [A-Z][\w&'’ -]{1,30}(?:,| and| -)\s*(?:he|she|they)(?:'s| is|'re| are| has| have)? (?:now )?(?:at|with|joined)\b/, 4],
    // "switched numbers, her new one is +65 …": a new number given.
    [/\b(?:switched|changed) (?:numbers|phones|her number|his number)\b|\b(?:her|his|their) new one is\b/i, 4],
    // "Priya's cell changed to…", "Ms. Chen is vegetarian, note it on her profile".
    [/\b(?:cell|mobile|phone|number|email|e-mail)(?: number)? (?:has )?(?:changed|is now)\b|\b(?:note|add|put|save|record)(?: it| that| this)? (?:on|to|in) (?:his|her|their|the) (?:profile|file|record)\b|\bis (?:a )?(?:vegetarian|vegan|pescatarian|teetotal|non-?smoker|allergic)\b/i, 4],
  ],
  list_tasks: [
    // "no not today's list, I asked for THIS WEEK" (read with the wrong one dropped: "no list, I asked for THIS WEEK"): the list
    // asked for again, for the period meant.
    [/\b(?:list|tasks|to-?dos)\b[^.?!]{0,4}\bi (?:asked for|meant|want(?:ed)?) (?:the |my )?(?:today|tomorrow|this week|next week|this month)\b|\bi (?:asked for|meant|want(?:ed)?) (?:the |my )?(?:today|tomorrow|this week|next week|this month)(?:'s)? (?:list|tasks|to-?dos)\b/i, 4],
    // "anything overdue? feel like I missed someone's bday call 😅": overdue work asked after, first.
    [/^\s*(?:anything|any (?:tasks?|follow-?ups?|calls?)) overdue\b/i, 5],
    // "哪些客户方案发了还没回复？列一下": the customers still owing an answer, listed.
    [/(?:哪些|哪几个)客户[^。？?]{0,12}(?:还没|没有?)(?:回|回复|回音|答复)/, 4],
    // "秦总喜欢喝什么酒来着？忘了": what was forgotten is a customer's taste, not a task.
    [/(?:喜欢|爱|习惯|偏好)(?:喝|吃|抽|用|穿|玩|住)?(?:的)?(?:是)?(?:什么|啥|哪种|哪个|哪款)/, -4],
    // "today's renewal calls?": the day's own calls or follow-ups, asked.
    [/^\s*(?:today'?s|tomorrow'?s|this week'?s) (?:\w+ )?(?:calls|follow-?ups|visits|tasks|to-?dos)\s*\?/i, 4],
    // "今天有哪些要回访的？": the day's callbacks, asked.
    [/(?:今天|明天|这周|本周|下周)有(?:哪些|哪几个|什么)(?:人|客户)?要(?:回访|跟进|联系|打电话|拜访)/, 5],
    // "今天需要回访的客户", "本周要拜访的客户清单": whom to contact in a period, the writer's list.
    [/(?:今天|明天|本周|这周|下周|这个星期|本月)(?:需要|要|该|得)(?:回访|拜访|跟进|联系|打电话给?|回电话给?)的(?:客户|人)(?:清单|名单|列表)?/, 4],
    // "remind me who I'm supposed to chase today": whom the writer is due to contact, asked.
    [/\bwho (?:am i|i'?m|i am) (?:supposed|meant|due|scheduled) to (?:chase|call|ring|follow up(?: with)?|ping|contact|see|visit|email)\b/i, 5],
    // "这个月任务加了三成", "quota went up again": a target raised or cut is the company's news, no list asked.
    [/任务(?:量|指标)?(?:又)?(?:要)?(?:加|涨|提|翻|减|降|砍)(?:了)?|\b(?:quota|target)s? (?:went|goes|got|was|were|is) (?:up|raised|bumped|increased|cut|lowered)\b/i, -5],
    // "any client birthdays today?", "这周哪些客户过生日": the customers' birthdays coming up, to send wishes.
    [/(?:哪些|哪几位|哪位|有没有|有谁|谁)[^，,。]{0,8}(?:过生日|生日)|\b(?:any|which|whose)\b[^?.!]{0,20}\bbirthdays?\b|\bbirthdays? (?:today|tomorrow|this week|next week|this month|coming up)\b/i, 5],
    // "哪些客户已经过了跟进日期还没人联系": follow-ups gone past their day, asked.
    [/(?:哪些|哪几个|有没有|有谁)[^。]{0,12}(?:过了|超过|错过)(?:了)?(?:跟进|回访|联系)?(?:日期|时间|期限|日子)/, 5],
    // "这个月还有几个客户要回访": how many are still due a contact, asked.
    [/还(?:有|剩)(?:几个|多少|几位|几家)(?:客户|客人|人)?(?:要|该|得|需要|没)(?:回访|跟进|联系|拜访|打电话)/, 5],
    // "今天要回访的都有谁？": whom the writer is due to contact, asked.
    [/(?:今天|明天|这周|本周|下周)(?:要|该|得)(?:回访|跟进|联系|拜访|打电话)的(?:都)?有(?:谁|哪些|哪几个)/, 4.5],
    // "What do I have on for tomorrow?": the writer's own day asked after.
    [/\bwhat (?:do i have|have i got|am i doing|'?s on)(?: on)? (?:for )?(?:today|tomorrow|tmrw|this week|next week|this afternoon|monday|tuesday|wednesday|thursday|friday)\b/i, 4],
    // "what's scheduled for me next week?", "我下周都有什么安排": the writer's own calendar asked for.
    [/\bwhat(?:'s| is| have i got| do i have) (?:scheduled|lined up|planned|on my (?:plate|calendar|schedule|agenda))\b(?! for (?:the team|everyone)\b)|我(?:今天|明天|后天|下周|这周|本周)(?:都)?有(?:什么|哪些|啥)(?:安排|任务|要跟的)/i, 4],
    // "这周要拜访的客户 list 一下": who is due a visit or a call, listed.
    [/(?:今天|明天|这周|本周|这个?礼拜|下周|这个月|本月)?(?:要|该|得)(?:拜访|跟进|回访|联系|打电话给?)的客户[^。]{0,6}(?:list|列|有哪些|有谁|是哪些)|(?:要|该|得)(?:回|打)哪些(?:客人|客户)的?电话/i, 4.5],
    // "what was I meant to get done yesterday?": a day's list, asked after it.
    [/\bwhat (?:was|am) i (?:meant|supposed) to (?:do|get done|finish|follow up)\b/i, 4.5],
    // "Finally emailed Greta (the overdue one)", "逾期那家恒丰": a customer named as the overdue one is told about, not the list.
    [/[A-Z][\w'’&-]*(?: (?:at|from|of)?\s?[A-Z][\w'’&-]*){0,3}\s*[,(（-]\s*(?:the|that|this) overdue (?:one|account|customer|client|lead|deal|guy|lady)\b|逾期(?:的)?那(?:个|家|位)/, -4],
    // "anything I'm behind on?": what is overdue, asked.
    [/\b(?:anything|what) (?:am i|i'?m|i am|are we|we'?re) behind on\b/i, 4.5],
    // "这周有哪些要跟的", "今天还有啥没跟的", "这周的follow up有哪些": what is left to follow up, asked.
    [/(?:哪些|哪几个|啥|什么|谁)(?:是|还)?(?:要|该|得|需要|还没|没)(?:去)?跟(?:进)?的|(?:要|该|得|还没|没)跟(?:进)?的(?:有)?(?:哪些|啥|什么|谁)|follow[- ]?ups?\b.{0,6}(?:有哪些|有啥|哪些)|有(?:什么|啥|哪些|咩|冇|没有)?\s*(?:follow[- ]?ups?|跟进|回访)\s*(?:要|该|得|需要)(?:做|跟|处理|搞)(?:吗|么|嘛|呢|啊|[?？]|\s*$)/i, 3.5],
    [/(跟进计划|跟进安排|跟进清单|跟进列表|待跟进|回访计划|拜访计划|回访安排|拜访安排|拖着没(?:处理|跟|做|联系)|待办|任务|提醒事项|todo|to-do|要跟进的|需要跟进的|该跟进|要做什么|要做的|要联系的|该联系|有什么要|有啥要|(?:要|该|得|需要)(?:联系|拜访|回访|跟进|打给)谁|日程|安排了什么|安排是什么|(?:哪些|多少|几个)(?:跟进|任务|待办|回访|拜访)(?:还|都)?没(?:有)?(?:做|完成|弄|搞|跟)|过期没|逾期没|(?:过期|逾期|超期)(?:还|一直)?没(?:有)?(?:联系|跟进|跟|回访|打)|没跟进|没联系了|超期)/i, 3.5],
    // "我今天要跟进哪些客户", "哪些客户该回访了", "who do I need to call today": a question about whom to contact.
    [/((?:要|该|得|需要|应该|必须)(?:去)?(?:跟进|跟|联系|拜访|回访|打给|打电话给|见|约|催|跑|去)(?:的)?(?:哪些|哪几|哪个|哪位|哪家|谁|什么人|什么客户|几个|多少)|(?:哪些|哪几个|哪几位|哪位|哪个|什么)客户?(?:还)?(?:要|该|需要|得|还没|没有?)(?:跟进|联系|拜访|回访|回复)|\bwho (?:(?:should|do|must|shall|can) )?i (?:need to |have to |still |must |should |gotta )?(?:call|ring|contact|follow up|chase|see|visit|email|ping|reach out)|\bwhich (?:customers|clients|leads|accounts) (?:do|should|must) i\b|\b(?:what's|what is) on my (?:list|plate|agenda)|\bmy list\b)/i, 3.5],
    // "这周还剩啥没做", "有没有漏跟的客户", "what's left for today", "anything I missed": what is left undone, asked loosely.
    [/(?:还|仍)?(?:剩|有|差)(?:下)?(?:啥|什么|哪些|多少|几[个件样家位])(?:事|活|活儿|任务|客户|单)?(?:还)?(?:没|未)(?:做|办|弄|搞|干|完成|处理|跟|联系|回|打)|(?:有没有|有无|^有|哪些|哪个|哪几个|什么|啥|谁)[^，,。]{0,4}(?:漏(?:跟|掉|了|的|联系|回)|忘(?:了|记)|落下|遗漏)|\b(?:what'?s|what is|anything|what have i|who have i|anyone i'?ve|anything i'?ve)\s+(?:still\s+)?(?:left|pending|outstanding|open|missed|forgotten|forgot|slipped|slipping)\b/i, 3.5],
    // "what's on today", "what do I have tomorrow", "anything for me this week": the day's list, asked plainly.
    [/\bwhat'?s (?:on|up|happening) (?:for (?:me )?)?(?:today|tomorrow|this week|next week|for me)\b|\bwhat (?:do|have) i (?:got |have )?(?:on )?(?:today|tomorrow|this week)\b|\bwhat'?s my day\b|\banything (?:for me )?(?:today|tomorrow)\s*\??$/i, 3.5],
    // "今天要打哪些电话", "哪些跟进逾期了", "逾期的都列一下", "which calls have I got today": the to-dos asked by their kind or lateness.
    [/(?:要|该|得|需要)(?:打|回|发|跑|见)(?:哪些|哪几个|哪几通|几个|几通|多少)(?:个|通)?(?:电话|邮件|客户|拜访|微信)|(?:哪些|哪几个|什么|啥)[^，,。]{0,6}(?:逾期|超期|过期)|(?:逾期|超期|过期)(?:了|的)?[^，,。]{0,6}(?:哪些|列|有多少|有几|多少个|几个|清单)|\b(?:which|what|how many) (?:calls|visits|emails|meetings) (?:do|have|should|must) i\b/i, 3.5],
    // "有没有些跟进是过了期没做的", "which follow-ups did I miss": lateness asked about one's own list.
    [/(?:有没有?|有无|哪些|哪个|什么)[^，,。]{0,8}(?:过了?期|逾期|超期|past due|overdue)|\b(?:did|have) i (?:miss|missed|forget|forgotten|skip|skipped)\b/i, 3.5],
    [/\b(tasks?|to-?dos?|follow[- ]?ups|follow[- ]?up list|(?<!\b(?:their|his|her|its|on the) )agenda|what do i need to do|what (?:do|did) i (?:have|need|got) to do|what i (?:get|have|got|need) to do|what's on my plate|^\s*(?:so |ok |okay )?what should i do\b|who (?:should|do) i (?:call|contact|follow up with|see)|my schedule|reminders|overdue|(?:what's|what is|anything|what) (?:\w+ )?due)\b/i, 3.5],
  ],
  create_booking: [
    // "帮我给钱薇订个生日蛋糕呗", "breakfast was so good I wanna book it for life 😂": a cake or flowers ordered, or a joke, books no table or room.
    [/订(?:个|一个|一份|束)?(?:生日)?(?:蛋糕|鲜花|花束|花篮|果篮|外卖|奶茶|机票|车票|高铁票)(?![^。]{0,10}(?:桌|位|房|包间))|\bbook (?:it|that|this|them) for life\b/i, -6],
    // "not a new booking — …", "不用订新的，…": a new booking denied.
    [/\bnot (?:a|making a) new (?:booking|reservation)\b|不用(?:再)?(?:订|訂)新的/i, -6],
    // "能帮我们排个号吗，3位", "add us to the waitlist, 5 people": a place in the queue for a table.
    [/排(?:个|一个)?号|取(?:个)?号|\b(?:add|put|get) (?:us|me) (?:on|to|onto) (?:the|your) (?:waitlist|waiting list)\b/i, 4],
    // "麻烦帮我退订下周二那间房": 退订 cancels; its 订 books nothing.
    [/退订(?!(?:成功)?的?(?:短信|邮件|消息|推送))/, -4],
    // "帮我查下还有谁订了8号的房": who else booked, asked; other guests' bookings are no one's to book.
    [/还有谁订了|谁(?:也)?订了[^，,。？?]{0,8}(?:房|桌|位)|\bwho (?:else )?(?:has )?booked\b/i, -8],
    // "帮老客户刘总订周五晚上7点，6位": staff booking for a customer, the day said.
    [/帮(?:老客户|客户|客人|老板)?[^，,。]{0,6}订(?:个|一个|张|间)?(?:周|明|今|后|下|这|[\d一二两三四五六七八九十])(?![^，,。]{0,12}(?:机票|车票|火车|高铁|航班|飞机))/, 3],
    // "刚才那个预订搞定了，确认短信也收到了，不用再管了": a booking done and confirmed, nothing more to book.
    [/(?:预订|订单|房间|订位)(?:已经)?搞定了|确认(?:短信|邮件)(?:也)?收到了|不用再管了/, -6],
    // "Can I get a receipt for last night's dinner emailed to me?", "你们这可以长期固定订桌吗？": paperwork or a rule asked, nothing booked.
    [/^(?![\s\S]*(?:\bbook\b|\breserve\b|订))[\s\S]*(?:\b(?:receipt|invoice|folio)\b|发票|收据)|可以(?:长期)?固定订(?:桌|房|位)吗|\bcan (?:i|we) (?:have|get|set up) a (?:standing|regular|recurring) (?:booking|table|reservation)\b[^.]*\?\s*$/i, -5],
    // "姓名：李娜\n人数：4\n日期：本周六\n时间：18:30": a booking written as a form, its head count and its day labelled.
    [/^(?![\s\S]*(?:改|取消|確認|确认|\bchange\b|\bcancel\b|\bconfirm))[\s\S]*?(?:(?:^|\n)\s*(?:人数|人數|party size|guests|no\.? of (?:guests|people|pax)|pax)\s*[:：]\s*\d+[\s\S]*?(?:^|\n)\s*(?:日期|date|入住(?:日期)?|到店(?:日期)?|check-?in)\s*[:：]|(?:^|\n)\s*(?:日期|date|入住(?:日期)?|到店(?:日期)?|check-?in)\s*[:：][\s\S]*?(?:^|\n)\s*(?:人数|人數|party size|guests|no\.? of (?:guests|people|pax)|pax)\s*[:：]\s*\d+)/i, 5],
    // "帮我订明晚的桌……哦我已经订过了，那把人数改成6个吧": no new booking once the writer remembers one made.
    [CHANGED_INSTEAD, -5],
    // "下周二入住两晚，要两间挨着的房，小孩那间要加床": a stay of so many nights, with the rooms it needs.
    [/入住(?:[\d一二两三四五六七八九十]+)(?:个)?晚[^。]{0,6}(?:要|订|开)(?:[\d一二两三四五六七八九十]+)间/, 3],
    // "十月份的营业额跟订位数给我看一下", "booking numbers for March": bookings counted as a figure, none made.
    [/(?:订位|订房|订座|预订|预约|订单)(?:数(?![量字])|量|率|数据|总数)|\b(?:number|count) of (?:bookings|reservations|covers)\b|\b(?:booking|reservation)s? (?:numbers|count|figures|stats|volume)\b/i, -5],
    // "can you book me a taxi to the marina for 9 tomorrow?": a ride is not a room or a table.
    [/\b(?:book|get|call|order|arrange)(?: me| us)? (?:a |an )?(?:taxi|cab|uber|grab|lyft|car|ride|driver|limo|shuttle|transfer)\b|(?:帮我|给我)?(?:叫|订|约)(?:个|一辆|辆)?(?:出租车|的士|车|网约车|专车)(?![位间])/i, -6],
    // "booking for my client's team: 8 rooms, Jan 26-28", "Reservation: 2 twins, 3 nights": a booking headed as one, its details after.
    [/^\s*(?:new |group |another |one more )?(?:booking|reservation)s?\s*(?:for\b[^:：\n]{1,40})?[:：](?!\s*(?:what|how|when|why|is|are|do|does|any)\b)\s*\S/i, 4],
    // "帮我 book 个 meeting room，下午3点跟老板 1on1", "can someone book the conf room for thurs meeting w/ the
    // distributors": the office's own room, not a guest's.
    [/(?:meeting ?room|会议室|会\s?room)[^。]{0,20}(?:跟老板|跟领导|1on1|1-on-1|one-on-one|1:1|内部|周会|例会|组会|开会)|(?:跟老板|1on1|内部|周会|例会)[^。]{0,12}(?:meeting ?room|会议室)|\bcan someone (?:book|grab|reserve)\b[^.?!]{0,20}\b(?:conf(?:erence)?|meeting|board) ?room\b|\b(?:conf(?:erence)?|meeting|board) ?room\b[^.?!]{0,30}\b(?:meeting|call|sync|standup|review) (?:with|w\/) (?:the )?(?:distributors?|team|boss|vendors?|suppliers?|partners?|client)\b/i, -6],
    // "who else is staying this weekend?": other guests, asked.
    [/\bwho else is (?:staying|booked|here|coming|checked in)\b|\bother guests'? (?:names|rooms|bookings)\b|\b(?:check|see|tell me|know) (?:if|whether) (?:mr\.? |mrs\.? |ms\.? |dr\.? )?[A-Z]\w+(?: [A-Z]\w+)? (?:is|was|has) (?:staying|booked|checked in|a guest)\b/i, -8],
    // "每次入住都要无烟房和荞麦枕": what a guest wants every stay is their profile, not a stay booked.
    [/每次(?:入住|来|订|住)都(?:要|喜欢|会要)|\bevery time (?:he|she|they) (?:stays?|comes?|books?)\b/i, -3],
    // "Cake in the break room at 3": a room at the office is no guest's room.
    [/\b(?:break|staff|server|class|waiting|changing|store|stock|print|mail|lunch) ?rooms?\b|茶水间|休息室/i, -3],
    // "看中翠湖湾的三居，下下周三带他们看现房": a home viewed for sale is no room booked.
    [/(?:看中|相中|看上)了?[^，,。]{1,12}(?:[一二三四两]居|[一二三四两]室|户型|楼盘|别墅|现房|期房|二手房)|看(?:现房|期房|样板间|楼盘|二手房)/, -3],
    // "walk-in 客人 Kevin Wang，豪华大床一间": a guest at the counter, booked by the desk.
    [/\bwalk-?in\s*(?:客人|客|guest)/i, 5],
    // "I would like to make reservation of twin room": a reservation asked to be made, with or without an article.
    [/\b(?:make|making) (?:a |the )?(?:reservation|booking)\b(?! (?:for|under) (?:my|his|her) (?:friend|brother|sister|colleague|boss))/i, 4],
    // "Breakfast for 5 this Saturday at 9:30", "Phone booking for Liam Nguyen, Tuesday, 2 nights": a meal for a party, or a booking taken for a guest.
    [/\b(?:breakfast|brunch|lunch|dinner|high tea) for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b|\b(?:phone|walk-?in|new) booking for\b/i, 4],
    // "Walk-in guest Mr. Anil Kapoor … needs twin room tonight": front desk booking for a guest at the counter.
    [/\bwalk-?in guest\b|散客|前台代订|(?:到店|上门)客人/i, 5],
    // "I want to make appointment for scaling next Tue 10am", "预约洗牙": an appointment is booked as a booking.
    [/\b(?:make|book|schedule|get) (?:an? |my )?appointment\b|(?:预约|约个|约一下|想约)(?:一下)?(?:洗牙|看牙|补牙|拔牙|体检|检查|理发|剪发|按摩|做脸|美甲)/i, 4],
    // "Booking on behalf of Mr. Rajesh Iyer: 2 deluxe rooms…": staff booking for a guest, said as such.
    [/\b(?:booking|reservation|reserving) (?:on behalf of|for (?:mr|mrs|ms|mdm|dr|miss)\b)|^\s*(?:代订|代客(?:人)?订|帮客人订|替客人订)/i, 4],
    // "周六的包间不用取消了 我们照常来": a booking kept as it is, not a new one.
    [/不取消了|(?:不用|不要|别|无需|不必|毋须)(?:帮我|给我|替我)?(?:再)?取消|照(?:常|旧)(?:过)?(?:来|留|保留|入住)|(?:留着|保留着)|(?<!\b(?:tonight|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:we'?re|we are)\s+)\bstill coming\b|\bkeep (?:the|my|our) (?:booking|reservation|table|room)\b/i, -3],
    // "same as last time, next Thursday", "the usual for Friday": a regular's booking, said by what it repeats.
    [/\b(?:same as last time|the usual|my usual|as usual|same (?:room|table|suite|villa|cabin)(?: as (?:last time|before))?(?: again)?)\b|老样子|还是老样子|跟上次一样|和上次一样|还要上次(?:那|的)(?:间|个)?(?:房|桌)/i, 2],
    [/\b(?:same as last time|the usual|my usual|same (?:room|table|suite|villa|cabin))\b[^.?!]{0,24}\b(?:tonight|today|tomorrow|next|this|mon|tue|wed|thu|fri|sat|sun|\d{1,2}(?:st|nd|rd|th)?\b)|(?:老样子|跟上次一样|和上次一样)[^。？?]{0,12}(?:今晚|明晚|今天|明天|后天|下周|这周|周[一二三四五六日天]|星期)/i, 0.5],
    // "订12月3号的房", "订周六中午的包间": the booking verb, its day, then what is booked.
    [/订[^，,。]{1,10}?的(?:房|桌|位|座|包间|包厢|套房)/, 2.5],
    [/(订房|订间|订一间|订个房|订两间|预订|预定|订位|订座|订桌|订个|订一个|订一桌|订两|订[这今明后下]|想订|要订|帮我订|给我订|我订|预约|开间房|开个房|留个位|留位|留一桌|包间|包厢|入住|住[一二两三四五六七八九十\d]+晚)/, 2.5],
    // "给VIP客户Mr. Lee订明晚的桌", "帮王先生留个包间", "book a table for Mr. Lee": staff booking on a guest's behalf.
    [/(?:给|替|帮)[^，,。]{1,16}?(?:订|预订|预定|留)(?:个|一个|一张|张|一间|间)?[^，,。]{0,10}?(?:桌|位|房|包间|包厢|座)|\bbook (?:a |the )?(?:table|room|suite) for (?:Mr|Mrs|Ms|Dr|our|a|the)\b/i, 1.5],
    // "so please keep a room for me from Friday night", "hold a table for six": a room or table asked to be kept.
    [/\b(?:hold|keep|save)\s+(?:a|one|two|three|\d+)\s+(?:[\w-]+\s+)?(?:rooms?|tables?|suites?)\s+(?:for|from)\b(?!\s+(?:now|later|next time|the future)\b)/i, 4],
    // "帮客人订一下：王先生，后天晚上6点，八位": a booking made for a guest, their details following.
    [/(?:帮|给|替)(?:客人|客户|住客|顾客|贵宾)(?:订|预订|预定|留|book)/i, 3],
    // "book位", "book张枱", "enter a booking for guest Sam O'Connor": the English verb inside Chinese, and staff entering one.
    [/book\s*(?:个|一个|张|一张)?\s*(?:位|枱|台|桌|房)|\b(?:enter|make|put in|add|create|log|key in)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:booking|reservation)\s+for\b/i, 3],
    // "book" the verb, not the thing read ("a good book on sales").
    [/\b((?<!\b(?:a|an|the|this|that|any|good|great|my|your|new|his|her)\s+(?:\w+\s+)?)book(?!s?\s+(?:on|about|by|for reading)\b)|reserve|reservation for|make a reservation|table for(?!\s+\d+\s*(?:min|mins|minutes|hours?|hrs?|ages)\b)|room for|rooms? available|do you have (?:a |any )?.{0,20}(?:rooms?|tables?|suites?)|can i get a|i'd like (?:a|to get a) .{0,20}(?:room|table|suite)|check[- ]in on(?! (?:him|her|them|me|us|you|how)\b)|staying)\b|\b(?:needs?|wants?|looking for)\s+(?:a|an|one|two|\d)\s+(?:\w+\s+)?(?:room|table|suite)s?\b/i, 2.5],
  ],
  change_booking: [
    // "我那个预订 刚才说错了 是4个人不是3个", "我周六那间房 还是改回周日入住吧": the guest's own booking, put right or moved back.
    [new RegExp(String.raw`${MY_BOOKING_POINTED.source}[^。]{0,16}(?:说错了|打错了|写错了|搞错了|是\s*[\d一二两三四五六七八九十]+\s*(?:个|位)(?:人)?|改回|改成|改到|换成|換成)|改回(?:到)?(?:周|星期|礼拜|禮拜|\d|明|后|下)[^。，,]{0,4}(?:入住|那天|那桌|吃饭|用餐)`), 6],
    // "my reservation for tomorrow night - it's actually going to be 2 of us not 4", "wait, check-out is the 30th not the
    // 29th": the booking's head count or day put right.
    [/\b(?:my|our) (?:reservation|booking|table|room)\b[^.?!]{0,40}\b(?:it'?s|we'?re|we are|there(?:'ll| will) be) (?:actually )?(?:going to be |gonna be )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:of us|people|guests|pax|persons)\b|\s+(?:not|instead of)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b)|\bcheck-?(?:out|in) is (?:actually )?(?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)?,? not (?:the )?\d{1,2}/i, 6],
    // "can u show my bookings, want to make sure the date change went through": a change made, checked on.
    [/\b(?:make sure|check|see if|confirm) (?:the|my) (?:date |time |booking )?change (?:went through|worked|was made|is done|stuck)\b|改(?:好|成功)了(?:没|吗|么|冇)/i, -6],
    // "Our regular Friday dinner - this week can it be moved to Saturday at 7?", "预订人数从6位改成4位": a standing booking
    // moved once, a head count changed from one to another.
    [/\b(?:usual|regular|standing|weekly) (?:[\w-]+ ){0,2}(?:dinner|lunch|table|booking|session|lesson|class)\b[^?]{0,30}\b(?:moved|move|changed|change|push(?:ed)?)\b|人数从[^，,。]{1,6}(?:改成|改为|变成|减到|加到)/i, 5],
    // "帮我订明晚的桌……哦我已经订过了，那把人数改成6个吧": remembered as booked already, so the booking is changed instead.
    [CHANGED_INSTEAD, 4],
    // "预约的时间能不能往后挪半个钟头", "这个礼拜五的订位，人数要加两个": a booking's hour nudged, its head count changed.
    [/(?:预约|订位|预订|时间|那桌|房间)[^，,。]{0,8}往(?:后|前)(?:挪|推|移|延)|(?:订位|预订|预约|订房|那桌)[^，,。]{0,6}[，,]?\s*人数(?:要|得|想)?(?:加|减|增加|减少)/, 3],
    // "can we push our bell tent back a week?": a tent, cabin or villa moved is a stay changed.
    [/\b(?:push|move|bring|shift|change)\s+(?:our|my|the)\s+(?:[\w-]+\s+)?(?:tent|yurt|cabin|pod|villa|chalet|cottage|lodge|bungalow|treehouse|glamping \w+)\b/i, 1.5],
    // "周五的位子人多了两个，一共12个人", "想迟一日先入住，改9号": a head count or a day in changed on a booking held.
    [/(?:位子?|桌|房间?|预订|订位)[^，,。]{0,4}人(?:多|少)了(?:[一两二三四五\d])个|(?:迟|晚|推迟|延后|早|提前)(?:[一两二三1-3])(?:日|天)(?:先|再)?入住|退房(?:改|改到|改成|推到)\s*\d/, 3],
    // "其中一间想改成住到12/27", "one of the 5 rooms should be a twin instead": one room of several, changed.
    [/其中(?:一|两|二|1|2)间|(?:改成|改为|延长到|延到|续到)住(?:到|至)|\bone of (?:the|our) (?:\d+|two|three|four|five|six|seven|eight) (?:rooms|tables)\b/i, 2],
    // "for our Aug 12 booking: …": a booking pointed at before what is to change.
    [/\bfor (?:our|my) (?:[\w-]+ ){0,3}(?:booking|reservation)\s*[:,–-]/i, 1.5],
    // "…帮我取消掉，行程推迟了": the trip moved is the reason, the booking is what goes.
    // "婚期推迟了😭 这周六的试妆先取消吧，定了新日子再约": the reason said first, the same.
    [/(?:取消|退掉|退订|不要了)[^。]{0,16}(?:行程|航班|会议|计划|出差|婚礼|活动|考试)(?:又)?(?:推迟|延后|延期|改期|有变)了|(?:行程|航班|会议|计划|出差|婚礼|婚期|活动|考试)(?:又)?(?:推迟|延后|延期|改期|有变)了[^。]{0,24}(?:取消|退掉|退订)(?:吧|掉|一下)/, -2],
    // "我下周二的复诊能不能改到下周四下午3点？": an appointment moved is a booking changed.
    [/(?:复诊|面诊|复查|疗程|体验课|试驾|试身|试衣|试纱|预约)[^，,。？?]{0,6}(?:能不能|可以|可不可以|想|要)?(?:改到|改成|换到|挪到|推到|调到|改去)/, 2],
    // "can we stay on till the 25th?": the stay made longer.
    [/\b(?:can|could|may) (?:i|we) (?:please )?stay (?:on |longer )?(?:till|until|til|to|through) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i, 4],
    // "move my hearing test on Friday to next Wednesday", "can we move our screening from Saturday night to Sunday?",
    // "can i move my retainer check to next Monday?": an appointment of the writer's given another day.
    [/\b(?:move|reschedule|shift|push|change)\s+(?:my|our)\s+(?!(?:meeting|call|visit|demo|catch-?up|chat|sales call)\b)(?:[\w-]+\s+){1,3}(?:on|for|from)\s+(?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|morning|evening|afternoon))?\s+to\b|\b(?:can|could) (?:i|we) (?:move|reschedule|push|shift) (?:my|our) (?!(?:meeting|call|visit|demo|catch-?up|chat)\b)(?:[\w-]+\s+){1,3}to (?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i, 3],
    // "for my booking of the 3/12, can we arrive the 4/12 and leave the 6/12?": new days asked for a booking named.
    [/\b(?:my|our) (?:booking|reservation|room|stay)\b[^?]{0,40}\b(?:can|could|may) (?:we|i) (?:rather |instead |now )?(?:arrive|check in|come)\b[^.?!]{0,30}\b(?:and|&) (?:leave|depart|check out)\b/i, 4],
    // "Finally we will be 6 and not 4, for the dinner of tomorrow": the head count corrected against the booked one.
    // "so it's 11 of us on Friday, not 10": the same, with the day between.
    [/\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:people\s+|persons\s+|guests\s+|ppl\s+|pax\s+)?(?:and\s+)?not\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:pm|am|o'?clock|:))|\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of us|people|pax|guests|adults)\b[^.!?]{0,25}?,\s*not\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:pm|am|o'?clock|:))/i, 6],
    // "not cancelling, just running 15 min late — pls hold the table!": late, the booking kept as it is; unless a change
    // follows ("not cancelling saturday — but can we go from 4 to 6 people?").
    // "聽晚張枱唔使取消 照舊": no need to cancel, kept as it was.
    [/\b(?:pls |please )?hold (?:the|our|my) (?:table|room|booking|reservation|spot)\b|\bnot cancell?ing\b(?![^.!?]{0,20}\bbut\b)|\bstill coming\b|(?:唔使|唔駛|不用|不必)取消[^。，,]{0,3}[，,\s]*(?:照舊|照旧|照常|如常)/i, -4],
    // "our party for next Wednesday's dinner will now be 5 rather than 7".
    [/\b(?:now )?be \d+ rather than \d+\b|\b\d+ (?:people |guests |persons )?rather than \d+\b/i, 3.5],
    // "could we bump our menu tasting from the 19th to the 26th?": a booking bumped to another day.
    [/\bbump (?:our|my|the) (?:[\w-]+ ){0,3}(?:from|to)\b/i, 3.5],
    // "reservation for tomorrow - make it 8:30 instead of 7": a booking's hour or head count put in place of the one held.
    // "sorry I meant 6 ppl not 4 for tonight's table" (read with its slip put right: "I meant 6 ppl"): the head count corrected.
    [/\b(?:reservation|booking|table|room|res)\b[^?!]{0,40}\bmake (?:it|that) (?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|\d+ (?:people|ppl|pax|of us|guests)) (?:instead of|not|rather than)\b|\b(?:i|we) meant (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:ppl|people|pax|guests|persons|of us)\b/i, 5],
    // "can I make it 3 nights instead of 2?", "Booked a double for 19/12, any chance of changing it to the 20th?".
    [/\b(?:make it|stay|extend (?:it )?to) (?:\d+|one|two|three|four|five) nights? instead of\b|\bbooked (?:a|an|the|our|my) [^,.;!?]{1,30}\b(?:for|on) [^,.;!?]{1,20}[,;.]\s*[^.!?]{0,30}\b(?:chang(?:e|ing)|mov(?:e|ing)|switch(?:ing)?|push(?:ing)?) (?:it|that|this)\b/i, 4],
    // "我礼拜六的订位可以改礼拜天吗？": the writer's booking, changed to a day said right after 改.
    [/我[^，,。？?]{0,8}的(?:订位|预订|订房|房间|位子|预约)[^，,。？?]{0,6}改(?:成|到)?(?=周|星期|礼拜|下周|明天|后天|今天|[\d一二三四五六七八九十]{1,2}(?:号|日|月))/, 3],
    // "我明晚那桌想加多两个人，变 6 位": the party grown, said as the count it becomes.
    [/(?:那|这)(?:桌|个位|个订位)[^。]{0,8}(?:加多?|多加|再加)(?:两|二|一|三|四|[\d])(?:个)?(?:人|位)|变(?:成)?\s*\d+\s*(?:位|个人)/, 3.5],
    // "周六那间房能不能帮我改到下周六", "Could I swap my king room for a twin? The booking's for the 20th.": the booking
    // held, pointed at, and moved or swapped.
    [/(?:那|这)(?:间|个|桌)?(?:房|房间|桌|位|预订|预约)[^。？?]{0,8}(?:改到|改成|换到|换成|挪到|推到|延到|提前到)|\bswap (?:my|our|the) [\w-]+(?: [\w-]+)? (?:room|suite|table) for\b|\b(?:we'?re|i'?m) (?:currently |already )?booked (?:from|for|on|in)\b/i, 3],
    // "one more joining us tomorrow night so it'll be 5 of us now, not 4": the party grown or shrunk.
    [/\bone (?:more|extra|less|fewer) (?:person |guest )?(?:joining|coming|dropping out|can'?t come)\b|\b(?:it'?ll|it will|we'?ll|we will) (?:now )?be \d+ of us(?: now)?\b|\bnow,? not \d+\b/i, 3.5],
    // "I booked for Friday but I meant Saturday": the booking made on the wrong day, to be moved.
    [/\b(?:i|we) (?:booked|reserved)\b[^.!?]{0,30}\bbut\b[^.!?]{0,12}\b(?:meant|wanted|needed|should have (?:booked|picked|chosen))\b|(?:我|我们)订成[^，,。]{0,6}了/i, 4],
    // "周日那桌人数改成两位", "我周五的订位人数4个", "shorten our stay… one night less": a booking's head count or length changed.
    [/人数(?:要)?(?:改成|改为|变成|减到|减少到|加到|增加到|调整为|调成|换成)|(?:我|我们)的?[^，,。]{0,6}(?:订位|订座|订房|预订|预约|那桌|桌子?)[^，,。]{0,3}人数|\bshorten (?:our|my|the) (?:stay|booking|reservation)\b|\bone night (?:less|fewer)\b|少住(?:一|两|1|2)晚/i, 4],
    // "We requested a room change and were told nothing else was available": a change asked for then, told as a grievance.
    [/\b(?:we|i) (?:requested|asked for|asked to) (?:a )?(?:room change|(?:a )?different room|(?:change|move|switch) rooms?)\b[^.]{0,30}\b(?:were|was) told\b/i, -4],
    // "push my tent pickup from Friday to Saturday", "move my pedi from Thursday to next Tuesday": one's own appointment moved from a day to a day.
    [/\b(?:move|push|shift|switch|change|bump|reschedule|swap)\s+(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?\s+from\s+(?:this\s+|next\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+to\s+(?:this\s+|next\s+)?(?:mon|tue|wed|thu|fri|sat|sun)/i, 4],
    // "we'll be 7 rather than the 10 I originally booked for. Could you please update the numbers?": the head count booked, changed.
    [/\b(?:we'?ll|we will|we'?re|we are|there'?ll|there will) (?:now )?be (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:rather than|instead of|not)\b|\bupdate the (?:numbers|headcount|head count|party size)\b/i, 4.5],
    // "We have a family room booked from Sunday… could you please update the booking to 4 of us?": a booking made, changed.
    [/\b(?:update|amend|change|modify|adjust) (?:the|my|our) (?:booking|reservation)\b(?! (?:page|form|system|app))/i, 4],
    // "We're 3 for dinner on Thursday now, not 4" (read with its correction as "We're 2 … now"): the head count changed.
    // "sorry, we're actually 6 for Saturday - can you update it?": the head count corrected, and the booking asked to follow.
    [/\b(?:we'?re|we are|it'?s|there(?:'ll| will) be)\s+actually\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:\s+(?:of us|people|pax|guests))?[^.?!]{0,40}\b(?:update|change|amend|adjust)\b/i, 5],
    [/\b(?:we'?re|we are|it'?s|there(?:'ll| will) be)\s+(?:actually\s+|only\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b[^.?!]{0,30}(?<!\b(?:book|reserve|hold|confirm|it|that|this|one|please|pls|right)\s)\bnow\b(?!\s+(?:please|pls)\b)/i, 4.5],
    // "My usual Thursday table, can you make it 6 people this week instead of 4": a standing booking changed this once.
    [/\b(?:my|our) usual\b[^.?!]{0,20}\b(?:table|room|booking|slot|reservation)\b[^?]{0,60}\binstead of\b/i, 4.5],
    // "Move Spice Junction to negotiation": a stage is no booking's new day.
    [/\b(?:move|moved|moving|push|pushed|bump|bumped|put|set|mark|marked|shift|shifted|advance|advanced)\s+(?:[\w&'’.-]+\s+){1,5}?(?:to|into|in)\s+(?:the\s+)?(?:negotiation|negotiating|proposal|qualified|won|lost|closed(?:[- ](?:won|lost))?)(?:\s+stage)?\b/i, -4],
    // "Our booking for 20 Dec: we are 5 now, grandma is joining us", "人数有变，来十五个", "两大一小变成两大两小": a new head count for a booking held.
    [/人数(?:有变|变了|有变化|有调整|有点变化|(?:要|得|想|需要)?(?:改一改|改一下|调一下|变一下|调整一下))|[两二三四五六\d][大小老][^，,。]{0,6}(?:变成|改成|换成)[两二三四五六\d][大小老]|\bwe(?:'re| are|'ll be| will be) (?:\d+|two|three|four|five|six|seven|eight|nine|ten) now\b|\b(?:is|are) (?:now )?joining us\b/i, 4.5],
    // "下周三的温泉房能不能提前到这周六": a booking named by its day, then moved.
    [/(?:的|那个|那间|那桌)[^，,。？?]{0,6}(?:房|桌|位|包间|包厢|预订|预约|订位)(?:能不能|能否|可以|可不可以|可否|麻烦)?(?:提前|推迟|改|换|延后|挪)(?:到|成)/, 3],
    // "move my massage from tmrw to fri at 3pm": an appointment at the spa moved like a table.
    [/\b(?:move|reschedule|push|change|shift|bring forward)\s+(?:my|our|the)\s+(?:massage|facial|spa|treatment|appointment|appt|session)\b|把[^，,。]{0,6}(?:按摩|足疗|推拿|SPA|spa|理疗)(?:的预约)?(?:改到|改成|挪到|推迟到|提前到)/i, 2],
    // "我那个预订帮我撤了吧": a booking withdrawn is cancelled, not changed.
    [BOOKING_WITHDRAWN, -4],
    // "我们多来了两个人，今晚一共7位": more people coming to a booking already made.
    [/(?:多来|又多|临时多|多出)(?:了)?[\d一二两三四五六七八九十几]+(?:个人|位|个|人)|\b(?:\d+|two|three|four|a couple) (?:more|extra) (?:people|guests|of us) (?:are )?(?:coming|joining)\b/i, 4.5],
    // "周五的改到周六": a booking named by its day, moved to another.
    [/(?:周|星期|礼拜|明天|后天|今晚|\d{1,2}号)[一二三四五六日天]?(?:的|那个|那桌|那间|那位)[^，,。]{0,4}(?:改到|改成|挪到|换到|推到)(?:下)?(?:周|星期|礼拜|明天|后天|\d{1,2}号)/, 3],
    // "我原来约的17号下午洗牙，能不能改到19号": an appointment made, moved.
    [/(?:原来|之前|本来)?(?:约|预约)的[^，,。]{0,12}[，,\s]*(?:能不能|可以|可不可以|想)?(?:改|换|挪)(?:到|成|在)/, 5],
    // "can we go from 4 to 6 people?": the head count of a booking already made.
    [/\b(?:go|going|change|bump|up|increase|reduce|drop)\s+(?:it\s+)?from\s+\d+\s+to\s+\d+\b/i, 4],
    // "pushing my arrival from Fri to Sun": the guest's own arrival or stay moved.
    [/\b(?:push(?:ing)?|mov(?:e|ing)|shift(?:ing)?|delay(?:ing)?|postpon(?:e|ing))\s+(?:my|our)\s+(?:arrival|check-?in|check-?out|stay|departure)\b/i, 4],
    // "bring my reservation on Thursday forward to 6pm": moved earlier.
    [/\bbring (?:\w+ ){0,6}forward\b|\bmove (?:\w+ ){0,6}(?:earlier|later)\b/i, 4],
    // "后天的房间帮我多加一晚", "续一晚": a stay made longer.
    [/(?:多|再)?加(?:一|两|三|[\d])晚|续(?:住)?(?:一|两|三|[\d])晚|\badd (?:a|one more|an extra|another) night\b|\bstay(?:ing)? (?:an extra|one more|another|an additional) night\b|\b(?:one more|an extra|another) night\b[^.?!]{0,12}\b(?:till|until|til|through)\b|\b(?:one more|an extra) night (?:to|on) (?:my|our) (?:stay|booking|room|reservation)\b|\bneed (?:the|my|our) room (?:for )?(?:one more|an extra|another) night\b|\bcheck(?:ing)?[- ]?out (?:on )?\w+ not \w+\b/i, 3.5],
    // "we're running 20 mins late for our 7pm table", "我们会晚半小时到": the booking's hour slips.
    [/\b(?:running|be|gonna be|will be|'ll be|are)\s+(?:about |around |like )?(?:\d+|ten|fifteen|twenty|thirty|half an?|an?)\s*(?:mins?|minutes?|hours?|hrs?)\s+late\b|(?:会|要|得)?晚\s*(?:半|[一两二三四五六七八九十\d]+)\s*(?:个)?\s*(?:小时|钟头|分钟)(?:到|左右到)/i, 3.5],
    // "我们晚点到 大概9点", "会晚一点到": arriving later than booked, the hour said or not.
    [/(?:晚点|晚一点|晚些|迟点|迟一点)(?:才)?(?:到|来)|(?:会|要|可能)晚到|\b(?:we'?ll|we will|i'?ll|i will|gonna|going to) be (?:arriving|getting in|checking in) (?:late|later)\b/i, 3.5],
    // "can i get a late checkout tmrw?", "extra bed in our room tonight", "能不能晚点退房": the stay made, asked for more.
    // "any chance of a late checkout tomorrow?", "可唔可以續住多一晚？": the same, asked in a word.
    [/^(?![^?]*\bbook\b)(?:[^?]*?)(?:\b(?:any chance (?:of|for)|is (?:a|there a) (?:late check-?out|early check-?in) possible|possible to get) (?:a )?(?:late check-?out|early check-?in)\b|(?:可以|能|可不可以|能不能)(?:再)?(?:续住|多住)(?:多)?(?:一|两|二|\d)晚)/i, 4.5],
    [/\b(?:can|could|may) (?:i|we) (?:get|have|request) (?:a )?(?:late check-?out|early check-?in)\b|\b(?:extra bed|cot|crib|rollaway|baby cot)\b[^.?!]{0,20}\b(?:our|my) (?:room|booking|reservation)\b|\badd (?:my |our )?(?:\w+'s )?name to (?:the|my|our) (?:booking|reservation)\b|(?:能不能|可以|可不可以|能否)(?:延迟|晚点|晚一点|推迟)退房|(?:我们|我)的?房间(?:里)?(?:能不能|可以|可不可以)?加(?:一)?张床/i, 4.5],
    // "入住改到2月1号吧": the day of arriving, moved.
    [/(?:入住|退房|到店|用餐)(?:时间|日期)?(?:改到|改成|改为|换到|推到|提前到|延到)/, 4],
    // "My room for the 25th - could I arrive on the 26th instead?": a booking named by its day, given another.
    [/\b(?:my|our) (?:room|booking|reservation|stay|table) (?:for|on) (?:the )?\w+\b[^.?!]{0,40}\binstead\b/i, 4],
    // "Could we upgrade Saturday's room to a suite?", "把周六的房间升级成套房": a room already booked, made better.
    [/\bupgrade (?:my |our |the )?(?:[\w-]+(?:'s|’s) )?(?:room|booking|reservation|stay)\b|(?:房间|房|预订)(?:能不能|可以|可不可以|能否)?升(?:级|個級|个级)/i, 4],
    // "we're booked Friday to Monday, can we check out Sunday instead": the stay's first or last day given anew.
    [/\bcheck(?:ing)?[- ]?(?:out|in) (?:on )?(?:the )?(?:[\w-]+ ){1,2}instead\b/i, 4],
    // "Re my room on Friday: I'll now be arriving Saturday": the day of a stay already made, said anew.
    [/\b(?:i|we)(?:'ll| will| am|'m| are|'re) now (?:be )?(?:arriving|coming|checking in|getting in|checking out|leaving)\b/i, 4],
    // "we have Jan 5-8 booked, could it be Jan 6-9 instead?": a new value offered for the booking.
    [/\b(?:could|can|would) (?:it|that|this|we) be\b[^.?!]{1,30}\binstead\b/i, 4],
    // "move friday to 9pm", "push tonight to 8": a booking named by its day, moved.
    [/\b(?:move|push|shift|bump|postpone)\s+(?:(?:it|our|my|the|this|that)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow)(?:'s)?\b/i, 4],
    // "can we make friday's booking 9pm instead?": the booking named, given a new value.
    [/\bmake (?:our |my |the )?(?:\w+'s |\w+day )?(?:booking|reservation|table|dinner|lunch|room|stay)\b[^.?!]{0,20}(?:\d|\binstead\b)/i, 4],
    // "only 7 of us are coming now", "two dropped out, so it's 4 now", "人数加两个，一共6位": the party made smaller or bigger.
    [/\bonly (?:\d+|two|three|four|five|six|seven|eight|nine|ten) of us (?:are |will be )?(?:coming|now)\b|\b(?:dropped out|pulled out|can'?t make it)\b[^.?!]{0,20}\b(?:so )?it'?s (?:\d+|two|three|four|five|six|seven|eight|nine|ten) now\b|\bsplit up\b[^.?!]{0,40}\bof us\b|人数(?:加|减|增加|减少)(?:[一两二三四五\d]+)(?:个|位)?/i, 4],
    // "明天的位 4个人变成2个了", "订位人数：4→6": the head count, from the old to the new, said without 从.
    [/[\d一二两三四五六七八九十]+\s*(?:个人|个|位|人)?\s*(?:变成|变为|改成|改为|→|->|=>)\s*[\d一二两三四五六七八九十]+\s*(?:个人|个|位|人)?/, 4],
    // "订位再加两个小朋友，一共7位": more people added to a booking already made.
    [/(?:订位|预订|位子|那桌|桌子)[^，,。]{0,3}(?:再|多)?加(?:[一二两三四五\d])(?:个|位)(?:人|小朋友|小孩|孩子|大人|客人)/, 4],
    // "人数从6个变成9个了": the head count, from the old to the new.
    [/从\s*[\d一二两三四五六七八九十]+\s*(?:个人|个|位|人)?\s*(?:变成|改成|改为|加到|增加到|减到|变为)\s*[\d一二两三四五六七八九十]+/, 4],
    // "原来订的6个人 现在要来10个": the head count booked, then the new one.
    [/(?:原来|本来|之前|原先)(?:订|定|约|预订)?(?:的|了)?\s*[\d一二两三四五六七八九十]+\s*(?:个人|个|位|人)[^。]{0,8}(?:现在|改成|变成)(?:是|要来|会来|来|有|变成?|成)?\s*[\d一二两三四五六七八九十]+/, 4],
    // "明晚六点半的位子，能晚半小时吗": the booking moved by minutes or hours.
    [/(?<=(?:位|订|预约|桌|包间|房)[^。]{0,12})(?:晚|推迟|延后|往后推|提前|早)\s*(?:半|[一两二三\d]+)\s*(?:个)?半?\s*(?:小时|钟头|分钟)/, 5],
    // "往后推两天", "顺延一天": the booking moved by so many days.
    [/(?<=(?:房|订|预约|位|桌|入住|退房)[^。]{0,12})(?:推迟|延后|往后推|往后顺延|顺延|延期|提前|往前挪|往后挪|往前提)\s*[一两二三四五六七\d]\s*(?:天|日|晚|周|个星期|个礼拜)/, 5],
    // "改回原来那个时间", "change it back to 7": a change undone, back to what was booked.
    [/改回(?:原来|之前|去)|换回(?:原来|之前)|\b(?:change|switch|move|put) (?:it|that|the time|the booking) back\b/i, 4],
    // "can we come at 8pm instead?": the arrival moved to another hour.
    [/\bcome (?:at|by|around) [^.?!]{1,12}\binstead\b/i, 4],
    // "could my check-in be the 20th instead?": the booking given a new day, in a question.
    [/\b(?:my|our|the) (?:check-?in|check-?out|booking|reservation|table|arrival)\b[^.?!]{0,20}\bbe\b[^.?!]{0,25}\binstead\b/i, 4],
    // "we're now 12 not 10 for Saturday", "now 5 people, not 4", "we'll be 3, not 5": the head count of a booking made.
    [/\b(?:we(?:'re| are)|it'?s|we'll be)\s+now\s+\w+\b|\b(?:we(?:'ll| will) be|we(?:'re| are)|we(?:'re| are) (?:gonna|going to) be|there(?:'ll| will) be)\s+\w+(?:\s+(?:people|guests|pax|of us))?\s*,?\s*(?:not|instead of)\s+\w+\b|\bnow\s+\w+\s*(?:people|guests|pax|ppl)?\s*,?\s*not\s+\w+\b|\bwe(?:'ll| will) be\s+\w+\s+now\b|\bparty size\b/i, 3],
    [/(改成|改到|改为|改在|改去|改一下|(?<=(?:人数|人)[^。]{0,10}[，,]\s*)改(?=[\d一二两三四五六七八九十]+(?:个|位|人))|改(?:早|晚|迟)(?:些|点|一点|一些)?|换成|换到|换去|推迟|延后|提前到|提前一|挪到|延迟(?:到|退房)|调到|调整|往后推|推到|改期|换个时间|换一天|换(?:个|一个|一间|间)[^，,。]{0,6}(?:的)?(?:房间?|桌|位子?|座位)|(?:房间|桌子?|位子)(?:能不能|可以|可不可以)?换(?:个|一个|一间|间|到)|延到|延长到|加(?:[一二两三四五\d])(?:个人|位|人)|人数加[一二两三四五六\d]+个?|人数改|人数(?:加|减|增加|减少)(?:到|成)|加(?:一|两|1|2)?(?:张|个)?(?:床|婴儿床|小床)|晚到|早到|晚点到|加一位|加两位|多一个人|少一个人|延住|续住|多住|晚(?:半|[一两二三四五\d]+(?:个)?半?)(?:小时|钟头|分钟|分)(?:左右)?(?:到|来)|(?<!(?:老?师|员|傅|司机|导游|技师|保洁|阿姨|前台|管家|教练|医生)(?:又|还|都)?)(?:迟到|晚到|晚来)(?:大概|差不多)?(?:半|[一两二三四五六七八九十\d]+(?:个)?半?)(?:小时|钟头|分钟|分)|变[\d一二两三四五六七八九十]+(?:位|个人|人))/, 2.5],
    [/\b(increase (?:my|our|the) (?:reservation|booking|table)|reduce (?:my|our|the) (?:reservation|booking|table)|update (?:my|our|the) (?:reservation|booking|table|room)|bump (?:(?:my|our|the|it|us)\b[^.?!]{0,30}?)?(?:back|forward|up|later|earlier)|change|chnage|move|reschedule|prepone|push|postpone|bring forward|switch|modify|amend|extend|shift|(?<!\b(?:able to|can'?t|cannot|won'?t|wont|couldn'?t|not) )make it|(?<!\b(?:left|finished|ended|packed up|closed|arrived|came|showed up|turned up) (?:at )?[\d:.]{1,5}\s*(?:am|pm)? )instead of|one more (?:person|guest|night)|(?:one|two|three|four|\d) more (?:people|ppl|pax|persons?|guests?|adults?|kids?|of us)|add (?:one|two|three|\d) (?:more )?(?:people|ppl|pax|persons?|guests?|adults?|kids?|children|nights?)|add (?:one|two|three|\d) more to (?:our|my|the) (?:table|booking|reservation)|(?:bump|bring|take|cut|drop|knock|push)(?: \w+){0,3} (?:up|down) to \d+|(?:up|down) to \d+ (?:people|ppl|pax|guests|persons)|add a (?:second|third|fourth|fifth|sixth|seventh|eighth) (?:person|guest|adult)|running late|be (?:about |around |maybe |roughly |like )?(?:\d+|ten|fifteen|twenty|thirty|forty|an hour|half an hour)(?: (?:min(?:ute)?s?|hours?))? late)\b/i, 2.5],
  ],
  cancel_booking: [
    // "我想取消会员自动续费", "cancel my membership": a membership or subscription stopped, no booking.
    [/^(?!.*(?:reservation|booking|table|room|dinner|lunch|预订|預訂|预约|订位|房|桌))(?=.*(?:取消|退订|退訂|停掉|\bcancel|\bstop\b))(?=.*(?:会员|會員|自动续费|自動續費|续费|續費|订阅|訂閱|\bsubscriptions?\b|\bmemberships?\b|\bauto-?renew(?:al)?\b))/i, -6],
    // "how do I cancel? I have a room booked for Dec 19 and can't come anymore": how, asked beside the booking it is for.
    [/^\s*how (?:do|can) (?:i|we) cancel\b[^]{0,80}\b(?:can'?t|cannot|won'?t be able to|unable to) (?:come|make it|go|travel)\b|(?:怎么|如何)取消[^]{0,40}(?:去不了|来不了|不能来|不能去)/i, 9],
    // "上次台风取消的那单积分退回来没有": a cancelling past, referred to.
    [/(?:上次|之前|以前)[^。，,？?]{0,8}取消的(?:那单|那个|那间|那次|那桌|订单)/, -6],
    // "我要取消都找不到人，最后还被收了全额": a cancelling tried and blocked, told as the grievance.
    [/(?:要|想)取消都(?:找不到人|联系不上|打不通|没人理)/, -6],
    // "阿珍那边三缺一了，明天的台不要了": the table or room no longer wanted.
    [/(?<!(?:说|讲|话)[^，,。]{0,8})(?:台|桌|桌子|房|房间|包间|包厢|位子|座位)(?:就|也)?不要了(?![^。]*(?:改|换|挪|调)(?:到|成|去|在))/, 4],
    [MARKETING_UNWANTED, -8],
    // "回复TD退订", "退订成功的短信已经收到了": messages unsubscribed from, no booking cancelled.
    [/回复\s*TD|TD\s*退订|退订(?:成功)?的?(?:短信|邮件|消息|推送)|(?:短信|邮件|推送|营销|促销)[^。，,]{0,6}退订/i, -8],
    // "刚在电话里跟前台取消过了，不用再操作了": cancelled already, another way; nothing left to do here.
    [/取消过了|不用再操作|\balready cancell?ed (?:it )?(?:by|over the|on the|with)\b/i, -8],
    // "周五那间房不退了，之前说取消的那个作废", "别取消了，我们还是来": a cancellation withdrawn keeps the booking.
    [/(?:不退了|不取消了|别取消了|(?:取消|退)的?(?:那个|那间|那桌|那单)?[^，,。]{0,4}作废|撤回(?:之前的)?取消)/, -8],
    // "周日的早午餐帮我退了吧": given back, asked plainly.
    [/(?:帮我|给我|麻烦)退(?:了|掉)(?:吧|哈|呗|啊)?(?=[，,。！!\s]|$)/, 4],
    // "you cancelled my booking because my card 'expired'?": the house's cancelling, protested.
    [/\byou (?:cancell?ed|gave away) (?:my|our) (?:booking|reservation|table|room)\b/i, -5],
    // "退18号入住的那间": one of the guest's bookings given back, named by its day.
    [/^\s*(?:帮我|麻烦)?退(?:掉|了)?(?!款|货|钱|费)[^，,。]{0,10}(?:那间|那桌|那个|的房|房间)/, 5],
    // "We'll skip our usual Friday table this week", "每月的那间房以后不用留了，帮我停掉", "下週六的包廂不要了": one standing
    // booking's turn skipped, or the booking stopped.
    [/\bskip (?:our|my) (?:usual|regular|standing|weekly|monthly) (?:[\w-]+ ){0,3}(?:table|booking|slot|session|lesson|class|dinner|room)\b|(?:房|桌|位|包间|包厢)[^，,。]{0,4}(?:以后)?不用(?:再)?留了|帮我停掉|(?:包厢|包间|房间|那桌|订位|预订)[^，,。]{0,3}不要了/i, 5],
    // "10月2號試紗的預約要取消，婚期延後了": the appointment called off, the wedding (its reason) put back.
    [/(?:预约|預約|预订|預訂|订位|訂位)(?:要|想|得)?取消/, 2],
    // "我想取消自动续费，怎么弄", "cancel my auto-renewal": a subscription stopped is no booking.
    [/取消(?:自动|自動)?(?:续费|續費|续订|續訂|订阅|訂閱|扣费|扣費)|(?:自动|自動)(?:续费|續費|续订|續訂|扣费|扣費)[^，,。]{0,4}(?:取消|关掉|關掉|关闭|關閉|停掉)|\bcancel (?:my |the |our )?(?:auto-?renew(?:al)?|subscription|direct debit|standing order)\b/i, -6],
    // "乐乐明天的课请个假", "下周的复诊要请假": a lesson or appointment skipped is a booking cancelled.
    [/(?:课|课程|训练|体验课|复诊|复查|疗程|上课)(?:要|想|得|先|帮(?:他|她|我)?)?请(?:个|一次|一天|一节|一下)?假/, 5],
    // "全部cancel咗佢啦" (read as "全部取消了他啦"): the rooms called off, the pronoun for them.
    [/(?:取消|退)(?:了|掉)(?:他|它)(?:们)?(?:啦|吧|罢)/, 3],
    [/\bhow does cancell?ing work\b|\bdo i just type cancel\b/i, -6],
    // "Cancel room service for 214", "cancel my Deliveroo order", "帮我把叫的车取消一下", "我们航班取消了": something else called off.
    // A booking cancelled beside it still is: "我们航班取消了，明天的房间也取消吧", "pls cancel Dec 30 - our flight got scrapped".
    [/^(?![\s\S]*(?:(?:房间|房|订位|桌|预订|预约)[^，,。.]{0,6}(?:也)?(?:取消|退|不要了|不用了)|^\s*(?:pls |please |plz )?cancel (?:(?:on |for )?(?:the )?)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|tonight|tomorrow|tmrw)|\bcancel (?:the |my |our )?(?:(?!for\b|of\b)[\w'-]+ ){0,3}(?:room|suite|table|booking|reservation|stay)\b(?! service|\s*\d)|\b(?:booking|reservation|table|room)\b[^.]{0,12}\b(?:need|have|want) to cancel\b))[\s\S]*?(?:\bcancel(?:l?ed|l?ing)?\b[^.?!]{0,30}\b(?:order|delivery|deliveroo|uber ?eats|grab ?food|foodpanda|room service|subscription|newsletter|mailing list|emails|taxi|cab|uber|grab|(?<!(?:balloon|boat|horse|pony|camel|helicopter|buggy|sleigh|hayride) )ride(?! (?:booked|reserved|on|for))|(?<!balloon )flight|membership|alarm|wake-?up call|laundry|newspaper|paper)\b|\b(?:flight|train|order|taxi|ride) (?:was |got |has been )?cancell?ed\b|(?:外卖|叫的车|网约车|出租车|滴滴|航班|火车|高铁|快递|订阅|送餐|客房服务|洗衣|叫醒)[^，,。]{0,4}(?:取消|退)|取消[^，,。]{0,6}(?:外卖|叫的车|网约车|航班|快递|订阅|送餐|客房服务|洗衣服务|叫醒))/i, -8],
    [CALL_TAKEN_AND_HANDLED, -8],
    // "上次取消扣了我200块手续费": a cancelling of before, told, not asked for.
    [/(?:上次|上回|之前那次|以前)(?:的)?取消|\blast time (?:i|we) cancell?ed\b/i, -5],
    // "這次真的不好意思臨時取消，下次一定提早說": an apology for a cancelling already done.
    [/(?:不好意思|抱歉|对不起|sorry)[^。]{0,10}(?:临时|突然)?取消[^。]{0,4}[，,][^。]{0,6}下次|\bsorry (?:again )?(?:for|about) (?:the )?(?:late |last-minute )?cancell?(?:ation|ing)\b/i, -6],
    // "scratch my reservation please": a booking struck out.
    [/\bscratch (?:my|our|the) (?:reservation|booking|table|room)\b/i, 4],
    // "我那个预订帮我撤了吧": a booking withdrawn.
    [BOOKING_WITHDRAWN, 5],
    [/(取消|退订|退掉|退了|不去了|(?<!再也|再也不会|以后都|以后再也)不来了|去不了|来不了|不用了.{0,4}(?:位|房|订)|作废)/, 4],
    [/((?:预约|预订|预定|订位|订单|订的|房间|(?:那|这)间房|桌子?|位子|包间)(?:也|就)?不要了|不订了)/, 4],
    [/\b(?:kill|scrap|drop|nix|ditch|delete|remove|erase) (?:the|my|our|(?:today|tonight|tomorrow|\w+day)['’]s) (?:\w+ )?(?:reservation|booking|table|room|appointment|appt)\b/i, 4],
    [/\b(cancel|cancle|cancell?ation|cancell?ing|call off|can't make it|cannot make it|won't make it|won't be coming|not coming|(?:won'?t|wont|will not|not) be able to make it)\b(?! back\b)/i, 4],
    // "the tender kena cancel": a tender, bid or contract called off is a deal's news, not a booking's.
    [/\b(?:tender|bid|contract|project|deal|po)\b[^.!?,]{0,15}\b(?:kena |got |was |been )?cancel(?:led|ed)?\b/i, -4],
    // "明天那间房不用帮我取消 照旧来", "don't cancel, we're still coming": the booking stands.
    // "我没有要取消喔，刚刚是我儿子乱按的", "I didn't mean to cancel, wrong button": a cancel disowned.
    [/(?:没有?|不是)(?:要|想|说要|让你们?|叫你们?)取消|乱按|按错|点错|误点|误触|手滑|\bdidn'?t (?:mean|want|ask) to cancel\b|\bnot cancell?ing\b|\b(?:pressed|clicked|tapped|hit) (?:it |that |the \w+ )?(?:by (?:mistake|accident)|accidentally)\b|\bwrong button\b/i, -6],
    [/不取消了|(?:不用|不要|别|无需|不必|毋须)(?:帮我|给我|替我)?(?:再)?取消|照(?:常|旧)(?:过)?(?:来|留|保留|入住)|房间(?:照常|继续)?(?:留着|保留)|\bkeep the (?:room|booking|table)\b|(?<!\b(?:tonight|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:we'?re|we are)\s+)\bstill (?:coming|staying)\b|\b(?:don'?t|do not|no need to|pls don'?t|please don'?t) (?:(?:want|need) to )?cancel\b/i, -6],
  ],
  my_bookings: [
    // "我刚改完 帮我看下现在的预订是什么样的": the bookings as they now stand, asked to be shown.
    [/(?:看|查)(?:一)?下?(?:我)?(?:现在|目前|現在)的(?:预订|預訂|订单|訂單)|\bshow (?:me )?my (?:bookings|reservations)\b/i, 6],
    // "can you confirm which nights I've got the room for?", "not a new booking — just want to see what I already have",
    // "我两个预订都还在吧？": the guest's own bookings, asked after.
    [/\bwhich (?:nights?|dates?|days?) (?:i'?ve|i have|we'?ve|we have) (?:got|booked|reserved)\b|\bsee what (?:i|we) (?:already )?have\b|(?:我的?|我们的?)(?:那|这)?(?:[两俩几\d一二三四五]+个)?(?:预订|預訂|预约|订单|订位)(?:都)?还在(?:吧|吗|么|嘛)/i, 6],
    // "are we still booked in for tomorrow night?": whether the guest's own booking stands, asked.
    [/\b(?:are|am|is) (?:we|i|it) still (?:booked|booked in|down|reserved|on|confirmed)\b[^.!]*\?/i, 5],
    // "帮我查下其他家长订的是哪天，我想跟他们同一天": other guests' bookings, which no guest may read.
    [/(?:其他|别的|其它)(?:家长|客人|人|顾客|住客|会员)(?:们)?(?:订|预订|约)的/, -8],
    // "上次开学季订的房是不是还没用？": whether a booking of one's own is still there to use, asked.
    [/(?:上次|之前|以前|我)[^，,。？?]{0,8}(?:订|预订|买)的(?:房|房间|位|桌|套餐|券)[^，,。？?]{0,4}(?:是不是|是否)?(?:还没用|还能用|还有效|还在)/, 5],
    // "我之前订过的都给我列一下", "把我订过的都列出来": everything the guest has booked, listed.
    [/(?:我|我们)(?:之前|以前|所有)?(?:订|预订|约)过的(?:都|全部)?(?:给我|帮我)?(?:列|看|查|发)/, 5],
    // "Could you remind me which dates I booked?", "帮我看看我那几个每周的预约都排到哪天了": the guest's own dates, asked.
    [/\bwhich (?:dates?|days?|nights?) (?:did )?(?:i|we) (?:book(?:ed)?|reserved?)\b|我(?:那几个|的)[^，,。？?]{0,6}(?:预约|预订|订位)[^，,。？?]{0,4}排到哪天/i, 5],
    // "我周五的订位刚才取消成功了吧？帮我看下": whether a cancel went through, asked.
    // "Did I already cancel the Thursday dinner or is it still there?", "我周六那间房还在吗？别是系统给我取消了吧": whether
    // a booking still stands, asked, fearing it was cancelled.
    [/取消成功了(?:吧|吗|么|没有?)|\bdid (?:the|my) cancell?ation go through\b|\bdid (?:i|we) (?:already |ever )?(?:cancel|change|move|book)\b[^.!?]{0,40}\bor (?:is|was) (?:it|that|the booking) still\b|\b(?:is|was) (?:it|my booking|the booking|my reservation) still (?:there|on|active|valid|booked)\s*\?|(?:房|桌|位|预约|预订|订位|订单)还在(?:吗|么|不|没|吧)[?？]?[^。]{0,4}(?:别是|不会是|该不会)?[^。]{0,8}取消了(?:吧|吗)?/i, 6],
    // "我周六的预约还有效吗？", "帮我看下我下次复诊约的是几号", "can I at least see my own reservations?": the guest's own, asked.
    [/(?:预约|预订|订位|订房|那桌|房间)(?:还|还是)?(?:有效|作数|算数)(?:吗|么|不|没)|我(?:下次|下回|这次)?[\u4e00-\u9fff]{0,4}?(?:约|订)的是(?:几号|哪天|哪一天|什么时候|几点)|\bsee my own (?:reservations?|bookings?)\b/i, 5],
    // "我想改期，但唔記得訂咗邊日，幫我睇下先": which day was booked, forgotten and asked first.
    [/(?:唔記得|唔记得|不记得|不記得|忘了|忘记|忘記)(?:我)?(?:訂|订|约|約|預約|预约)(?:咗|了)?(?:邊|边|哪|哪一|几|幾)(?:日|天|号|號)/, 6],
    // "如果明天还是红色预警，我的预订会怎么处理？", "if the signal stays up, what happens to my booking?": a rule asked on a condition.
    [/^\s*(?:如果|要是|假如|万一)[^。？?]{1,30}(?:会|會)(?:怎么|怎样|如何|怎|点)(?:处理|算|办)|^\s*if\b[^?]{1,60}\bwhat happens (?:to|with) (?:my|our) (?:booking|reservation|table|room)/i, -6],
    // "想 check 吓我明晚那桌 book 咗未": whether the booking went through, asked.
    [/\bbook\s?(?:了|咗|好)(?:未|没有?|吗|沒有?)|(?:订|訂|预订|預訂)(?:了|好|咗)(?:未|没有?)(?:[?？]|$)|\bdid (?:my|our) (?:booking|reservation|table) (?:go through|get through|work)\b/i, 5],
    // "我们团一共订了几间房？是哪几天来着": how much the guest booked, asked.
    [/(?:我|我们|我哋)[^，,。？?]{0,4}(?:一共|总共|一共)?订了(?:几|多少)(?:间|个|桌|晚|位)/, 5],
    // "上次那个预订应该已经取消了吧？", "我的订位是不是已经取消了": whether a cancel went through, asked, cancels nothing.
    [/^(?!.*(?:把|帮我取消|给我取消))(?=.*(?:应该|是不是|是否|有没有)?已经(?:被)?(?:取消|退)(?:掉)?了(?:吧|吗|么|没有?)?\s*[?？]|.*(?:是不是|是否|有没有)已经(?:帮我)?取消(?:掉)?了)/, 6],
    // "which dates did I book again?", "订的是哪天来着": the guest's own booking, asked after.
    [/\bwhich (?:dates?|days?|nights?|room) did (?:i|we) book\b|(?<!(?:先生|客人|女士|小姐|那桌|那位|他|她|朋友|姓\S)[^，,。]{0,4})订的是(?:哪天|哪一天|几号|什么时候)(?:来着)?/i, 5],
    // "我明天租的车是几点取来着？", "我们周六约的课是几点": what the guest booked, by its day, asked after.
    [/我(?:们)?[^，,。？?]{0,6}(?:订|租|约|预约|预订|定|报|报名)的[\u4e00-\u9fff]{1,4}?(?:是)?(?:几点|哪天|几号|什么时候)/, 5],
    // "帮我看看我上次订的是什么房型", "can you pull up my past stays?": the guest's own history asked.
    [/我(?:们)?上次(?:订|住)的是(?:什么|哪)|\bmy past (?:stays|bookings|visits|reservations)\b|\bwhich room (?:we|i) had\b/i, 5],
    // "who else is staying this weekend?": other guests, asked.
    [/\bwho else is (?:staying|booked|here|coming|checked in)\b|\bother guests'? (?:names|rooms|bookings)\b/i, -8],
    // "我们周六那桌还在吧？不用改，就确认一下", "is our Saturday table still on?": the booking held, checked.
    [/(?:那桌|那间|那个房|订位|预订|预约|房间)(?:还在|还有效|没问题)吧|\b(?:is|are) (?:our|my) (?:[\w-]+ ){0,2}(?:table|booking|reservation|room|flight|ride|lesson|class|session|tour|trip|charter|appointment)s? still on\b/i, 5],
    // "What time did I book the table for on Friday? Can't remember": the writer's booking, forgotten and asked.
    [/\bwhat (?:times?|days?|dates?) (?:did|have) (?:i|we) (?:book|booked|reserve)\b|我(?:下次|下回|这次)?(?:约|订|预约|预订)的是(?:几号|哪天|哪一天|什么时候|几点)|\bcan'?t remember (?:if|what time|when|which day|what day)\b[^.]{0,30}\b(?:book|booked|table|room|reservation)\b|\b(?:book|booked|table|room|reservation)\b[^.]{0,40}\bcan'?t remember\b/i, 5],
    // "I already booked room for Friday, yes? can you check it": a booking the guest believes made, asked to be checked.
    [/\b(?:i|we) (?:already |have already |'ve already )?(?:booked|reserved|made (?:a|the) (?:booking|reservation))\b[^?]{0,40}\b(?:yes|right|no|correct|didn'?t (?:i|we))\s*\?|\b(?:i|we) (?:already |have already |'ve already )?(?:booked|reserved)\b(?![^.?!]*\b(?:last|ago)\b)[^.?!]{0,40}[.?!,]\s*(?:can|could) you (?:check|confirm|look)(?: (?:it|that|this|(?:it|that) for me))?\s*(?:please|pls)?\s*[.?!]*\s*$/i, 5],
    // "我的订位是明天晚上对吧？": the booking held, checked.
    [/我的(?:订位|预订|订房|预约|房间)是[^。？?]{0,12}(?:对吧|对吗|吗|没错吧|是吧)/, 6],
    // "After all those changes, what dates do I actually have now?", "取消了一个以后，我还剩哪些订单？": what is still held, asked.
    [/\bwhat (?:dates?|days?|nights?|bookings?|reservations?) do (?:i|we) (?:actually |still )?have\b|(?:我|我们)?(?:还|现在都|现在还|目前)(?:剩|有)(?:哪些|几个|什么)(?:订单|预订|预约|房间|订位)/i, 5],
    // "帮我看看我现在的预订", "查一下我目前的订位": the guest's own bookings as they stand.
    [/(?:看看|看一下|查查|查一下|查下|看下)我(?:现在|目前|最新)的(?:预订|订位|订房|预约|订单)/, 4],
    // "could you remind me about my dinner reservation the day before?": a reminder asked for, which is not the list.
    [/\bremind me about (?:my|our) (?:\w+ )?(?:reservation|booking|table|stay)\b[^?]{0,30}\b(?:before|ahead)\b/i, -6],
    // "what bookings you have for me under my name", "the upcoming reservations I have with you": the guest's bookings, asked in full.
    [/\b(?:bookings|reservations)\s+(?:you have (?:for|under) me|(?:that )?i (?:currently |still )?(?:have|hold)|(?:that )?(?:are |i have )?(?:under|in) my name)\b|\b(?:my|the) (?:upcoming|current|existing|future) (?:reservations|bookings)\b/i, 4.5],
    // "我上次订的那间套房还有吗？8月8号住一晚": the same room again, asked after for a new stay, is no look at old bookings.
    [/(?:那间|那种|那个)[^，,。？?]{0,6}(?:还有吗|还有没有|有没有)|\b(?:is|are) (?:it|that|the same (?:room|table|one)) (?:still )?available\b/i, -4],
    // "What time is the one on Friday again?", "那个订单是几点来着？": a booking of the guest's, pointed at, asked after.
    [/\bwhat (?:time|day|date) is (?:the one|it|mine|my one|ours|our one) (?:on|for|this|next) \w+\b|那个(?:订单|预订|预约|订位|订座|订房)\s*(?:是)?\s*(?:几点|几号|哪天|什么时候)/i, 4.5],
    // "don't cancel my booking ah, we still coming": the booking left alone, nothing asked.
    [/\b(?:don'?t|do not|pls don'?t|please don'?t) cancel (?:my|our)\b[^?]*$|\bwe(?:'re| are)? still coming\b|(?:别|不要|先别|千万别)取消我(?:的|们的)/i, -6],
    // "我这礼拜有订位吗", "我明天有没有预约": whether the guest holds a booking then, asked.
    [/^\s*我(?:们)?(?:这|本|下)?(?:个)?(?:礼拜|周|星期|月|周末)?(?:明天|后天|今天|今晚)?有(?:没有)?(?:订位|预订|订房|预约|订)(?:吗|么|没有|没)\s*[?？]?\s*$/, 5],
    // "预订记录给我看看", "我的订单记录": the guest's own bookings, asked for as a record.
    [/^\s*(?:我的)?(?:预订|预约|订房|订位|订单)(?:记录|历史|明细)(?:给我)?(?:看看|看一下|查一下|发我)?\s*[?？。!！]*$|(?:看看|查一下|查查)(?:我的)?(?:预订|预约|订房|订位|订单)(?:记录|历史|明细)/, 5],
    // "帮我看看我约了哪几节课": the guest's own appointments, asked after.
    [/我(?:都)?(?:在[^，,。]{1,8}?)?(?:约|订|预约|预订)了(?:哪|什么|几)/, 4],
    // "我是不是已经订过位了？", "帮我查查下个月我订的房", "我这周的订单列一下": the guest's own bookings, asked loosely.
    // "我下周有没有订位？", "how many nights did I book again?": whether, or what, the guest booked.
    [/(?:我|我们)(?:今天|今晚|明天|明晚|后天|这周|本周|下周|这个月|下个月|周[一二三四五六日天])?(?:有没有|有没)(?:订位|订房|订桌|预订|预约)[?？吗]|\bhow many (?:nights|rooms|people|guests|seats) (?:did|have) (?:i|we) (?:book|booked|reserve|reserved)(?: for)?(?: again)?\b/i, 5],
    [/(?:是不是|有没有)(?:已经)?订(?:过|了)(?:位|房|桌)?(?:了)?[?？吗]|(?:查|看|列)[^。]{0,6}(?:我|我们)(?:订的|订了的)(?:房|位|桌|包间)|(?:我|我们)(?:这周|本周|下周|这个月|下个月|今天|明天)?的(?:订单|预订|预约)(?:列|查|看)/, 5],
    // "查一下我明天的订位", "看看我周六的预约": the guest's own booking of a day, looked up.
    [/(?:查|看)(?:一下|一查|下|看)?(?:我|我们)(?:今天|今晚|明天|明晚|后天|这周[一二三四五六日天]?|下周[一二三四五六日天]?|周[一二三四五六日天]|\d{1,2}号)的(?:订位|预订|预定|预约|订房|房间|桌子?|位子)(?![^。]*(?:取消|退掉|退订|改|换|推迟|提前))/, 5],
    // "我所有的预订", "看看我全部的订单": every booking of the guest's own, with nothing to do to them.
    [/(?:我|我们)(?:的)?(?:所有|全部)(?:的)?(?:预订|订单|预约|订位|订房)(?![^。]*(?:取消|退掉|退订|改|换|推迟|提前))/, 5],
    // "what was the date on that booking again?": the guest's own booking's day, asked.
    [/\bwhat(?:'s| is| was) the (?:date|time|day) (?:on|of|for) (?:that|my|our|the) (?:booking|reservation)\b/i, 4.5],
    // "我订了几间房来着": how many the guest booked, asked.
    [/我(?:们)?(?:一共)?订了(?:几|多少)(?:间|个|位|张|桌)/, 4],
    // "can you show me what I've booked?": the guest's own bookings, asked as what they booked.
    [/\bwhat (?:i'?ve|i have|we'?ve|we have|did i|did we) (?:got )?(?:booked|reserved)\b|\bwhat(?:'ve| have|'s| has)? (?:i|we) got (?:booked|reserved)\b|\bwhat (?:have|did) (?:i|we) (?:book|reserve)\b|我(?:们)?(?:都)?订了(?:些)?(?:什么|啥|哪些)/i, 4],
    // "麻烦帮我查一下我在你们这的所有预订": every booking the guest has here.
    [/查(?:一下|下)?(?:我|我们)在你们这(?:边|里)?的?(?:所有|全部)?(?:的)?(?:预订|订单|订位|订房|预约)/, 4.5],
    // "when is lisa chen's booking", "what did Mrs Tan book?": someone else's booking, which a guest may not read.
    [/\bwhat (?:did|has|have) (?:mr|mrs|ms|miss|dr|mdm)\.?\s*[A-Z]\w+(?: [A-Z]\w+)? (?:book|booked|reserve|reserved)\b/i, -6],
    [/\b(?:when|what|which|where)(?:'s| is| was| are)\b[^?]{0,20}?\b(?!my\b|our\b)[a-z]+(?: [a-z]+)?['’]s (?:booking|reservation|room|table)\b/i, -6],
    // "我有咩booking未用": what the guest still has booked, asked.
    [/(?:我|我们)有(?:啥|什么|哪些|几个|多少个?)\s*(?:booking|预约|预订|订单|订位|订房)/i, 4.5],
    // "is my table for Friday confirmed?", "我周六的订位还在吗": whether the guest's own booking stands, asked.
    [/\b(?:is|are) (?:my|our) (?:\w+ )?(?:booking|reservation|table|room|stay)s?\b[^.?!]{0,30}\b(?:confirmed|still on|still there|still valid|ok|okay|all set|sorted|booked|good)\b|\b(?:did|has|have) (?:my|our) (?:booking|reservation)s? (?:go through|gone through|been confirmed)\b|(?:我|我们)的?[^，,。]{0,8}(?:订位|订房|预订|预定|预约|房间|桌子?)(?:还在|还有效|确认了|定好了|订上了|订好了|没问题)(?:吗|么|嘛|没|不|[?？])/i, 5],
    // "我之前訂咗幾時㗎？": when the guest's own booking is, asked.
    [/(?:我|我们|俺|俺们|咱)(?:之前|上次|早前)?(?:订|预订|预约|book)(?:了|咗|的)?(?:房|房间|位|桌|包间)?(?:是)?(?:几时|什么时候|哪天|几号|哪一天|边日|邊日)/i, 4.5],
    // "帮我看看我自己的预订": the guest's own bookings, looked at.
    [/(?:看|查)(?:看|一下|下)?(?:我|我们)(?:自己)?的(?:所有)?(?:预订|订单|订位|订房|预约)/, 4.5],
    // "remind me what bookings I have with you": the guest's own bookings, asked for in full.
    [/\bwhat (?:bookings|reservations) (?:do )?(?:i|we) (?:have|got|made)\b|\bremind me (?:of )?(?:what|which|my) (?:bookings|reservations)\b/i, 4.5],
    // "我book咗啲乜" (read as "我book了些啥"): what the guest booked, asked.
    [/(?:我|我们)\s*(?:book|booked|订|预订)(?:了|过)?(?:些|的)?(?:啥|什么|哪些|乜)/i, 4.5],
    // "when's my check-in again?": the guest's own booking's day, asked.
    [/\bwhen(?:'s| is| was) (?:my|our) (?:check-?in|check-?out|booking|reservation|table|arrival|stay)\b/i, 4.5],
    // "我在你们那边有预约吗": whether the guest has a booking at all, asked.
    [/(?:我|我们)在你们(?:那边|这边|那里|这里|店里|酒店)?有(?:预约|预订|预定|订位|订房)(?:吗|嘛|么|没有?)/, 4.5],
    [/(?:我|我们)的?(?:订房|预订|预定|预约|订位|入住)(?:记录|纪录)/, 4.5],
    [/(我(?:们)?(?:的)?预约(?:的|是)|我(?:们)?约的(?:是|几|哪))/, 4],
    // "查一下我的订房", "我住到哪天来着", "what time's my table on Friday?": the guest's own booking, asked about.
    [/(?:查|看|帮我看)(?:一下|下)?我(?:们)?的(?:订房|订位|预订|预定|订单|房间)|(?:查|看|问)(?:一下|下)?(?:我|我们)(?:现在|目前|最近|这边|手上|名下)?(?:有|订了|约了)(?:啥|什么|哪些|几个|多少个?)(?:预约|预订|预定|订位|订房|订单|房|位)|我(?:们)?(?:住|订)到(?:几号|哪天|哪一天|什么时候)|\bwhat time(?:'s| is| was) (?:my|our) (?:table|booking|reservation|res|dinner|lunch)\b|\b(?:check|look up|pull up) (?:my|our) (?:booking|reservation)s?\b/i, 4],
    // "我有没有订位", "我们是不是订过房", "我订了吗": whether a booking exists, asked.
    [/(?:我|我们)(?:这边)?(?:有没有|有无|是否有|是不是|是否)(?:在(?:你们|这)[^，,。]{0,3})?(?:订|预订|预定|预约)|有没有(?:我|我们)的(?:订|预)|(?:我|我们)(?:之前|已经)?(?:订|预订|预定|预约)(?:过|了)(?:位|房|桌|座)?(?:吗|没有?)\s*[?？]?$/, 4],
    // "我约的包间是几点来着": when the booked room or table is, asked.
    [/我(?:们)?(?:订|预订|预定|约)(?:了|的)(?:房间?|桌子?|位子?|包间|包厢|套房)(?:是)?(?:几号|哪天|哪一天|什么时候|啥时候|几点|多少号)/, 4.5],
    // "我订了几号的房来着", "我们约的是哪天": which day was booked, asked.
    [/我(?:们)?(?:订|预订|预定|约)(?:了|的)?(?:是)?(?:几号|哪天|哪一天|什么时候|啥时候|几点|多少号)/, 4],
    [/(我的\s*(?:booking|reservation)|我的预订|我的订单|我订的|我预订的|我预定的|我有.{0,4}预订|我订了什么|订了哪|我[^，,。]{0,6}订的|订在哪|我订了(?:啥|什么|哪)|有几个(?:预约|预订|订单)|我的预约|(?:订|约)(?:好|上|成功)了(?:吗|没)|订(?:好|上)了没|我(?:们)?的[^，,。\s]{0,14}(?:成功|好)了(?:吗|没)|订单状态|预订状态|预订情况|查.{0,3}我的.{0,2}(?:预订|订单|订位))/, 4],
    // "我这个月都订了什么", "what have I got booked with you", "把我预订的信息发我": what the guest has booked, asked or asked for.
    [/我(?:们)?[^，,。?？]{0,6}(?:订|预订|预定|约)了(?:些|哪些)?(?:什么|啥|哪些|几个|多少)|(?:我|我们)(?:的|(?:预订|预定|订)的)(?:预订|预定|订单|订位|房间?)?(?:信息|详情|明细|确认(?:单|函|信)?)|\bwhat (?:have|did|do) (?:i|we) (?:got |get )?(?:booked|reserved)\b|\bwhat(?:'s| is) (?:booked|reserved) (?:for|under) (?:me|us|my name)\b|\b(?:my|our) (?:booking|reservation) (?:details|confirmation|info)\b/i, 4],
    // "查一下我名下的预订", "got any booking under my name?": what is booked in the guest's name.
    [/(?:我|我们)名下(?:的|有)?[^，,。]{0,4}(?:预订|预定|订单|订位|房间?|桌|预约)|(?:预订|预定|订单|订位|预约)[^，,。]{0,4}(?:在|挂在|记在)?(?:我|我们)名下|\b(?:bookings?|reservations?|anything|something)\s+(?:booked\s+|reserved\s+)?under (?:my|our) name\b/i, 4],
    [/\b(my (?:bookings?|reservations?|(?:upcoming|next|current) (?:stays?|bookings?|reservations?|visits?))|(?:do|did) (?:i|we) have (?:anything|something|a (?:room|table)) (?:booked|reserved)|do i have (?:a |any )?(?:bookings?|reservations?)|(?:what|which|any) (?:reservations?|bookings?) (?:do|did|have) (?:i|we)|when is my|what did i book|am i booked|is my (?:booking|reservation))\b/i, 4],
  ],
  my_points: [
    // "is the 15% off for loyalty members applied automatically or do I need a code?": a discount asked about, no balance.
    [/^(?![\s\S]*\b(?:points?|balance)\b)[\s\S]*(?:\b\d+\s?% off\b|\bdiscount\b|\bpromo code\b|\bneed a code\b)/i, -5],
    // "which guests have the most points? just curious": other guests' points, asked; never the guest's own.
    [/\bwhich (?:guests|members|customers|people)\b[^?]{0,30}\bpoints\b|谁的积分最多|哪些(?:客人|会员|人)[^？?]{0,10}积分/i, -8],
    // "do I get points for staying here? how many have I got so far": the guest's own balance, asked after the rule.
    [/\bhow many (?:points )?(?:have i got|i(?:'ve)? got|do i have)(?: so far| now| left| in total)?\s*\??\s*$/i, 4],
    // "帮我查下我朋友刘芳还有多少积分", "列出積分最多的前十位會員", "can staff see my points balance? just curious how that works":
    // another's points, a ranking of members, or how the scheme works, asked by a guest.
    [/(?:朋友|同事|老公|老婆|家人|别人|其他人)[\u4e00-\u9fff]{0,3}(?:还有|有|剩)(?:多少|几)(?:个)?积分|积分最多的|\b(?:can|do|does|will) (?:staff|your staff|the staff|you guys|others|anyone) see my (?:points|balance)\b|\bhow (?:that|it|this) works\b/i, -6],
    // "if my membership lapses, what happens to my points? do they expire?": the rule on points asked, no balance.
    [/^(?![\s\S]*(?:\bhow many\b|\bbalance\b|多少|还剩|還剩))[\s\S]*?(?:\bwhat happens to (?:my |the |our )?points\b|\bdo (?:they|my points|the points|points) expire\b|积分(?:会不会|会)?(?:过期|清零)(?:吗|么|不))/i, -6],
    // "my daughter wants to use our points… so what's my points balance?": the writer's own balance, asked in so many words.
    [/\b(?:what'?s|what is|check|show me|tell me) my (?:points? |loyalty |rewards? )?balance\b|我(?:自己)?的积分(?:还有多少|余额|有多少)/i, 5],
    // "please remove me from the mailing list", "unsubscribe me from the rewards newsletter": mail stopped, no balance asked.
    [/\b(?:remove me from|take me off) (?:the |your )?(?:mailing|email|marketing) list\b|\bunsubscribe\b|\b(?:newsletters?|promotional emails?|marketing emails?)\b[^.?!]{0,40}\b(?:stop|anymore|no longer|rather not)\b/i, -6],
    // "how many points Sarah Lim has? She is my friend": someone else's balance, which no guest may read.
    [/\bhow many points (?:does |do )?(?!(?:i|I|we|We|you|You)\b)(?:[A-Z][\w'’-]*\s?){1,3}(?:has|have|got|earned)\b|\b[Hh]ow many points (?:does|did) (?!I\b)(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Dd]r|[Mm]dm)?\.?\s*[A-Z]/, -6],
    // "my friend booked under Jason Tan, how many points he got?": someone else's balance.
    [/\bhow many points (?:does |did |do )?(?:he|she|they)\b|\b(?:his|her|their) points\b/i, -6],
    // "积分多少能换一晚免费房", "do my points expire?", "transfer my points to my wife": the scheme's rules, or a transfer, not the balance.
    [/\b(?:my (?:husband|wife|friend|mum|mom|dad|son|daughter|colleague|partner)(?:'s)?|his|her)\b[^.?]{0,24}\b(?:points|balance)\b|\b(?:points|balance)\b[^.?]{0,24}\bdoes (?:my|his|her)\b|(?:老公|老婆|朋友|同事|妈妈|爸爸|先生|太太)(?:的)?(?:积分|会员)|多少(?:积分|分)?(?:能|可以)换|\bhow many points (?:do i need|for|to get)\b|\btransfer\b[^.]{0,20}\bpoints\b|\bpoints? to (?:my|his|her)\b|^(?!.*(?:查|我的?积分|\bmy (?:points|balance)\b|\b(?:points|balance) (?:do |have )?(?:i|we) (?:have|got)\b)).*(?:清零|过期|失效|\bexpire)/i, -5],
    [/((?:现在|一共|总共|还有|攒了|积了)?(?:多少|几)分(?:了|啊|呀)?[?？]?$)/, 3.5],
    [/(积分|會員點數|会员点数|我的点数|我的點數|^\s*(?:点数|點數)(?:查询|查詢|余额|餘額|多少)?\s*[?？]?$|会员等级|会员级别|几个点|我是会员|我是什么会员|我的会员)/, 4],
    // "Am I gold or platinum now?", "How close am I to the next tier?", "我现在是什么等级的会员？": the guest's own tier.
    [/(\bam i (?:a )?(?:silver|gold|platinum|diamond|elite|vip)\b|\bmy (?:tier|status level)\b|\b(?:close|far) am i (?:to|from) (?:the )?next (?:tier|level|status)\b|\bwhat (?:tier|level|status) am i\b|(?:我|我现在)是(?:什么|哪个|哪一)(?:等级|级别|级)的?会员|我(?:的)?(?:会员)?(?:等级|级别)(?:是)?(?:什么|多少|几级)|离(?:下一|下个)(?:等级|级)(?:还)?差)/i, 4],
    // "there might be 6 of us at some point": a point in time is no loyalty point.
    [/\b((?<!\b(?:some|any|that|this|one|which|what|no|a|the|good|fair|my|your)\s)point|points|rewards?|loyalty|member(?:ship)? (?:level|status|tier)|my balance)\b/i, 3.5],
  ],
  // What went wrong is found by entities/problem.ts (a lexicon, not a keyword); see addEntityEvidence. Here only a request to log one.
  log_complaint: [
    // "前台说我的会员折扣不能用 太离谱了吧": something owed refused, protested.
    [/(?:不能用|用不了|不给用|不让用|不认|不给)[^。]{0,8}(?:太|真|好)?(?:离谱|过分|坑|扯)/, 5],
    // "上次投诉处理得很快 你们经理人真好": a complaint handled well, thanked.
    [/投诉(?:处理|解决|跟进)得(?:很|挺|非常|特别|超)?(?:快|好|及时|到位|满意)|\bcomplaint (?:was )?(?:handled|sorted|resolved|dealt with) (?:so )?(?:quickly|fast|well|brilliantly)\b/i, -6],
    // "called back Mrs Whitfield about her complaint, she's happy now. closing it ✅": a complaint followed up and closed.
    [/\b(?:called|rang|phoned|emailed|visited|followed up with)\b[^.]{0,40}\babout (?:her|his|their|the) complaint\b[^.]*[.,;]?[^.]*\b(?:happy|sorted|resolved|closing|closed|satisfied)\b/i, -5],
    // "我已經講咗有海鮮敏感 點解個湯仲有蝦", "I told the waiter I'm allergic to nuts and the cake still had them": a need said beforehand, ignored.
    [/(?:已经|明明|早就)(?:跟你们|跟服务员|同你哋)?(?:讲|说|告诉|交代|提|写)(?:过|了)(?:你们)?[^。！!]{0,16}(?:为何|为什么|怎么|咋|点解)[^。！!]{0,12}还|\bI (?:told|warned|asked) (?:you|them|the (?:waiter|waitress|staff|server|front desk|kitchen|chef))\b[^.!?]{0,40}\b(?:and|but) (?:it|they|the \w+) still\b/i, 4.5],
    // "last time the toilet leaked, this time everything is perfect haha": a fault that is past, said beside praise.
    [/\blast time\b[^.!?]{0,40}\bthis time\b[^.!?]{0,20}\b(?:perfect|great|fine|good|spot on|all good|no problems?)\b|上次[^。！!]{0,20}这次[^。！!]{0,10}(?:都)?(?:很好|完美|没问题|挺好|不错|好多了)/i, -6],
    // "just checking, has someone been up to look at the shower in 902 yet?": a repair already reported, its progress asked.
    [/\b(?:has|have) (?:someone|anyone|somebody|anybody|the (?:engineer|technician|plumber|maintenance(?: guy| team)?)) (?:been|come|gone) (?:up |round |by |over )?to (?:look at|check|fix|see to|have a look at)\b[^?]*\byet\b/i, -5],
    // "the room's been freezing since we arrived, it's 15 degrees in here": a room too cold or too hot to stay in.
    [/\b(?:room|place|it)(?:'s| is| has been| been)? (?:absolutely |so |really )?(?:freezing|boiling|roasting|sweltering)\b|\bit'?s \d{1,2} degrees in (?:here|the room|our room)\b|房间(?:里)?(?:冷|热)(?:死了|得要命|得不行)/i, 4],
    // "minibar charged me HK$380 for 2 cokes I never opened 😡", "房费多扣了我一晚": charged for what was not had, or twice.
    [/\bcharged (?:me|us)\b[^.!?]{0,40}\b(?:never|didn'?t|did not|wasn'?t|weren'?t|twice|double)\b|\bdouble[- ]charged\b|(?:多|重复)(?:扣|收)(?:了)?(?:我|我们)?[^，,。]{0,4}(?:钱|费|款|一晚|一天)/i, 5],
    // "會員價冇俾我 收咗我原價", "they charged me full price, no member rate": a price promised and not given.
    [/(?:会员价|會員價|折扣|优惠价?|優惠價?)(?:都)?(?:冇|没|沒)(?:有)?(?:俾|给|給)我|收(?:咗|了)我(?:的)?原价|收(?:咗|了)我(?:的)?原價|\bcharged (?:me|us) (?:the )?full price\b/, 5],
    // "amount was wrong, it's 18.5k not 15.8k": a figure the writer entered wrong, put right; no one's complaint.
    [/\b(?:amount|number|phone|email|date|figure|price|quantity|total) (?:was|is) wrong\b(?=[^.!?]{0,30}\b(?:it'?s|its|should be)\b)/i, -5],
    [MARKETING_UNWANTED, 4],
    // "Hartley Builders called… they're pretty mad": the customer's anger, told by staff.
    [/\b(?:they'?re|he'?s|she'?s|they are|he is|she is) (?:pretty |really |very |quite |so |absolutely )?(?:mad|angry|furious|livid|fuming|upset|not happy)\b(?!\s+(?:at|with|about)\s+(?!us\b|me\b|you\b|our\b))/i, 2.5],
    // "我朋友说你们家早餐是全城最难吃的，真的假的": hearsay, asked about; no complaint of the writer's.
    [/(?:朋友|别人|听说|网上|有人)[^。]{0,6}说[^。]{0,24}(?:真的假的|是真的吗|是不是真的)|\bis (?:it|that) true\b/i, -6],
    // "我的积分上个月被清零了，没有任何通知，太离谱了": points taken away without a word, protested.
    [/(?:积分|points)[^。.]{0,12}(?:被)?(?:清零|扣|wiped|zeroed|deducted|reset)[^。]{0,30}(?:没有?(?:任何)?(?:通知|提醒|说)|离谱|过分|太坑|不合理|\bwithout (?:any )?(?:notice|warning)\b|\bno (?:notice|warning)\b)/i, 4],
    // "the hot water's gone cold halfway through my shower", "another 45 minutes waiting for room service 🙄", "a minibar
    // charge for things we never touched", "Complaint from Hotel Adler: …": a let-down said wearily, politely or as a label.
    [/\b(?:hot water|heating|heater|aircon|a\/c|wifi|wi-fi|shower)(?:'s| has| is)? (?:gone|went|run|ran|gone out|cut) (?:cold|out|off)\b|\banother \d+\s*(?:minutes?|mins?|hours?|hrs?) (?:of )?waiting\b|\b(?:error|mistake) on (?:my|our|the) (?:bill|invoice|statement|folio)\b|\bcharge[ds]? for (?:things|items|drinks|something) (?:we|i) never\b|^\s*complaint (?:from|by|re)\b|\bwon'?t (?:call|ring|get back to) (?:me|us) back\b|\bcan (?:i|we) be moved (?:somewhere|to a) (?:quieter|room away)\b/i, 4],
    // "下午三点开会讨论客诉流程", "how long does it take to hear back if I file a complaint?": the process talked about.
    // "投诉你们的甜品太好吃了😂": a complaint made in jest is praise.
    [/(?:投诉|客诉)(?:的)?(?:流程|制度|机制|政策|培训|处理流程)|\bcomplaints? (?:process|procedure|policy|form|line|hotline)\b|\bif (?:i|we) (?:file|make|lodge|submit|raise) a complaint\b|\bhow (?:do|can|would) (?:i|we) (?:file|make|lodge|submit|raise) a complaint\b|投诉[^。]{0,12}太(?:好吃|好喝|贴心|周到|舒服|好看)了|谁(?:负责|管|在)(?:处理)?(?:客诉|投诉)/i, -6],
    // "my cashmere sweater came back two sizes smaller. this is the second time.": a job done wrong, again.
    [/\bcame back (?:\w+ ){0,3}(?:smaller|shrunk(?:en)?|stained|ripped|torn|damaged|ruined|faded|scratched|broken|dirty|wrong)\b|\bthis is the (?:second|third|fourth|2nd|3rd|4th) time\b|这(?:已经)?是第[二三四两]次了/i, 3],
    // "Does ACC cover hearing aids if the damage was from work noise?": what insurance pays for, asked.
    [/^\s*(?:does|do|will|would) [^?]{1,40}\bcover\b[^?]*\?|(?:保险|医保)[^。？?]{0,10}(?:报销|赔|覆盖|管)(?:吗|么|不|[?？])/i, -4],
    // "The number we have for Hannah is wrong, I'll get the right one": a record to put right, no grievance.
    [/\b(?:number|email|address|phone|mobile|details?) (?:we have|we'?ve got|on file|in the system) for [^.,]{1,30} (?:is|are) (?:wrong|out of date|outdated|old)\b/i, -6],
    // "Just wanted to flag that the air con didn't work for the entire stay": something raised with us.
    [/\b(?:wanted|want|like|writing) to (?:flag|raise|point out|make you aware|bring to your attention)\b/i, 2],
    // "加床到现在都没送来", "the cot still hasn't arrived": something asked for, waited on past its time.
    [/(?:到现在|至今|到今天|到这会儿)(?:都|还)?没(?:有)?(?:送来|送到|送过来|拿来|拿过来|装好|修好|到|来|给)|\bstill (?:hasn'?t|has not|haven'?t|have not) (?:arrived|come|been (?:brought|delivered|fixed|set up))\b/i, 3.5],
    // "你们把我的订单搞丢了", "把我们的房间弄错了": something of the guest's lost or got wrong by the house.
    [/(?:把|将)(?:我|我们)的?[^，,。]{0,6}(?:搞丢|弄丢|弄错|搞错|搞砸|弄坏)了/, 3],
    // "She told me while complaining about the snow in Buffalo": a grumble about the weather is nobody's complaint to us.
    [/\bcomplain\w* about (?:the )?(?:weather|snow|rain|heat|cold|traffic|commute|humidity)\b|(?:抱怨|吐槽)(?:了)?(?:一下)?(?:天气|下雪|下雨|太热|太冷|堵车)/i, -6],
    // "系统里怎么给客户记投诉？", "how do I log a complaint?": how to record one, asked; no complaint in it.
    [/(?:怎么|如何|怎样)(?:才能|可以|能)?[^，,。？?]{0,6}(?:记|登记|录|提交|开)[^，,。？?]{0,3}(?:投诉|客诉)|\bhow (?:do|can|should) (?:i|we) (?:log|file|record|raise|open|enter) (?:a |the )?complaints?\b/i, -8],
    // "我没有要投诉的意思，就是问问房间隔音怎么样": a complaint disowned, only asking.
    // "就是稍微有点咸，不算投诉哈", "just feedback, not a complaint": a small remark, disowned as a complaint.
    [/(?:先)?不用(?:登记|记|录)(?:投诉|客诉)|(?:只是|就是)(?:提)?(?:个|点|一点)?(?:建议|意见)(?:而已)?\s*[。.!！]?\s*$|\b(?:i'?m|i am|we'?re|we are) not complaining\b(?![^.!?]{0,30}\bbut\b)|(?:不算|不是|算不上|谈不上)(?:是)?(?:个|什么)?投诉(?:哈|啊|哦|喔|噢|呀|啦|吧|了)?\s*[。.!！~～]*\s*$|\b(?:this is |it'?s )?not (?:a |really a )?complaint\b(?![^.?!]{0,20}\bbut\b)|\bjust (?:some )?feedback\b[^.?!]{0,20}\bnot (?:a )?complain/i, -6],
    [/(?:没有?|不是)(?:要)?投诉的意思|不是(?:要|想)?投诉[^。]{0,8}(?:就是|只是)?(?:问问|想问|问一下|(?:想|要)?(?:夸|表扬|称赞|感谢|谢谢))|\bnot (?:a )?complain(?:ing|t)\b[^.]{0,20}\bjust (?:wanted to )?(?:say|praise|thank|compliment)\b|\bnot (?:a )?complain(?:ing|t)\b[^.]{0,20}\bjust (?:asking|wondering|curious)\b/i, -6],
    // "Harrison Legal says our last two toner deliveries arrived damaged": a customer's report of our goods gone wrong.
    [/\b[A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*){0,3} (?:says|said|reports?|reported|is saying|are saying|told us|complained) (?:that )?(?:our|the|their) [^.!?]{0,40}\b(?:arrived|came|were|was|is|are|got here) (?:damaged|broken|late|wrong|missing|short|faulty|defective|leaking|crushed)\b/, 3],
    // "…登记个客诉", "记一下客诉": a complaint named with the trade's own word.
    [/客诉|(?:登记|记)(?:个|一个|一下|下)?(?:投诉|客诉)/, 5],
    // "上个月客诉和续约情况汇总一下": complaints counted over a period are figures asked for, not a complaint.
    [/(?:客诉|投诉)[^。]{0,12}(?:情况|数量|数据|件数|率)?(?:汇总|统计|报表|报告|一览|有多少|多少(?:起|件|个))/, -6],
    // "never stops complaining about the Cubs", "going to complain to building management": a habit, or the writer's own.
    [/\bmy only complaint is (?:that )?(?:i|we) (?:have|had|need|got) to (?:leave|check out|go home|go back)\b|\bno complaints?\b|没(?:什么|啥)?(?:可|要|好|值得)?(?:投诉|抱怨)的|\bnothing to complain about\b|没有投诉|\bmy landlord\b|房东|\b(?:never stops|always|keeps|forever) complaining\b|老是抱怨|总是抱怨|天天抱怨|\b(?:going to|gonna|will|i'?ll) complain to\b|(?:我|我们)(?:要|得|去)?(?:跟|向|找)(?:物业|房东|楼管|大楼管理)投诉/i, -6],
    // "钱老板又赖账 三万二拖了仨月": a customer who owes us is our grievance, not their complaint.
    [/赖账|拖欠|欠(?:款|钱|我们)|不给钱|不付款|\bowes? (?:us|me)\b|\bwon'?t pay\b|\bhasn'?t paid\b/i, -4],
    // "晨光印务说画册颜色印偏了 很不满意", "The Crooked Oak are unhappy": dissatisfaction reported.
    [/(不满意|很不满|非常不满|有意见|反映(?!了?(?:需求|意向|一下))|抱怨|\b(?:unhappy|not happy|dissatisfied|displeased|furious|upset about|ticked off|pissed off|fuming|livid|cheesed off)\b)/i, 2.5],
    // "Hank called pretty ticked off, the mats are cracking": a customer calling angry is calling to complain.
    // "Quarry Hill Winery just called me directly — half the bottles in their order arrived smashed": calling about goods broken.
    [/\b(?:called|rang|phoned|came in)\b[^.]{0,24}\b(?:fuming|ticked off|pissed off|livid|furious|angry|upset|mad)\b|\b(?:called|rang|phoned)\b[^.]{0,30}[—–-][^.]{0,60}\b(?:arrived|came|turned up)\s+(?:smashed|shattered|broken|damaged|crushed|cracked|leaking|spoiled|off)\b|(?:打电话|来电话|打过来)[^，,。]{0,6}(?:骂|发火|发飙|很生气|火大)/i, 4],
    [/(?:登记|记|录|提交|开|建)(?:一?个|一下|下)?投诉|\b(?:log|file|register|record|raise|open)\s+(?:a\s+)?complaint/i, 4],
    // "陈太投诉我们系统老是掉线": someone complaining, said with the verb itself.
    [/(?<![不没别会怕])投诉(?:我们|说|了|过|咱们)|\bcomplained (?:that|about)\b/i, 3],
    // "隔壁包间吵到十二点多，投诉一下", "积分被扣了，我要投诉", "Freightline complained the portal was down", "Copperline escalated":
    // a complaint asked for, or made, in so many words.
    [/(?<![不没别会怕])(?:投诉一下|我要投诉|要投诉|想投诉|必须投诉)|(?<!\b(?:not|never|didn'?t|don'?t) )\bcomplained\b(?! (?:that|about))|\bescalated\b(?! (?:to|the) (?:me|us|management|my manager))|(?:你们|你哋)(?:是)?怎么搞的|搞什么(?:鬼|飞机)?[?？!！]|\bjialat\b/i, 4],
  ],
  summary: [
    // "I am pleased to report that the order has been confirmed": news told, no report asked for.
    [/\b(?:pleased|happy|glad|delighted|sorry|regret) to report\b/i, -4],
    // "Let's go through the numbers at Monday's meeting": the numbers put on a meeting's agenda, not asked of the bot now.
    [/\blet'?s (?:go through|go over|review|look at|discuss) (?:the |our )?(?:numbers|figures|results|pipeline)\b[^.?!]{0,30}\b(?:at|in|during|before) (?:\w+'s |the |our |next |tomorrow'?s? )?(?:meeting|stand-?up|huddle|review|call|session)\b/i, -5],
    // "老板让我周五前交季度报告": a report the writer owes, not figures asked for.
    [/(?:老板|领导|上面|总部|boss)(?:让|要|叫|催)我[^。]{0,12}(?:交|写|做|出|准备)[^。]{0,6}(?:报告|汇报|总结|PPT|ppt)/i, -6],
    // "老王是不是这个月一个新客户都没加？", "这周一单都没签？": whether someone has any figures at all, asked.
    [/(?:是不是|是否|有没有|难道)?[^。？?]{0,12}(?:一个|一单|一家|一条)(?:新客户|新线索|单)?(?:都|也)(?:没|没有)(?:加|录|开|签|成交|出|跟)/, 5],
    // "November vs October, give me the month-over-month", "this month vs January, are we up or down?", "上周对比上上周，掉得最厉害
    // 的是谁", "Marcus this month — calls, meetings, closed", "who's underperforming this quarter": periods or reps set
    // against each other, or a rep's measures listed, are the team's figures asked for.
    [/\b(?:MoM|WoW|QoQ|YoY)\b/, 5],
    [/\b(?:month|week|quarter|year)[- ]over[- ](?:month|week|quarter|year)\b|环比|同比|\b(?:this|last) (?:week|month|quarter|year) (?:vs\.?|versus|compared (?:to|with)) |\b(?:vs\.?|versus) (?:last|this) (?:week|month|quarter|year)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:vs\.?|versus) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\bare we up or down\b|(?:本周|这周|上周|本月|这个月|上个月|今年|去年|本季度?|上季度?)(?:对比|比|vs)(?:上上周|上周|上上个月|上个月|去年|前年|上季度?|同期)|(?:掉|降|跌|下滑)得最(?:厉害|多|狠)|(?:进步|涨|增长)得?最(?:快|多|大)的?是谁|\bunder-?perform(?:ing|ed|ers?)?\b/i, 5],
    [REP_MEASURES_LISTED, 5],
    // "pull up Jessica's numbers from last month": a person's figures are a rep's report, not a customer's file.
    [REP_FIGURES, 5],
    // "各位同仁：本季度大家表现优异，辛苦了，特此致谢！": thanks to the team, no figures asked.
    [/特此致谢|表现优异|\bwell done,? (?:team|everyone|all)\b|\bthank you all\b/i, -9],
    [FEATURE_WISHED, -6],
    // "weekly roundup please": the week's figures, asked for as a round-up.
    [/\b(?:weekly|monthly|daily|quarterly)? ?(?:round-?up|wrap-?up)\b(?! (?:of|on|with) [A-Z])/i, 3],
    // "Quick recap of today's meeting with Olivia Grant": one meeting written up is a contact logged, no report asked.
    [/\brecap of (?:my |our |the |this )?(?:today'?s |yesterday'?s |this morning'?s |this afternoon'?s |the )?(?:meeting|call|visit|chat|demo|lunch|catch-?up) (?:with|at)\b/i, -5],
    // "end of day recap please", "看下本季度各阶段的商机分布", "How does this month stack up against last month?".
    [/\b(?:end of (?:the )?day|eod) (?:recap|summary|numbers|report)\b|(?:各|每个)(?:个)?阶段的?(?:商机|单子|客户|项目)(?:的)?(?:分布|情况|数量|金额)|\bpipeline by stage\b|\bstacks? up (?:against|to)\b/i, 4],
    // "把本周到目前的发我看看": a period so far, asked for, is its figures.
    [/(?:本|这个?)(?:周|月|季度?|年)(?:到目前为止|到目前|到现在|至今)的?(?:数字|数据|情况|业绩)?[^。]{0,6}(?:发我|给我|看看|拉一下|出一下)/, 4],
    // "compare Q1 and Q2 for me", "Q3 vs Q4 last year": periods set side by side are figures asked for.
    [/(?:^\s*|\b(?:pls|please|can you|could you|let'?s)\s+)compare\s+(?:Q[1-4]|H[12]|(?:this|last) (?:week|month|quarter|year))\b|\bQ[1-4]\s*(?:vs\.?|versus)\s*Q[1-4]\b/i, 3.5],
    // "walked him through the fleet tracking demo. He liked the dashboard": our product shown, not figures asked for.
    [/\b(?:demo(?:ed|'d)?|walked \w+ through|liked|loved|hated|showed (?:\w+ )?(?:our|the))\b[^.!?]{0,40}\b(?:dashboard|reports?|reporting|analytics)\b/i, -3],
    // "thx for the report 👍": thanks for figures already sent, not a new ask.
    [/^\s*(?:thanks|thank you|thank u|thx|thnx|tks|ty|cheers|谢谢|多谢|感谢)\b[^?？]{0,20}(?:\b(?:report|summary|numbers|recap|digest|figures|stats)\b|报表|汇总|数据|周报|日报)(?![^?？]*[?？])/i, -5],
    // "唔使幫我出report住，我遲啲先睇": a report not wanted yet, in Cantonese.
    [/(?:唔使|唔駛|唔洗)[^。]{0,8}(?:report|报表|報表|汇总|匯總|报告|報告)/i, -6],
    // "周五下午三点开年终总结会，别迟到": a review meeting called is a meeting, not its figures.
    [/(?:开|召开|参加|举行)[^，,。]{0,8}(?:总结|复盘|汇报)(?:大)?会|(?:总结|复盘|汇报)(?:大)?会(?:在|定在|改到|挪到|几点|记得|别迟到|不要迟到)|\b(?:review|kick-?off|all-hands|town hall) meeting (?:is |at |on |tomorrow|friday|monday)/i, -5],
    // "问问她体检报告出来没有", "验收报告下周出": a report of the customer's own, not the CRM's figures.
    [/(?:体检|检查|化验|检测|质检|验收|审计|评估|环评|可研|尽调|医疗|病理|测试|试验|检验|鉴定|盐雾|认证|质量|材质|车况|车检|验车|房检|验房|维修|保养|事故|出险)报告|\b(?:medical|lab|test|inspection|audit|survey|credit) report\b/i, -4],
    // "numbers" that are no report: a phone number switched, a head count to confirm ("he'll confirm numbers by
    // Friday"), a customer's figures gone over with them ("call her Friday to go through the numbers").
    [/\b(?:switched|changed) numbers\b|\bconfirm(?:s|ed|ing)? (?:the )?(?:final )?(?:numbers|headcount|head count|quantities)\b|\b(?:to |and )?(?:go|going|run|walk) (?:through|over) the (?:numbers|figures|pricing)\b(?<=\b(?:call|ring|meet|see|visit|email)\b[^.?!]*)/i, -3],
    // "上周团队的整体情况", "本季度进展如何", "上个礼拜生意点呀": how the team, a period or the business went.
    [/(?:团队|整体|全组|大家)(?:的)?(?:整体)?(?:情况|表现)|(?:本|这个?|上个?)(?:周|月|季度)[^，,。]{0,4}进展(?:如何|怎么样|怎样)|生意(?:怎么样|如何|好不好|点呀|点样|咋样|怎样)/, 4],
    // "gimme the YTD nums": the figures, in chat shorthand.
    [/\b(?:ytd|mtd|qtd|wtd)\b[^.?!]{0,12}\b(?:nums|numbers|figures|sales|revenue|stats)\b|\b(?:gimme|give me|send me|show me|pull) (?:the )?(?:\w+ )?(?:nums|numbers|figures|stats)\b/i, 4.5],
    // "did anyone close anything today", "who hasn't logged anything this week": the team's work asked of the team.
    [/\b(?:did|has|have) (?:anyone|anybody|everyone|the team|any of the reps) (?:close|closed|sign|signed|win|won|log|logged|sell|sold|land|landed|book|booked)\b[^?]{0,12}\b(?:anything|any(?: deals?| sales| orders)?|deals?)\b|\bwho (?:hasn'?t|has not|didn'?t|did not|haven'?t) (?:logged|closed|signed|called|done|updated|followed|entered)\b|谁(?:还)?没(?:有)?(?:录|跟进|成交|签单|更新|出单|开单)/i, 4],
    // "who's top of the sales leaderboard": the team ranked is the team's report.
    [/\bleaderboard\b|\bleague table\b|\btop of the (?:sales )?(?:board|table|rankings?)\b/i, 4],
    // "给我看看小李这周的跟进", "show me Tom's calls this week": a rep's activity shown is a report on them.
    [/^\s*(?:给我|帮我)?(?:看看|看下|看一下|查看|查下|查一下|列一下|列出|拉一下)[^，,。]{1,10}的(?:跟进|拜访|电话|外呼|记录)(?:记录|情况)?\s*[?？]?\s*$|^\s*show me [A-Z][a-z]+'s (?:follow-?ups|calls|visits|activity|meetings)\b/i, 5],
    // "上周各销售的跟进数量", "how many calls did each rep make": the team's activity counted is a report.
    [/(?:各|每个|所有)(?:销售|业务员|人|同事)?的?(?:跟进|拜访|电话|外呼)(?:的)?(?:数量|次数|量|数|情况)|\bhow many (?:calls|visits|follow-?ups|meetings) (?:did|has|have) (?:each|every|the team|everyone)\b/i, 4],
    // "what's the year looking like so far", "how's the month shaping up": how a period is going, asked.
    [/\b(?:what'?s|what is|how'?s|how is)\s+(?:(?:the|this)\s+(?:week|month|quarter|year)|q[1-4])\s+(?:looking|shaping up|going|tracking)\b/i, 3.5],
    [/(汇总|总结|报表|报告|周报|月报|日报|简报|业绩|销售数据|销售额|数据|指标|团队表现|表现|战绩|战况|战果|收成|进账|成果|成绩|进展汇总|销售情况|经营情况|营收|收入多少|做了多少|卖了多少|签了多少)/, 3],
    // "which reps haven't logged anything", "哪些销售落后了": the team's reps weighed against each other.
    [/\b(?:which|what) (?:reps?|salespeople|sales ?reps?)\b|\breps? (?:who|that) (?:haven'?t|have not|didn'?t|did not|are behind)\b|哪些?(?:销售|业务员)[^，,。]{0,6}?(?:没|落后|掉队)|(?:销售|业务员)(?:里|中)?谁[^，,。]{0,6}?(?:落后|掉队|没)|(?:谁|哪些人|哪几个人?)[^，,。]{0,6}?(?:落后|掉队|垫底|拖后腿)|\bwho(?:'s| is| are)? (?:falling |lagging |slipping )?behind\b|\bwho (?:fell|has fallen|have fallen|is lagging|'s lagging|is at the bottom|'s at the bottom)\b/i, 5],
    // "Q1 results?", "past 30 days — how are we trending?", "Compare Lisa and Tom for last month": a period's figures, asked.
    [/\b(?:q[1-4]|h[12]|quarter(?:ly)?|month(?:ly|'s)?|week(?:ly|'s)?|year(?:'s)?|team(?:'s)?|sales|our|the) results\b|\bhow (?:are|is) (?:we|the team|sales|things|revenue) trending\b|(?:^\s*|\b(?:pls|please|can you|could you)\s+)compare\s+(?!with\b|to\b)[^.?!]{1,40}?\b(?:for|over|in|during)\s+(?:this|last|the previous|the past) (?:week|month|quarter|year)\b|(?:对比|比较|比一比)一?下?[^，,。]{1,10}(?:和|跟|与)[^，,。]{1,10}(?:这|上|本)个?(?:周|月|季度|年)/i, 3.5],
    [/\b(summary|summarize|summarise|report|digest|recap|wrap[- ]?up|rundown|pipeline by stage|overview|performance|stats|statistics|numbers|metrics|kpis?|(?<!\b(?:through|demo(?:ed)?|showed (?!me\b|us\b)\w+|show (?!me\b|us\b)\w+|walk(?:ed)? \w+ through|walkthrough of|presented) (?:the|our|a|their|its) (?:\w+ )?)dashboard|how are we doing|how are we tracking|how'?d (?:we|the team) (?:do|go)|how did we go|scoreboard|how did (?:we|the team|\w+) do|how's the team|revenue|sales figures)\b/i, 3],
    [SALES_MEASURE, 3],
    // "Kevin this month vs target?", "上个月哪个 rep 垫底", "win rate and avg deal size": the team measured against a goal.
    [TEAM_MEASURE, 4.5],
    // "今年到目前为止的赢单和丢单情况", "今天有啥单子成交或者丢了吗": deals won and lost, counted.
    [/(?:赢单|成交|签单)(?:和|跟|与|或者?|、)(?:丢单|输单|丢了)|(?:有|有没有)(?:啥|什么|哪些)?单子?(?:成交|签了|丢了)(?:或者?|还是|和)?/, 4.5],
    // "don't need the leaderboard today, thanks": a report not wanted.
    [/\b(?:don'?t|do not|no) need (?:for )?(?:the |a |any |my )?(?:leaderboard|report|summary|numbers|stats|recap|rundown)\b|不(?:用|需要)(?:看|发|出|给我|做)?(?:排行榜|排名|报表|汇总|周报|日报)/i, -6],
    // "上周新增了多少线索", "这个月签了几单": a count of the team's records asked for.
    [/(?:新增|新加|新建|新进|录入)(?:了)?(?:多少|几)|(?:进了|来了|成交|签)(?:了)?(?:多少|几)(?:个|条|单|家)?(?:线索|客户|单|商机)|\bhow many (?:new )?(?:leads|deals|customers|clients)\b/i, 3.5],
    // "Emily's numbers", "Tom's stats this week": one rep's figures.
    [/\b[A-Za-z]+'s (?:numbers|stats|statistics|sales|figures|results|performance|pipeline|kpis?|metrics)\b/i, 3],
    // "本月张伟的单子", "小刘上周的客户": one rep's records over a period, asked in a few words.
    [/^\s*(?:(?:本|这个?|上个?)(?:周|月|季度?)|今年|今天|昨天)\s*(?:[\u4e00-\u9fff]{2,3}|[A-Za-z]{2,15})\s*的(?:单子|订单|成交|客户|线索|跟进|拜访)\s*[?？]?\s*$|^\s*(?:[\u4e00-\u9fff]{2,3}|[A-Za-z]{2,15})\s*(?:(?:本|这个?|上个?)(?:周|月|季度?)|今年|今天|昨天)的(?:单子|订单|成交|客户|线索|跟进|拜访)\s*[?？]?\s*$/, 2.5],
    // "这个月谁卖得最好", "who closed the most this quarter": which of the team did best.
    // "各个销售的业绩排名", "ranking of reps this quarter": the team ranked, not customers.
    [REPS_RANKED, 5],
    [/谁(?:卖|签|做|跑|成交|开)(?:单|得)?(?:最好|最多|最少|最差|多|少|好)|(?:销售|业绩)(?:冠军|第一名?)|\bwho (?:sold|closed|signed|booked|did) (?:the )?(?:most|best)\b|\btop (?:seller|rep|salesperson|performer)\b/i, 4],
    [/(团队|大家|我们|整体|全组)/, 0.8],
    // "老陈这周拜访了几家客户", "How many deals did Lucas close last month?", "小王上个月的回访情况": one person's work counted.
    [/(?:这周|本周|这个?礼拜|上周|上个?礼拜|这个?月|本月|上个?月|今天|昨天|今年|去年|(?:这|本|上)(?:个)?季度)[^，,。]{0,4}(?:拜访|跟进|打|签|谈|见|联系|成交|开|出|回访|跑|卖|做|收|接)(?:了)?(?:几|多少)|(?:这周|本周|上周|这个?月|本月|上个?月|(?:这|本|上)(?:个)?季度)的?(?:回访|跟进|拜访)(?:的)?情况|\bhow many (?:deals|calls|visits|leads|meetings|sales|orders|demos)\b[^?]{0,12}\b(?:did|has|have)\s+(?!i\b|we\b|you\b)\w+/i, 4.5],
    // "漏斗里现在各阶段分别有多少商机", "pipeline by stage": the pipeline counted stage by stage.
    [/(?:漏斗|管道|pipeline)[^。]{0,10}(?:各|每个|每一个)(?:个)?(?:阶段|stage)|(?:各|每个)(?:个)?阶段[^。]{0,8}(?:多少|几)(?:个)?(?:商机|单|客户)|(?:几个|三个|两个|这几个)数(?:字)?给我/i, 5],
    // "how is alice doing this week", "小王这周干得怎么样": how one rep is doing.
    [/\bhow(?:'s|'d| is| was| did| has| are)\s+\w+(?:\s+[A-Z]\w*)?(?:'s)?\s+(?:been\s+)?(?:doing|done|do|go|performing|perform|going|getting on|numbers|sales|pipeline|week|month)\b|(?:干得|做得|卖得|跑得)(?:怎么样|如何|咋样|好不好)/i, 2.5],
  ],
  top_customers: [
    // "哪几个是我们的大客户？": the biggest accounts, asked by who they are.
    [/(?:哪几个|哪些|哪几家|谁)是(?:我们|咱们)?的?(?:大客户|VIP客户|重要客户|核心客户)/i, 5],
    // "按二八原则，贡献了80%销售额的是哪些客户", "run an RFM cut — who are the champions?": the few who bring the most.
    [/二八(?:原则|定律|法则)?|\b80\s*[\/-]\s*20\b|\brfm\b|贡献了?\s*(?:80|八成|百分之八十)/i, 6.5],
    // "who's our number one customer this year?", "biggest accounts?": a ranking asked as one question.
    [TOP_CUSTOMER_ASKED, 5],
    // "这个月哪几家采购额最高？列六家出来": which customers bought the most, by a measure of what they bought.
    [/(?:哪几家|哪些客户|哪几个客户?|哪些公司|哪几位客户)[^。？?]{0,10}(?:最高|最多|最大|排前面|靠前)/, 5],
    // "大客户宏达物流投诉上一批货少了两箱": a key account complaining is a complaint, not a ranking.
    [/投诉|客诉|抱怨|\bcomplain(?:ed|s|ing)?\b/i, -4],
    // "Which customers brought in the most revenue this month?": the biggest, asked for.
    [/\bwhich (?:customers|clients|accounts) (?:brought in|bought|spent|generated|gave us|ordered|paid) (?:us )?(?:the )?most\b/i, 5],
    // "本季度销售额前三的客户是哪几家": the first few customers, ranked.
    [/前\s*[一二三四五六七八九十\d]+\s*(?:名|位|个|家)?的?(?:客户|大客户|买家|金主)/, 5],
    [REPS_RANKED, -5],
    // "刚给VIP客户李总打完电话", "潜在大客户：锦江会所的钟总", "(our #2 account by revenue)": a segment word describing one
    // customer ranks no one.
    [new RegExp(String.raw`(?:VIP|大|重要|核心)客户[:：]?\s*(?=[\u4e00-\u9fff]{1,6}?(?:总|经理|老板|姐|哥|先生|女士|小姐)|[A-Z][a-z])|潜在大?客户[:：]|${RANKED_ACCOUNT}`, "i"), -5],
    // "great work on the VIP renewals 🎉", "thanks, that VIP list is exactly what I needed": praise, or thanks for a list had.
    [/\b(?:great|good|nice|awesome|amazing) (?:work|job)\b|\bwell done\b|干得(?:好|漂亮)|\b(?:thanks|thank you|thx|cheers)\b[^?]{0,40}\b(?:list|report|numbers)\b[^?]*$|(?:谢谢|多谢|收到)[^？?]{0,10}(?:名单|清单|报表)[^？?]*$/i, -8],
    // "看了本书讲二八法则，挺有意思的", "一篇讲二八法则的文章": the 80/20 rule read about, not asked of our customers.
    // "asking for VIP pricing", "they want VIP rates": a price or a perk for VIPs ranks no one.
    [/(?:书|文章|课|讲座|视频|\bbook\b|\barticle\b|\bpodcast\b|\bvideo\b)[^。.!?]{0,8}(?:二八|80\s*[\/-]\s*20|帕累托|pareto)|(?:二八|80\s*[\/-]\s*20|帕累托|pareto)[^。.!?]{0,6}(?:书|文章|课|讲座|视频|\bbook\b|\barticle\b|\bpodcast\b|\bvideo\b)|\bvip (?:pricing|prices?|rates?|discounts?|treatment|renewals?|lounge|packages?|perks?|upgrade)\b|VIP(?:价|折扣|待遇|权益)/i, -9],
    // "mark Sakura Dining as VIP", "把李总升级成VIP": one customer moved up or down a tier is their record changed.
    [TIER_MOVED, -6],
    [/((?<!来了个|来了一个|有个|有一个|一个|个|认识了?个|新)大客户|重要客户|核心客户|贡献最大|消费最多|帮衬得?最多|光顾得?最多|买得最多|订得最多|订的最多|买(?:的)?最多的?[^，,。]{0,4}(?:客户|客人|买家)|下单最多|消费最高|排名|排行|前[一二三四五六七八九十\d]+(?:名|个|位|大|家|的|客户)|(?:最高|最多|最大|最好|排前|最重要|最核心|最有价值|最优质|最值钱|最忠实)的?.{0,4}(?:客户|买家|公司|大客户)|最大的.{0,4}客户|最好的.{0,4}客户|金主|VIP)/i, 4],
    [/\b(top \d+|top (?:customers|clients|accounts|buyers|spenders)|best customers|(?:biggest|largest|top|best|highest[- ]spending|most valuable) (?:\d+ )?(?:customers|clients|accounts|buyers)|key accounts|vips?|whales|highest spend\w*|most valuable|(?:bring|brings|bringing|generate|generates|spend|spends|spent|pay|pays|paid|buy|buys|bought)\s+(?:in\s+|us\s+)?(?:the\s+)?most|top\s*\d+|top (?:three|five|ten|twenty|fifty|hundred)(?: \w+)? (?:customers|clients|accounts|buyers|spenders)|by (?:revenue|spend|sales))\b/i, 4],
  ],
  help: [
    // "怎么查某个销售上个月的业绩？", "how can I check a rep's figures?": how to ask the bot, asked.
    [/^\s*(?:请问|請問)?(?:我)?(?:要)?(?:怎么|怎麼|如何|怎样|怎樣)(?:才能|才可以|可以)?(?:查|看|查看|拉|导出|調出|调出|找到)(?:一下)?(?!我)(?![^，,。？?]{0,4}(?:到|去|过去)(?:酒店|店|你们))|^\s*how (?:do|can) i (?:see|check|look up|pull up|view)\b(?![^?]*\b(?:get|go) to\b)/i, 4],
    // "录客户要按什么格式写？有模板吗", "我想看团队报表，应该发什么指令？", "how does cancelling work in this chat?": how to use the bot.
    [/(?:按|用|写|打)什么格式|有(?:没有)?模板吗|(?:发|输入|打|用)什么(?:指令|命令)|\bwhat (?:format|command|commands)\b|\bwhat should i type\b|\bhow does (?:cancell?ing|booking|changing|it|this) work (?:in|on|with|here)\b|\bdo i just type\b/i, 7],
    // "怎么把我的企业微信账号绑定到后台？", "how do I reset my password?": setting up the account is for an admin, not the bot.
    [/绑定|登录|登陆|密码|验证码|管理员权限|后台(?:权限|设置)|\b(?:log ?in|login|password|captcha|sso|two-factor|2fa)\b/i, -8],
    // "do you ship to Texas?": the shop's service asked after, not the bot's.
    [/\bdo you (?:ship|deliver|post|send) (?:to|overseas|internationally|abroad)\b/i, -6],
    // "这个能直接改预订吗？还是得打电话给前台": whether the bot can do it, asked; nothing changed yet.
    [/(?:这个|这里|在这里?|你|机器人|bot)(?:能|可以)(?:直接)?(?:改|取消|订|预订|修改)(?:预订|订单|房间|订位)?(?:吗|么)[?？]?\s*(?:还是|或者)|\bcan (?:i|you) (?:change|cancel|book|amend) (?:it |a booking |bookings |my booking )?(?:here|through this|in this chat|via this|through you)\b/i, 7],
    // "can this bot send LINE messages to customers automatically?": a feature wished for, not how to use what there is.
    [FEATURE_WISHED, -9],
    // "Paano po gamitin 'to?": how to use this, asked in Tagalog.
    [/\b(?:paano|how) (?:po )?(?:gamitin|gumamit)\b/i, 4],
    // "What all things can I do here?": what the chat offers, asked the Indian English way.
    [/\bwhat all (?:things |can )?(?:can )?(?:i|we) (?:do|use it for)\b/i, 4],
    // "Could you tell me what I'm able to do through this chat?": what the chat offers, asked.
    [/\bhow (?:this|it) works\s*\?|\bwhat (?:i|we) can do here\b|\bwhat (?:i'?m|i am|we'?re|we are) able to do (?:through|with|in|on|here)\b|\bwhat (?:can|could) (?:i|we) (?:do|use it for) (?:through|with|in|on) (?:this|the) (?:chat|bot|assistant|app|service)\b|(?:这个|在这个?)?(?:聊天|机器人|助手|公众号)[^，,。？?]{0,4}(?:能|可以)(?:帮我)?(?:做|干|办)(?:些|点)?(?:什么|啥)/i, 4],
    // "what's the difference between the proposal and negotiation stages?", "“合格”阶段是什么意思", "線索跟客戶有什麼不一樣":
    // what the CRM's own words mean, asked by someone new to it.
    [/\bdifference between\b[^?.!]{0,40}\b(?:stages?|leads?|customers?|clients?|prospects?|deals?|opportunit(?:y|ies)|qualified|proposal|negotiation)\b|\bwhat (?:does|do) (?:the |a |an )?['"‘“]?(?:new|qualified|proposal|negotiation|won|lost|lead|prospect|pipeline)['"’”]?(?: stage| status)? (?:mean|stand for)\b|\bwhat(?:'s| is) (?:a|an|the) (?:lead|prospect|pipeline|stage|qualified lead)\s*\??$|\bwhen (?:should|do) (?:i|we) (?:move|mark|set|put) (?:a |the )?(?:deal|lead|customer|client) (?:to|as|into) (?:new|qualified|proposal|negotiation|won|lost)\b|(?:阶段|階段|線索|线索|商机|商機|合格|提案|谈判|談判|赢单|输单)[”"’']?[^，,。？?]{0,12}(?:是什么意思|什么意思|是啥意思|啥意思|什麼意思|有什么不一样|有什麼不一樣|什麼不一樣|什么不一样|有什么不同|有(?:啥|什么|什麼)區?区?别|的区别|的區別|区别是什么|什么时候(?:该|用|算))/i, 8],
    // "sorry, first time using this - what can I actually do here?": what the chat offers, asked.
    [/\bwhat can (?:i|we) (?:actually |really |even )?do (?:here|in here|with (?:this|it|you))\b/i, 5],
    // "help - how do I put in a booking for a guest who calls?": help asked for by its name, then the question.
    [/^\s*help\s*[-:–—,!]\s*\S/i, 4],
    // "can the bot do voice notes or just text", "can you understand Cantonese?": what the assistant itself can do, asked.
    [/\bcan (?:the|this|our) (?:bot|assistant|crm|app) (?:do|handle|read|understand|take|accept|send|set|make|remind|record|log)\b|\bcan (?:you|u) (?:understand|read|handle|do|take|accept) (?:voice(?: notes| messages)?|images?|photos?|pictures?|files?|attachments?|pdfs?|english|chinese|mandarin|cantonese|malay)\b/i, 4],
    // "how much does this bot cost per seat?": the product's price is asked of us, not of the bot's help.
    [/\bhow much (?:does|is|do) (?:this|the|your) (?:bot|app|tool|system|crm|service)\b|\bcost per (?:seat|user|licen[cs]e)\b|(?:这个)?(?:系统|机器人|软件|工具)(?:要)?(?:多少钱|怎么收费|收费吗)/i, -6],
    // "help / cmds?": the commands asked for.
    [/^\s*(?:help\s*[/|]\s*)?(?:cmds|commands|command list)\s*\??\s*$|^\s*help\s*[/|]/i, 5],
    // "what kind of reports can I pull here?", "这个能查哪些东西": what the bot can show, asked.
    [/\bwhat (?:kind of |kinds of |sort of )?(?:reports?|things|stuff|data|info) can (?:i|we) (?:pull|get|see|run|ask for|look up)\b|(?:这个|你|这里|这儿)(?:都)?能查(?:哪些|什么|啥)|能(?:帮我)?(?:干|做)(?:些)?(?:什么|啥)/i, 5],
    // "what can this actually do for me as a manager?": what the bot does, asked.
    [/\bwhat can (?:this|you|it|the bot)(?: thing)? (?:actually |really )?do\b/i, 5],
    // "pls remind me how to mark a deal lost": how to use the assistant, asked; nothing to write.
    [/\bhow (?:to|do i|do you|can i) (?:mark|log|add|record|enter|update|change|delete|undo|correct|fix|edit|revert)\b|(?:怎么|怎樣|如何|咋)(?:撤销|撤銷|撤回|更正|修正|纠正)(?:一条|一個|一个|条)?(?:记录|記錄)?/i, 5],
    // "咋订房啊 第一次用这个", "这个咋整 我想录个新客户 不晓得咋个输", "how do I book here?": how to use the assistant, asked.
    [/(?:咋|怎么|如何|怎样)(?:个|样)?(?:订|预订|预约|用|录|输|操作|整)(?!了)|不晓得咋|不知道(?:怎么|咋)(?:弄|用|录|输|订)|\bhow (?:do|can) i (?:book|use|add|log|enter)\b(?! (?:a|an|the) \w+ (?:for|on)\b)/i, 4],
    // "经理权限能查什么 教教我": what one's role can do, asked to be taught.
    [/教教我|(?:权限|账号)(?:能|可以)(?:查|看|做|用)(?:什么|啥|哪些)/, 5],
    // "你们家那个酸菜鱼能教教我怎么做吗", "can you share the recipe for your laksa?": a dish's recipe asked, not how to use the bot.
    [/(?:菜|鱼|肉|汤|面|饭|鸡|鸭|虾|蟹|饼|糕|酱)[^，,。？?]{0,8}(?:能|可以)?(?:教教?|告诉)我?怎么(?:做|煮|烧|炒|炖|弄)|\b(?:recipe|how do you (?:make|cook)|how to (?:make|cook))\b/i, -12],
    // "what can i do with this chat", "这个机器人能出哪些报表": what the assistant can do, asked.
    [/\bwhat (?:all |else |exactly |things? )?can (?:i|we) (?:do|ask|use) (?:with|in|on|here|from)\b(?: (?:this|the|you|it))?|(?:这个)?\s*(?:机器人|助手|系统|bot|小助手)\s*(?:都)?(?:能|可以|会)(?:出|做|生成|查|看|干)(?:哪些|什么|啥|嘛)/i, 5],
    // "怎么录入新客户?", "how do I add a lead": asking how to do something, not doing it.
    [/(?:^|[?？。!！,，\s])(?:请问)?(?:这个|呢个|这里面?|在这(?:里面|里头)?|(?:在)?系统(?:里|中|上)?)?(?:(?:这个|这|呢个)?(?:机器人|bot|助手)(?:要)?)?(?:我)?(?:要)?(?:怎么|如何|怎样)(?:才能|可以|能)?(?:在这里|在这儿|在系统里)?(?:(?:给|帮|替|为)(?:客户|顾客|客人|他|她)(?:记|录|登记|加|添加|标|开|建)|登记|记录|新增|录|记(?!得|住|不)|加|添加|新建|建|查|订|预订|取消|改|修改|用|使用|导出|设置|看|标|把|删|合并|关闭|转)|(?:^|[?.!]\s*)how (?:do|can|should) i (?:add|log|record|create|enter|find|look up|book|cancel|change|update|use|see|mark|move|close|set|edit|delete|remove|assign|export|import|tag|merge)\b/i, 5],
    // "what can this chat do for me", "Can the bot export my contacts to Excel?": what the assistant itself can do, asked.
    [/\bwhat can (?:this|the) (?:chat|chatbot|bot|app|assistant|thing|service)\b|\bcan (?:this|the) thing (?:do|make|show|send|draw) (?:charts?|graphs?|reports?|tables?|pictures?|images?)\b|\b(?:can|does|will) (?:the|this|your) (?:bot|chat|app|assistant|system|crm)\s+(?:\w+\s+)?(?:export|import|send|remind|track|handle|do|support|work|sync|connect|show|make)\b/i, 5],
    // "呢個點用㗎" (read as "这个咋用啊"): how to use this, in a word.
    [/^(?:这个|呢个|这玩意儿?|这东西)?(?:咋用|怎用|怎么用)(?:[啊呀的嘞呢哈]|$)|教教(?:俺|咱|我)/, 4],
    // "how do I pull a report in here?", "how d'ye log a call in this thing": how to use the assistant itself.
    [/\bhow (?:do|can|should|d'?) ?(?:i|ye|you|we) (?:pull|run|get|make|generate|log|add|record|see|find)\b[^?]*\b(?:in here|in this (?:thing|app|bot|chat)|here)\b|\bhow d'?ye\b|\bhow (?:do|can) (?:i|we) (?:get|pull|run|generate) (?:a|the) (?:summary|report|chart|breakdown|ranking) (?:for|of|by)\b/i, 5],
    [/^(?:帮助|帮忙|help|\/?help|\?|？|菜单|menu|指令|命令|commands?|使用说明|说明|教程)(?:\s*(?:me|pls|please|plz|一下))?[\s!！?？.。\p{Extended_Pictographic}\u200d\ufe0f]*$/iu, 5],
    [/((?:能|会|可以)(?:帮我?)?(?:做|干|办)(?:些)?(?:什么|啥|哪些)|(?:有|支持)(?:哪些|什么)(?:指令|命令|功能)|都能干啥|怎么用|如何使用|怎么使用|你能做什么|你会什么|能干什么|能干嘛|有什么功能|功能列表|可以做什么|支持哪些)/, 4],
    [/\b(what (?:kind of |sort of )?(?:things|stuff) can (?:i|we) (?:ask|do|say|type)|what can (?:you|this|it|the bot|this bot|the assistant) (?:do|help)|what (?:else )?(?:can|do) you (?:do|help with)|how does (?:this|it)(?: \w+)? work|how do i use|how does this work|what are the commands|what (?:commands|features|functions|options) (?:are there|do you have|can i use|are available|exist)|(?:which|any) commands|show (?:me )?(?:the )?commands|list of commands|what do you do|how to use)\b/i, 4],
  ],
};
