/**
 * Which intent a message carries: weighted cues (words and the entities found) summed per intent,
 * then scoped to what the sender's role may do. Small talk, thanks and prompt injection are settled
 * first so they can never become a write.
 */
import { INTENTS_BY_ROLE, type IntentName, type Role } from "../schema.ts";
import type { Features } from "./features.ts";

type Cue = readonly [RegExp, number];
type Scored = Exclude<IntentName, "unknown">;

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

/** Attempts to steer the assistant instead of using it; treated as nothing at all. */
const INJECTION =
  /(ignore\b.{0,30}\b(?:instructions|prompts?|rules)|disregard (?:all |the |your )?(?:previous |prior )?(?:instructions|rules)|system prompt|developer mode|jailbreak|you are now|act as (?:an? )?(?:admin|administrator|root|developer|manager|dan)|pretend (?:you are|to be)|reveal (?:your|the) (?:prompt|instructions)|(?:忽略|无视|忘掉|忘记|不要管)[^，,。]{0,8}(?:指令|指示|规则|设定|提示|要求)|系统提示词?|你现在是|扮演管理员|开发者模式|越狱|提示词)/i;

/** Things nobody here should ask the CRM: jokes, weather, chit-chat. */
const OFF_TOPIC =
  /(讲个笑话|说个笑话|笑话|天气|你是谁|你叫什么|你几岁|你是机器人|吃了吗|吃饭了吗|无聊|唱首歌|写首诗|tell me a joke|a joke|weather|who are you|what'?s your name|are you a (?:bot|robot|human)|how are you|how's it going|what'?s up|sing|poem|meaning of life|are you real|flights?|plane|airline|train tickets?|taxi|uber|cab\b|movie tickets?|concert|机票|航班|火车票|高铁|动车|打车|出租车|网约车|电影票|演唱会)/i;

/** Asking about many customers' data: staff-only; from a guest it is a probe. */
const BULK_DATA = /(所有|全部|其他|别的|每个|每一个)(?:的)?(?:客户|客人|顾客|会员|住客|用户)|\b(?:all|every|other|each)\s+(?:the\s+)?(?:customers?|clients?|guests?|users?|members?)\b|customer list|客户名单|客户列表/i;

const CUES: Record<Scored, Cue[]> = {
  create_lead: [
    [/(新线索|新客户|潜在客户|意向客户|(?:录|加|建|添|增|登记|记)(?:入|个|一个|一下|加|建)?(?:新)?(?:客户|线索|联系人)|新联系人|客户录入|线索[:：])/, 4],
    [/\b(?:new|add(?: a)?|create(?: a)?)\s+(?:lead|prospect|customer|contact|client)\b|^\s*(?:lead|prospect)\b|\bprospect\b|\bnew lead\b/i, 4],
    [/(认识了|新认识|结识|刚认识|介绍了一个|介绍了个|朋友介绍|经人介绍|展会上|referred|was introduced|met .* at (?:the|a) (?:expo|fair|trade show|conference))/i, 2.5],
    [/(有兴趣|感兴趣|有意向|有采购意向|想采购|要采购|采购一批|打算采购|准备采购|计划采购|想订购|想进货|interested in|looking to buy|looking for a supplier)/i, 2],
    [/(想要|想买|要买|需要|想订|wants?\b|needs?\b)/i, 0.8],
    [/(预算|budget)/i, 0.8],
    [/^记一下|^记录一下|^备注/, 0.8],
  ],
  log_followup: [
    [/(跟进了?|根进|跟近|回访|拜访了?|上门|打了?(?:个)?电话|电话(?:联系|沟通)了?|通了?电话|打给|回复说|答复说|回复了|回了消息|说他|说她|他说|她说|他们说|对方说|反馈|聊了|谈了|沟通了|见了|开(?:了|完)(?:个|一个)?(?:视频|电话|线上)?会|开了?(?:个|一个)?(?:视频|电话|线上)会|开了个会|碰了个?头|对方(?:说|要求|表示|希望|同意|回复|觉得)|去.{1,12}(?:找了|见了)|吃了个?饭|约了|发了(?:报价|资料|样品|目录|邮件|微信)|寄了|送了样品|微信上|微信里|短信|留言|再沟通|再联系|还在考虑|在考虑|考虑一下)/, 2.5],
    [/\b(called|rang|phoned|spoke (?:to|with)|talked (?:to|with)|chatted with|met(?! at the expo)|visited|dropped by|stopped by|emailed|e-mailed|texted|messaged|pinged|whatsapp'?d|whatsapped|left a voicemail|left a message|sent .{1,40}\b(?:email|catalogue|catalog|samples?|brochure|deck|info|details|price list)|followed up|caught up with|had (?:a |an )?(?:\w+ )?(?:call|meeting|chat|lunch|coffee|dinner|demo) with|meeting with|got back to|heard back|heard from|replied|said (?:they|he|she)|(?:got|just got) off the phone|on the phone with|(?:call|zoom|teams|video|facetime|skype|chat|coffee|lunch|meeting|catch-?up) with|got a call from|caught up)\b/i, 2.5],
    [/(提醒我|\bremind me to\b)/i, 1.5],
    [/(联系(?!方式|电话|人)|沟通|\bfollow[- ]?up\b(?!s)|try again|call back|回电)/i, 1],
  ],
  update_deal: [
    [/(成交|签约|签单|签了|签下|拿下|赢单|丢单|黄了|丢了|没戏|谈崩|进入.{0,4}阶段|阶段|合格商机|商机|谈判中|在谈判|议价|报了价|报价了|已报价|发了报价)/, 2.5],
    [/(单子|那单|这单|订单|合同|项目)/, 1],
    [/\b(deal|opportunity|opp)\b/i, 1.5],
    [/\b(won|lost|closed|signed|negotiation|negotiating|proposal sent|sent (?:the |a )?proposal|quote sent|sent (?:the |a )?quote|qualified)\b/i, 1.5],
    // "X那边进入谈判了", "已经到报价这一步", "moved to negotiation": a deal moving into a stage.
    [/((?:进入|进到|推进到|推到|转入|走到|到了|已经到|处于|在)了?.{0,3}(?:谈判|议价|砍价|报价|签约|合同|方案|商务)|(?:谈判|议价|砍价|报价|签约)(?:中|阶段|环节|这一步)|(?:方案|报价|合同|报价单)(?:已经?|也)?(?:提交|发出|发过去|发了|给了|递交)|(?:提交|递交)了?(?:方案|报价)|状态改回|重新开|\b(?:moved|move|moving|went|gone|got|progressed|advanced|now|is|are)\s+(?:on\s+)?(?:to|into|in|at)\s+(?:the\s+)?(?:negotiation|negotiating|proposal|closing|contract|qualified|qualification)\b|\b(?:negotiation|proposal|closing|contract) stage\b)/i, 2.5],
    [/\bmark(?:ed)? .{1,40} as\b|(?:标记|标注|标|设|改)(?:为|成|回)/i, 2],
  ],
  lookup_customer: [
    [/(查下|查一下|查查|查询|帮我查|查看|搜一下|搜索|搜|找一下|找下|调出|看看|看下|看一下).{1,20}/, 2],
    // "查张伟", "查一下 zhangwei", "找 8000": a search verb and a short object, nothing else.
    [/^(?:帮我)?(?:查下|查一下|查查|查询|查|搜一下|搜|找一下|找下|找)\s*(?!.*(?:天气|新闻|股票|航班|快递))[A-Za-z\u4e00-\u9fff0-9 ._'-]{2,20}$/, 3],
    [/(的联系方式|的电话|电话是多少|是哪个客户|是哪位|是哪家|哪个客户的|号码是多少|手机号|的邮箱|是谁|什么情况|的情况|的资料|的信息|的详情|的记录|最近怎么样|怎么样了|近况|什么来头|啥情况|什么进度|啥进度|进展如何|进展怎么样|到哪一?步|跟到哪|(?:电话|手机|号码|邮箱|地址|微信)(?:是)?(?:多少|啥|什么))/, 3],
    [/\b(who is|who's|lookup|look up|find|search(?: for)?|tell me about|info (?:on|about)|details (?:on|for|about)|profile (?:of|for)|contact (?:info|details) for|what do we know about|history with|pull up|what (?:do|have) we (?:have|got) on)\b/i, 3],
    [/\b\w+'s (?:number|phone|email|contact|details|address)\b/i, 2],
  ],
  update_customer: [
    [/(换了?(?:新)?(?:号码|号|手机|电话|邮箱)|新号码|新手机号?|新电话|号码(?:改|换|变)|电话(?:改|换|变)|手机(?:改|换)|邮箱(?:改|换|是)|改一下.{0,6}(?:电话|邮箱|号码)|更新.{0,6}(?:电话|邮箱|号码|信息|资料))/, 4],
    [/(生日是|生日在|的生日|过生日|生日[:：]?\s*(?:\d|[一二三四五六七八九十]))/, 4],
    [/\bupdate\b.{1,40}\b(?:phone|number|mobile|email|address|birthday|company)\b|\bnote (?:for|on|about)\b.{1,30}:\s*(?:vegetarian|vegan|halal|kosher|no |allergic|prefers|likes|loves|doesn't|does not)/i, 4],
    [/(跳槽到|跳槽去|换到了?|去了.{1,10}(?:公司|集团)|现在在.{1,12}(?:工作|上班)|加入了|调到)/, 3.5],
    [/(喜欢|爱喝|爱吃|偏好|不喝|不吃|过敏|忌口|口味|习惯)/, 2.5],
    [/\b(email is now|new email|new number|new phone|number is now|phone is now|changed (?:his|her|their) (?:number|phone|email)|birthday(?: is)?|moved to(?! (?:the )?(?:negotiation|proposal|closing|contract|qualified|won|lost|stage))|now works at|joined|switched to|prefers|likes|allergic to|doesn't drink|does not drink|favou?rite)\b/i, 3.5],
  ],
  list_tasks: [
    [/(待办|任务|提醒事项|todo|to-do|要跟进的|需要跟进的|该跟进|要做什么|要做的|要联系的|该联系|有什么要|有啥要|(?:要|该|得|需要)(?:联系|拜访|回访|跟进|打给)谁|日程|安排了什么|安排是什么|过期没|逾期没|没跟进|没联系了|超期)/i, 3.5],
    // "我今天要跟进哪些客户", "哪些客户该回访了", "who do I need to call today": a question about whom to contact.
    [/((?:要|该|得|需要|应该|必须)(?:去)?(?:跟进|跟|联系|拜访|回访|打给|打电话给|见|约|催)(?:的)?(?:哪些|哪几|哪个|哪位|哪家|谁|什么人|什么客户|几个|多少)|(?:哪些|哪几个|哪几位|哪位|哪个|什么)客户?(?:还)?(?:要|该|需要|得|还没|没有?)(?:跟进|联系|拜访|回访|回复)|\bwho (?:should|do|must|shall|can) i (?:need to |have to |still )?(?:call|contact|follow up|chase|see|visit|email|ping|reach out)|\bwhich (?:customers|clients|leads|accounts) (?:do|should|must) i\b|\b(?:what's|what is) on my (?:list|plate|agenda)|\bmy list\b)/i, 3.5],
    [/\b(tasks?|to-?dos?|follow[- ]?ups|agenda|what do i need to do|what's on my plate|what should i do|who (?:should|do) i (?:call|contact|follow up with|see)|my schedule|reminders|overdue|(?:what's|what is|anything|what) (?:\w+ )?due)\b/i, 3.5],
  ],
  create_booking: [
    [/(订房|订间|订一间|订个房|订两间|预订|预定|订位|订座|订桌|订个|订一个|订一桌|订两|订[这今明后下]|想订|要订|帮我订|给我订|我订|开间房|开个房|留个位|留位|留一桌|包间|包厢|入住|住[一二两三四五六七八九十\d]+晚)/, 2.5],
    [/\b(book|reserve|reservation for|make a reservation|table for|room for|rooms? available|do you have (?:a |any )?.{0,20}(?:rooms?|tables?|suites?)|can i get a|i'd like (?:a|to get a) .{0,20}(?:room|table|suite)|check[- ]in on|staying)\b/i, 2.5],
  ],
  change_booking: [
    [/(改成|改到|改为|改在|改一下|换成|换到|推迟|延后|提前到|提前一|挪到|调到|调整|往后推|推到|改期|换个时间|换一天|延到|延长到|加(?:[一二两三四五\d])(?:个人|位|人)|人数改|加(?:一|张|个)?床|晚到|早到|晚点到|加一位|加两位|多一个人|少一个人|延住|续住|多住)/, 2.5],
    [/\b(change|chnage|move|reschedule|push|postpone|bring forward|switch|modify|amend|extend|shift|make it|instead of|one more (?:person|guest|night)|add (?:one|two|\d) (?:more )?(?:people|persons?|guests?|nights?))\b/i, 2.5],
  ],
  cancel_booking: [
    [/(取消|退订|退掉|退了|不去了|不来了|去不了|来不了|不用了.{0,4}(?:位|房|订)|作废)/, 4],
    [/\b(cancel|cancle|cancell?ation|call off|can't make it|cannot make it|won't make it|won't be coming|not coming)\b/i, 4],
  ],
  my_bookings: [
    [/(我的预订|我的订单|我订的|我预订的|我预定的|我有.{0,4}预订|我订了什么|订了哪|我[^，,。]{0,6}订的|订在哪|订单状态|预订状态|预订情况|查.{0,3}我的.{0,2}(?:预订|订单|订位))/, 4],
    [/\b(my (?:bookings?|reservations?|upcoming (?:stay|bookings?|reservations?))|do i have (?:a |any )?(?:bookings?|reservations?)|(?:what|which|any) (?:reservations?|bookings?) (?:do|did|have) (?:i|we)|when is my|what did i book|am i booked|is my (?:booking|reservation))\b/i, 4],
  ],
  my_points: [
    [/(积分|会员点数|我的点数|会员等级|会员级别|几个点|我是会员|我是什么会员|我的会员)/, 4],
    [/\b(points?|rewards?|loyalty|member(?:ship)? (?:level|status|tier)|my balance)\b/i, 3.5],
  ],
  // What went wrong is found by entities/problem.ts (a lexicon, not a keyword); see addEntityEvidence.
  log_complaint: [],
  summary: [
    [/(汇总|总结|报表|报告|周报|月报|日报|简报|业绩|销售数据|销售额|数据|团队表现|表现|战绩|成绩|进展汇总|销售情况|经营情况|营收|收入多少|做了多少|卖了多少|签了多少)/, 3],
    [/\b(summary|summarize|summarise|report|digest|recap|overview|performance|stats|statistics|numbers|metrics|kpis?|dashboard|how are we doing|how did (?:we|the team|\w+) do|how's the team|revenue|sales figures)\b/i, 3],
    [/(团队|大家|我们|整体|全组)/, 0.8],
    // "how is alice doing this week", "小王这周干得怎么样": how one rep is doing.
    [/\bhow(?:'s| is| was| did| has| are)\s+\w+(?:'s)?\s+(?:been\s+)?(?:doing|done|do|performing|perform|going|getting on|numbers|sales|pipeline|week|month)\b|(?:干得|做得|卖得|跑得)(?:怎么样|如何|咋样|好不好)/i, 2.5],
  ],
  top_customers: [
    [/(大客户|重要客户|核心客户|贡献最大|消费最多|买得最多|排名|排行|前[一二三四五六七八九十\d]+(?:名|个|位|大|家|的|客户)|(?:最高|最多|最大|最好|排前)的?.{0,4}(?:客户|买家|公司|大客户)|最大的.{0,4}客户|最好的.{0,4}客户|金主|VIP)/i, 4],
    [/\b(top \d+|top (?:customers|clients|accounts|buyers|spenders)|best customers|(?:biggest|largest|top|best|highest[- ]spending|most valuable) (?:\d+ )?(?:customers|clients|accounts|buyers)|key accounts|vips?|whales|highest spend\w*|most valuable)\b/i, 4],
  ],
  help: [
    [/^(?:帮助|帮忙|help|\/?help|\?|？|菜单|menu|指令|命令|commands?|使用说明|说明|教程)[\s!！?？.。]*$/i, 5],
    [/((?:能|会|可以)(?:帮我?)?(?:做|干|办)(?:些)?(?:什么|啥|哪些)|(?:有|支持)(?:哪些|什么)(?:指令|命令|功能)|都能干啥|怎么用|如何使用|怎么使用|你能做什么|你会什么|能干什么|能干嘛|有什么功能|功能列表|可以做什么|支持哪些)/, 4],
    [/\b(what can (?:you|this|it|the bot|this bot|the assistant) (?:do|help)|what (?:else )?(?:can|do) you (?:do|help with)|how does (?:this|it)(?: \w+)? work|how do i use|how does this work|what are the commands|show (?:me )?(?:the )?commands|list of commands|what do you do|how to use)\b/i, 4],
  ],
};

const WRITE_MINIMUM = 2.5;
const READ_MINIMUM = 2;

export type Classification = { intent: IntentName; score: number; margin: number };

/** Picks the intent for `text`, or `unknown`, among what `role` may do. */
export function classify(text: string, role: Role, f: Features): Classification {
  const t = text.trim();
  const unknown = { intent: "unknown" as const, score: 0, margin: 0 };
  if (!t || SMALL_TALK.test(t) || EMOJI_ONLY.test(t)) return { ...unknown, score: 5, margin: 5 };
  if (INJECTION.test(t)) return { ...unknown, score: 5, margin: 5 };
  if (role === "guest" && BULK_DATA.test(t)) return { ...unknown, score: 5, margin: 5 };

  const scores = new Map<Scored, number>();
  const add = (intent: Scored, w: number) => scores.set(intent, (scores.get(intent) ?? 0) + w);
  for (const [intent, cues] of Object.entries(CUES) as Array<[Scored, Cue[]]>) {
    for (const [re, w] of cues) if (re.test(t)) add(intent, w);
  }
  addEntityEvidence(t, role, f, add, scores);

  if (OFF_TOPIC.test(t) && Math.max(0, ...scores.values()) < 4) return { ...unknown, score: 4, margin: 4 };

  const allowed = new Set(INTENTS_BY_ROLE[role]);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top) return unknown;
  const bestAllowed = ranked.find(([i]) => allowed.has(i));
  // Something the role may not do, clearly asked for: answer nothing rather than the next best guess.
  if (!allowed.has(top[0]) && (!bestAllowed || top[1] - bestAllowed[1] >= 1)) return { ...unknown, score: top[1], margin: 1 };
  if (!bestAllowed) return unknown;
  const [intent, score] = bestAllowed;
  const runnerUp = ranked.find(([i]) => i !== intent)?.[1] ?? 0;
  const minimum = WRITE_INTENT_NAMES.has(intent) ? WRITE_MINIMUM : READ_MINIMUM;
  if (score < minimum) return { ...unknown, score, margin: 0 };
  return { intent, score, margin: score - runnerUp };
}

/** What a guest books: a room, a table, a meal. */
const BOOKING_NOUN = /预订|订位|订房|预定|入住|退房|订单|房间|桌|check[- ]?in|check[- ]?out|晚餐|午餐|早餐|晚饭|午饭|包间|包厢|booking|reservation|reservaton|resv|rsvp|table|room|dinner|lunch|brunch|stay/i;

/** A booking already made: "明天的预订", "my reservation", "把周六的桌子…". */
const EXISTING_BOOKING = /(把|的(?:预订|预定|订位|订单|房间|房|桌子?|位子|包间)|我订的|已经订|原来|原本|\b(?:my|our|the) (?:booking|reservation|table|room)\b|\bbooked\b)/i;

/** Words after a person or company that report what they said or decided. */
const SAID_ZH = /^(?:那边|这边|那里|他们|她们|他|她)?(?:也|又|还|刚|刚才|今天|昨天)?(?:说|讲|表示|反馈|回复|答复|回话|回信|觉得|认为|嫌|答应|同意|确认|考虑|还在考虑|想再|要再|希望)/;
const SAID_EN = /^\s+(?:said|says|told (?:me|us)|mentioned|agreed|confirmed|replied|asked (?:for|about|if|whether)|thinks|feels|wants to (?:wait|think)|is still (?:thinking|considering|deciding))\b/i;

function reportedSpeech(t: string, f: Features): boolean {
  return [...f.names, ...f.companies].some((n) => SAID_ZH.test(t.slice(n.end)) || SAID_EN.test(t.slice(n.end)));
}

const WRITE_INTENT_NAMES = new Set<IntentName>([
  "create_lead", "log_followup", "update_deal", "update_customer", "create_booking", "change_booking", "cancel_booking", "log_complaint",
]);

/** Evidence from what was found rather than what words were used. */
function addEntityEvidence(
  t: string,
  role: Role,
  f: Features,
  add: (intent: Scored, w: number) => void,
  scores: Map<Scored, number>,
): void {
  const who = f.names.length > 0 || f.companies.length > 0;
  const has = (i: Scored) => (scores.get(i) ?? 0) > 0;
  // Staff grumbling about their own day ("我电脑坏了") is not a customer's complaint: from staff it needs
  // a customer named or meant.
  if (f.problem && (role === "guest" || who || /(客户|顾客|客人|住客|会员|投诉|customer|client|guest|complain)/i.test(t))) add("log_complaint", 2.5);
  // "王总说价格还能再谈", "Sarah said they need more time": what a customer said is a contact to log.
  if (reportedSpeech(t, f)) add("log_followup", 2.5);
  // "Met Sarah Lee of Blue River Foods": someone introduced with their company is a new lead.
  if (/\b(?:[Mm]et|[Mm]eet|[Ii]ntroduced to)\s+(?:[A-Z][\w'-]*\s+){1,3}(?:of|from)\s+[A-Z]/.test(t) && f.companies.length) add("create_lead", 2.5);
  // "把明天的预订改成5个人": changing a booking that exists is not making a new one.
  if (has("change_booking") && EXISTING_BOOKING.test(t)) add("create_booking", -2.5);
  // "今年成交额前5的客户": a ranking by deals won is not a deal won.
  if (has("top_customers")) add("update_deal", -3);
  // "上周整体怎么样", "how was last month": a period and how it went is the team's summary.
  if (role !== "guest" && !f.names.length && f.period && f.period !== "overdue" && f.period !== "today" && /(怎么样|如何|咋样|\bhow (?:was|is|did|are)\b)/i.test(t)) add("summary", 2.5);
  // "小王这周怎么样" from a manager: how one of the team did over a period.
  if (role !== "guest" && f.names.length && f.period && f.period !== "overdue" && /(怎么样|如何|咋样|表现|干得|做得)/.test(t)) add("summary", 2.5);
  // A name with a phone or email and nothing else going on is someone to record.
  if (who && (f.phones.length || f.emails.length) && !has("update_customer") && !has("lookup_customer")) add("create_lead", 2);
  if (f.phones.length && f.names.length && f.companies.length) add("create_lead", 1);
  if (who && (f.goods.quantity !== undefined || f.goods.product) && has("create_lead")) add("create_lead", 1);
  if (f.channel && who) add("log_followup", 1);
  // Sending a quote over WeChat is a contact logged; the stage change is implied, not announced.
  if (f.channel && has("log_followup") && has("update_deal")) add("log_followup", 1);
  if (f.stage && who) add("update_deal", 1.5);
  // "陈总那边已经付款了": a stage reached, said of someone, with nothing else going on.
  if (f.stage && who && [...scores.keys()].every((k) => k === "update_deal")) add("update_deal", 1.5);
  // "Lisa at Harbor Hotel wants a quote for 30 cases": someone wanting a quantity of something, not a contact logged.
  if (who && f.goods.quantity !== undefined && f.goods.product && !has("log_followup") && /(要|想|需要|采购|\bwants?\b|\bneeds?\b|\blooking for\b|\binterested\b)/i.test(t)) add("create_lead", 2);
  // "张伟上个月成交了多少": how much over a period is a report, not a deal closed.
  if (role !== "guest" && f.period && f.period !== "overdue" && /(多少|几单|几个|几家|\bhow (?:much|many)\b|\bwhat did\b)/i.test(t)) {
    add("summary", 2.5);
    add("update_deal", -2.5);
  }
  if (f.stage && f.money.some((m) => m.strong || m.value >= 100) && has("update_deal")) add("update_deal", 1);
  // "明晚7点，4位" / "后天中午，2个人": a when and a how-many is a booking, whoever types it.
  const when = f.dates.length > 0;
  if (when && f.partySize !== undefined) add("create_booking", role === "guest" || role === "frontdesk" ? 3 : 2);
  if (f.nights !== undefined || f.roomType) add("create_booking", 1.5);
  if (has("change_booking") && (f.partySize !== undefined || when || BOOKING_NOUN.test(t))) add("change_booking", 1.5);
  if (has("change_booking") && !BOOKING_NOUN.test(t) && !/位|人|people|guests/i.test(t)) add("change_booking", -2);
  if (has("cancel_booking") && /预订|订位|订房|预定|房间|桌|booking|reservation|table|room|dinner|stay/i.test(t)) add("cancel_booking", 1);
  if (has("cancel_booking")) add("create_booking", -2.5);
  if (has("change_booking") && has("create_booking")) add("create_booking", -1);
  if (has("my_bookings")) add("create_booking", -2.5);
  if (has("list_tasks")) add("log_followup", -2);
  if (has("top_customers")) add("summary", -1);
  if (has("summary") && f.period) add("summary", 1);
  if (has("summary") && has("lookup_customer") && !/(团队|大家|我们|整体|业绩|数据|汇总|报|team|we |our )/i.test(t)) add("summary", -1.5);
  if (has("list_tasks") && f.period) add("list_tasks", 0.5);
  if (has("update_customer") && (f.phones.length || f.emails.length || f.companies.length)) add("update_customer", 1);
  if (has("update_customer")) add("create_lead", -1.5);
  if (has("lookup_customer") && !who && !f.phones.length && !/\b(?:who is|lookup|look up|tell me about|find|search)\s+\w/i.test(t)) add("lookup_customer", -1);
  // A booking asked for in words outweighs a grumble; a nights count alone ("一晚上没睡好") does not.
  if (has("log_complaint") && ((scores.get("create_booking") ?? 0) >= 2.5 || has("change_booking"))) add("log_complaint", -1);
  // Sales staff write about customers in the third person; a complaint from staff names the customer.
  if (has("log_complaint") && role !== "guest" && /投诉|complain/i.test(t)) add("log_complaint", 1.5);
  if (has("create_lead") && has("log_followup") && /(认识|新|介绍|lead|prospect)/i.test(t)) add("create_lead", 1);
  // A question mark with no verb of doing is never a write on its own.
  if (/(?:[?？]|[吗呢么]\s*[?？]?)\s*$/.test(t) && !has("create_booking") && !has("change_booking")) {
    for (const w of ["create_lead", "log_followup", "update_deal", "update_customer"] as const) if (has(w)) add(w, -1);
  }
}
