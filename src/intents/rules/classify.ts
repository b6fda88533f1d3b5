/**
 * Which intent a message carries: weighted cues (words and the entities found) summed per intent,
 * then scoped to what the sender's role may do. Small talk, thanks and prompt injection are settled
 * first so they can never become a write.
 */
import { colleagueTold } from "./colleague-told.ts";
import { ASKED_OF_SOMEONE } from "./asked-of-someone.ts";
import { GUEST_ALL_SETTLED, GUEST_ASKS_THE_RULES, HOUSE_OPERATIONS, JOKE_TOLD, ROOM_SERVICE_ASKED, NOT_A_CUSTOMERS, NOT_A_CUSTOMERS_DETAILS, NOT_OURS_TO_KEEP, NOTHING_TO_RECORD, OPEN_ASKED, POINTS_SCHEME_ASKED } from "./not-a-record.ts";
import { INTENTS_BY_ROLE, type IntentName, type Role } from "../schema.ts";
import { calledAsNamed, findChannel, findStage } from "./entities/deal.ts";
import { CONTACT_HABIT, CUES, EXISTING_CUSTOMER, MARKETING_UNWANTED, MY_BOOKING_POINTED, REMINDER_SET, SALES_MEASURE, type Cue, type Scored } from "./cues.ts";
import type { Features } from "./features.ts";
import { compareDates } from "./calendar.ts";
import { pointsMissing } from "./entities/problem.ts";
import { leansOnTheMessageBefore } from "./bare-reply.ts";

/** "【跟进】\n客户：\n方式：\n结果：": a template with every field left blank. */
const BLANK_FORM = /^\s*(?:【[^】]{1,8}】\s*)?(?:[\p{L} ]{1,8}[:：][^\S\n]*(?:\n\s*|$)){2,}$/u;

/** Messages that are only social noise: greetings, thanks, acknowledgements, laughter, emoji. */
const SMALL_TALK = new RegExp(
  "^(?:(?:" +
    [
      "你好|您好|在吗|在不在|哈喽|嗨|早上好|早安|晚安|下午好|晚上好|中午好|大家好|辛苦了|辛苦|谢谢你?|谢谢您|多谢|感谢|谢啦|谢了|好的|好滴|好嘞|好吧|好|行|可以|没问题|收到|明白了?|知道了|了解|嗯+|恩|哦+|噢|啊|呵呵|哈+|嘿嘿|嘻嘻|666+|赞|牛|不客气|没事|再见|拜拜|回头聊|稍等|等一下|ok|okay|k|kk|好哒|晓得了|对|是的|对的|没错",
      "hi|hello|hey|yo|hiya|good morning|good afternoon|good evening|good night|morning|evening|thanks|thank you|thank u|thx|ty|tysm|cheers|great|cool|nice|awesome|perfect|got it|sure|yes|yep|yeah|no|nope|fine|alright|all right|k|lol|lmao|haha+|hehe|bye|goodbye|see you|see ya|later|ttyl|np|no problem|you're welcome|welcome|noted|understood|will do|sounds good|good|wow|oops|sorry|hmm+|ah|oh|uh|test|testing|ping",
    ].join("|") +
    ")(?:[\\s,，.。!！?？~～…、]+|$))+$",
  "i",
);
const EMOJI_ONLY = /^[\p{Extended_Pictographic}\p{Emoji_Presentation}\s\p{P}]*$/u;

const WISH =
  /^\s*(?:@\S+\s+)?(?:happy (?:birthday|bday|b-day|anniversary|new year|holidays|diwali|eid|hari raya|deepavali|cny|chinese new year|lunar new year|christmas|easter|thanksgiving|mid-autumn)|merry (?:christmas|xmas)|congrats|congratulations|(?:祝\S{0,6})?(?:生日|新年|节日|中秋|国庆|端午|元旦|圣诞|春节)快乐|恭喜发财|新春快乐)/i;

/** Meeting someone for the first time: at a fair, through a friend, walking in, calling to ask. */
const FIRST_CONTACT = /(潜客|潜在客户|新商机|(?:来|过来|上门|打电话来|来电|到店)咨询|有(?:一)?位[\u4e00-\u9fff]{1,2}(?:经理|总|老板|女士|先生|小姐|主任|老师)|\bnew (?:enquiry|inquiry) from\b|新(?:的)?(?:咨询|询盘)[:：]?|有(?:个|一个|家|一家)叫|商机[:：]|刚认识|认识了|新认识|識咗|识咗|認識咗|认识咗|碰到|碰着|碰见|遇着|遇到|遇见|碰(?:了)?(?:一个|个|一位|位)(?![面头])|遇(?:了)?(?:一个|个|一位|位)|结识|朋友介绍|介绍了?一个|介绍了?(?:她|他)(?:的)?(?:一个|个)?(?:朋友|同事|亲戚|老乡|同学|闺蜜)|\breferred (?:her|his|their|a) (?:friend|colleague|cousin|sister|brother)\b|加了[^，,。]{0,16}微信|进了一家|来店里的那个|来电咨询|\b(?:rang|phoned|called) in\b(?! sick)|\b(?:lad|guy|chap|bloke|fella|fellow|woman|lady|girl|man|gent) (?:called|named) [A-Z]|\bmet\b[^.!?]{0,40}\(|\bnew prospect\b|\bintroduced (?:me )?to\b|\bwalk-?in\b|\b(?:met|meet|bumped into|ran into) (?:this|a|one) (?:lady|guy|woman|man|chap|gentleman|bloke|girl|fellow|couple|auntie|uncle)\b)/i;
const INTRODUCED_BY_NAME = /有(?:个|一个|家|一家)叫|\b(?:a|this|some) (?:company|shop|store|place|firm|factory|business|restaurant|clinic) called\b/i;
/** Wanting goods, said plainly: not the bare 要 of "要是" or "要加到". */
const WANTS_GOODS = /想要|需要|要买|想买|想订|要订|采购|\bwants?\b|\bneeds?\b|\brequir(?:es|ing)\b|(?:\bis|'s|\bare) after\b|\blooking for\b|\binterested in\b/i;
/** A contact already made, in either language: "打了电话", "刚见过", "called", "met with". */
const ROOM_SWAP = /换(?:个|一个|一间|间)?房(?:间)?|\b(?:move|switch|change) (?:us |me )?(?:to )?(?:another|a different|a quieter|a new) room\b/i;
/** Someone asking about what we sell: "咨询暑期书法班", "enquired about the 6-seater". */
const ENQUIRED = /咨询|询价|问价|打听|\b(?:enquir|inquir)(?:ed|ing|y|es)\b|\basked (?:\w+ ){0,4}about (?:hosting|booking|holding|getting|buying|ordering|renting|hiring|our|a|an|the)\b/i;
/**
 * "New lead: Jack Nguyen… competitor quoted $1,900 each, needs ours under that. 0412 345 678", "今天去恒星传媒拜访了杜小姐，她说别家比我们低5000":
 * a rival's price said beside someone named with their details, or a visit made, is that record's context.
 */
const competitorBesideARecord = (t: string, f: Features) =>
  f.names.some((n) => /^[A-Z\u4e00-\u9fff]/.test(n.value)) && (f.phones.length > 0 || f.emails.length > 0 || f.goods.quantity !== undefined || OWN_VISIT_FIRST.test(t) || LEAD_NAMED.test(t));
/** "今天去恒星传媒拜访了杜小姐…": the writer's own visit, said first. */
const OWN_VISIT_FIRST = /^\s*(?:今天|昨天|上午|下午|刚才|刚)?(?:去|到)?[^，,。]{0,8}(?:拜访了|见了)|^\s*(?:met with|visited|called|rang)\b/i;
const NEXT_ONE_SET = /\bnext (?:meeting|call|visit|touch|catch-?up|session)\b|下次(?:见面|拜访|会议|沟通)/i;
/** A visit or call the writer has made, said outright. */
const CONTACT_DONE = /拜访了|去了趟|去了一趟|见了|打了(?:个)?电话|通了电话|聊了|\b(?:logged a call|called|rang|visited|met with|spoke (?:to|with))\b/i;
const CONTACT_MADE = /打了|打过|聊了|聊过|谈了|谈过|见了|见过|拜访了|拜访过|去了|通了|刚|已经|\b(?:called|rang|phoned|met|visited|spoke|talked|emailed|texted|messaged|chatted)\b/i;
const WANTS = /(要|想|需要|采购|进货|\bwants?\b|\bneeds?\b|\brequir(?:es|ing)\b|(?:\bis|'s|\bare|,) after\b|\blooking (?:at|for)\b|\binterested\b|\bkeen on\b)/i;

/** "阿May帮她老公在海逸轩订了礼拜六晚的桌，好浪漫": a booking someone made for their own family, told as news. */
const FAMILY_BOOKED = /帮(?:他|她)(?:的)?(?:老公|老婆|男朋友|女朋友|爸|妈|爸爸|妈妈|儿子|女儿|先生|太太)[^，,。]{0,12}订(?:了|好了)|\b(?:booked|reserved) (?:a table|dinner|a room) for (?:his|her) (?:wife|husband|girlfriend|boyfriend|parents|mum|mom|dad)\b/i;
/** Someone else's booking or points, named to be cancelled, moved or looked into. */
const SOMEONE_ELSES_BOOKING = new RegExp(
  [
    // "send me the list of everyone who booked the escape room on Saturday": others' bookings, in bulk.
    "\\b(?:list|names?|details) of (?:everyone|everybody|all (?:the )?(?:people|guests|customers)|the (?:people|guests|others)) (?:who|that) (?:booked|reserved|stayed|came|is coming)\\b|(?:所有|全部|其他)(?:订|预订|订了|预订了)[^，,。]{0,8}的(?:人|客人|顾客)",

    "(?:朋友|同事|老板|领导|别人|其他人|他人|邻居|亲戚|另一位客人)[^，,。]{0,6}的(?:房间?|预订|预定|订位|订单|桌子?|位子|包间)[^，,。]{0,12}(?:取消|退掉|退订|改|换|推迟|提前|挪)",
    "(?:取消|退掉|退订|改|换|推迟|提前|挪)[^，,。]{0,6}(?:朋友|同事|老板|领导|别人|其他人|他人|邻居|亲戚)[^，,。]{0,6}的(?:房间?|预订|预定|订位|订单|桌子?|位子|包间)",
    "\\b(?:cancel|change|move|modify|push|reschedule|amend)\\b[^.?!]{0,20}\\b(?:my (?:friend|colleague|coworker|boss|neighbou?r|cousin)(?:'s)?|someone else'?s|another guest'?s|(?:his|her|their) (?:table|booking|reservation|room))",
    // "上午订位的那位先生电话能给我吗？": another guest's phone.
    "(?:那位|那个|这位)(?:先生|女士|小姐|客人)(?:的)?(?:电话|手机|号码|联系方式)",
    // Asked about: "我朋友王丽订的是哪天", "when is my colleague's reservation?".
    "(?:朋友|同事|老板|领导|别人|其他人|他人|邻居|亲戚|姐姐|妹妹|哥哥|弟弟|表姐|表妹|婆婆|岳母)[^，,。]{0,6}(?:订的|预订的|订了|的(?:房间?|预订|预定|订位|订单))[^，,。]{0,10}(?:哪|几|什么|啥|多少|吗|[?？])",
    "\\b(?:when|what time|which day|what day)\\b[^.?!]{0,12}\\b(?:my (?:friend|colleague|coworker|boss|neighbou?r|cousin)'s|someone else'?s|another guest'?s)",
    // "can I see what my sister booked?", "show me my brother's reservation": a relative's booking, made by them.
    "\\b(?:see|show|check|view|look at|what|when|which)\\b[^.?!]{0,20}\\bmy (?:sister|brother|mum|mom|mother|dad|father|son|daughter|cousin|aunt|uncle|friend|colleague|coworker|boss|neighbou?r|in-laws?)(?:'s (?:booking|reservation|table|room|stay)s?| (?:booked|reserved|has booked|made (?:a|the) (?:booking|reservation)))\\b",
    // Where another guest sleeps: "my friend Priya also staying here, which room she in?", "我朋友住几号房".
    "\\b(?:which|what) room (?:number )?(?:is |are )?(?:she|he|they|my (?:friend|colleague|coworker|boss|cousin)s?)\\b",
    // "My brother booked table for Saturday under his name, tell me which time he booked": a relative's own booking.
    "\\bmy (?:sister|brother|mum|mom|mother|dad|father|son|daughter|cousin|aunt|uncle|friend|colleague|coworker|boss|neighbou?r|husband|wife)\\b[^.?!]{0,40}\\bunder (?:his|her|their) (?:own )?name\\b",
    "\\b(?:number|phone|mobile|email|details|contact) of the (?:guest|guy|man|woman|lady|person|people)\\b",
    // "把所有人的预订都取消掉", "那把王总的订单改到明天", "cancel everyone's bookings": bookings not the writer's, whoever asks.
    "(?:所有人|全部人|大家|每个人|其他客人|别的客人)的(?:预订|预定|订位|订单|房间|预约)|把[\\u4e00-\\u9fff]{1,3}(?:总|先生|女士|小姐|经理|老板|太太)的(?:订单|预订|预定|订位|房间|预约)|\\b(?:everyone|everybody|all (?:the )?(?:other )?guests)'?s? (?:bookings?|reservations?)\\b|\\bcancel (?:all|every) (?:the )?(?:bookings|reservations)\\b(?! (?:i|we) (?:have|made))",
    // "can tell me which room Mr. Tan from Petronas staying?": another guest, named.
    "\\b(?:which|what) room\\b[^?.!]{0,40}\\b(?:mr|mrs|ms|mdm|miss|dr)\\.?\\s+[A-Z][^?.!]{0,40}\\b(?:staying|stays|in)\\b",
    "(?:先生|女士|小姐|总|经理)[^，,。]{0,6}住(?:在)?(?:哪|几)",
    // "can you give me his room number?", "她住几号房", "同团的张阿姨住哪个房间": another guest's room or details, asked for.
    "\\b(?:give|tell|send|share|get) me (?:his|her|their) (?:room(?: number)?|number|phone|details|booking|reservation)\\b|\\bwhat(?:'s| is) (?:his|her|their) room(?: number)?\\b|(?:他|她|他们|她们)(?:的)?(?:房号|房间号)|(?:他|她|[\\u4e00-\\u9fff]{1,2}(?:阿姨|叔叔|姐|哥|先生|女士|小姐|总))住(?:在)?(?:几号|哪间|哪个房)",
    // "我和我妈的积分能合并吗？顺便告诉我她还有多少分": someone else's points.
    "(?:他|她|他们|她们)(?:还)?(?:有|剩)(?:多少|几)(?:个)?(?:积)?分",
    // "列出今天所有入住客人的姓名和房号": every guest's details.
    "(?:所有|全部|其他)(?:的)?(?:入住)?(?:客人|住客|顾客|会员)(?:的)?(?:姓名|名字|房号|电话|手机|信息|资料)",
    // "我朋友上礼拜订了包厢，可以帮我看一下她订的是哪一天吗".
    "(?:朋友|同事|老板|领导|别人|邻居|亲戚)[^。]{0,30}(?:她|他)(?:订|预订|定)的[^，,。]{0,6}(?:哪|几|什么|啥)",
    "(?:朋友|同事|老板|领导|别人|其他人|亲戚|另一位客人)[^，,。]{0,10}住(?:在)?(?:哪|几)",
    // "把张三的那个订单转到我名下", "Cancel the dinner booking under Mr. Patel", "帮我看看他订的哪天", "隔壁1206那家人的预订".
    "把(?!我|咱)[\\u4e00-\\u9fff]{2,3}的(?:那个|那间|那张)?(?:订单|预订|预约|积分)(?:转|给我)|转到我(?:的)?名下",
    "\\b(?:cancel|change|move|modify|push|reschedule|amend)\\b[^.?!]{0,30}\\bunder (?:mr|mrs|ms|miss|dr|mdm)\\.?\\s*[A-Z]\\w+",
    "(?:他|她|他们|她们)(?:订|定|预订)的(?:是)?(?:哪天|什么|几号)",
    "隔壁[^，,。]{0,10}的(?:预订|订单)|\\bnext door'?s (?:booking|reservation)\\b",
    // "How many points does Lisa Wong have?", "给我账户加一万积分": another's points read, or points granted by asking.
    // "my friend staying in room 1208, can tell me his booking details?", "points does the guy in room 1208 have": another guest, by room.
    "\\bmy (?:friend|colleague|coworker|boss|cousin|neighbou?r)\\b[^?]{0,40}\\b(?:his|her|their) (?:booking|reservation|room|stay|points)\\b|\\b(?:guy|man|woman|lady|guest|person|people|couple|family|gentleman) (?:(?:who'?s |who is |that'?s )?staying )?(?:in|at|from) room \\d+\\b|(?:住在?|的)\\s*\\d{3,4}\\s*(?:房|号房)(?:间)?(?:的)?(?:那位|那个|客人|住客)",
    "\\bpoints (?:has|have|did) [A-Z]\\w+(?: [A-Z]\\w+)? (?:got|earned|have|get)\\b|\\bdoes [A-Z]\\w+(?: [A-Z]\\w+)? have\\b[^.?!]{0,20}\\bpoints\\b|\\bpoints does [A-Z]\\w+(?: [A-Z]\\w+)? have\\b",
    // "帮我把积分改成一万": points set by asking; beside a question of the balance, only the question is read.
    "^(?![\\s\\S]*(?:how many points|多少积分|积分(?:还)?(?:有|剩)多少|points? balance))[\\s\\S]*?(?:(?:把|给)?(?:我的)?积分(?:直接)?(?:改成|改为|设成|设为|调成|调到|加到|充到)\\s*[\\d一二两三四五六七八九十百千万]|\\b(?:set|change|make|bump)\\s+my\\s+points?\\s+to\\s+\\d)|(?:给|帮)我(?:的)?(?:账户|账号|卡)?(?:里)?(?:加|充|送)[^，,。]{0,6}积分|\\b(?:add|give me|credit)\\s+(?:me\\s+)?(?:\\d[\\d,]*\\s+)?(?:free |extra |bonus )?points\\b",
  ].join("|"),
  "i",
);

/** "积分没问题了，已经到账", "not complaining, just saying the points took a while. All sorted now": points put right. */
const POINTS_SORTED = /(?:积分|積分|points?)[^?？]{0,30}(?:没问题了|已经到账|已到账|到账了(?![吗么没])|all sorted|sorted now|came through in the end)(?![^。.!！]*[?？吗么])|\bnot complaining\b[^?]*\bpoints\b/i;

/** Whom the writer is to contact, or has left overdue: the task list, whoever they are. */
const TASKS_OF_WHOM = /(?:要|该|需要|得|应该)(?:去)?(?:联系|回访|跟进|拜访|打给)(?:哪些|哪几|谁)|(?:回访|跟进)[^，,。？?]{0,6}(?:逾期|过期|超期)|(?:逾期|过期|超期)(?:了)?的?(?:回访|跟进)|\bwho (?:do|should) i (?:need to )?(?:call|contact|follow up with|ring|visit)\b/i;

const MEAL_MOVED = /(?:那桌|这桌|包间|包厢|订位|订座|预订)[^，,。]{0,4}(?:再)?(?:加|减|少)(?:俩|仨|两|[一二三四五六七八九十\d])|(?:饭|晚餐|午餐|晚饭|午饭|早茶|宴|酒席|聚餐|那桌|这桌|包间|包厢|托管|寄养|疗程|的课)(?:吧)?\s*(?:能不能|可不可以|可以|能)?\s*(?:改到|改成|挪到|推到|换到|延到|提前到|推迟到)/;

/**
 * One day said, then another it is to move to: "孩子下周二下午的涂氟能改到下周四吗", "change Chloe's party from Saturday to
 * Sunday", "her cleaning is on Jan 21 … can we do the 28th instead?". From a guest, a booking moved, whatever it is called.
 */
function dayMovedTo(t: string, f: Features): boolean {
  return f.dates.some((first, i) => {
    const second = f.dates[i + 1];
    if (!second) return false;
    const between = t.slice(first.end, second.index);
    if (/^[^。？?!！]{0,14}(?:改到|改成|换到|换成|挪到|推到|调到|提前到|延到|推迟到|改去)\s*$/.test(between)) return true;
    const fromTo = /^\s*to\s*$/i.test(between) || (/^\s*$/.test(between) && /^to\b/i.test(t.slice(second.index)));
    if (fromTo && /\b(?:change|move|switch|swap|push|bump|reschedule|shift)\b[^.?!]{0,40}\bfrom\s*$/i.test(t.slice(0, first.index))) return true;
    return /\b(?:can|could) (?:we|i|you) (?:do|make it|have|go for|switch to|move (?:it|her|him|us|them) to)\s*$/i.test(between) && /^\s*(?:instead|rather)\b/i.test(t.slice(second.end));
  });
}

/** A stay asked for in so many words; "还好你们这边是下个月才入住" only mentions one. */
const STAY_ASKED = /\b(?:somewhere to stay|a place to stay|(?:a|one|two|\d) (?:double |twin |single |king |queen )?rooms?|check-?in|nights? (?:from|on)|(?:the|one|two|three|\d) nights?)\b|订房|(?:晚点|晚些|延迟|推迟|提前)入住|入住(?:时间)?(?:晚|推迟|提前)|住[一两三四五\d]晚/i;
/** Things nobody here should ask the CRM: jokes, weather, chit-chat. */
const OFF_TOPIC =
  /(讲个笑话|说个笑话|笑话|天气|零下[\d一二三四五六七八九十]+度|冻得(?:嘎嘎|要死|不行)|你是谁|测试一下|\btest(?:ing)?,? test(?:ing)?\b|\btesting 1-?2-?3\b|(?:机器人|bot)有没有反应|(?:机器人|bot)[^，,。]{0,4}(?:是)?谁(?:装|做|开发|写|弄|搞)的|chatgpt|用(?:咩|什么|啥)(?:model|模型)|\bwhat model\b|你叫什么|你几岁|你是机器人|吃了吗|吃饭了吗|无聊|唱首歌|写首诗|tell me a joke|a joke|weather|who are you|what'?s your name|are you a (?:bot|robot|human)|how are you|how's it going|what'?s up|\bsing\b|poem|meaning of life|are you real|flights?|plane|airline|train tickets?|taxi|uber|cab\b|movie tickets?|concert|机票|航班|火车票|高铁|动车|打车|出租车|网约车|电影票|演唱会)/i;

/** Asking about many customers' data: staff-only; from a guest it is a probe. */
const BULK_DATA = /(?:前\s*[\d一二三四五六七八九十]+|排名靠前)(?:名|位)?的(?:客户|客人|会员|顾客|住客)|那(?:几|些)(?:个|位|家)?(?:大|老|重要|核心)?客户|(所有|全部|其他|别的|每个|每一个)(?:的)?(?:VIP|vip|会员|老|新|订了[^，,。]{0,12}的|入住的?)?(?:客户|客人|顾客|会员|住客|用户)(?!的面)|(?:客人|住客|入住客人)(?:的)?名单|\b(?:list|names) of (?:the )?(?:guests|customers|members|people) (?:staying|checked in|checking in|booked|coming|here)\b|\b(?:all|every|other|each)\s+(?:the\s+)?(?:(?:vip|gold|silver|platinum|diamond|elite|premium|loyalty)\s+)?(?:customers?|clients?|guests?|users?|members?)\b|谁的积分(?:最多|最高)|customer list|客户名单|客户列表|(?<!\b(?:my|our) )\ball (?:the )?(?:complaints|bookings|reservations|records|orders)\b(?! (?:i|we) (?:have|made|got)\b)|(?<!(?:我|我们)(?:在你们这(?:边|里)?)?的?)(?:所有|全部)(?:的)?(?:投诉|预订|订单|记录)(?![^，,。]{0,3}(?:都|全部|全)?(?:取消|退掉|退订))/i;

const QUOTE_TO_SEND =
  /(?:让我|叫我|要我|等我)[^，,。]{0,8}?把(?:报价|方案)单?(?:发|送|给)(?:过去|给)?|^\s*(?:pls |please |need to |must |remember to |gotta )?(?:send|email|prepare|draft|get)\b[^.!?]{0,30}\b(?:quote|quotation|proposal|pricing)\b|^\s*(?:记得|要|得|准备|需要)?(?:明天|后天|下周[一二三四五六日天]?|周[一二三四五六日天])?(?:发|做|出|准备)(?:个|一个|一份|份)(?:新的?)?(?:报价|方案)/i;
// "@所有人 新线索…": everyone called to read a message is not everyone's details asked for.
const EVERYONE = /(?<!@)\b(?:everyone|everybody|all of them|the whole list)\b|(?<!@)所有人|每个人|全部人/i;
const CONTACT_DETAILS = /\b(?:phones?|phone numbers?|numbers|mobiles?|emails?|e-mails?|contacts?|contact details|addresses)\b|电话|手机|号码|邮箱|联系方式|地址/i;
/**
 * The writer away, a colleague covering: "I'll be on leave next week, Jason will cover my accounts", "我下周请假 客户先
 * 找小王". The writer's own schedule is no customer's record.
 */
const OWN_ABSENCE =
  /^\s*(?:ooo|out of (?:the )?office|on (?:leave|mc|annual leave))\b|\b(?:ping|ask|contact|call) \w+ for anything\b|\b(?:approve|sign off|ok) (?:my|the) (?:leave|holiday|annual leave|vacation|time off|expenses?|claim)\b|\bmy (?:leave|annual leave|sick leave|time off) (?:request|application|for)\b|请假|调休|(?:明天|后天|下周[一二三四五六日天]?|这周[一二三四五六日天]?|周[一二三四五六日天])我(?:要)?(?:休息|休假|调休)|\bi(?:'ll| will|'m| am)? (?:be )?(?:on (?:leave|holiday|vacation|mc|annual leave)|off sick|away (?:next|this|from)|out of (?:the )?office|ooo)\b|\b(?:will |can |pls |please )?cover (?:my|for me)\b|\btake over (?:my|the) \w+ accounts?\b|我(?:明天|后天|下周|这周|周[一二三四五六日天])?(?:要)?(?:请假|休假|休年假|调休|病假)|我[^，,。\s]{0,8}(?:出差|放假|休假|度假(?![村酒区山]))|^\s*(?:明天|后天|下周[一二三四五六日天]?|这周[一二三四五六日天]?)?\s*出差|\bwho(?:'s| is| are)\s+(?:on leave|off|out of office|ooo|away|in the office|around|working|on duty)\b|谁(?:请假|休假|在公司|值班)/i;

const WRITE_MINIMUM = 2.5;
const READ_MINIMUM = 2;

/** A guest's question about the place itself: its kinds of rooms, opening hours, parking, wifi, breakfast. */
const ROOMS_HAVE_ASKED = /^\s*do (?:your|the) (?:rooms?|tents?|cabins?|villas?|suites?|chalets?|pods?|yurts?|dorms?|private rooms?|apartments?) (?:have|come with)\b[^?]*\?|(?:房间|帐篷|木屋|别墅|套房|宿舍)(?:里)?(?:有没有|有)[^，,。？?]{1,8}(?:吗|么|[?？])/i;
const VENUE_INFO = /\bdo (?:you|u)(?: guys| all| folks)? (?:still )?(?:have|serve|sell|stock|do)\b[^?.!]{0,40}\b(?:on tap|on the menu|in stock)\b|\bwhat (?:kinds?|types?|sorts?) of (?:rooms?|suites?|tables?|menus?|dishes|food|packages?)\b|\bwhat time (?:does|do|is) (?:the )?(?:breakfast|pool|gym|spa|restaurant|bar|kitchen|check-?in|check-?out)\b|\b(?:is there|do you have|got) (?:any )?(?:parking|wifi|wi-fi|a pool|a gym|a car park|free parking)\b|\bopening hours\b|\bwhat(?:'s| is) the wifi\b|(?:有|都有)(?:哪些|什么|几种|啥)(?:房型|房间类型|套餐|菜)|(?:有|能)停车(?:位|场)?(?:吗|么|不)|(?:几点|什么时候)(?:开门|关门|营业|打烊)|营业时间|wifi密码|早餐(?:几点|什么时候)(?:开始|结束)/i;

export type Classification = {
  intent: IntentName;
  score: number;
  margin: number;
  /**
   * `unknown` only for want of evidence: no cue reached the minimum, and no rule decided the message is
   * nothing (small talk, a refusal, a question about rules). Only then may a second opinion be asked.
   */
  open?: boolean;
  /** Intents some rule argued against (a negative weight): a second opinion may not pick them. */
  vetoed?: ReadonlySet<Scored>;
};

/** Picks the intent for `text`, or `unknown`, among what `role` may do. */
export function classify(text: string, role: Role, f: Features): Classification {
  const t = text.trim();
  const unknown = { intent: "unknown" as const, score: 0, margin: 0 };
  if (!t || SMALL_TALK.test(t) || EMOJI_ONLY.test(t)) return { ...unknown, score: 5, margin: 5 };
  // Attempts to steer the bot never reach here: index.ts drops them first (injection.ts).
  if (BULK_WIPE.test(t)) return { ...unknown, score: 5, margin: 5 };
  if (ASKED_OF_SOMEONE.test(t)) return { ...unknown, score: 4, margin: 4 };
  if (role === "guest" && BULK_DATA.test(t)) return { ...unknown, score: 5, margin: 5 };
  if (BLANK_FORM.test(t)) return { ...unknown, score: 5, margin: 5 };
  if (ADVERT.test(t) && !ASKS_FOR_IT.test(t) && !MARKETING_UNWANTED.test(t)) return { ...unknown, score: 4, margin: 4 };
  if (NOT_OURS_TO_KEEP.test(t) || (role !== "guest" && NOT_A_CUSTOMERS_DETAILS.test(t))) return { ...unknown, score: 4, margin: 4 };
  // "book me a deep-tissue massage at 3pm": a treatment with no one counted and no room or table is not ours to book.
  // A grumble about one ("rushed my massage") is still a complaint, and one already booked may be moved or cancelled.
  if (role === "guest" && !f.problem && /\bmassage\b|\bspa treatment\b|按摩|足疗|推拿/i.test(t) && f.partySize === undefined && !/\b(?:room|table|suite|stay|night|couples?)s?\b|房|桌|位|双人/i.test(t) && !APPOINTMENT_MOVED.test(t) && !/\b(?:cancel|scrap|kill|drop|call off)\b|取消/i.test(t)) return { ...unknown, score: 4, margin: 4 };
  // "can someone pick us up at the airport on the 24th?": a transfer asked for is no table or room to book.
  // "说好的接机没人来，我在浦东机场等了一个多小时": a transfer promised and missed is a grievance.
  if (role === "guest" && !f.problem && /\bpick (?:us|me) up\b|接机|送机|接站|\bairport (?:transfer|pick-?up|run)\b/i.test(t) && !/\b(?:room|table|suite|stay|night)s?\b|房|桌|位|住/i.test(t)) return { ...unknown, score: 4, margin: 4 };
  // "交班：8号包间张太太那桌已经摆好台了": a table set for a booking made is the shift's work, not a booking.
  if (role !== "guest" && SET_UP_DONE.test(t) && !/订|预约|\b(?:book|reserve)/i.test(t)) return { ...unknown, score: 4, margin: 4 };
  if (role !== "guest" && HOUSE_OPERATIONS.test(t) && !GRIEVANCE.test(t) && !f.names.some((n) => n.titled) && !f.phones.length && !/\b(?:lead|prospect|enquiry|inquiry)\b|线索|新客/i.test(t)) return { ...unknown, score: 4, margin: 4 };
  // "…traffic's mad today. Right, so the bloke I met… Pop him in as a new lead": a lead told after the road is the lead.
  // "…cancel our table for tonight, traffic on Mombasa Road is crazy": the road is the reason for an ask made.
  if (COMMUTE.test(t) && !/\b(?:your|the hotel'?s?|the restaurant'?s?) (?:shuttle|driver|car|transfer|valet|parking)\b/i.test(t) && !(f.phones.length && LEAD_NAMED.test(t)) && !ROAD_AS_REASON.test(t)) return { ...unknown, score: 4, margin: 4 };
  // "send me the phone number of everyone in Beijing": contact details in bulk are an export, never a look-up.
  if ((BULK_DATA.test(t) || EVERYONE.test(t)) && (CONTACT_DETAILS.test(t) || /导出|\bexport\b|excel|csv|生日|\bbirthdays\b/i.test(t))) return { ...unknown, score: 5, margin: 5 };
  // "I cancelled my booking at another hotel", "听说隔壁那家酒店空调响了一整晚": another business's bookings are not ours.
  if (role === "guest" && /\bthe hotel we stayed at\b|\bso far yours\b|\bat (?:another|a different|the other) (?:hotel|restaurant|place|resort|spa|guesthouse)\b|(?:隔壁|对面)(?:那)?家|别(?:的|家)(?:酒店|餐厅|饭店|民宿)/i.test(t)) return { ...unknown, score: 4, margin: 4 };
  // A guest changes, cancels or asks about only their own bookings: "cancel my friend Gemma's table", "我朋友王丽订的是哪天".
  if (role === "guest" && SOMEONE_ELSES_BOOKING.test(t)) return { ...unknown, score: 5, margin: 5 };
  // "change the price of my room to 0", "if i booked a room for xmas would i get points": a price set by the guest, or a booking imagined.
  if (role === "guest" && (GUEST_SETS_PRICE.test(t) || BOOKING_IMAGINED.test(t))) return { ...unknown, score: 5, margin: 5 };
  // "我订了明天的桌，到时候能带狗吗": a house rule asked about a booking already made.
  if (role === "guest" && GUEST_ASKS_THE_RULES.test(t) && ALREADY_BOOKED.test(t) && !APPOINTMENT_MOVED.test(t)) return { ...unknown, score: 5, margin: 5 };
  // "帮我查一下张三订的是几号": a booking asked of someone named, who is not the writer.
  if (role === "guest" && (f.names.some((n) => /^\s*(?:订的|预订的|订了|的(?:预订|订位|订房|房间|桌子?)(?:是|在|哪))/.test(t.slice(n.end)) && /查|看|几号|哪天|什么时候|几点/.test(t)) || /(?:查一下|查下|查查|看看|看一下|问下|问一下)(?!我|咱|自己|现在|目前|当前|最近|今天|明天)(?![\u4e00-\u9fff]{0,2}(?:我|咱))[\u4e00-\u9fff]{2,3}(?:订的|的预订)/.test(t))) return { ...unknown, score: 5, margin: 5 };
  if (FAMILY_BOOKED.test(t)) return { ...unknown, score: 4, margin: 4 };
  // "What kinds of rooms do you have?", "有停车位吗": the venue asked about, with no day or party to book for.
  if (role === "guest" && VENUE_INFO.test(t) && !f.problem && !f.dates.length && f.partySize === undefined && f.nights === undefined) return { ...unknown, score: 4, margin: 4 };
  // "Do your tents have heating? Going to be chilly next month": what the rooms have, asked, books nothing until a booking is asked.
  if (role === "guest" && ROOMS_HAVE_ASKED.test(t) && !/\b(?:book|reserve|reservation|hold)\b|订|預訂|预约/i.test(t)) return { ...unknown, score: 4, margin: 4 };

  // "2 of us", "make it 6": a reply that names nothing of its own does nothing read alone (bare-reply.ts).
  if (role === "guest" && leansOnTheMessageBefore(t)) return { ...unknown, score: 4, margin: 4 };
  const scores = new Map<Scored, number>();
  const vetoed = new Set<Scored>();
  const add = (intent: Scored, w: number) => {
    if (w < 0) vetoed.add(intent);
    scores.set(intent, (scores.get(intent) ?? 0) + w);
  };
  // "a bloke called Darren": a name given, which no phone-call cue may hear (entities/deal.ts).
  const cueText = calledAsNamed(t);
  for (const [intent, cues] of Object.entries(CUES) as Array<[Scored, Cue[]]>) {
    for (const [re, w] of cues) if (re.test(cueText)) add(intent, w);
  }
  addEntityEvidence(t, role, f, add, scores);
  // "nobody came when we called reception": a guest's call is to us, never a follow-up of theirs to weigh.
  if (role === "guest") scores.delete("log_followup");
  // A guest may update only their own preferences, stated as such ("我不抽烟"); "把老张的电话改成…" stays unknown.
  // Inside a booking ("one of us is allergic to shellfish") a guest's preference is the booking's, not a record to update.
  const ownPreference = role === "guest" && statesOwnPreference(t, f, scores);
  if (role === "guest" && !ownPreference) scores.delete("update_customer");
  if (ownPreference) add("update_customer", 4);

  // "the front desk was rude when I asked about a taxi": our staff, named in a grumble, make it ours whatever the topic.
  // "My flight doesn't land until late, so please note a late check-in": travel told around a stay asked for is context.
  const stayAsked = role === "guest" && STAY_ASKED.test(t);
  // "给吴总打了电话，…下周一再跟他核对航班时间": a customer's travel, talked over in a contact logged, is that contact's matter.
  // "跟华锐的小周开了个短会，她们团建改到九月了…下下周一再跟", "Had a zoom with Raj Patel…, circle back Jan 5": a contact
  // with someone named, and the writer's next step with them, is a follow-up whatever it talked about.
  if (role !== "guest" && f.channel && (f.names.length > 0 || f.companies.length > 0) && f.dates.length > 0 && NEXT_STEP_SAID.test(t) && (scores.get("create_lead") ?? 0) < 2 && !FIRST_CONTACT.test(t)) add("log_followup", 3);
  const contactLogged = role !== "guest" && !!f.channel && (f.names.length > 0 || f.companies.length > 0) && (scores.get("log_followup") ?? 0) >= 3;
  // "pls cancel Dec 30 - our flight from Shanghai got scrapped", "1203房隔壁吵到凌晨1点，我们明早7点的航班": the flight is the
  // reason; the cancel asked first, or the trouble in our room, is the message.
  const oursAtStake = role === "guest" && ((f.problem && (OUR_STAFF.test(t) || ROOM_OF_OURS.test(t))) || ASKED_FIRST.test(t));
  if ((OFF_TOPIC.test(t) || TRIVIA.test(t)) && !oursAtStake && !stayAsked && !contactLogged && Math.max(0, ...scores.values()) < 4) return { ...unknown, score: 4, margin: 4 };
  if (WRITE_FOR_ME.test(t) || JOKE_TOLD.test(t)) return { ...unknown, score: 4, margin: 4 };
  // "happy birthday to Mark from accounting 🎂", "祝大家中秋快乐": a wish, with nothing else in it, records nothing.
  if (WISH.test(t) && !f.stage && !f.money.length && !f.phones.length && !f.emails.length && f.goods.quantity === undefined) return { ...unknown, score: 4, margin: 4 };
  if (role !== "guest" && (colleagueNews(t) || aboutOurOwnWork(t, f) || colleagueTold(t) || WHO_DID_IT.test(t) || ALREADY_RECORDED.test(t) || (DISCOUNT_GRANTED.test(t) && !f.stage))) return { ...unknown, score: 4, margin: 4 };
  // "another 45 minutes waiting for room service 🙄": room service waited on is a grievance, not an order.
  if (role === "guest" && ROOM_SERVICE_ASKED.test(t) && f.partySize === undefined && f.nights === undefined && !f.problem && !/\b(?:waiting|waited|still (?:not|no)|never (?:came|arrived))\b|等了|还没(?:送|来)/i.test(t)) return { ...unknown, score: 4, margin: 4 };
  if (role === "guest" && GUEST_ALL_SETTLED.test(t) && !/但是|可是|不过|又|\bbut\b|\bagain\b/i.test(t)) return { ...unknown, score: 4, margin: 4 };
  // Put to us, not reported: "王总问取消要不要扣钱" is what a customer asked, a contact to log.
  // "I'll need to cancel my reservation for Thursday. Please let me know if there's any cancellation fee": asked with the cancelling.
  if (CANCEL_RULE_QUESTION.test(t) && !/(?<!请|想|我|驾|麻烦)问(?!一下|问|下)|想知道|打听|\basked\b|\bwants? to know\b|\bwondering\b/i.test(t) && !CANCEL_ASKED.test(t)) return { ...unknown, score: 4, margin: 4 };

  const allowed = new Set(INTENTS_BY_ROLE[role]);
  // Scored as update_customer like staff's; for a guest it stands for their own preferences (index.ts).
  if (ownPreference) allowed.add("update_customer");
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const open = !reportsNothing(t, role, f);
  if (!top) return { ...unknown, open, vetoed };
  const bestAllowed = ranked.find(([i]) => allowed.has(i));
  // Something the role may not do, clearly asked for: answer nothing rather than the next best guess.
  // A read the role may not do ("上周全公司成交多少" from sales) never falls back to a write.
  const fallsToWrite = !!bestAllowed && !WRITE_INTENT_NAMES.has(top[0]) && WRITE_INTENT_NAMES.has(bestAllowed[0]);
  // "need rooms for my parents & us: 1 deluxe twin from Apr 30… Name Tan Wei Ming, 9876 5432": a guest's own name and number
  // score like a lead's, but a guest never asks for a lead unless they say so; they give their details to book.
  const guestsOwnDetails = role === "guest" && top[0] === "create_lead" && bestAllowed?.[0] === "create_booking" && !/\b(?:leads?|prospects?)\b|线索|線索|客户|客戶/i.test(t);
  if (!allowed.has(top[0]) && !guestsOwnDetails && (!bestAllowed || fallsToWrite || top[1] - bestAllowed[1] >= 1)) return { ...unknown, score: top[1], margin: 1 };
  if (!bestAllowed) return unknown;
  const [intent, score] = bestAllowed;
  const runnerUp = ranked.find(([i]) => i !== intent)?.[1] ?? 0;
  const minimum = WRITE_INTENT_NAMES.has(intent) ? WRITE_MINIMUM : READ_MINIMUM;
  if (score < minimum) return { ...unknown, score, margin: 0, open, vetoed };
  return { intent, score, margin: score - runnerUp };
}

/** "改回原来那个时间", "move it to Friday next week": the booking talked about, pointed back at. */
const REFERS_TO_A_BOOKING = /改回|换回|(?<!\bi'?ll |\bi will |\bgonna )\b(?:move|push|change|shift|bring)\s+(?:it|that)\s+(?:to|back|forward|up|earlier|later)\b/i;

/** What a guest books: a room, a table, a meal. */
const BOOKING_NOUN = /appointment|\bappt\b|复诊|复查|我约的|刺青|纹身|紋身|\btattoo\b|试纱|試紗|试妆|試妝|写真|寫真|vaccination|\bjab\b|check-?up|grooming|\bsession\b|\blesson\b|\bclass\b|treatment|massage|facial|consultation|fitting|haircut|疫苗|体检|剪毛|疗程|按摩|试听课|洗牙|美白|寄养|\bcar (?:pickup|pick-up|rental|hire)\b|枱|张台|个台|那台|公寓|\barrival\b|\barriving\b|\bdeparture\b|预订|预约|订位|订房|预定|的房(?![价租东源产])|入住|退房|订单|房间|桌|订的|订了|包间|位子|check[- ]?in|check[- ]?out|晚餐|午餐|早餐|晚饭|午饭|包间|包厢|booking|reservation|reservaton|resv|rsvp|table|room|dinner|lunch|brunch|stay/i;

/** The writer correcting themselves mid-message: "不对，改成…", "说错了，是…", "actually make it…". */
const SELF_CORRECTED = /(?:不对|说错了|哦不|打错了|写错了)[，,。!！\s]*(?:还是|应该是)?(?:改成|换成|要|是)|\b(?:sorry|oops|wait),? (?:i meant|make (?:it|that))\b/i;

/** A booking already made: "明天的预订", "my reservation", "把周六的桌子…". */
const EXISTING_BOOKING_SAID = /(\bunder (?:the name (?:of )?)?[A-Z][a-z]+\b|\barrive at \S+ instead of\b|把|的(?:预订|预约|预定|订位|订单|房间|房|桌子?|位子|包间)|我订的|已经订|原来|原本|\b(?:my|our|the) (?:booking|reservation|table|room|massage|facial|spa|treatment|appointment|appt)\b|\bbooked\b)/i;
const EXISTING_BOOKING = new RegExp(`${MY_BOOKING_POINTED.source}|${EXISTING_BOOKING_SAID.source}`, EXISTING_BOOKING_SAID.flags);

/** A ranking asked for: "排名前15", "前十的客户", "top 5 by revenue". */
const RANKED = /(排名|排行|前\s*[\d一二三四五六七八九十]+\s*(?:名|个|位|家|大|的)|\btop\s*\d+\b)/i;

/**
 * Wiping records in bulk is never something to parse into an action: "把所有客户数据删了", "delete all customers".
 * "周五前想全部清掉" is the writer's own plan to get through their list, not a wipe.
 */
const BULK_WIPE =
  /((?<!想|争取|打算|尽量|计划)(?:所有|全部|全都|整个)[^，,。]{0,8}(?:删|清空|清除|清掉|抹掉)|(?:删|清空|清除|清掉)(?:掉|了)?[^，,。]{0,4}(?:所有|全部)|\b(?:delete|erase|wipe|purge|remove|drop)\s+(?:all|every|the whole|everything)\b|\b(?:mark|set|move|update|change|close)\s+(?:every|all(?: the| my| our)?)\s+(?:open |active |pending )?(?:deals?|leads?|customers?|clients?|bookings?|records?)\b|(?:所有|全部)(?:的)?(?:单子|订单|商机|线索|客户)?(?:都)?(?:标|改|设|转)(?:成|为|到)?)/i;

/** Asking us to write something (a letter, an opening, an essay) is not a CRM action. */
const WRITE_FOR_ME = /((?:帮我|给我|替我)想(?:一句|一段|几句|个|一个)[^，,。]{0,12}(?:祝福语?|文案|开场白|话术|标题|口号|slogan)|^(?:请|麻烦)?(?:你)?(?:帮我|给我|替我)?(?:写|起草|拟|润色|改写)(?:一下)?(?:一?[个封份篇段首])(?![^，,。:：]{0,4}(?:记录|跟进|线索|备注|客户|日志))|\b(?:write|draft|compose) (?:me |up )?(?:a|an)\b)/i;
/**
 * Trivia and predictions: "who's going to win the world cup", "what's the price of X these days", "what's the
 * capital of Australia" (a fact of something outside the CRM, not a customer's detail), "who invented the radio",
 * and questions put to colleagues ("anyone know if the office is closed Friday?", "有人知道周五放不放假吗").
 */
const TRIVIA = /(^\s*(?:does |do )?any(?:one|body) (?:know|knows)\b|\bhow (?:do|would|can) (?:you|i|we) say\b|\bwhat(?:'s| is) [^?]{1,30} in (?:english|chinese|tagalog|spanish|french|german|japanese|korean|malay|thai|vietnamese)\b|用[^，,。]{1,6}(?:怎么说|怎么讲)|(?:英文|英语|中文)(?:怎么说|怎么讲)|^\s*(?:有人|有谁)知道|\bwho(?:'s| is)? (?:going to|gonna|will|would) win\b|\bwho(?:'s| is| was) the (?:best|greatest|richest|tallest|fastest|oldest|youngest|most famous|president|prime minister|king|queen)\b|^\s*(?:what|which)(?:'s| is| was| are)? the (?!(?:phone|number|mobile|cell|email|e-mail|address|contact|company|birthday|status|stage|name|details?|deal|account|booking|reservation|order|total|amount|price|quote|budget|points?|balance)\b)[a-z]+(?: [a-z]+)? of (?!(?:my|our|the|this|that|his|her|their)\b)|\bwho (?:invented|discovered|wrote|painted|founded|composed|directed)\b|\bhow (?:tall|far|deep|high|old|big|hot|cold) (?:is|was|are) (?:the|mount|mt)\b|首都|谁发明|谁写的|\bwin the (?:world cup|election|league|game|match|final|super bowl)\b|\bthese days\s*\??$|谁(?:会|能)赢|世界杯|选举)/i;

/**
 * A question about a rule or a consequence of cancelling or changing ("晚到会不会取消", "取消要扣钱吗", "will my
 * booking be cancelled if I'm late?", "延迟退房要加钱吗", "is there a fee to change my booking?") asks what would
 * happen; it never cancels or changes anything.
 */
const CANCEL_ASKED = /\b(?:need|want|would like|have|'d like|going) to cancel (?:my|our|the)\b|\bwe (?:need|have) to cancel\s*[,.;]|\bplease cancel (?:my|our|the)\b|(?:请|麻烦)?帮我取消|我(?:要|想)取消/i;
const CANCEL_RULE_QUESTION = new RegExp(
  [
    "(?:会不会|会不会被|会被)取消",
    "(?:被|自动|就会|会)取消[^，,。]{0,6}(?:吗|(?<![怎什])么|呢|[?？])",
    "(?:取消|退订|退掉)[^，,。]{0,8}(?:扣|收|罚|违约|手续费|费用|退款|退钱|退不退|定金|押金|免费|政策|规定|规则|怎么算|怎么收|要钱|收钱|花钱)[^，,。]{0,6}(?:吗|么|呢|不|没|[?？]|$)",
    "(?:扣|收|罚|退)[^，,。]{0,4}(?:钱|费)[^，,。]{0,4}(?:取消|退订)",
    "(?:提前多久|几点前|多久之前|什么时候之前|最晚什么时候)[^，,。]{0,4}(?:能|可以)?取消",
    "\\b(?:will|would|could|might)\\b[^.?!]{0,40}\\b(?:be|get|gets|got)\\s+(?:auto-?)?cancell?ed\\b",
    "\\bcancell?ation (?:policy|fee|fees|charge|charges|deadline|terms|window|rules?)\\b",
    // "is cancellation free?", "is cancelling allowed after 6pm?": whether cancelling costs or is allowed, asked.
    "\\b(?:is|are) (?:the )?cancell?(?:ation|ing)s? (?:free|possible|allowed|refundable|chargeable|charged)\\b",
    "\\bfree cancell?ation\\s*\\?",
    "\\b(?:fee|charge|penalty|cost|free|refund\\w*)\\b[^.?!]{0,12}\\bto cancel\\b",
    "\\b(?:what happens|do i (?:get|lose)|is there (?:a|any) (?:fee|charge|penalty))\\b[^.?!]{0,30}\\bcancel",
    "\\bif (?:i|we) cancel\\b[^.?!]{0,40}\\b(?:fee|charge|refund|deposit|pay|penalty|lose)",
    "\\bhow (?:late|long before|far in advance) can (?:i|we) cancel\\b",
    "\\b(?:until|till|up to|by) when (?:can|could|may|do) (?:i|we) (?:still )?cancel\\b",
    "\\b(?:can|could|may) (?:i|we) (?:still )?cancel\\b[^.?!]{0,30}\\b(?:for free|free of charge|without (?:a |any )?(?:fee|charge|penalty))",
    // "如果下雨开不了球，订金退不退？": whether a deposit comes back, asked.
    "(?:订金|定金|押金|预付款?)[^，,。]{0,4}(?:退不退|能不能退|可不可以退|能退吗|可以退吗|会退吗|给退吗|退吗)",
    // The same of any change: "延迟退房要加钱吗", "is there a fee to change my booking?", "晚到还会保留吗".
    "(?:要|需要|会|得|还要)(?:另外|额外)?(?:加钱|收费|扣钱|扣费|补差价|另收费?|多收钱?|付费|罚款|交钱)(?:吗|么|不|呢|[?？])",
    "(?:还)?会(?:帮我)?(?:保留|留着)(?:吗|么|不|[?？])|(?<=(?:如果|要是|万一|迟到|晚到|晚点|晚了|来晚)[^。]{0,20})还(?:保留|留着|有效)(?:吗|么|[?？])",
    // "預訂了可以改日期嗎？要不要手續費": whether a date may be changed, and at what cost, asked with none given.
    "^(?![\\s\\S]*(?:帮我|麻烦|把))[\\s\\S]*?(?:可以|能|能不能|可不可以)改(?:日期|时间|期|天|人数)(?:吗|么|不|嘛)?\\s*[？?，,]\\s*(?:要不要|有没有|收不收|需不需要|会不会|要|会)(?:收|扣|付|另收)?(?:手续费|费用|钱)",
    "\\bis there (?:a|an|any) (?:extra )?(?:fee|charge|penalty|cost)\\b",
    // "If the strike goes on till Friday, would we get a refund for the room?": a refund asked on a condition.
    "\\bif\\b[^?]{0,60}\\b(?:would|will|do|could|can) (?:we|i) (?:get|be given|receive) (?:a |our |my )?(?:full )?refund\\b",
    "\\bhow much (?:is it|does it cost|would it cost|extra) to\\b",
    "\\b(?:cost|charge) (?:extra|more)\\s*\\?",
    "\\bwill (?:you|they|it) (?:still )?(?:hold|keep)\\b[^.?!]{0,30}\\bif\\b",
  ].join("|"),
  "i",
);

const CANCEL_STATUS = /取消(?:成功|好|掉)?了(?:吗|没|么)|(?:已经)?取消了没|取消成功(?:了)?(?:吗|没)|\bis (?:my|our|the) (?:booking|reservation|table|room) (?:cancell?ed|canceled)\b|\bdid (?:the|my|our) cancell?ation go through\b|\bha(?:s|ve) (?:my|our|the) (?:booking|reservation)s? been cancell?ed\b/i;
const CHECKED_IN = /(?:刚|刚刚|已经|已|才)(?:办理?了?)?入住|入住(?:后|以后|之后)|(?:办|办理)入住(?:时|的时候)?(?:排队|等了|等半天|花了)|\bcheck-?in (?:took|queue|line)\b|\b(?:just|already) checked in\b|\bafter (?:we |i )?check(?:ed)?[- ]?in\b/i;
const PASSIVE_CANCEL = /被(?:你们|人|酒店|餐厅|系统|前台)?(?:取消|退掉|退订)|\b(?:was|were|got|been|has been|have been)\s+(?:\w+\s+)?cancell?ed\b/i;

const DELAYED = /(?:晚|迟)(?:到|来)?\s*(?:半|[一两二三四五六七八九十\d]+)\s*(?:个)?\s*半?\s*(?:小时|钟头|分钟|分)|\b(?:running|be|arrive|arriving|we'?ll be|i'?ll be)\b.{0,20}\blate\b/i;

/** A change said with its new value: "改成11号", "move it to Saturday". */
const CHANGE_TO = /(改成|改到|改为|改去|换成|换到|换去|挪到|调到|推到|延到|\bto\b)/i;
/** Asking for a booking not yet made: "想订今晚的房间" is new even though "的房间" names a room. */
const NEW_BOOKING = /(想订|要订|帮我订|给我订|想预订|想预定|想要订|\b(?:i'?d like to|i want to|can i|could i|we'?d like to) (?:book|reserve)\b)/i;
/** When a guest will arrive, which is said of new bookings too. */
const ARRIVAL = /(晚到|早到|晚点到|arriving late|late arrival|arriving early)/gi;

/** Words after a person or company that report what they said or decided. */
const SAID_ZH = /^(?:那边|这边|那里|他们|她们|他|她)?(?:也|又|还|刚|刚才|今天|昨天)?(?:说|讲|表示|反馈|回复|答复|回话|回信|觉得|认为|嫌|答应|同意|确认|考虑|还在考虑|想再|要再|希望)/;
const SAID_EN = /^\s+(?:said|says|told (?:me|us)|mentioned|agreed|confirmed|replied|asked (?:for|about|if|whether)|thinks|feels|wants to (?:wait|think)|is still (?:thinking|considering|deciding))\b/i;

function reportedSpeech(t: string, f: Features): boolean {
  return [...f.names, ...f.companies].some((n) => SAID_ZH.test(t.slice(n.end)) || SAID_EN.test(t.slice(n.end)));
}

/** A guest telling us how they like things ("我不抽烟", "always a high floor", "我对花生过敏"). */
const GUEST_PREFERENCE_WORDS = /(抽烟|吸烟|无烟|禁烟|高楼层|高层|低楼层|安静|怕吵|靠窗|过敏|素食|吃素|不吃|忌口|大床|双床|枕|smok|floor|quiet|window|allergic|vegetarian|vegan|halal|gluten|king bed|twin beds?|pillow|\b(?:don'?t|do not|never|can'?t) (?:eat|drink)\b|\b(?:nuts?|peanuts?|pork|beef|shellfish|seafood|dairy|lactose|spicy)\b|猪肉|牛肉|海鲜|香菜)/i;
const GUEST_PREFERENCE_MARKER = /(^我|我(?:不|对|喜欢|习惯|一般|都|要|比较)|本人|以后|每次|下次|总是|一直|记住|请记|\balways\b|\bi (?:always|prefer|like|don't|do not|never|usually)\b|\bi'?m (?:allergic|vegetarian|vegan|a non-?smoker)|\bplease remember\b|\bremember (?:that|i|my)\b|\bfrom now on\b|\bnext time\b|\bmy preference)/i;

/** A preference said of oneself, about no one else, with nothing booked, changed or gone wrong. */
/** "What time does the kitchen close on weekdays?", "泳池几点开门": the house's hours, asked. */
/** Sport on the telly, not business: "Pakistan vs India tonight", "今晚有球赛". */
const SPORT = /\bwhat a (?:match|game|goal)\b|⚽|🏀|🏏|\bdid you see [^?]{1,30}\b(?:won|lost|beat|scored?)\b|\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+ vs\.? (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\b|球赛|比赛直播|世界杯|欧洲杯|\b(?:lost|won|beat|drew) again\b[^.]*\b(?:lmao|lol|team)\b|\bdone with this team\b|\b[A-Z][a-z]+s (?:lost|won|drew) again\b|\bin mourning\b/;
/** Market prices, not a customer's: "Yuh see di price a chicken feed gone up again?", "饲料又涨价了". */
const MARKET_PRICE = /\bprices? (?:of|a|for|on) [^?.!]{1,30}\b(?:gone|went|going|is going) (?:up|down)\b|(?:饲料|油价|原料|原材料|猪肉|菜价)(?:又|都)?涨(?:价)?了|(?:上游|供应商|厂家|原厂|钢厂|工厂)[^，,。]{0,12}(?:涨价|上调|调价|涨)|每(?:吨|箱|件|斤|公斤|方)(?:又)?(?:涨|上调|降)|\b(?:supplier|mill|manufacturer|factory)\b[^.]{0,30}\b(?:price (?:increase|hike|rise)|raising (?:its |their )?prices|prices? (?:go|going|goes) up)\b/i;
const FACILITY_HOURS = /\bwhat time (?:the )?(?:breakfast|lunch|dinner|brunch|check-?out|check-?in|the pool|the gym|the spa|happy hour) (?:is|starts|ends|opens|closes)\b|\bwhat time (?:does|do|is|are) (?:the )?(?!my\b|our\b)\w+(?: \w+)? (?:open|close|start|end|serve|shut)\b|\bwhen (?:does|do|is) (?:the )?(?!my\b|our\b)\w+(?: \w+)? (?:open|close|shut)\b|几点(?:开门|关门|营业|打烊|开放|关闭)/i;
const ASKS_WHAT_WE_OFFER = /(?<!我|我们)(?:你们|这里|贵店|店里)?(?:有没有|有冇|有没)[^，,。]{1,16}(?:吗|么|嘛|啊|没有?|啥)?\s*[?？]?\s*$|^\s*(?:请问|請問)?\s*(?:你们|这里|贵店|店里)?(?:有没有|有冇|有无|有)[^，,。]{1,16}(?:吗|么|嘛|没有?|啥|冇)?\s*[?？]?\s*$|^\s*(?:do|does|can|could) (?:you|u|y'all|the (?:hotel|restaurant|kitchen))\s+(?:guys\s+)?(?:have|do|offer|serve|make|cater)\b/i;

function statesOwnPreference(t: string, f: Features, scores: Map<Scored, number>): boolean {
  const has = (i: Scored) => (scores.get(i) ?? 0) > 0;
  if (f.names.length || f.phones.length || f.emails.length || f.companies.length) return false;
  if (has("create_booking") || has("change_booking") || has("cancel_booking") || has("log_complaint") || has("my_bookings")) return false;
  // "請問有素食菜單嗎", "do you have vegan options?": asking what the house offers states nothing about oneself.
  if (ASKS_WHAT_WE_OFFER.test(t)) return false;
  // "汤里有香菜吗？", "does the curry have nuts in it?": what is in a dish, asked, is no taste of one's own told.
  if (/有[^，,。？?]{1,6}(?:吗|么|嘛|没有)\s*[?？]?\s*$|\b(?:does|do|is there|are there|has)\b[^?]{0,40}\?\s*$/i.test(t)) return false;
  return GUEST_PREFERENCE_WORDS.test(t) && (GUEST_PREFERENCE_MARKER.test(t) || t.length <= 12);
}

const STAYS_ON = /续住|延住|多住|加(?:一|两|二|三|\d)晚|\bextend (?:my|our|the) stay\b|\bstay (?:an )?(?:extra|another|one more) night\b/i;

/** "can u remind me to follow up with Ahmed on Monday?", "能帮我记一下…吗": asked as a question, meant as a request. */
const POLITE_REQUEST = /^\s*(?:(?:hey|hi|ok|okay|pls|please),?\s+)?(?:can|could|would|will) (?:you|u) (?:pls |please |kindly |quickly )?(?:remind|log|add|record|note|mark|update|set|put|create|enter|save|change|move|schedule)\b|^\s*(?:你)?(?:能|可以|可不可以|能不能|麻烦)(?:你)?(?:帮我|帮忙|给我)(?:记|录|登记|加|建|改|更新|标|设)/i;

/**
 * A question asking for a fact ("which room is…", "上周成交多少", "can you recommend…") wants an answer, so
 * it is a read or nothing: writes are told, not asked. "Why"/"为什么" is left out, since guests complain
 * that way, and so is a question someone else asked ("王总问多少钱"), which is reported, not put to us.
 */
const ASKS_A_FACT =
  /^\s*(?:which|what|who|whose|where|when|how (?:much|many|long|far))\b|\b(?:can|could|would) you (?:please )?(?:recommend|suggest|tell me|explain|write|draft)\b|^(?:(?!问|说|想知道|打听|搞什么|搞啥|干什么).)*(?:多少|哪(?!怕)|怎么样|咋样|如何|谁(?!跟一下|来跟|去跟)|什么(?!水平|态度|服务|体验|鬼|玩意)|啥(?!庆祝)|(?<!好|多住|再住|多待|多呆|住|多了|来了|加了|又)几(?:个|单|家|位|次|件|间|号|点|天))(?:[^，,。；;\s]{0,12})(?:[?？]|[吗呢啊呀]?\s*)$/i;

/**
 * Chatter about someone: their private life ("范经理说她女儿今年考大学", "王总说他下个月去日本玩") or what
 * they are like ("那个客户挺难搞的"). Nothing was sold, agreed or asked, so nothing is written.
 */
const PRIVATE_LIFE = /(闺女|毕业典礼|亲戚|巧不巧|(?:还挺|挺|真|好|太)巧(?:了|啊|的)?(?=$|[，,。!！\s~～]|哈)|抽奖|媳妇|老伴|对象|婚礼|有钱人|请(?:我们|我|大家)吃|吃了顿|冒睡着|\bmehndi\b|女儿|儿子|孩子|小孩|老婆|老公|太太|爱人|丈夫|家里人|父母|爸妈|老爸|老妈|结婚|离婚|怀孕|生宝宝|度假|旅游|旅行|去[^，,。]{1,6}玩|出去玩|出国玩|考大学|高考|中考|考研|留学|生病|住院|感冒|做手术|退休|搬家|装修房子|买房|买车|钓鱼|打高尔夫|健身|跑马拉松|升职|\b(?:vacation|holiday|kids?|daughter|son|wife|husband|family|retir\w*|wedding|married|honeymoon|golf|fishing|marathon|moving house|fantasy (?:football|league|team)|(?:holiday|vacation|beach|ski|road|family|bali|honeymoon) trip|photos from (?:his|her|their) (?:trip|holiday|vacation|wedding))\b)/i;
const CHARACTER = /(吊着人|不(?:太|大|怎么|是很)(?:靠谱|好说话|好搞|好打交道|讲理|爽快)|难搞|难缠|难伺候|不好搞|不好说话|挺好说话|很好说话|事多|事儿多|很挑剔|挺挑剔|人不错|人挺好|人很好|脾气|不靠谱|挺靠谱|很靠谱|抠门|小气|爽快|豪爽|难打交道|好打交道|\b(?:hard to deal with|difficult to work with|a nice guy|a nice person|a character|tough customer|picky)\b)/i;
const BUSINESS = /(报价|价格|价钱|单价|合同|订单|下单|样品|发货|送货|到货|货|方案|预算|采购|产品|报名|报班|课程|试用|签约|签了|付款|回款|发票|合作|续约|单子|需求|折扣|便宜|贵|优惠|数量|批|箱|台|件|套|投诉|质量|商量|考虑|决定|定下来|再定|\b(?:quote|price|pricing|order|contract|samples?|proposal|budget|invoice|discount|deal(?! with)|decide|think it over|delivery|shipment|cases?|units?|trial|demo|complain\w*)\b)/i;

/**
 * A colleague's news, envied or cheered ("隔壁组老王昨天签了个两百万的单 羡慕", "Sam from the east team closed a
 * monster deal, so jealous"): their record is theirs to make, so nothing is written from it.
 */
const COLLEAGUE = /((?:老|小)[\u4e00-\u9fff]说(?:他|她)那边|隔壁组|隔壁部门|隔壁团队|别的组|其他组|另一个组|别的部门|同事|\b(?:coworker|co-worker|colleague|teammate)s?\b|\b(?:on|from) the (?:\w+ )?team\b|\bother team\b|\b\w+ team (?=(?:signed|closed|won|landed|bagged|smashed)\b))/i;
const FEELING = /(请客|ring the bell|🔔|drinks on (?:him|her|them)|老灵|灵额|老崇|结棍|巴适|yyds|绝绝子|羡慕|嫉妒|眼红|佩服|厉害|太牛|真牛|好牛|牛啊|牛逼|恭喜|膜拜|酸了|学习一下|\b(?:jealous|envious|envy|impressive|respect|kudos|congrats|congratulations|legends?|so lucky)\b|\bdrinks (?:are )?on (?:her|him|them)\b|\b(?:good on|fair play to|props to|hats off to) (?:him|her|them|ya)\b)/i;
/** "zhang wei just closed a huge deal": a rep closes "a deal"; a customer's own deal is told by their name. */
const CLOSED_A_DEAL = /\b(?:closed|landed|signed|bagged|won|nailed|got) (?:a|an|another|his|her|their|that) (?:[\w$€£¥.,]+ ){0,2}(?:deal|contract|account|order|one)\b|\b(?:'s|has) got (?:\w+ )?deals in\b|\b(?:closed|landed|signed|bagged|won) (?:\d+|two|three|four|five|six) more\b/i;
/** "恭喜我自己🎉 Lim Brothers 签了": the writer cheering their own deal, which is theirs to record. */
const SELF_CHEER = /恭喜(?:一下)?(?:我自己|自己|我)|给自己(?:点个赞|鼓掌)|\bcongrats to (?:me|myself)\b|\bgo me\b/i;
const colleagueNews = (t: string) => !SELF_CHEER.test(t) && (COLLEAGUE.test(t) || CLOSED_A_DEAL.test(t) || /签了个|拿了个|开了个/.test(t)) && (FEELING.test(t) || (COLLEAGUE.test(t) && /签了个|拿了个|开了个|\bclosed (?:a|an|another)\b/i.test(t)));

/**
 * The writer's own workplace, not a customer: praise and plans for the team ("great work team,
 * drinks on me Friday", "lunch? chicken rice at 12.30") and what the board or one's boss asked ("董事会问为什么
 * 毛利下降了，我晚点自己回他们"). Nothing here is a customer's record.
 */
const TEAM_PRAISE = /^\s*(?:great|good|nice|awesome|amazing|fantastic|excellent|brilliant|solid) (?:work|job|effort|stuff)\b|^\s*(?:well done|congrats|congratulations|kudos|props|shout-?out|big up|bravo|hats off|恭喜|祝贺|恭贺)\b|\bpresident'?s club\b|^\s*(?:恭喜|祝贺|恭贺)|(?:大家|各位|兄弟们|姐妹们)(?:一起)?(?:加油|冲|冲冲冲)|\b(?:keep (?:it up|pushing)|let'?s (?:go|push),? (?:team|guys|everyone))\b|\bwell done,? (?:team|all|everyone|guys)\b|^\s*(?:大家)?辛苦了?(?:大家)?[,，!！\s]/i;
/** The team's own news: a colleague leaving or moved within the company, a farewell, team building. */
/** "Jason from IT says the VPN will be down": a colleague in one of our own departments ("sign-off from head office" is none). */
const OUR_DEPARTMENT = /(?<!-)\b[A-Za-z]+ (?:from|in) (?:IT|HR|payroll|admin|ops|operations|head office|HQ|the office|accounts|finance|billing|our (?:finance|accounts|legal|marketing) team)\b|(?:行政|人事|财务|IT|法务|技术)(?:部|那边)的?(?:阿|小)?(?:[\u4e00-\u9fff]{1,3}|[A-Za-z]+)\s*(?:他|她)?(?:说|通知)|^\s*(?:质检|品控|生产|车间|仓库|库房|后厨|厨房|师傅)(?:部|那边)?(?:说|通知)(?![^。]{0,30}(?:[\u4e00-\u9fff](?:总|经理|老板)|客户[\u4e00-\u9fff]{2}))/;
const DEPARTMENT_WORD = /^(?:IT|HR|Payroll|Admin|Ops|Operations|HQ|Head Office|质检|品控|生产|车间|仓库|库房|后厨|厨房)$/i;
const BOOKING_TOLD_OF = /(?:上次|上回|那次)(?:订|约)的|\bwe (?:had )?booked\b|\b(?:i|we) had (?:a|the|our) (?:booking|reservation|table)\b|\bour (?:booking|reservation) was\b|(?:明明|已经)?(?:订了|预订了|订好了|约好了)[^。]{0,20}(?:结果|但是|可是|却|还是|居然|竟然)/i;
/** "赵经理喜欢靠窗的包间…年底聚餐记得按这个安排": a customer's taste, kept for a team event, is still theirs. */
const CUSTOMER_HISTORY = /的(?:跟进|拜访|联系|沟通|往来|合作|交易|购买|订单)(?:记录|情况|历史)|\b(?:history|notes|activity) (?:with|for|on) [A-Z]/;
const STANDING_WISH = /(?:订房|入住|来住|订位|用餐|吃饭|来店)的时候(?:都)?(?:记得|要|得)|(?:的)?房间(?:尽量|最好|都要|一律)|联系时间|(?:加个|加一条|加条|添个|添一条)备注|\b(?:whenever|every time) (?:she|he|they) (?:stays|books|comes|visits)\b|\bbest time (?:to (?:call|reach|contact)(?: (?:him|her|them))? )?is\b/i;
const A_CUSTOMERS_TASTE = /喜欢|不吃|不喝|偏好|爱吃|爱喝|忌口|过敏|\b(?:likes|prefers|allergic)\b/i;
/** "can you give me a digest of how the team did last week? Need it for the stand-up": figures asked for, whatever they are for. */
const FIGURES_ASKED_FOR = /\b(?:can you |could you |pls |please )?(?:give|send|show|pull|get) me (?:a |the )?(?:digest|summary|report|recap|numbers|figures|rundown|breakdown)\b|(?:给我|发我|帮我(?:出|拉|整理))(?:一份|一下|个)?(?:汇总|报表|数据|总结|周报|月报)|(?:汇总|报表|总结|周报|月报)(?:给我|发我)(?:一份|一下|个)/i;
const TEAM_NEWS = /(?:早班|晚班|夜班|中班|白班)(?:改成|换成|调成|是|由)|调(?:到|去)(?:早班|晚班|夜班|中班|白班)|\bwho'?s (?:on|working|rostered|in) (?:tomorrow|tonight|today|this|next|the (?:early|late|morning|night))\b|\bneed someone to (?:open|close|cover)\b|新来的同事|新同事|新入职的?|\b(?:townhall|town hall|all-hands|all hands|team meeting|staff meeting|sales meeting|standup(?![- ]?(?:pouch|bag|desk|paddle))|stand-up(?![- ]?(?:pouch|bag|desk|paddle))|retro|retrospective|(?<!\b(?:his|her|their|(?!team|our)\w+'s) (?:\w+ )?)(?:offsite|kick-?off)|team (?:dinner|lunch|drinks)|fire drill)\b|消防演习|请准时参加|准时参加|召开[^，,。]{0,16}会|(?<!给|为|帮|替|他们|她们|对方)(?:全公司|全员)(?!上|买|投保|保险|团险|体检|定制|订|采购|配)|教育训练|内训|(?:公司|内部|全员|新人)培训|部门聚餐|(?<!客户|客人|以后|下次|他们|跟他|和他|请他|跟她|和她|请她)聚餐|周会|例会|全员大会|部门会议|\b(?:is|are|'s) leaving (?:us|the (?:team|company))\b|\bfarewell\b|\blast day (?:is|at|here|with us)\b|\bteam[- ]?building\b|\boffice party\b|离职|欢送|散伙饭|(?<!(?:他|她|他们|她们|客户|客人|贵司|你们|对方|聊了?|谈了?|问了?)[^，,。]{0,4})(?<!(?:做|搞|办|包场)[^，,。]{0,2})团建(?!客户|套餐|订单|单子|业务|项目|方案)|(?<!\b(?:their|his|her|your|client'?s|customer'?s) )\bstaff (?:xmas |christmas |holiday |end[- ]of[- ]year )?(?:party|dinner|lunch|outing|do)\b|员工(?:年会|聚餐|活动)|排班(?!系统|软件|工具|功能|app|APP)|轮休|换班|调班|\broster(?:ed)?\b|\bshift swap\b|\bcalled in sick\b|^\s*小[\u4e00-\u9fff][^，,。]{0,6}调(?:去|到|往)[^，,。]{0,8}(?:分公司|总部|总公司|办事处|分部)/i;
const TEAM_PLANS = /\b(?:drinks|lunch|dinner|coffee|pizza) (?:is |are )?on me\b|^\s*(?:lunch|dinner|coffee|drinks|kopi|makan)\s*[?？]|\b(?:anyone|who(?:'s| is)) (?:up for|keen (?:for|on)|want(?:s)? to grab) (?:a |an )?(?:\w+ )?(?:lunch|dinner|coffee|drinks|drink|beers?|brunch|breakfast|bbq)\b|(?:今晚|周五|明天)?(?:我)?请大家(?:吃|喝)|(?:一起|去)(?:吃饭|吃午饭|喝咖啡|喝奶茶)(?:吗|不|去不|么)?\s*[?？]/i;
const INTERNAL_ASK = /(?:财务|人事|行政|法务|HR|IT)(?:那边|部)?[^，,。]{0,6}(?:做完|弄完|出来|搞定|做好|发出来)了?(?:没|吗|么|没有)|^\s*(?:我们?的?)?(?:董事会|董事长|领导|上级|上司|总部|财务部?|人事部?|HR|大老板|我老板|我们老板|我们经理)(?:那边)?(?:刚)?(?:问|说|让|要(?!看|一份|份)|要求|叫|催)|^\s*(?:the board|my boss|my manager|the boss|head office|hq|finance|hr|management)\s+(?:asked|wants|said|needs|is asking|just asked)\b/i;
/**
 * The writer's own bad day: the commute, their own computer, running late ("堵死了 去付总那的路上堵了四十分钟",
 * "电脑又蓝屏了 给吕经理做的报价单白做了", "the PIE jam, sure late for Mr. Goh meeting"). A customer met on the way is
 * not complaining, unless the message says the customer is.
 */
const OWN_BAD_DAY =
  /((?:家里|我家|我这边)(?:又)?停电|手机(?:只剩|快没电|没电了)|心疼死(?:了|我了)?|办公室[^，,。]{0,6}(?:坏了|没了|停了|不能用)|\boffice (?:coffee machine|coffee|printer|wifi|aircon|a\/c|kettle)\b[^.]{0,20}\b(?:broke|broken|down|dead|again|terrible|awful|horrible|undrinkable|the worst)\b|\b[34]\d ?(?:degrees|°C?)|中暑|好热|太热了|热死了?|冷死了?|\b(?:so hot|heat ?wave|boiling out|freezing out)\b|\b(?:hail|hailstorms?|storms?|thunderstorms?|downpours?|snow|rain|wind)\b[^.]{0,40}\b(?:can'?t|cannot|couldn'?t)\b[^.]{0,20}\b(?:get up|work|install|go out|roofs?|site)\b|(?:语音转文字|语音识别|输入法)[^，,。]{0,4}(?:全)?(?:错|乱|不准|识别错)|手机没电|电量不足|\b(?:lowbat|low ?batt(?:ery)?|charger|autocorrect|speech[- ]to[- ]text)\b|堵车|塞车|堵死了?|路上(?:又)?堵|(?:高架|环|路|桥|隧道)上?又?(?:堵|出事故)|电脑(?:又)?(?:坏|蓝屏|死机|卡死)|蓝屏|死机了|手机没电|\b(?:traffic|jammed|(?<!\b(?:he|she|they)(?:'s|'re| is| are| was| were| got| gets) )stuck in|(?:laptop|computer|pc) (?:crashed|died|froze|is dead)|blue ?screen|(?:i'?m|i am|gonna be|will be|sure|running) late(?! on\b)|late for)\b)/i;
const CUSTOMER_GRIEF = /(投诉|不满|抱怨|客户说|反映|他说|她说|\b(?:complain\w*|unhappy|not happy|upset|angry|furious)\b)/i;
/**
 * A colleague asked, not a record made: "@小窦 葛氏水产那个合同你发了没", "who logged the call with Chief Emeka already?".
 */
const COLLEAGUE_ASKED =
  /(?:你们|大家|各位)(?:谁|有谁|有没有人)有(?:经验|办法|招|高招)|\bwho'?s (?:handling|covering|taking|doing|looking after)\b[^?]*\?\s*(?:anyone|anybody)\b|^\s*[A-Z][a-z]+,?\s+(?:can|could|would) you (?:pls |please )?(?:log|record|add|enter|update)\b[^.?]*\bfor me\b|^\s*(?:谁有|有谁有|有没有人有|谁手上有|anyone (?:got|have) (?:a|the)\b)|^\s*@\S+\s.*(?:你|\byou\b).*(?:没|吗|么|来着|呢|啥|哪了|哪儿|哪里|哪|[?？])(?:\s*[^\s。]{0,8})?\s*$|(?:有人|有谁|谁|有没有人)知道|\b(?:does |do )?(?:anyone|anybody|somebody|someone) know\b|^\s*@\S+\s[^。]*(?:发我|发给我|给我发|\bsend me\b|\bcan you send\b)|^\s*@\S+\s[^。]*(?:[?？]|没|吗|么)\s*$|(?:谁|有没有人|有人)(?:已经)?(?:录|记|登记|加|建)(?:过|了)|(?:有没有?人|有谁)(?:已经)?(?:回|打|跟进|联系|处理|接)(?:过|了)?[^。]{0,12}[?？]\s*$|\b(?:did|has) (?:anyone|anybody|someone|somebody) (?:call(?:ed)?|ring|rung|reply|replied|get back|got back|follow(?:ed)? up|phone(?:d)?|email(?:ed)?)\b[^.]*\?\s*$|(?<!\b(?:could|can|would|will|pls|please)\s)\b(?:who|anyone|anybody|somebody|someone)\s+(?:has\s+|did\s+|don\s+|already\s+)?(?:log|logged|record(?:ed)?|add(?:ed)?|enter(?:ed)?)\b/i;
/**
 * Our own side's meetings and rules: "Had a long meeting with our regional director about Q4 targets", "From next month
 * every test drive needs a photocopy of the licence, no exceptions", "从下个月起所有报价一律走系统".
 */
const INTERNAL_MEETING = /\b(?:meeting|call|catch-?up|1:1|one-on-one|review|session) with (?:our|my) (?:regional |area |sales |general |country |new )?(?:director|manager|boss|team|supervisor|ceo|cfo|coo|vp|head of \w+|colleagues?)\b|(?:和|跟)(?:我们|我)的?(?:区域|大区|销售|部门)?(?:总监|经理|领导|老板)开(?:了)?(?:个)?(?:长)?会/i;
const HOUSE_RULE = /\bno exceptions\b|(?:咱们|我们|公司|店里)(?:有)?(?:啥|什么)规定|\bwhat'?s our (?:policy|rule)\b|(?:提醒|通知)(?:一下)?(?:大家|各位|所有人|全组)[：:，,]?[^。]{0,30}(?:必须|一律|务必|都要|都得|一定要)|^\s*(?:reminder|friendly reminder)?[:,\s]*(?:all|every) (?:complaints?|leads?|calls?|visits?|follow-?ups?)\b[^.]{0,40}\bmust\b|\b(?:from|starting) (?:next|this) (?:month|week|monday|year)\b[^.]{0,40}\b(?:every|all)\b|从(?:下个?月|下周|明天|今天|本月)(?:起|开始)[^。]{0,10}(?:所有|每|一律)|(?:公司|新的?|最新)(?:新)?(?:规定|政策|制度)[:：，,]|(?:以后|今后|往后)(?:所有|全部)?(?:的)?新?客户(?:都|一律|统一)/i;
/** The road there, which no one here runs: "Traffic on Third Mainland Bridge was terrible, took me 3 hours", "PIE jam until jialat". */
const OUR_STAFF = /\b(?:staff|front desk|reception|receptionist|concierge|waiter|waitress|housekeeping|manager on duty)\b|服务员|前台|员工|工作人员|经理/i;
const NEWS_RANG_IN = /来电话|来了个?电话|打(?:了)?(?:个)?电话(?:过)?来|来电(?:说|讲|确认)|\b(?:called|rang|phoned|messaged|texted|emailed) (?:me |us )?(?:back )?to (?:say|confirm|tell)\b/i;
const ROAD_AS_REASON = /\b(?:cancel|push|move|delay|hold) (?:our|my|the) (?:table|booking|reservation|room)\b|(?:取消|推迟|改到|晚点)[^。]{0,6}(?:桌|位|房|预订)/i;
const COMMUTE = /\btraffic\b[^.]{0,40}\b(?:terrible|horrible|awful|insane|crazy|bad|mad|nightmare|jammed|brutal)\b|\btook (?:me|us) (?:\d+|two|three|four) (?:hours?|hrs?) to get\b|(?:滴滴|出租车|的士|网约车|计程车)(?:的)?司机|\b(?:taxi|cab|uber|grab|lyft) driver\b|^[^.!?,]{0,40}\bjam(?:med)? (?:until|till|like|so|sia|teruk)\b[^.!?,]{0,20}$|^[^.!?,]{0,20}\b(?:PIE|CTE|AYE|ECP|KPE|SLE|BKE|TPE|NKVE|LDP|MRR2|highway|expressway|freeway|motorway)\b[^.!?,]{0,30}\bjam(?:med)?\b[^.!?,]{0,30}$/i;
/** Forwarded news: "轉發：經濟部公告 明年起進口咖啡豆關稅調降". */
const FORWARDED_NEWS = /^\s*(?:news|breaking|新闻|快讯)\s*[:：]|^\s*(?:转发|轉發|fwd?|forwarded)\s*[:：]?.*(?:公告|新闻|新聞|通知|政策|关税|關稅|快讯|资讯|报道|行业|【|news|announcement|article|tariff|policy|industry|report)|^\s*(?:[\[【(](?:转发|轉發|fwd?|forwarded)[\]】)]|(?:转发|轉發|fwd?|forwarded)\s*[:：])/i;
/** A forwarded message with an ask to record it: "转发：「我是美家建材的周丽…」这个帮我录个线索". */
/** A forwarded enquiry, the sender introducing themselves and asking a price: "Fwd: 「我是鼎盛会务的采购黄丽…麻烦报个价」". */
const FORWARDED_ENQUIRY = /(?:我是|我们是)[^，,。]{2,24}[^。]{0,50}(?:报(?:个|一下)?价|询价|要个价|价格表|报价单)|\b(?:i'?m|this is|my name is) [A-Z][\w ]{1,30} (?:from|at|of) [A-Z][^.]{0,80}\b(?:a quote|quotation|pricing|price list)\b/;
const RECORD_THE_FORWARD = /(?:录|记|建|加|登记)(?:个|一个|一下|下)?(?:线索|客户|跟进)|(?:更新|记|改)(?:一下|下)(?:吧|啊)?(?:[，,。！!\s]|$)|(?:资料|状态|电话|邮箱|公司)(?:都)?(?:改|更新)|\b(?:update|mark|log) (?:her|his|their|the|this|that|it)\b|\b(?:add|log|record|save) (?:her|him|them|this|it)\b|\badd (?:as )?(?:a )?(?:new )?lead\b/i;
/** An advert, forwarded or pasted: "🔥 FLASH SALE 🔥 Deluxe Room RM199/night, book before 31 July!", "【限时优惠】全场五折". */
const ADVERT = /\bflash sale\b|\bclick (?:the |this )?link\b|\bpromo code\b|\blimited[- ]time offer\b|限时(?:优惠|特价|抢购|特惠)|全场[\d一二三四五六七八九]+(?:\.\d)?折|点击链接|扫码(?:领取|预订|抢购)|回复\s*(?:TD|T|N)\s*退订|尊敬的(?:会员|客户|用户|顾客)|\breply STOP\b/i;
const ASKS_FOR_IT = /帮我|我要|我想|给我|\b(?:can i|could i|i'?d like|i want|book me|pls book|please book)\b/i;
/**
 * The team told what to do, or told the office's news: "大家把这周的周报周五前交给我", "@小王 周报今天下班前交给我", "跟小王说一声…", "各位业务把这周拜访记录准备好",
 * "Dear all, kindly note the office will be closed Friday", "大家注意，客户资料不要随便截图发朋友圈", "how's everyone holding up this week?".
 */
const TEAM_TOLD =
  /(?:大家|各位)(?:都)?(?:好好)?休息|别在群里|\bbring (?:your|along your) (?:pipeline|numbers|forecasts?|reports?|laptops?|figures)\b|^\s*@[^\s@]+\s+[^。]{0,24}?(?:交给我|交上来|发给我|发我|准备好|提交|报上来|交一下)|^\s*(?:(?:跟|和)[\u4e00-\u9fffA-Za-z]{1,6}(?:说一声|说一下|讲一声|讲一下)|(?:告诉|通知)(?:一下)?[\u4e00-\u9fffA-Za-z]{1,6}[，,:：])|(?:^|[，,。\s]|请)(?:大家|各位|所有人|全体|全组)(?!(?:早|好|早上好)[^。]{0,24}?(?:汇总|报表|排名|统计))(?:同事|业务|销售|同学)?[^。]{0,24}?(?:交给我|交上来|发给我|发我|准备好|提交|填一下|补一下|报上来|交一下|更新一下|整理(?:一下|整理|好|完))|^\s*(?:老板|领导|经理|主管|boss)的?原话|^\s*(?:大家|各位|兄弟们|同事们|伙伴们)[^。]{0,12}?(?:多|都|要|得|赶紧|抓紧)(?:打打|跑跑|聊聊|拜访|跟进|打|跑)|^\s*(?:大家|各位|兄弟们|同事们|伙伴们)[^。]{0,12}?加油|^\s*(?:大家|各位|全体同事|各位同事)(?:请)?(?:注意|留意)[，,：:!！\s]|(?:大家|各位)(?:互相)?(?:转告|通知)一下|(?:大家|各位|请)(?:周)?知悉|请(?:帮忙)?转告|\bpass (?:it|this|the word) on\b|^\s*(?:dear (?:all|team|colleagues|everyone)|hi all|hello all|hi team|all,|(?:team|guys|folks|everyone),\s*(?:please|pls|kindly|remember|reminder|don'?t|do not|no one|nobody)\b)|\bkindly (?:note|be informed)\b(?=[\s,:]*(?:that\s+)?(?:the|our|we|all|everyone|office|from|effective|starting|tomorrow|today|next|this|there)\b)|\b(?:nobody|no one|don'?t|pls don'?t) (?:schedule|book) (?:any )?(?:calls|meetings)\b|\bwho(?:'s| is) (?:going|coming|in)\b|谁去|\bplease be (?:informed|advised)\b|\bkind regards\b|\bhow(?:'s| is| are)\s+(?:everyone|everybody|y'?all|you all|the team|you guys)\s+(?:holding up|feeling|hanging in|coping|surviving)\b/i;
/**
 * The writer's own admin, load and whereabouts, no customer's record: "报销要下个月先批", "…谁负责熨烫？我这边实在忙不过来", "聽日唔使返公司，WFH", "刚跟老婆打完电话",
 * "Meeting with the team went very long today".
 */
const OWN_ADMIN =
  /(?:我|我这边)(?:实在|真的)?忙不过来|\bi'?m (?:totally |completely )?(?:swamped|slammed|snowed under)\b|报销|考勤|打卡|发工资|工资条|年假|\bleave (?:forms?|applications?|requests?)\b|返公司|回公司|回办公室|\bback (?:to|in) the office\b|在家办公|\b(?:expense claims?|reimburse\w*|payroll|payslips?|timesheets?|wfh|work(?:ing)? from home)\b|\bmeeting with (?:the|my|our) team\b|\b(?:forecast|stand-?up|all-hands|weekly team|pipeline review) (?:calls?|meetings?|syncs?)\b(?! with [A-Z])|\b(?:internal|team) meeting\b|内部会议?|组内会/i;
/** The writer's own family called: "刚跟老婆打完电话" (a customer who will ask their wife is another matter). */
const FAMILY_CONTACT =
  /\bmy (?:mum|mom|dad|wife|husband|son|daughter|kid|sister|brother|missus)'?s birthday\b|我(?:妈|爸|老婆|老公|儿子|女儿|媳妇)的?生日|^\s*(?:我妈|我爸|我老婆|我老公|我媳妇|老婆|老公|\bmy (?:mum|mom|wife|husband|dad|missus)\b)\s*(?:问|说|叫|让|催|\basked\b|\bsaid\b|\btold\b|\bkeeps\b)|(?:跟|和|给|同)(?:我)?(?:老婆|老公|媳妇|我妈|我爸|爸妈|家里人?|女朋友|男朋友|女儿|儿子|孩子)|\b(?:called|rang|phoned|texted|call with|chat with) (?:my |the )?(?:wife|husband|mum|mom|dad|parents|girlfriend|boyfriend|kids?|son|daughter|missus)\b/i;
/**
 * "Dear Team, kindly add new lead: …", "Kindly note Dr. Mehta prefers calls after 7": a greeting to all that asks for
 * a record, or tells a customer's preference, is still that record. So is "Please be advised that I had a meeting with Ms
 * Julia Grant": the writer's own contact, told formally.
 */
const RECORD_WORDS = /(?<!\b(?:don'?t|do not|never|not) )\b(?:add|log|record|lead|update|mark|note down|prefers|preferred)\b(?! (?:anything|everything|nothing)\b)|(?<![记纪])录|记一下|记下|新客户|线索|偏好|\bI (?:had a (?:meeting|call) with|met with|called|visited|spoke (?:to|with)|rang|telephoned)\b/i;
/** A competitor's news or price: "隔壁公司那个拖拉机报价才三十五万 比我们低五万", "Rival quoted 10% under us". */
const COMPETITOR = /截胡|隔壁(?=[\u4e00-\u9fff]{2,8}(?:把|抢|撬))|隔壁公司|竞争对手|竞品|(?:隔壁|对面)那家(?![^，,。]{0,3}客户)|对面(?:的|那家)?(?:酒店|餐厅|饭店|宾馆|民宿)|隔壁(?:的|那家)?(?:酒店|餐厅|饭店|宾馆|民宿)|同行(?:的|那边|报价)|对手公司|别家(?:公司|的报价|报价)|\b(?:competitors?|rivals?|the competition)\b|\bcan'?t (?:touch|match|compete with|beat) (?:that|them|it|those prices)\b|\bundercut(?:ting)? us\b|\bcheaper than us\b|比我们(?:低|便宜)/i;
/**
 * Own round of visits, no one in particular: "下午去渝北那边拜访几个客户 晚点回公司", "seeing a few clients this arvo".
 * "这周得跑几个客户" asks how many are due, so a duty word before it leaves it to the task list.
 */
const ROUND_OF_VISITS = /\bcolleague\b[^.]{1,60}\bnot me\b|我就不(?:跟着|陪着|陪他|陪她|一起)?去了|\bI(?:'m| am|'ll| will)? (?:not|never) (?:going|tagging|coming) along\b|(?<![得要该还])(?:拜访|见|跑|去见)(?:了)?(?:几个|一些|几家|好几个|好几家|些|两个|三个|两家|三家)(?:客户|药房|药店|门店|店|超市|经销商|代理商|工地|医院|诊所|学校|餐厅|饭店|酒店|工厂|厂)(?![^。]{0,12}(?:[?？]|吗|多少|几单))|\b(?:see|seeing|visit|visiting|meet|meeting)\s+(?:some|a few|a couple of|few|\d+)\s+(?:clients|customers)\b/i;
/** Chasing from inside: "财务天天催我", "my boss keeps chasing me". */
const CHASED_FROM_INSIDE = /(?:财务|老板|领导|上面|经理)(?:天天|一直|又|在|老是)?催(?:我|我们)?|\b(?:finance|my boss|the boss|management) (?:keeps?|is) (?:chasing|pushing|nagging) me\b/i;
/** Waiting on someone, vented: "咋一点动静都没有呢 急死个人", "still radio silence from them". */
const NO_NEWS_VENTED = /装(?:作)?不记得|装傻|装糊涂|\bpretends? (?:not to (?:know|remember)|(?:he|she|they) (?:forgot|never))\b|(?:咋|怎么)(?:还|一点)?(?:动静|消息|回音|回复)?都?没(?:有)?(?:动静|消息|回音)|急死(?:个)?人|\bstill radio silence\b|\b(?:said|says|kata|cakap|sabi|told us)\s*['"‘“].{3,60}?['"’”]\s*for the (?:\d+(?:st|nd|rd|th)|umpteenth|nth|hundredth) time\b/;
/** A story laughed at: "哈哈哈笑死 刘姐说她家狗都比我会砍价😂", "lol Alan said his dog ate the PO 😂". */
/** "lol Marcus asked if the drone can deliver beer", "哈哈哈杨总说他家猫吃得比他还好 笑死我了": a laugh shared. */
const LAUGHED_AT = /^\s*(?:lol|lmao|haha\w*)\b[^.?!]*\bused to\b|^\s*(?:哈{2,}|笑死|\blol\b|\blmao\b|\brofl\b|\bhaha\w*)[^。]*(?:😂|🤣|笑死|\blol\b|\blmao\b|太挑了|好挑|真挑)\s*[。!！]?\s*$|(?:是不是|是否)都(?:不)?(?:吃|喝|爱|喜欢|会)[^。]{0,12}(?:笑死|哈哈|😂|🤣)\s*$|^\s*(?:哈{2,}|\blol\b|\blmao\b|\bhaha\w*)[^。]*\b(?:asked if|told (?:him|her|them)|joked)\b|(?:笑死我了|笑死了)\s*$/i;
/** Remembering, not reporting: "remember when that guy from Apex ordered 500 cases lol", "还记得去年李总一口气订了500箱吗". */
const REMINISCING = /刚入行|入行(?:的时候|那阵|那会)|\bwhen i (?:started|was new|first started)\b|\bback in (?:19|20)\d\d\b(?![^.!?]{0,60}\bwants? to (?:restart|start again|come back|reorder|order again)\b)|\bthose were the days\b|qu[eé] tiempos|^\s*(?:remember when|do you remember|还记得|记不记得|记得去年|想当年|回顾一下|回想一下)|(?<!把|调|拉|看|查|对比|比|和|跟|同|与|一下|也就是)去年(?:这个?时候|此时|同期)(?![^，,。]{0,6}(?:多少|几|怎么样|[?？]|也就是|就是|数据|销售额|业绩|报表|汇总|数字|对比|比))|(?:去年|前年|[\d一二两三四五六七八九十几]+年前|以前|之前|当初|早先)[^，,。]{0,6}?(?:还|也)?说过要[^。]{1,24}(?:结果|后来|但是?|可是|到现在|没下文)|\bthis time last year\b|\bhow times (?:have )?change[d]?\b|\bback in the day\b/i;
/** A record shown as an example, not made: "Example for the new hires: 'New lead: …' — that's how you format it". */
const EXAMPLE_GIVEN = /\b(?:training|an?) example (?:for|of)\b|(?:培训|教)一下新(?:来的|人|同事)|这种格式(?:就行|就好|就可以)|^\s*(?:example|for example|e\.g\.|here'?s an example|举个例子|举例|例如|比如说?|示范|样例|范例)\b|\bthat'?s how you (?:format|write|log|enter|do) (?:it|them|one)\b|按这个格式|格式如下|照这个格式|格式是这样|照这个(?:发|写|来)|(?:姓名|名字)[，,、/]\s*(?:公司|单位)[，,、/]\s*(?:电话|手机)|\b(?:the format is|use this format)\b|\bname,\s*company,\s*(?:phone|number|mobile)\b/i;
/** Hearsay about a customer's people, judged: "听说宏达物流换了采购经理 新来的不好搞". */
/** A signing still to come, heard of: "听说Kevin那边华润的单子下周就签了". */
const FUTURE_SIGNING = /(?:就|要|快|会|准备)(?:要)?签|\b(?:will|going to|gonna|about to) (?:sign|close)\b/i;
/** What someone may do, guessed: "彭老板那边估计要来压价". */
const SPECULATION = /估计|恐怕|可能会|说不定|\bprobably\b|\bmight\b|\bmay well\b/i;
const HEARSAY = /^\s*(?:听说|據說|据说|\bi heard\b|\bheard (?:that )?\b|\brumou?r (?:is|has it)\b)/i;
/** Figures judged, not asked for: "Q4 numbers were brutal", "q3 numbers look rough. let's regroup friday", "这个月数据太难看了". */
/** One's own quota: "这个月任务还差20万 愁死了", "这个月已经签了五单 还差两单", "still 30k short of target". */
/** "这个月已经签了五单 还差两单": one's own tally, when no customer is named. */
const OWN_TALLY = /签了[\d一二两三四五六七八九十几]+单[^。]{0,6}还差|还差[\d一二两三四五六七八九十几]+单|(?:办|办理|接待|接|做)了[\d一二两三四五六七八九十几]+多?(?:个|位|桌|间|拨)(?:入住|退房|客人|客|散客|团)|\b(?:checked|served) (?:in )?(?:\d+|over \d+|a dozen|dozens of) (?:guests|people|tables|rooms)\b/;
const OWN_QUOTA = /(?:任务|指标|目标|kpi)(?:还)?差|(?:明年|今年|下半年|上半年|本季度?|下季度?|这个?季度?|本月|这个?月)的?(?:目标|指标|任务)(?!客户|客群)(?:定了|是|出来了|下来了)|提成|佣金|工资|薪水|薪资|奖金|\b(?:my salary|salaries|payslips?)\b|\bmy (?:commission|bonus)\b|\b(?:short of|behind) (?:my |our |the )?(?:target|quota)\b/i;
/** "离月目标还差多少？": how far the team is from its target, asked, which is a report, not a sigh over one's own. */
const GAP_TO_TARGET_ASKED = /^(?!.*(?:我[^，,。]{0,5}(?:任务|指标|目标|kpi)|\bmy (?:target|quota)\b)).*(?:(?:还)?差(?:多少|几)|[?？]|\bhow (?:far|much|close)\b)/is;
const FIGURES_JUDGED =
  /\b(?:numbers|sales|figures|results|quarter|month|q[1-4])\s+(?:were|was|are|is|look|looks|looked|looking)\s+(?:\w+\s+)?(?:brutal|rough|bad|terrible|awful|ugly|great|good|solid|amazing|meh|grim|tough|weak|strong|okay|ok|decent)\b|(?:数据|业绩|数字|成绩)(?:太|真|好|很|有点|挺)?(?:难看|惨|差|好看|漂亮|一般)(?![吗呢么])/i;
/**
 * Praise with a question after it ("good work team, how are our numbers?") still asks; plans and the boss's asks
 * never record, unless a deal's news comes with them ("悦来小馆签了 8万6 晚上请大家喝奶茶").
 */
/** What someone is always like: "王sir这人真是难搞，每次都压价压到骨头里". A character, not this deal's stage. */
const HABIT = /每次都|每回都|总是|老是|一向|向来|\balways\b|\bevery (?:single )?time\b/i;
const aboutOurOwnWork = (t: string, f: Features) =>
  NOT_A_CUSTOMERS.test(t) || (NOTHING_TO_RECORD.test(t) && !leadHandedOn(t, f)) || (CHARACTER.test(t) && HABIT.test(t) && !f.money.length && !f.dates.length && !f.phones.length) || (TEAM_PRAISE.test(t) && !SELF_CHEER.test(t) && !/[?？]/.test(t)) || ((TEAM_PLANS.test(t) || TEAM_NEWS.test(t)) && !f.stage && !FIGURES_ASKED_FOR.test(t) && !STATUS_ASKED.test(t) && !FIRST_CONTACT.test(t) && !LEAD_NAMED.test(t) && !(f.channel && f.names.length > 0 && (f.companies.length > 0 || !/同事|老板|领导|经理说|请假|病假|排班|\b(?:colleague|teammate|boss|manager|called in sick|off sick|rostered|roster|shift)\b/i.test(t))) && !(f.names.some((n) => n.titled) && A_CUSTOMERS_TASTE.test(t))) || (OUR_DEPARTMENT.test(t) && !f.companies.some((c) => !DEPARTMENT_WORD.test(c.value)) && !f.stage && !f.money.length) || (OWN_BAD_DAY.test(t) && !CUSTOMER_GRIEF.test(t) && !((LEAD_NAMED.test(t) || f.goods.quantity !== undefined) && (f.phones.length || f.emails.length))) || COLLEAGUE_ASKED.test(t) || (FORWARDED_NEWS.test(t) && !RECORD_THE_FORWARD.test(t) && !FORWARDED_ENQUIRY.test(t)) || (OWN_ABSENCE.test(t) && !leadHandedOn(t, f) && !metOnTheTrip(t, f) && !HOW_TO_USE.test(t)) || REMINISCING.test(t) || EXAMPLE_GIVEN.test(t) || (OWN_QUOTA.test(t) && !(f.problem && /投诉|complain/i.test(t)) && !KEEP_ON_FILE.test(t) && !GAP_TO_TARGET_ASKED.test(t)) || INTERNAL_MEETING.test(t) || (HOUSE_RULE.test(t) && !f.stage && !f.money.length) || (OWN_TALLY.test(t) && !f.names.length && !f.companies.length) || SPORT.test(t) || (MARKET_PRICE.test(t) && !f.names.some((n) => n.titled)) || (NO_NEWS_VENTED.test(t) && !f.stage && !f.money.length) || (COMPETITOR.test(t) && !/\bcomplained (?:that|about)\b|投诉(?:了)?我们|向我们投诉/i.test(t) && !competitorBesideARecord(t, f) && (f.stage !== "lost" || HEARSAY.test(t) || /\((?:our )?(?:competitor|rival)\)|\bheard (?:it|this|that)\b/i.test(t))) || (LAUGHED_AT.test(t) && !f.money.length && !f.phones.length && !f.emails.length && f.goods.quantity === undefined) || ROUND_OF_VISITS.test(t) || (CHASED_FROM_INSIDE.test(t) && !f.money.length) || (TEAM_TOLD.test(t) && !RECORD_WORDS.test(t)) || (FAMILY_CONTACT.test(t) && !f.names.length && !f.companies.length) || (OWN_ADMIN.test(t) && !f.stage && !f.money.length && !f.goods.quantity && !(f.problem && /投诉|complain/i.test(t))) || (FIGURES_JUDGED.test(t) && !/[?？]|\b(?:pls|please|send|show|give)\b|给我|发我|看看|看下/i.test(t)) || (HEARSAY.test(t) && SPECULATION.test(t) && !f.phones.length) || (HEARSAY.test(t) && !f.phones.length && !f.emails.length && !f.money.length && f.goods.quantity === undefined && (!f.dates.length || FUTURE_SIGNING.test(t))) || (INTERNAL_ASK.test(t) && !f.companies.length && !f.phones.length && !f.emails.length);

/**
 * "出差去成都见了刘静，样品她们很满意", "出差成都认识的…刘静…电话139…": someone met or given on a trip is the record; the trip
 * is only where. "这个怎么用啊，我在外地出差只能用手机": nor does the trip stop a question about the bot.
 */
const metOnTheTrip = (t: string, f: Features) => f.names.length > 0 && (CONTACT_MADE.test(t) || f.phones.length > 0 || /认识的/.test(t));
const HOW_TO_USE = /怎么用|咋用|如何使用|\bhow (?:do|does|can) (?:i|this|it) (?:use|work)\b/i;
/** "交接一下：…新客户…电话139…。我明天休假，麻烦小周联系他": a new lead with a number, handed on before leave, is still recorded. */
const leadHandedOn = (t: string, f: Features) => f.phones.length > 0 && LEAD_NAMED.test(t) && HANDED_ON.test(t);
const HANDED_ON = /交接|休假|请假|调休|\bhand(?:ing|ed)? (?:it |this |them )?over\b|\bhandover\b|\bon leave\b|\bcover(?:ing)? for\b/i;

/** The first clause that says a stage or a channel says a stage the deal moved to. */
function stageSaidBeforeContact(t: string): boolean {
  // "跟进谢总：合同法务还在看": a message opened as a follow-up is one, whatever stage it mentions.
  if (/^\s*(?:跟进|回访|follow(?:ed|ing)?[- ]up|chased|checked in)/i.test(t)) return false;
  for (const clause of t.split(/[，,。.!！?？;；—–]|\s-\s/).slice(0, 2)) {
    if (findChannel(clause)) return false;
    // A quote sent is as often the contact itself ("刚给老黄发了报价单，邮件发的"); only a deal won, lost or haggled over is news.
    const stage = findStage(clause);
    if (stage) return stage === "won" || stage === "lost" || stage === "negotiation";
  }
  return false;
}

/** "老陈离职了，他的客户鼎盛物流现在什么情况？": a customer's state asked, whatever the news before it. */
const STATUS_ASKED = /(?:现在|目前)?(?:什么情况|怎么样了|进展如何|到哪一步了)\s*[?？]?\s*$/;

const PERIOD_MEASURE_ONLY = /^[^，,。！!]{1,12}的(?:成交|签单|出单|开单|回款|业绩|销售|销量|营收|收入)(?:情况|数据|额|量)?\s*[?？]?\s*$/;
/** "cancel the massage I booked", "把按摩改到周五": an appointment already made, called off or moved. */
const APPOINTMENT_MOVED = /\bcancel|\bcall(?:ing)? off\b|\breschedul|\bpostpone|\bmove (?:my|our|the)\b|\bpush (?:my|our|the)\b|取消|改到|改成|改约|推迟|提前到|延后|换到/i;
const OWN_BALANCE_ASKED = /(?:我|俺|咱)?(?:现在|目前|还|一共|总共)(?:有|剩)?(?:多少|几)(?:个)?(?:积分|分)|(?:我|俺|咱)(?:有|剩)?(?:多少|几)(?:个)?(?:积分|分)|(?:我|俺|咱)的积分|\bhow many (?:points )?(?:do i have|have i got|i(?:'ve)? got)\b|\bmy (?:points|balance)\b/i;
const GUEST_SETS_PRICE = /\b(?:change|set|make|lower|reduce|drop|update)\s+(?:the |my )?(?:price|rate|bill|charge|cost|total)\b[^.?!]{0,30}\bto\b|把[^，,。]{0,6}(?:价格|房价|价钱|账单|房费)(?:改|调|设)(?:成|为|到)/i;
const SET_UP_DONE = /摆好台|台(?:已经)?摆好|\b(?:table|room|hall) (?:is|has been|was) (?:all )?(?:set|set up|laid|dressed)\b/i;
const ALREADY_BOOKED = /(?:我|我们)(?:已经)?(?:订|预订|预定|约)(?:了|好了)|\b(?:i|we)(?:'ve| have)? (?:already )?(?:booked|reserved)\b|\b(?:i|we) have a (?:booking|reservation)\b/i;
const BOOKING_IMAGINED = /^\s*(?:如果|假如|要是)[^，,。]{0,8}有[\d一二两三四五六七八九十]+(?:个)?人[，,\s][^。]{0,6}(?:可不可以|可唔可以|能不能|可以吗|行不行|得唔得)[^。]{0,4}(?:包场|包場|包下)|^\s*(?:if|say|suppose|hypothetically,?) (?:i|we) (?:booked|book|stayed|reserved|came)\b[^?]{0,60}\b(?:would|will|could|do|does) (?:i|we|it|that)\b|^\s*(?:如果|假如|要是)我(?:们)?[^，,。？?]{0,6}?(?:订|住|预订)[^。？?]{0,20}(?:会不会|能不能|有没有|能)|^\s*if (?:the|my|our) [^?]{0,50},?\s*(?:could|can|would|may) (?:i|we) (?:switch|change|move|swap|upgrade)\s+(?:rooms?|tables?)\b/i;
const NEXT_STEP_SAID = /\b(?:circle back|follow up|check back|touch base|chase|ping (?:him|her|them))\b|再跟(?:进|他|她|客户)?(?=[，,。!！\s]|$)|再(?:联系|约|问)(?:他|她|客户)?(?=[，,。!！\s]|$)|回复(?:他|她)/i;
const OWN_NEXT_STEP = /\b(?:i'?ll|i will|i'?m going to|gonna|will) (?:call|ring|phone|email|text|follow up|check in|get back|circle back|touch base)\b|\b(?:calling|ringing|phoning|emailing|texting|following up with|checking in with) (?:him|her|them|[A-Z]\w+)\b|我(?:[^，,。]{0,6})?再(?:联系|打|问|跟|约|找)/i;
/** "lead: … conference packages for their offsite", "记个线索…团建午餐": a lead's own event is no news of our team. */
const LEAD_NAMED = /\b(?:new )?(?:lead|prospect)\b|线索|新客户|潜在客户|意向客户|^\s*新客(?=[\s:：,，])/i;
const SHOW_RECORD = /^\s*(?:show|bring up|pull up|open|display)(?: me)?(?: the)?(?: (?:record|profile|file|details|info|card)s? (?:of|for|on))?\s+[^,.，。]{2,40}[?.!]*\s*$/i;
const OWNER_ASKED = /\bwho(?:'s| is| dis| this)?\b|是谁|谁的|哪位|边个|哪个客户/i;

/**
 * Whether a deal reached a stage, asked: "签了吗", "定了没", "成交了没有", "did Acme sign yet?", "has the deal closed?".
 * "签了没几天就…" runs on, so the question must end the message.
 */
const STAGE_ASKED =
  /(?:签|成交|定|拿下|谈成|搞定|丢|黄|付款|回款|打款|款打|款到)(?:了|掉了|下来了)?(?:吗|么|嘛|没有?|了没有?|未)\s*[?？]*\s*$|^\s*(?:did|has|have|is|are|was|were)\b[^.!]*\b(?:sign(?:ed)?|close[ds]?|won|lost|confirm(?:ed)?|paid|pay)\b[^.!]*(?:\?|\byet)\s*\??\s*$/i;

/** Messages the rules know to carry nothing to do, whatever their words: no second opinion is asked. */
function reportsNothing(t: string, role: Role, f: Features): boolean {
  return thanksOnly(t) || ADVICE_ON_A_CASE.test(t) || (role === "guest" && FACILITY_HOURS.test(t)) || (role === "guest" && ASKS_WHAT_WE_OFFER.test(t) && !/\b(?:my|our|help|guide|manual|commands?)\b|我的|我们的|说明|帮助|教程|指令|命令|功能/i.test(t)) || (role !== "guest" && (isChatter(t, f) || colleagueNews(t) || aboutOurOwnWork(t, f)));
}

/** "存一下", "记到她档案里", "帮他资料改一下", "备注一下：不吃辣": the writer asks for it to be kept on the customer's file. */
const KEEP_ON_FILE = /^\s*记(?:一下|下)[:：\s]|(?:备注|備註)(?:一下|下)?[:：]|存一下|(?:记|写|加|存|更新|录)(?:到|在|进)(?:他|她|客户)?的?(?:档案|资料)|(?:档案|资料)(?:里|上)?(?:加(?:一条)?|改|更新|补)|(?:帮|给)(?:他|她)(?:的)?资料改|\b(?:add|note|put|save|keep) (?:it|this|that) (?:to|on|in) (?:his|her|their) (?:file|profile|record)\b/i;

function isChatter(t: string, f: Features): boolean {
  // "remind me … to send Dave a holiday note": a reminder asked for is a task, whatever it is about.
  if (f.phones.length || f.emails.length || f.goods.quantity !== undefined || f.stage || f.problem || f.channel || KEEP_ON_FILE.test(t) || (f.dates.length && REMIND_ME.test(t))) return false;
  if (BUSINESS.test(t)) return false;
  // "刘女士结婚纪念日是5月20号，她本人生日是11月2号": a birthday's day, kept on file, is no gossip about a wedding.
  if (f.dates.length && /(?<!(?:老公|老婆|丈夫|妻子|先生|太太|儿子|女儿|孩子|小孩|妈妈?|爸爸?|父母|家人)的?)(?:生日|纪念日)(?:是|在)?\s*[\d一二三四五六七八九十]{1,2}\s*月|(?<!\b(?:husband|wife|son|daughter|kid|mum|mom|dad|partner)['’]s )\b(?:birthday|anniversary) is\b/i.test(t)) return false;
  // "她去年婚礼花了两百万": a sum in someone's private life is still gossip; beside a judgement of character it is business.
  if (f.money.length && !PRIVATE_LIFE.test(t)) return false;
  // "毛孩子乐园" is a pet shop's name, not a child: words inside a business's name are no one's private life.
  // "林太太喜欢靠窗": nor inside a titled name (Mrs Lin is no one's wife here).
  const bare = [...f.companies, ...f.names.filter((n) => n.titled)].reduce((rest, c) => rest.replace(c.value, " "), t);
  return PRIVATE_LIFE.test(bare) || CHARACTER.test(bare);
}

const THANKS_FOR = /^\s*(?:thanks|thank you|thank u|thx|cheers|ty) (?:so much |a lot )?for\b|^\s*(?:谢谢|感谢|多谢)(?:你|您|你们)?(?:的|帮|陪|这次)/i;
/** "Thanks for sorting the refund! One more thing, can I change…", "谢谢你们的好意，不过…还是取消吧": thanks, then a new ask. */
const THEN_ASKED = /\b(?:but|however|one more thing|btw|by the way|could (?:we|i|you)|can (?:we|i|you)|we'?d love to)\b|不过|但是|可是|另外|顺便|还是(?:取消|改|订)/i;
const thanksOnly = (t: string) => THANKS_FOR.test(t) && !THEN_ASKED.test(t);
const ADVICE_ON_A_CASE = /出出主意|出个主意|给(?:点|些)建议|\bany (?:ideas|suggestions)\b|(?:的话|如果|要是|万一|假如)[^。]{0,24}(?:送什么好|什么好|怎么办|怎么做|咋办|咋整|好不好|合适吗|有什么建议|该怎么)|\bwhat (?:should|do|would) (?:i|we) (?:do|get|send|give|say)\b[^.!]*(?:\?|$)\s*$/i;
const UNANSWERED = /(没人接|没接|不接|未接|\bno answer\b|didn'?t pick up|(?:never|not|isn'?t|wasn'?t) (?:picking|picked) up|went unanswered|voicemail)/i;
/** Right after a name: which of their details follows ("的新邮箱", "'s cell"). */
const DETAIL_AFTER_NAME = /^\s*(?:的)?\s*(?:新)?\s*(?:邮箱|电话|手机号?|号码|微信|email|e-mail|mobile|cell)|^'s (?:new )?(?:email|cell|mobile|phone|number)/i;
/**
 * Right after a name, only the detail wanted, tersely: "Mr Tan phone?", "Tan Brothers 的地址发我下", "Grace email pls",
 * "周姐 微信?". Nothing is given, so it is a look-up, not an update.
 */
const ONLY_DETAIL_ASKED =
  /^\s*(?:的|'s)?\s*(?:phone|number|mobile|cell|email|e-mail|address|contact(?: details| info)?|details|电话|手机号?|号码|邮箱|地址|微信号?|联系方式|资料)(?:\s*number)?\s*(?:pls|please|plz|thx|是多少|是啥|是什么|多少|呢|发我|发我下|发我一下|发一下|给我|给一下|[?？!！.。\s])*$/i;
/** Whether a customer has bought lately, asked: "麦穗坊最近下过单吗", "有没有再订货", "has Brightside ordered anything this year?". */
const PURCHASE_HISTORY_ASKED =
  /(?:下过|下了|有下)单(?:吗|没|么|了吗)|(?:买过|订过|进过|来过|采购过|返过)[^，,。]{0,4}(?:吗|没|么)|(?:有没有|是否|有无)(?:再)?(?:下过?单|买过|订过|订货|进货|采购|复购|返单)|\b(?:has|have|did)\s+[^?.!]{1,30}?\s+(?:ordered|bought|purchased|order|buy|purchase|reorder|reordered)\b[^?.!]*\?/i;
/** Where someone works now: "现在去万达集团了", "如今在蓝海科技". */
const NOW_AT = /(?:现在|如今|已经|目前)(?:转了?)?(?:去|到|在)了?|转(?:了)?(?:去|行)做|改行做/;

const MEASURE_STATED = new RegExp(`${SALES_MEASURE.source}\\s*(?:是|为|[:：])?\\s*(?:[\\d一二两三四五六七八九十百千万]|[$¥￥])`);
const WON_PLANNED = /(?:年前|年底前|节前|月底前|春节前|之前|以前)(?:要|得)?把[^，,。]{0,6}(?:签|拿下|搞定)/;
/** "胡老师生日 8月19号 到时候提醒我…": the birthday itself given, which the record keeps (update_customer). */
const BIRTHDAY_GIVEN = /(?:生日|birthday|b-?day)\s*(?:is|是|:|：|on|在)?\s*(?:\d|[一二三四五六七八九十]{1,3}月|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;
const REMIND_ME = /提醒(?:我|一下)|\bremind me\b(?! (?:who|what|how|of (?:what|which|my)|about my (?:booking|reservation|table|room|stay)))/i;
const FOLLOW_UP_MOVED = /\b(?:push|move|postpone|bump|shift|reschedule|defer|delay|slide)\b[^.?!]{0,40}\b(?:follow[- ]?up|call ?back|check[- ]?in|catch[- ]?up|touch ?base|reminder|chase)\b[^.?!]{0,40}\bto\b|^\s*(?:pls |please )?(?:postpone|push|bump|defer) [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3} (?:to|till|until)\b|(?:跟进|回访|提醒|联系)[^，,。]{0,6}(?:推迟|推后|往后推|顺延|改)(?:到|至)|\b(?:push|move|postpone|bump|shift|reschedule)\b[^.?!]{0,20}\b(?:site visit|visit|meeting|demo|appointment|walkthrough|tasting)\b[^.?!]{0,20}\b(?:to|till|until)\b|(?:约的|约好的|拜访|见面|面谈)[^，,。]{0,12}(?:改到|推迟到|推到|改在|挪到|改成)/i;
const CONTACT_TO_MAKE = /^\s*(?:pls |please |remember to |need to |must |gotta |have to )?(?:call|ring|phone|email|e-mail|text|whatsapp|message|ping|chase|follow up with|check in with|touch base with)\s+(?:up\s+)?(?:Mr\.? |Mrs\.? |Ms\.? |Dr\.? )?[A-Z][\w'-]+/;
/** "谁把鼎盛餐饮联系人的电话改成10086了？？？", "who changed Acme's phone number?!": who made a change, asked; nothing to change. */
const WHO_DID_IT = /^\s*谁(?:把|改|动|删)|^\s*who (?:changed|deleted|edited|updated|moved|marked)\b/i;
/** "Approved: Pinecrest can have 6%, not 8", "同意给他们打九折": a discount allowed, told to the rep; nothing to record. */
const DISCOUNT_GRANTED = /\bcan have (?:\d+(?:\.\d+)?\s?%|\d+ (?:per ?cent|points?))|^\s*(?:approved|ok(?:ay)?|fine)\b[^.]{0,30}\b\d+\s?% (?:off|discount)\b|(?:同意|批准|可以)(?:给)?[^，,。]{1,8}(?:打|让)(?:[一二三四五六七八九]折|\d+\s?(?:%|个点))/i;
/** "星河物业那单我刚才已经标成交了，别重复录", "already logged it, don't add it again": a record already made, not to be made twice. */
const ALREADY_RECORDED = /(?:已经|刚才|刚刚)[^。]{0,8}(?:标|录|记|建|加)(?:成|了|过)[^。]{0,12}(?:别|不要|不用)(?:再)?重复|别重复(?:录|记|建|加|登记)|\bdon'?t (?:log|add|enter|record) (?:it|this|that|her|him|them) (?:again|twice)\b|\balready (?:logged|added|entered|marked)\b[^.?!]{0,30}\b(?:don'?t|no need to) (?:log|add|enter|record|mark)\b/i;
const LAST_TIME = /上次|上回|\blast time\b/i;
const INTERESTED = /有兴趣|感兴趣|有意向|\bkeen on\b|\binterested in\b/i;
const FIRST_MET = /^\s*(?:[Jj]ust )?[Mm]et (?:a |an )?(?:new )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)? (?:from|of) /;
const ROOM_OF_OURS = /\d{3,4}\s*(?:号)?房|隔壁|\broom \d{3,4}\b/i;
const ASKED_FIRST = /^\s*(?:pls|please|plz|can you|could you|麻烦|请|帮我)?\s*(?:cancel|change|move|reschedule|取消|退掉|改到)/i;
const LATE_WARNED = /可能(?:会)?(?:晚到|迟到|晚一点到)|\b(?:might|may) (?:be|arrive) (?:a (?:bit|little) )?late\b/i;
const STOOD_UP = /放(?:了)?(?:我们|我|咱们)?(?:的)?鸽子|爽约|\bstood (?:us|me) up\b|\bno[- ]?showed\b/i;
const DEAL_LOST_UNNAMED = /(?:又|也)?(?:黄|丢|飞)了(?:一|个|1)单|\b(?:lost|dropped) (?:another|a) (?:deal|one)\b(?!\s+(?:with|from|to)\b)/i;
const PLANNED_VISIT = /(?:去|要去|再去|过去|上门)(?:找|见|拜访|看望)|\b(?:going to|will|gonna|plan to) (?:see|visit|meet)\b/i;
/** "下周四我带新样品过去", "I'll bring new samples Friday": what the writer will do next about it. */
const WRITER_NEXT_STEP = /我(?:再)?(?:带|送|寄|拿|去|过去|上门)|(?:带|送|寄|拿)(?:些|点)?(?:新)?样品?过去|\b(?:i'?ll|we'?ll|i will|we will) (?:bring|send|drop|take|go|swing|pop)\b/i;
const COMPLAINT_CLOSED = /(?:投诉|客诉|问题)[^。]{0,6}(?:算是?)?(?:结了|了结|结案|处理(?:完|好)了?|解决(?:好)?了|搞定了|关(?:闭)?了)|\b(?:complaint|issue|ticket|case)\b[^.]{0,12}\b(?:closed|resolved|sorted|settled|put to bed)\b|\bclosed (?:out )?(?:the|her|his|their) (?:complaint|ticket|case)\b/i;
const GRIEVANCE = /投诉|不满|抱怨|生气|发火|complain|unhappy|not happy|angry|furious|upset|livid|fuming/i;
const NEXT_TIME_CONTACT = /(?:下次|下回|回头|改天|\bnext time\b)[^，,。]{0,4}(?:拜访|见面|见|去|visit|see|meet)/i;
const PAST_CONTACT = /(?:拜访|见|聊|打)了|\b(?:visited|met|called|spoke)\b/i;
const RECORD_ASKED = /^\s*(?:[^，,。\s]{1,6}?\s*)?(?:帮我|帮忙|麻烦)?(?:录|记|建|加|登记)(?:入|上)?(?:一下|下)\s|^\s*(?:pls |please )?(?:log|record|save|note) (?:this|down)\b/i;
const RECORD_HEADING = /^\s*(?:客户资料|客户信息|联系人信息|联系人资料|\blead (?:details|info)|\bcontact (?:details|card|info))\s*(?:[:：\-—]|\s)/i;

const WRITE_INTENT_NAMES = new Set<IntentName>([
  "create_lead", "log_followup", "update_deal", "update_customer", "create_booking", "change_booking", "cancel_booking", "log_complaint",
]);

const COUNTED_RANKING = /最(?:大|多|高|好)的?\s*[\d一二三四五六七八九十两]+\s*(?:个|位|家|名)|前\s*[\d一二三四五六七八九十]+\s*(?:个|位|家|名)|\btop\s+\d+\b|\b(?:\d+|three|five|ten) (?:biggest|largest|best)\b/i;
const RANKING_ASKED = /\btop\b|^\s*list\b|\blist (?:of|our|the|all|my)\b|\bwho (?:are|is)\b|\bwhich\b|\bbiggest\b|\bmost\b|前\s*[\d一二三四五六七八九十]|排名|排行|哪些|哪几|有哪|最(?:大|多|高)|名单|列表|[?？]/i;
const STAFF_WRITES = ["create_lead", "log_followup", "update_deal", "update_customer"] as const;

/** Evidence from what was found rather than what words were used. */
function addEntityEvidence(
  t: string,
  role: Role,
  f: Features,
  add: (intent: Scored, w: number) => void,
  scores: Map<Scored, number>,
): void {
  const who = f.names.length > 0 || f.companies.length > 0;
  // "VIP客户孙总投诉…", "Mr Chow升做VIP", "VIP note: Mr Lim…": one named customer who is a VIP, not a ranking asked for.
  if (f.names.length && /\bvips?\b/i.test(t) && !RANKING_ASKED.test(t)) add("top_customers", -(scores.get("top_customers") ?? 0) - 1);
  const has = (i: Scored) => (scores.get(i) ?? 0) > 0;
  // "橡胶颗粒那边最大的五个买家是谁": a counted ranking within a line of business, not one customer looked up.
  if (has("top_customers") && COUNTED_RANKING.test(t)) add("lookup_customer", -3);
  // Staff grumbling about their own day ("我电脑坏了") is not a customer's complaint: from staff it needs
  // a customer named or meant.
  // A call nobody picked up is, from staff, a contact to log; from a guest, a grumble about the desk.
  const unanswered = role !== "guest" && UNANSWERED.test(t) && !/投诉|complain/i.test(t);
  // "the truck came late but Mr Ho was fine with it": a problem nobody minds is no complaint.
  const minded = !/\b(?:was|were|is|are)\s+(?:fine|ok|okay|cool)\s+with\b|\b(?:didn'?t|did not|doesn'?t) mind\b|\bno (?:big )?(?:deal|problem|worries)\b|没关系|不介意|没意见|无所谓/i.test(t);
  if (f.problem && minded && !unanswered && (role === "guest" || who || /(客户|顾客|客人|住客|会员|投诉|customer|client|guest|complain)/i.test(t))) add("log_complaint", 2.5);
  if (f.problem && !minded) add("log_complaint", -3);
  // "Mrs Wong rang, her order arrived late", "金鼎酒楼反馈上批酒瓶子碎了三箱": a customer ringing in or giving
  // feedback about a problem is complaining; the contact only carried it.
  const rangIn = who && /\b(?:rang|called in|phoned in|called us|rang us)\b|打(?:了|过)?电话(?:过)?来|打来电话|打过来|来电/i.test(t);
  const feedback = /反馈|反映|\bfeedback\b/i.test(t) && (who || /客户|顾客|customer|client/i.test(t));
  if (f.problem && minded && !unanswered && role !== "guest" && (rangIn || feedback)) {
    add("log_complaint", rangIn ? 2.5 : 2);
    add("log_followup", rangIn ? -1.5 : -1);
  }
  // "赵总邮箱 zhao@…", "马经理现在去万达集团了": a detail of someone known, given or changed.
  const firstWho = f.names[0];
  // Not when the message says it is a new lead ("新线索 韦总 电话135…"): then the number is the lead's.
  // Nor when they want goods counted ("远大建材李工 电话137… 问了防水涂料的价 要300桶"): someone asking to buy is a lead.
  const wantsGoodsCounted = f.goods.quantity !== undefined && f.partySize === undefined && !f.bookingKind && WANTS.test(t);
  if (role !== "guest" && firstWho && (f.phones.length || f.emails.length) && wantsGoodsCounted && (scores.get("create_lead") ?? 0) < 4) add("create_lead", 3);
  if (role !== "guest" && firstWho && (f.phones.length || f.emails.length) && DETAIL_AFTER_NAME.test(t.slice(firstWho.end)) && (scores.get("create_lead") ?? 0) < 4 && !wantsGoodsCounted) add("update_customer", 3.5);
  // "马经理现在去万达集团了": the company named after the move; "锦澜物业那单现在在谈价" moved nobody.
  const nowAt = NOW_AT.exec(t);
  if (who && nowAt && f.companies.some((c) => c.index >= nowAt.index)) add("update_customer", 3.5);
  const firstAny = [...f.names, ...f.companies].sort((a, b) => a.index - b.index)[0];
  if (firstAny && !f.phones.length && !f.emails.length && ONLY_DETAIL_ASKED.test(t.slice(firstAny.end))) add("lookup_customer", 3.5);
  if (who && role !== "guest" && PURCHASE_HISTORY_ASKED.test(t)) add("lookup_customer", 3);
  // "王总说价格还能再谈", "Sarah said they need more time": what a customer said is a contact to log.
  // Unless what they said is how to reach them from now on ("苏姐说以后别打电话 有事微信联系"): that goes on their record.
  // The call or message named in it is the habit, not a contact made; in a new lead's details it is part of the lead.
  const contactHabit = CONTACT_HABIT.test(t);
  if (reportedSpeech(t, f) && !contactHabit) add("log_followup", 2.5);
  if (contactHabit) add("log_followup", -2.5);
  if (contactHabit && (scores.get("create_lead") ?? 0) >= 4) add("update_customer", -3.5);
  // "拜访了罗老板，他说饭点别打电话，下周一上午再去一趟": a visit or call made, with the next one set, is the contact to log;
  // how they like to be reached rides along in its summary.
  if (contactHabit && CONTACT_DONE.test(t) && f.dates.some((d) => compareDates(d.date, f.clock.today) > 0)) add("log_followup", 5);
  // "Met with Dr. Alvarez… She likes the bundle but wants 15% off. Next meeting Nov 12": what they like, heard at a
  // meeting with the next one set, is the meeting's to log.
  else if (role !== "guest" && CONTACT_DONE.test(t) && NEXT_ONE_SET.test(t) && f.dates.some((d) => compareDates(d.date, f.clock.today) > 0)) add("log_followup", 1.5);
  // "实验小学的朱老师咨询暑期书法班，大概30个学生，邮箱…，5月6号再联系她": someone new asking about what we sell, with
  // a way to reach them, is a lead; the call back is its next step.
  if (role !== "guest" && ENQUIRED.test(t) && (f.phones.length || f.emails.length) && f.names.length && f.companies.length && !CONTACT_DONE.test(t)) {
    add("create_lead", 2.5);
    add("log_followup", -2);
  }
  // "隔壁半夜一直在吵…能不能给我换个房间": another room asked for because of what went wrong is the grievance told.
  if (role === "guest" && f.problem && ROOM_SWAP.test(t) && !f.dates.length) add("log_complaint", 3);
  // "Met Sarah Lee of Blue River Foods": someone introduced with their company is a new lead, the more so wanting an amount of something.
  const metFromCompany = /\b(?:[Mm]et|[Mm]eet|[Ii]ntroduced to)\s+(?:(?:[A-Z][\w'-]*\s+){1,3}|[\u4e00-\u9fff]{2,4}\s*)(?:of|from)\s+(?:[A-Z]|[\u4e00-\u9fff])/.test(t) && f.companies.length;
  if (metFromCompany) add("create_lead", (f.goods.quantity !== undefined || f.goods.product) && WANTS.test(t) ? 3.5 : 2.5);
  // "王总说想订200盒月饼": staff ordering goods for a customer is a sale, never a booking of a room or a table.
  if (role !== "guest" && has("create_booking") && f.goods.quantity !== undefined && f.partySize === undefined && !f.nights && !f.bookingKind && !BOOKING_NOUN.test(t)) add("create_booking", -3);
  // "宏达建材进入谈判阶段了，吴总刚打电话来砍价", "Brightside Dental signed for the chairs, $9,600. Rachel called me herself":
  // a deal's news said first, then the contact it came by, is the deal's move.
  if (role !== "guest" && has("log_followup") && f.stage && stageSaidBeforeContact(t)) add("update_deal", 1.5);
  // "腾云互动的刘婷要订团建套餐，40人，预算1万2，明天给她发方案": a budget and a proposal to send are a sale in the making.
  if (role !== "guest" && has("create_booking") && /预算|\bbudget\b/i.test(t) && /发(?:个)?(?:方案|报价)|(?:send|email) (?:her|him|them) (?:a |the )?(?:proposal|quote)/i.test(t)) add("create_booking", -3);
  // "把明天的预订改成5个人": changing a booking that exists is not making a new one.
  if (has("change_booking") && EXISTING_BOOKING.test(t) && !NEW_BOOKING.test(t)) add("create_booking", -2.5);
  // "今年成交额前5的客户": a ranking by deals won is not a deal won.
  // Unless the measure is stated with its value ("成交金额三万五"): that is the deal's amount.
  if (has("top_customers") || (SALES_MEASURE.test(t) && !MEASURE_STATED.test(t))) add("update_deal", -3);
  // "上周整体怎么样", "how was last month": a period and how it went is the team's summary.
  if (role !== "guest" && !f.names.length && f.period && f.period !== "overdue" && f.period !== "today" && /(怎么样|如何|咋样|\bhow (?:was|is|did|are)\b|\bhow(?:'s|'d)\b)/i.test(t)) add("summary", 2.5);
  // "最近三天的成交", "上周的回款": a period's deals or takings, named and nothing more, are its figures.
  // "本周的成交", "10月1日至今的成交": a period's measure, asked in a few words.
  if (role !== "guest" && !f.names.length && !f.companies.length && ((f.period && f.period !== "overdue") || f.dates.length) && PERIOD_MEASURE_ONLY.test(t)) add("summary", 3);
  // "小王这周怎么样" from a manager: how one of the team did over a period.
  if (role !== "guest" && f.names.length && f.period && f.period !== "overdue" && /(怎么样|如何|咋样|表现|干得|做得)/.test(t)) add("summary", 2.5);
  // "小刘昨天的跟进情况", "小陈上周的拜访情况": how a rep's follow-ups went over a period is a report, not a follow-up.
  if (role !== "guest" && f.names.length && f.period && f.period !== "overdue" && /(?:跟进|工作|销售|拜访)(?:的)?(?:情况|进展)/.test(t)) {
    add("summary", 2.5);
    add("log_followup", -2);
  }
  // A name with a phone or email and nothing else going on is someone to record.
  if (who && (f.phones.length || f.emails.length) && !has("update_customer") && !has("lookup_customer")) add("create_lead", 2);
  if (f.phones.length && f.names.length && f.companies.length) add("create_lead", 1);
  if (who && (f.goods.quantity !== undefined || f.goods.product) && has("create_lead")) add("create_lead", 1);
  if (f.channel && who) add("log_followup", 1);
  if (role !== "guest" && who && f.dates.length && REMINDER_SET.test(t)) add("log_followup", 1);
  // "Remind me on Christmas Eve to send Dave Holt a note", "元旦前一天提醒我给孙总发祝福": a reminder about a customer, on a day.
  if (role !== "guest" && who && f.dates.length && REMIND_ME.test(t) && !BIRTHDAY_GIVEN.test(t)) add("log_followup", 2.5);
  // "push my follow-up with Halvorsen Logistics to next Tuesday", "Postpone Redwood Clinic to …", "今天下午约的孙经理改到下周一":
  // the next step, or a meeting with a customer, moved.
  // "王总又放我们鸽子了…改到周五吧", "Mr. Whitfield stood us up again 🙃 push it to Friday": so is the meeting a customer
  // missed, set again for a day.
  if (role !== "guest" && who && f.dates.length && (FOLLOW_UP_MOVED.test(t) || STOOD_UP.test(t))) {
    add("log_followup", 4);
    // "push my check-in with Larkspur Foods": a meeting with a customer, no guest's stay.
    if (has("change_booking")) add("change_booking", -4);
  }
  // "下周五入住，两晚，大床房，要远离电梯的。上次隔壁装修…": a stay booked, last time's trouble only the reason for a wish.
  const lastTime = LAST_TIME.exec(f.text);
  if (role === "guest" && lastTime && f.dates.some((d) => d.index < lastTime.index) && (f.nights !== undefined || f.roomType) && has("log_complaint")) add("create_booking", 3);
  // "今晚8点半两位，我们坐高铁从广州过来，可能会晚到十几分钟": a table asked for first, a late arrival only warned of.
  if (role === "guest" && f.partySize !== undefined && f.dates.some((d) => d.time && d.index < 12) && LATE_WARNED.test(t) && has("change_booking")) add("create_booking", 3);
  // "唉，又黄了一单，绝了": a deal lost with no one named is a sigh, not a record to move.
  if (!who && DEAL_LOST_UNNAMED.test(t) && has("update_deal")) add("update_deal", -4);
  // "周一去找韩经理", "明天去见刘总": a visit to someone planned for a day is the next step to keep.
  // A lead recorded with the visit planned ("录个客户：… 10月12号去拜访") stays a lead.
  if (role !== "guest" && who && f.dates.length && PLANNED_VISIT.test(t) && (scores.get("create_lead") ?? 0) < 4) add("log_followup", 3);
  // "call Tom tomorrow", "ring Joyce the week after next": a contact to make, told to oneself with its day, is a follow-up to keep.
  if (role !== "guest" && who && f.dates.some((d) => compareDates(d.date, f.clock.today) > 0) && CONTACT_TO_MAKE.test(t)) add("log_followup", 2.5);
  // Sending a quote over WeChat is a contact logged; the stage change is implied, not announced.
  if (f.channel && has("log_followup") && has("update_deal")) add("log_followup", 1);
  if (f.stage && who) add("update_deal", 1.5);
  // "年前把合同签了 跟孙总约了下周四": a signing still planned reaches no stage; the meeting set is the news.
  if (!f.stage && !f.money.length && has("update_deal") && has("log_followup") && WON_PLANNED.test(t)) add("update_deal", -2);
  // "陈总那边已经付款了": a stage reached, said of someone, with nothing else going on.
  if (f.stage && who && [...scores.keys()].every((k) => k === "update_deal")) add("update_deal", 1.5);
  // "Lisa at Harbor Hotel wants a quote for 30 cases": someone wanting a quantity of something, not a contact logged.
  // With both a person and their company named it is a whole lead record, told as a list or a story.
  // A call still to make ("can call him Friday?") is part of the lead, not a contact logged.
  if (who && f.goods.quantity !== undefined && f.goods.product && (scores.get("log_followup") ?? 0) < 2.5 && WANTS.test(t)) {
    add("create_lead", f.names.length && f.companies.length ? 2.5 : 2);
  }
  // "速达物流的罗主管想给车队换25台电动踏板，下周一上门谈": someone introduced with their company as the message opens, wanting
  // goods, and only a visit still to come, is a new lead whose first step is planned; no contact has been made to log.
  else if (role !== "guest" && f.names.length && f.companies.length && /^[\s，,:：]*$/.test(f.text.slice(0, Math.min(f.names[0]!.index, f.companies[0]!.index))) && f.goods.quantity !== undefined && f.goods.product && (WANTS.test(t) || INTERESTED.test(t)) && !f.stage && !CONTACT_MADE.test(t) && f.dates.length && f.dates.every((d) => compareDates(d.date, f.clock.today) > 0)) {
    add("create_lead", 4);
  }
  // "Met Bec from The Thrifty Fox cafe, keen on 14 refurbished bentwood chairs": someone met and introduced by their
  // business, keen on goods, is a lead before it is a contact.
  if (role !== "guest" && FIRST_MET.test(t) && f.companies.length && f.goods.product && (WANTS.test(t) || INTERESTED.test(t)) && !f.stage) add("create_lead", 1);
  // "老郭想要八十吨有机化肥 预算二十万 明天给他打电话": wanting goods with a budget, and only a call planned, is a new lead.
  if (role !== "guest" && f.names.length && f.goods.quantity !== undefined && f.goods.product && f.money.length && WANTS_GOODS.test(t) && !f.stage && !CONTACT_MADE.test(t)) add("create_lead", 2);
  // "张伟上个月成交了多少": how much over a period is a report, not a deal closed.
  if (role !== "guest" && f.period && f.period !== "overdue" && /(多少|几单|几个|几家|\bhow (?:much|many)\b|\bwhat did\b)/i.test(t)) {
    add("summary", 2.5);
    add("update_deal", -2.5);
  }
  if (f.stage && f.money.some((m) => m.strong || m.value >= 100) && has("update_deal")) add("update_deal", 1);
  // "Show me Klaus Becker", "pull up Hartwell Care Homes": someone's record opened, by name alone.
  if (role !== "guest" && who && SHOW_RECORD.test(t) && !f.phones.length && !f.emails.length && !f.stage && !f.period && !has("summary")) add("lookup_customer", 4);
  // "91234567 who ah", "这个号码是谁 13800001111": a number or address given, its owner asked.
  if (role !== "guest" && (f.phones.length || f.emails.length) && !who && OWNER_ASKED.test(t)) add("lookup_customer", 4);
  // "王总那边签了没有", "has the Hilton deal closed?": whether a stage was reached is asked, so the customer is looked up.
  if (role !== "guest" && STAGE_ASKED.test(t)) {
    if (has("update_deal")) add("update_deal", -5);
    if (who) add("lookup_customer", 4);
  }
  // "send Fiona the revised quote tomorrow", "发个报价给王总 明天前": a quote still to send is a follow-up to do, no stage reached.
  if (f.stage === "proposal" && who && QUOTE_TO_SEND.test(t) && f.dates.length) {
    add("update_deal", -2);
    add("log_followup", 2.5);
  }
  // "Ravi confirmed PO for 200 units, total 3.2 lakh": a win with its sum, told with no call or visit, is the deal's news;
  // so is one the customer rang in with ("罗总刚来电话，说定了…合同金额12万"): the call only carried it.
  if (f.stage === "won" && who && (!f.channel || NEWS_RANG_IN.test(t)) && f.money.some((m) => m.strong) && has("log_followup")) {
    add("update_deal", 1.5);
    if (f.channel) add("log_followup", -3);
  }
  // "明晚7点，4位" / "后天中午，2个人": a when and a how-many is a booking, whoever types it.
  const when = f.dates.length > 0;
  if (when && f.partySize !== undefined) add("create_booking", role === "guest" || role === "frontdesk" ? 3 : 2);
  // "booked the Tan family for Sat 7pm, 6 pax", "吴先生，明晚七点，四位": a head count at an hour is a table, not goods wanted.
  if (when && f.partySize !== undefined && has("create_lead") && (f.goods.quantity === undefined || f.goods.quantity === f.partySize) && !f.money.some((m) => m.strong)) add("create_lead", -2.5);
  // "给VIP客户Mr. Lee订明晚8点的桌 4位": a booking with its when and head count, even for a VIP, is no ranking.
  // "who were our top 5 guests last month?": the first few ranked, whom no head count books.
  if (when && (f.partySize !== undefined || f.nights !== undefined || f.roomType) && has("create_booking") && !/\btop\s+\d+\b/i.test(t)) add("top_customers", -4);
  // "这周五晚上8点 10位 过生日": a birthday with a when and a head count is the occasion of a booking.
  if (when && f.partySize !== undefined && /生日|birthday/i.test(t)) add("update_customer", -2.5);
  if (f.nights !== undefined || f.roomType) add("create_booking", 1.5);
  // "周五到周日两晚，双人房": nights and a room type together are a stay asked for.
  if (f.nights !== undefined && f.roomType && !/多住|续住|改|换|延长|加一晚|\b(?:extend|change|move|upgrade)\b/i.test(t) && !/上次|上回|住过|\blast (?:time|stay)\b|\bstayed\b/i.test(t)) add("create_booking", 1.5);
  // "2 rooms for 12-14 Aug?": a room or a table for a span of days, asked by a guest, is a stay to book.
  if (role === "guest" && f.bookingKind && f.dates.some((d) => d.rangeEnd) && !has("change_booking") && !has("cancel_booking") && !has("my_bookings")) add("create_booking", 2.5);
  if (has("change_booking") && (f.partySize !== undefined || when || BOOKING_NOUN.test(t))) add("change_booking", 1.5);
  // "订一间标间，周五入住，住两晚。不对，改成亲子房吧": a booking asked for and corrected in the same breath is still a new one.
  if (has("change_booking") && has("create_booking") && SELF_CORRECTED.test(t) && !EXISTING_BOOKING.test(t.replace(SELF_CORRECTED, ""))) add("change_booking", -4);
  // A delay to arrival ("我们大概晚一个小时到", "we'll be 20 mins late") is about a booking even when none is named.
  // "Can we change the 14th to 7.30": a day named and a new time for it is a booking moved, noun or not.
  // "不用取消了 改到周日吧": a move that opens its clause, with a day, is the booking moved too.
  const dayGetsTime = f.dates.some((d) => !d.assumedDate && !d.time) && f.dates.some((d) => d.assumedDate && d.time) && !/wake|alarm|shuttle|taxi|cab\b|transfer|pick ?up|叫醒|接送|接机/i.test(t);
  if (has("change_booking") && !BOOKING_NOUN.test(t) && !REFERS_TO_A_BOOKING.test(t) && !/位|人|people|guests|\bof us\b|\bpax\b|\bppl\b/i.test(t) && f.partySize === undefined && !DELAYED.test(t) && !dayGetsTime && !(f.dates.length && /\binstead\b|(?<!(?:can'?t|cannot|won'?t|not|couldn'?t) )\bmake it\b|(?:^|[，,。\s])(?:那就|就|那|帮我|麻烦)?(?:改|挪|推|换|调)(?:到|去)/i.test(t))) add("change_booking", -2);
  // "包廂的麥克風一直沒聲音": a room or table named in a grumble, with no when and no how-many, is no booking.
  if (has("create_booking") && f.problem && !when && f.partySize === undefined && f.nights === undefined) add("create_booking", -3);
  // "We booked for eight and waited till quarter to nine": a booking told of, then what went wrong at it.
  if (has("create_booking") && f.problem && BOOKING_TOLD_OF.test(t)) add("create_booking", -3);
  // "可以带小型犬入住吗", "are dogs allowed?": the house's rules asked, with no when and no how-many, book nothing.
  // "他试饮了新茶叶几喜欢", "she tasted the samples and loved them": a sample liked is how a contact went, not a standing taste.
  // "gave Priya the tour, she prefers the corner suite": a room liked on a visit, with no head count or nights, books nothing.
  if (has("create_booking") && role !== "guest" && f.channel && /\bprefer(?:s|red)?\b|喜欢/i.test(t) && f.partySize === undefined && f.nights === undefined) add("create_booking", -3);
  // "来看过场地了 比较喜欢二楼宴会厅", "gave Priya the tour, she prefers the corner suite": so is a choice made on a visit.
  if (has("update_customer") && (/试(?:饮|吃|用|喝|穿|了)[^，,。]{0,10}(?:喜欢|满意|不错)|\b(?:tried|tasted|sampled|test drove)\b[^.,;]{0,30}\b(?:liked|loved|enjoyed)\b/i.test(t) || (f.channel === "visit" && f.dates.length > 0 && /(?:来看|参观|看过|tour|walkthrough|viewing|showed)/i.test(t)))) add("update_customer", -3);
  // "周阿姨以后订房都要双床房": what they are always to get from now on is kept on the record, nothing booked now.
  if (!when && /(?:以后|今后|往后)[^，,。]{0,4}?(?:都|一律|统一|每次都)要/.test(t)) {
    add("update_customer", 4);
    add("create_booking", -3);
  }
  // "are you open on Christmas Eve? we'd be about 10 people": whether they open is asked before anything is booked.
  if (has("create_booking") && OPEN_ASKED.test(t)) add("create_booking", -5);
  if (has("create_booking") && GUEST_ASKS_THE_RULES.test(t) && !when && f.partySize === undefined && f.nights === undefined) add("create_booking", -4);
  // "My friend told me you give double points on weekends, is it true?": how the scheme works, not the guest's own points.
  // "积分规则是怎样的？住一晚能积多少分？": how points are earned, asked; the writer's own balance is another question.
  if (has("my_points") && POINTS_SCHEME_ASKED.test(t)) add("my_points", OWN_BALANCE_ASKED.test(t) ? -4 : -8);
  // "For my booking on the 15/11, we will be only 2 persons": a new head count for a booking held is a change to it.
  if (role === "guest" && has("my_bookings") && f.partySize !== undefined && /\b(?:for|on|about|regarding|re) (?:my|our) (?:booking|reservation|table|room)\b/i.test(t) && !/[?？]\s*$/.test(t)) {
    add("change_booking", 5);
    add("my_bookings", -3);
  }
  // "生日那顿饭改到周六晚上7点", "纪念日那顿晚餐改到周日吧": a meal the guest has booked, moved.
  if (role === "guest" && MEAL_MOVED.test(t)) add("change_booking", 3);
  // "can't make it Saturday anymore, can we do Sun instead": the day it cannot be is the reason the booking moves.
  if (role === "guest" && dayMovedTo(t, f)) {
    add("change_booking", 4);
    if (has("cancel_booking")) add("cancel_booking", -2);
  }
  // "给黄先生打电话确认了积分补录的事", "VIP 周美华投诉积分兑换的房券用不了": staff talking of a customer's points are at their work.
  if (role !== "guest" && has("my_points") && (f.names.length > 0 || /客户|客人|会员|\b(?:customer|client|guest|member)s?\b/i.test(t))) add("my_points", -4);
  // "积分到现在都没到账！", "My points never got credited": points owed and missing are a complaint, not a balance asked;
  // "积分没问题了，已经到账，谢谢" is the matter closed, and asks nothing.
  if (role === "guest" && POINTS_SORTED.test(t)) {
    for (const w of ["my_points", "log_complaint"] as const) if (has(w)) add(w, -8);
  } else if (role === "guest" && pointsMissing(t) && !/[?？]\s*$|(?:吗|么)\s*[?？]?\s*$/.test(t)) {
    add("log_complaint", 3);
    if (has("my_points")) add("my_points", -3);
  }
  // "點數會過期嗎？": how points lapse, asked, is no complaint about them.
  if (POINTS_SCHEME_ASKED.test(t) && /[?？]|吗|么/.test(t)) for (const w of ["log_complaint", "create_booking"] as const) if (has(w)) add(w, -4);
  if (has("cancel_booking") && /预订|订位|订房|预定|房间|桌|booking|reservation|table|room|dinner|stay/i.test(t)) add("cancel_booking", 1);
  if (has("cancel_booking")) add("create_booking", -2.5);
  // "取消了吗", "is my booking cancelled?": whether a cancelling went through is a question about the booking.
  if (has("cancel_booking") && CANCEL_STATUS.test(t)) {
    add("cancel_booking", -6);
    add("my_bookings", 4);
  }
  // "我的预订被取消了", "my table got cancelled": a cancelling done to the guest is a grumble, not a request.
  // "cancel the June 12 booking pls, flight got cancelled": asked to cancel, for a reason that was cancelled.
  // "房间要取消，我们航班被取消了": the ask may come first in Chinese too.
  if (has("cancel_booking") && PASSIVE_CANCEL.test(t) && !/^\s*(?:pls |please |kindly )?cancel\b|\bcancel (?:the|my|our)\b|(?:要|帮我|请|麻烦|想)取消|取消(?:一下|掉|吧)/i.test(t)) add("cancel_booking", -5);
  if (has("change_booking") && has("create_booking")) add("create_booking", -1);
  // "温泉房多住一晚，退房改到周日": a change with its new value is to a booking already made.
  if (has("change_booking") && has("create_booking") && CHANGE_TO.test(t) && !NEW_BOOKING.test(t)) add("create_booking", -1.5);
  // "我想续住到周一", "想多住一晚，住到周一": staying on to a day said is a change to the stay already booked.
  if (STAYS_ON.test(t) && f.dates.some((d) => d.rangeEnd) && !NEW_BOOKING.test(t)) {
    add("change_booking", 1.5);
    if (has("create_booking")) add("create_booking", -2);
  }
  if (has("my_bookings")) add("create_booking", -2.5);
  // "刚入住 发现浴缸是脏的", "just checked in and the room smells": already staying, so nothing is being booked.
  if (has("create_booking") && CHECKED_IN.test(t)) add("create_booking", -3);
  // "我订的12月10号到12号 能不能改成11号到13号": what I booked, named to be changed.
  if (has("my_bookings") && has("change_booking") && CHANGE_TO.test(t)) add("my_bookings", -3);
  // "想订今晚的房间 会晚到": when a new booking's guest will arrive is part of it, not a change.
  if (has("change_booking") && has("create_booking") && (NEW_BOOKING.test(t) || !EXISTING_BOOKING.test(t)) && !CUES.change_booking.some(([re]) => re.test(t.replace(ARRIVAL, "")))) {
    add("change_booking", -3);
  }
  // "2 nights starting Thanksgiving, king room": a stay with a when is a booking.
  if (when && (f.nights !== undefined || f.roomType)) add("create_booking", 1);
  // "我们订的位子被别人占了": something gone wrong with what was booked is a grumble, not a question about it.
  if (f.problem && has("my_bookings") && !/[?？吗呢没]\s*$/.test(t)) add("my_bookings", -2);
  if (has("list_tasks")) add("log_followup", -2);
  // "Spoke to Anke on the phone… they want invoicing moved to quarterly. I'll call her back on the 28th": terms heard on
  // a call, with the writer's next step, are the call's notes.
  if (has("update_customer") && has("log_followup") && f.channel && OWN_NEXT_STEP.test(t)) add("update_customer", -2);
  // "这周我要联系哪些VIP客人？", "哪些VIP回访已经逾期了": whom to contact, VIPs or not, is the task list.
  if (has("list_tasks") && TASKS_OF_WHOM.test(t)) add("top_customers", -6);
  // "小美这周跟进了多少VIP": how much a rep did is their numbers, whoever it was with.
  if (has("summary") && /(?:跟进|拜访|联系|回访|打)(?:了)?多少/.test(t)) add("top_customers", -4);
  if (has("top_customers")) add("summary", -1);
  // "上周销售额排名前15的客户": the measure says what they are ranked by; the ranking is what is asked.
  if (has("top_customers") && RANKED.test(t)) add("summary", -2.5);
  if (has("summary") && f.period) add("summary", 1);
  // "下半年的成交汇总": deals won, totalled, is the report, not a deal.
  if (has("update_deal") && /(?:成交|签约|签单|销售|业绩|营收)(?:的)?(?:汇总|统计|报表|总结|情况)/.test(t) && !f.money.length) add("update_deal", -3);
  if (has("summary") && has("lookup_customer") && !/(团队|大家|我们|整体|业绩|数据|汇总|报|team|we |our )/i.test(t)) add("summary", -1.5);
  if (has("list_tasks") && f.period) add("list_tasks", 0.5);
  if (has("update_customer") && (f.phones.length || f.emails.length || f.companies.length)) add("update_customer", 1);
  if (has("update_customer")) add("create_lead", -1.5);
  // "帮我看看丰收种植合作社的跟进记录", "查一下万达这个客户的跟进记录": a customer's history is their record, not a rep's report.
  if (role !== "guest" && (f.companies.some((c) => c.sure) || /这个客户|那个客户|这家客户/.test(t)) && CUSTOMER_HISTORY.test(t)) {
    add("lookup_customer", 4);
    add("summary", -4);
  }
  // "Follow-up on Tom Hargreaves: still waiting on the DNO…": a note headed as a follow-up is one, whatever it waits on.
  if (role !== "guest" && /^\s*(?:follow[- ]?up|f\/u|fu)\s*(?:on|with|re|for)\b|^\s*跟进(?:一下)?[:：]/i.test(t) && !COMPLAINT_CLOSED.test(t) && !/投诉|complain/i.test(t)) {
    add("log_followup", 4);
    add("log_complaint", -4);
  }
  // "郭姐不喝酒，订房的时候记得给她加婴儿床", "谢老师的房间尽量远离电梯，联系时间最好是晚上8点后": how a customer is always to be
  // served or reached is kept on their record; it books nothing.
  if (role !== "guest" && who && STANDING_WISH.test(t)) {
    add("update_customer", 4);
    add("change_booking", -4);
    add("create_booking", -3);
  }
  // "马晓东喜欢喝普洱 下次拜访带点茶过去": a visit still to come, said of a habit noted, is no contact logged.
  if (has("update_customer") && has("log_followup") && NEXT_TIME_CONTACT.test(t) && !PAST_CONTACT.test(t)) add("log_followup", -2.5);
  // "what's alex's email?": a detail asked of someone typed in lower case still names them.
  if (has("lookup_customer") && !who && !f.phones.length && !/\b(?:who is|lookup|look up|tell me about|find|search)\s+\w|\b[a-z]{2,}'s (?:number|phone|email|contact|details|address|mobile|cell)\b/i.test(t)) add("lookup_customer", -1);
  // "预约了下午三点的spa 等了四十分钟还没人来": a booking already made, gone wrong, is a complaint about it.
  if (role === "guest" && f.problem && has("create_booking") && /(?:预约|预订|预定|订)了|\b(?:we|i) (?:had )?(?:booked|reserved)\b/i.test(t)) {
    add("create_booking", -2);
    add("log_complaint", 2);
  }
  // "打了十几次电话都没人听，想订桌都订不到": a booking that could not be made is the grievance, not a booking.
  if (role === "guest" && f.problem && /(?:订|约|預約|预约|book)\s?(?:都|也)?(?:不到|不了|不上)|\b(?:can'?t|couldn'?t|could not|cannot) (?:get through|get a booking|book)\b/i.test(t)) {
    add("create_booking", -3);
    add("log_complaint", 3);
  }
  // "no hot water in the cabin for two days, not what we paid for": a stay gone wrong, told, with nothing asked to be booked.
  if (role === "guest" && f.problem && has("create_booking") && !f.partySize && !/\b(?:book|reserve|reservation|would like|want|need|looking for|available|any)\b|订|预订|预约|想要|要(?:一|两|个)/i.test(t)) {
    add("create_booking", -3);
    add("log_complaint", 2);
  }
  // "The bill from yesterday was not correct": what went wrong on a day gone by is no booking for it.
  if (role === "guest" && f.problem && has("create_booking") && f.dates.length > 0 && f.dates.every((d) => compareDates(d.date, f.clock.today) < 0)) add("create_booking", -4);
  // A booking asked for in words outweighs a grumble; a nights count alone ("一晚上没睡好") does not.
  if (has("log_complaint") && ((scores.get("create_booking") ?? 0) >= 2.5 || has("change_booking"))) add("log_complaint", -1);
  // Sales staff write about customers in the third person; a complaint from staff names the customer.
  if (has("log_complaint") && role !== "guest" && /投诉|complain/i.test(t)) {
    add("log_complaint", 1.5);
    // "何总打电话来投诉": the call carried the complaint; it is not a contact to log.
    add("log_followup", -3);
  }
  // "王姐那个投诉处理完了，刚电话回访", "called Olivia to confirm the refund landed — complaint closed": a complaint closed
  // by a contact is that contact, logged with its next step.
  if (role !== "guest" && has("log_complaint") && COMPLAINT_CLOSED.test(t) && (f.channel || f.dates.length)) {
    add("log_complaint", -6);
    add("log_followup", 4);
  }
  if (has("create_lead") && has("log_followup") && /(认识|新|介绍|lead|prospect)/i.test(t)) add("create_lead", 1);
  // "quick call w Raj, bottles arrived damaged last time so he's hesitant. try again in a week": a contact with its next
  // step, the problem only its background, is a follow-up unless someone is said to complain.
  if (role !== "guest" && has("log_complaint") && has("log_followup") && (f.channel || WRITER_NEXT_STEP.test(t)) && !GRIEVANCE.test(t) && f.dates.some((d) => compareDates(d.date, f.clock.today) > 0)) {
    add("log_complaint", -2);
    add("log_followup", 1);
  }
  // "刚在展会加了小鹿美业老板娘的微信 她们店想进十台…", "met Kim Ji-hoon (Seoul Fitness) today, he's looking at 8
  // rowing machines": someone met for the first time who wants something is a lead, however the meeting was made.
  // "老客户李姐又要了五十箱矿泉水": an order from someone already a customer is news of them to log.
  if (role !== "guest" && who && EXISTING_CUSTOMER.test(t) && (f.goods.quantity !== undefined || f.goods.product)) add("log_followup", 2.5);
  // A walk-in wanting a table or a room is a booking, not goods.
  const wantsBooking = /^(?:table|room|suite|seat|seats|booth|位|桌|房|房间|包间)s?$/i.test(f.goods.product ?? "");
  // "来咨询学车的小姑娘，叫李思雨，手机…": an enquirer who left a number is a lead, whatever they want.
  if (role !== "guest" && who && FIRST_CONTACT.test(t) && (f.goods.quantity !== undefined || f.goods.product || (f.phones.length && /咨询|询价/.test(t))) && (WANTS.test(t) || /\b(?:enquiry|inquiry)\b|咨询|询盘/i.test(t)) && !wantsBooking) {
    add("create_lead", 3.5);
    // How they met and when to call next are part of the lead, not a contact with someone already known.
    add("log_followup", -1.5);
    // "有位林经理…email是…": someone new has no record whose details could change.
    if (has("update_customer")) add("update_customer", -(scores.get("update_customer") ?? 0));
    // "有个叫宏图塑胶的厂子…": a business introduced by its name is plainly new to us.
    if (INTRODUCED_BY_NAME.test(t)) add("create_lead", 2);
  }
  // How a lead was met or laid out ("加了个微信群", "1) 吃饭 2) 睡觉") is no lead without someone named or a number to keep.
  if (has("create_lead") && !who && !f.phones.length && !f.emails.length && (scores.get("create_lead") ?? 0) < 4) add("create_lead", -3);
  // "空调不制冷 一晚上没睡好 啥子情况嘛": a problem with "what's going on?" after it is a grumble, not a question.
  if (ASKS_A_FACT.test(t) && !(f.problem && /(?:啥子?|什么|咩)情况|怎么回事|搞什么|\bwhat(?:'s| is) going on\b/i.test(t))) {
    for (const w of WRITE_INTENT_NAMES) if (has(w as Scored)) add(w as Scored, -3);
    // "王总那单签了多少", "上次跟黄老板聊到哪了": a fact about one customer is looked up.
    if (role !== "guest" && who && !f.period) add("lookup_customer", 2);
  }
  // "thanks for the catch up over zoom", "谢谢你的帮忙": thanking for something reports nothing to record.
  // "客户只喝红酒的话送什么好", "if they pull out what do we do": asking advice on a case decides nothing.
  // "how do I mark a deal as lost", "怎么把单子标成赢单": asking how is help, whatever the thing asked about.
  if (thanksOnly(t) || ADVICE_ON_A_CASE.test(t) || (scores.get("help") ?? 0) >= 5) for (const w of WRITE_INTENT_NAMES) if (has(w as Scored)) add(w as Scored, -4);
  // Chatter about someone's life or character, or a colleague's news, is nothing to record, however it is reported.
  if (role !== "guest" && (isChatter(t, f) || colleagueNews(t))) for (const w of STAFF_WRITES) if (has(w)) add(w, -5);
  // "客户资料 赵倩 瑞丰地产 zhaoqian@… 预算8万6", "lead details - Dr Rao, …": a record's heading, then its details, is one to make.
  if (role !== "guest" && RECORD_HEADING.test(t) && (f.phones.length || f.emails.length || f.money.length || f.goods.quantity !== undefined)) {
    add("create_lead", 3.5);
    add("lookup_customer", -3);
  }
  // "姓名：周静怡\n单位：华信证券\n需求：礼盒800套": a form naming someone and what they want is a lead.
  if (role !== "guest" && (f.form.name || f.form.company || f.form.customer) && (f.form.need || f.phones.length || f.emails.length)) {
    add("create_lead", 4);
    add("update_deal", -2);
  }
  // "帮我录一下 樊姐 樊记卤味 想进真空包装机 3台": asked to record someone, their business and what they want, is a lead.
  if (role !== "guest" && RECORD_ASKED.test(t) && f.names.length && f.companies.length && (f.goods.product || f.goods.quantity !== undefined)) add("create_lead", 3);
  // A question mark with no verb of doing is never a write on its own; a request put politely as a question is one.
  if (/(?:[?？]|[吗呢么]\s*[?？]?)\s*$/.test(t) && !has("create_booking") && !has("change_booking") && !POLITE_REQUEST.test(t)) {
    for (const w of ["create_lead", "log_followup", "update_deal", "update_customer"] as const) if (has(w)) add(w, -1);
  }
}
