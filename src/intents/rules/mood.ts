/**
 * Whether the writer has decided anything. A record is written for what happened or what was decided, so
 * a message in another mood is never a write, whatever it names: asking advice about one's own next step
 * ("should I mark Morgan as lost?", "要不要给王总打个折"), asking whether one already did something
 * ("did I log the call with Marcus?", "我记过李总的跟进没"), or a step made to hang on a condition
 * ("要是他周五还不回 就标成丢单"). A request put politely as a question ("能帮我记一下…吗", "can you
 * log…") is decided, and so is what a customer asked ("王总问要不要加急"): those are left to the rules.
 */

/** Asking what one should do: first person, in the interrogative. */
const ASKS_ADVICE = [
  // "Should I quote her RM3k or RM3.5k?": a decimal point ends no sentence.
  /\b(?:should|shall|must) (?:i|we)\b(?:[^.!]|\.(?=\d))*(?:\?|$)/i,
  // "would you mark a deal lost if they ghosted?", "what you think?": the bot's opinion asked, nothing told.
  /\bwould you (?:\w+ ){1,5}if\b[^.!]*\?|\bwhat (?:do |would )?(?:you|u) (?:think|reckon|suggest)\s*[?？]*\s*$|\bwhat would you do\b|\basking for a friend\b/i,
  /\bdo (?:i|we) (?:need|have) to\b[^.!]*(?:\?|$)/i,
  /\b(?:is it|would it be) (?:ok|okay|wise|better|worth it|a good idea|weird|odd|strange|rude|too much|awkward) (?:to|if)\b/i,
  /\bwhat if\b/i,
  // "生日那天送点什么好？", "would it count as won if…": asking what to do, or what counts.
  /送(?:点|些)?(?:什么|啥)(?:礼物)?好|\bwhat (?:should|could) (?:i|we) (?:get|gift|send|buy) (?:him|her|them)\b|\b(?:would|does|will) (?:it|that|this) count as\b|算不算(?:成交|赢单|签单|输单|丢单)/i,
  /^\s*(?:我们?)?(?:要不要|该不该|需不需要|用不用)(?!帮)/,
  /(?:^|[，,。\s])(?:我们?|咱们?)(?:要不要|该不该|需不需要|用不用|是不是(?:该|应该|要)|应不应该|应该|该)[^，,。]*(?:[吗呢么]|[?？])\s*$/,
  /(?:^|[，,。\s])要不要我/,
  // "陈阿姨那边明天要不要再打个电话呢": whether to get in touch, asked of oneself.
  /(?:要不要|该不该|用不用)(?:再)?(?:打|给|去|约|联系|拜访|发|回)[^，,。]*(?:呢|吗|么|[?？])\s*$/,
  // Whether to make a record at all, whoever's: "这单要不要直接标成输单？", "该不该把他归档".
  /(?:要不要|该不该|需不需要|用不用|是不是该|应不应该)(?:直接|先|就|再|把[^，,。]{1,12})?(?:标|改成|改为|记|录|建|登记|归档|关掉|关闭|设为|设成)[^，,。]*(?:[吗呢么]|[?？])?\s*$/,
];

/** Asking whether one already did it: "did I log…", "have we added…", "我记过…没", "录了没". */
const ASKS_IF_DONE = [
  /\b(?:did|have|had) (?:i|we) (?:already |ever |even )?(?:log|logg?ed|record(?:ed)?|add(?:ed)?|enter(?:ed)?|note(?:d)?|save(?:d)?|put|mark(?:ed)?|update(?:d)?|write|written|call(?:ed)?)\b/i,
  /\bor not\s*\??\s*$/i,
  /(?:记|录|登记|写|加|填|更新|标)(?:过|了)[^，,。]{0,16}(?:没|没有|吗|么)\s*[?？]?\s*$/,
  /(?:有没有|是不是已经|是否已经?)(?:记|录|登记|写|加|填|更新|标)/,
  // "我上周是不是已经给阿芳打过电话了？": whether a contact was already made, asked.
  /(?:是不是|是否)(?:已经|早就)[^，,。]{0,16}(?:过|了)[^，,。]{0,8}(?:[吗呢么]|[?？])\s*$/,
  // "我昨天给周晓彤打过电话了吗？", "我跟何总联系过没" (read without the 过 by aspect.ts): whether I did it, asked.
  /^\s*(?:我|我们)[^，,。]{0,24}(?:了吗|了么|了没有?|过吗|过没有?)\s*[?？]?\s*$/,
  // "上次那个报价我有没有寄给黄老板啊", "did I ever send Bo the catalogue?": whether I did it, asked of myself.
  /(?:我|我们)(?:到底|究竟)?有没有[^，,。]{0,16}(?:[吗呢么啊呀没]|[?？])\s*$/,
  /\b(?:did|have|had) (?:i|we) (?:already |ever |even )?(?:send|sent|email(?:ed)?|text(?:ed)?|message(?:d)?|visit(?:ed)?|ping(?:ed)?|follow(?:ed)? up)\b[^.!]*\?\s*$/i,
];

/** A step hung on something that has not happened: "if no reply by Friday, mark…", "要是他不回 就…". */
const ON_A_CONDITION = /^[^，,。\s]{0,8}(?:如果|要是|假如)(?!方便|可以|可能的话|有空)|^\s*(?:(?:if|in case|suppose|supposing|assuming)\b(?!\s*(?:you|u|possible)\b)|(?:如果|要是|假如|万一|假设)(?!方便|可以|可能的话|有空))|(?:要是|如果|假如|万一)[^，,。]{0,8}(?:能|可以)?(?:拿下|签|成交|搞定|谈成|下单)[^。]{0,12}(?:就|的话)|(?:要是|如果|假如|万一)(?:能|肯|愿意)|(?:要是|如果|假如|万一|若是)[^。]{1,20}?(?:我|我们|你们|咱|咱们)(?:也)?就/i;

/**
 * A plan the writer says is not settled: "琢磨着要不下个月再找阿杰聊聊 还没定", "not sure yet if I'll call
 * her", "maybe I'll drop by Friday". What a customer has not decided ("王总还没定") is news to log, so these
 * are the writer's own hesitations only, and a decision put off ("等周总回复了再决定要不要降价").
 */
const TENTATIVE = /(?:^|[，,。\s…]|\.{2,})(?:再|我再)想想(?:吧|看)?[。.!！…\s]*$|(?:^|[，,。\s])(?:明年|下个月|下季度|以后|今年)?是不是该[^。]*[?？]|大家(?:想想|讨论一下|说说|怎么看|有什么想法)|(?:^|[，,。\s…]|\.{2,}|但|可是|不过)(?:(?:具体(?:的)?(?:时间|日子|日期)?|时间|日子|日期)?(?:都|也)?还没(?:有)?(?:定|确定|想好|决定|约好|约定)|没想好|拿不定|说不准|(?:我|我们)?(?:在)?(?:琢磨|寻思)(?:着)?(?:要不|是不是|要不要)|(?:我|我们)?在想(?:着)?(?:要不要|是不是|要不)|(?:我|我们)?(?:在)?考虑(?:要不要|是不是|接不接|做不做)|再说吧|\b(?:i'?m |we'?re )?(?<!\b(?:he|she|they|client|customer)(?:'s|'re| is| are| was| were)?(?: still)? )not sure (?:yet|if|whether)\b(?! (?:this|it) (?:goes|belongs|is the right)\b)|\bi haven'?t decided\b|\bi(?:'m| am) not (?:sure|certain)\s*(?:[.!]|$)|\bmaybe (?:i|we)(?:'ll| will| should| could)\b|(?:再|才|后)(?:决定|定)(?:要不要|是否|是不是|该不该)|^\s*(?:我|我们)?(?:打算|准备|想着?|计划)等[^，,。]{1,20}再(?:决定|定|看)|^\s*(?:我|我们)?(?:也许|或许|说不定)|看情况(?:吧|再说)?[\s。.!！]*$|\b(?:decide|see) (?:later|after)\b[^.!?]{0,30}\bwhether\b|\bwe(?:'ll| will)? see first\b|\bwe'?ll see\b[\s.!,—–-]*(?:lol|haha|😂|🙄|🤷)?[\s.!]*$|\bmight (?:count as|be|go|end up|move to)\b[^.]{0,40}\bif\b|^\s*(?:我|俺)(?:想|寻思|琢磨)(?:着)?(?:过两天|过几天|改天|哪天|有空|回头)|\bmaybe\b[^.!?]{0,30}\b(?:i|we) (?:try|will try|might)\b)/i;
/**
 * A contact meant to happen some day, with no day set: "改天得找个时间给陈总打个电话", "should probably ping Marcus at
 * some point", "Maybe next month I try to visit Pak Budi, we see first". Nothing is due, so nothing is recorded.
 */
export const SOME_DAY = /\b(?:will|i'?ll|gonna) (?:call|ring|phone|text|message|email) [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2} (?:after|later)\s*[.!]?\s*$|\b(?:will|i'?ll|gonna) try (?:again )?(?:sometime|some time|later this week|at some point)\b|改天|找个时间|找时间|抽空|有空(?:的时候)?(?:再|去|给|跟)|\b(?:at some point|some ?time soon|one of these days|when i get a chance|when i have time)\b|\b(?:should|gotta|need to|have to|must) (?:probably |really )?(?:ping|call|ring|phone|visit|see|email|text|message|check in with|catch up with|reach out to)\b[^.!?]*\b(?:sometime|at some point|soon-?ish|eventually|one day)\b|\bkeep forgetting\b/i;

/** What did not happen: a dream, a wish ("刚刚梦到刘经理给我签了一个亿", "I dreamt Acme signed"). */
const UNREAL = /\bi might (?:bump|raise|drop|lower|cut|move|mark|change|increase|reduce)\b[^.!?]{0,50}\bif\b|\b(?:i'?ll|i will|will) (?:probably|likely|maybe|prob) (?:mark|move|set|update|log)\b[^.]{0,40}\b(?:once|when|after|if)\b|希望(?:能|一切)?顺利|但愿(?:能)?(?:签|成|顺利)|\bwhat (?:would|will) happen if\b|\bhypothetical\b|假设一下|打个比方|\bquiz\b[^.!?]{0,30}[:：]|梦到|梦见|做梦|做了个梦|\b(?:i )?(?:dreamt|dreamed|dreaming) (?:that|about|of|last night)?\b|\bin my dreams\b|\bimagine if\b|\bi wish (?:i|we)\b|\b(?:just|only) (?:joking|kidding)\b|\bfingers crossed\b|🤞|\bi wish\b(?! to\b)|\bjk\b|开个玩笑|开玩笑的|逗你(?:的|玩)/i;
/**
 * The writer says it is not for the record: "not worth logging", "不用记了", "don't log this", "not logging this yet". One already on file still
 * is, when the contact with them is asked to be logged ("Oliver Grant is already in there. just log that I called him").
 */
const NOT_FOR_THE_RECORD = /\bscratch what i (?:said|wrote|told you)\b|等(?:他|她|他们|对方|客户)?[^，,。]{0,6}(?:确认|定下来|定了|回复|决定)(?:了|后|之后|以后)?[，,\s]*(?:我)?再(?:改|录|记|更新|弄|报)|(?:你们|大家|各位)(?:先)?(?:别|不要|不用)(?:慌|急|担心|紧张)|\bnot (?:logging|recording|entering|adding) (?:this|that|it|anything)(?: (?:yet|for now|just yet))?\b|(?:先)?(?:不|别)(?:记|录|登记)(?:这个|这条)?(?:了)?[，,。\s]*$|(?:电话|手机|号码|邮箱|电邮|地址|生日)[^。]{0,10}(?:我)?(?:刚才|刚刚|早就|已经)+(?:改|更新|换)(?:好)?了|^\s*(?:nvm|never ?mind|ignore|disregard) my (?:earlier|last|previous|prev) (?:msg|message|text)\b[^.!?]{0,80}\balready\b|\b(?:i'?ll|i will) (?:update|log|add|record|enter|fill in) (?:the )?[^.,!?]{0,30}\b(?:deal|record|crm|notes?|entry|pipeline)\b,? (?:just now|later|after (?:the |this |my )?(?:meeting|call|lunch)|tonight|in a bit|shortly|when i'?m (?:back|out|free))\b|\bignore (?:what i (?:said|wrote)|my last (?:message|msg))\b[.!\s]*$|\b(?:haven'?t|have not|hasn'?t|didn'?t|did not) (?:actually |even |yet )?(?:emailed|email|called|call|rung|ring|phoned|phone|visited|visit|met|meet|texted|text|messaged|message|contacted|contact|spoken to|talked to|reached)\b(?![^.!?]*\b(?:but|so)\b)|(?:先|暂时)?(?:不用|别|不要)(?:登记|记录|录)(?:这个|这条)?(?:投诉|客诉)|\bnot worth (?:logging|recording|noting|adding|a record)\b|\bnot (?:marking|moving|closing|setting) (?:it|them|that|this|the deal|him|her) (?:as |to )?(?:lost|won|closed)(?: yet)?\b|(?:先|暂时|还)不(?:标|改|设)(?:成|为)?(?:输单|丢单|赢单|成交|黄了)|\b(?:don'?t|do not|no need to|pls don'?t|no need) (?:log|record|note|save|update)\b|\b(?:don'?t|do not)\s+(?:mark|set|move|put|close)\b[^.]{0,30}\b(?:as|to)\s+(?:won|lost|closed)\b|挖走了?我们|(?<!帮|替)挖(?:了)?我们的(?:人|客户|代理)|\bpoached (?:our|two of our|some of our)\b|\bconvert\b[^?]{0,30}\bto\b[^?]{0,20}\?|\bexchange rate\b|\bthe rate today\b|汇率|回款[^。]{0,8}(?:到账|到了)(?:没|吗|了没)|\bmakes? (?:our|my|the) [^.!?]{0,30}\b(?:impossible|hard|harder|tough|difficult) to (?:win|close|sell)\b|(?:先别|别|不要|先不要|暂时不要|先不)(?:住)?(?:急着)?(?:把|将)[^，,。]{1,12}(?:标|改|设|记)(?:成|为|做)|问我要不要(?:一起|跟着?去|去)|\bbirthday (?:party|dinner|drinks|bash)\b[^.!?]{0,30}\b(?:was|were)\b|\b(?:don'?t|do not) (?:schedule|set|book|add) any\b|等[^。]{1,20}?(?:了)?(?:我)?再(?:录|记|建|加)(?:进去|上|吧)?\s*[。.!！]?\s*$|\b(?:i'?ll|will) (?:log|add|record) (?:it|him|her|them) (?:once|when|after)\b|\b(?:i'?ll|will) (?:update|change|add|log|save) [^.]{0,30}\b(?:once|when|after) (?:she|he|they|i|we)\b|(?:不用|别|不要|没必要|不必)再?(?:记|录|登记)(?:了|下来|这个|这条)?(?:[，,。!！\s]|$)|已经(?:记|录|登记)(?:过|好)了|不提也罢|\balready (?:logged|added|recorded|updated|entered|in there|in the system)\b(?![\s\S]{0,60}\b(?:just|only|but) (?:log|note|record|add)\b)|\b(?:is|are) already (?:showing|in|marked)\b(?![\s\S]{0,60}\b(?:just|only|but) (?:log|note|record|add)\b)|\balready shows? (?:as|up as)\b|(?:已经|已)(?:登记|记录|录入|录|更新)(?:了|过|咗)|登记咗|\b(?:he|she|they)'?ll (?:log|add|record) it (?:himself|herself|themselves)\b|\bdon'?t duplicate\b|不谈生意|不聊(?:生意|工作)|叙旧|跟我们没关系|和我们没关系|跟我们无关|\bnothing to do with (?:us|our deal|the deal)\b|没留(?:联系方式|电话|名片|微信)|\bdidn'?t (?:take|get|leave) (?:their|his|her|a) (?:number|details|contact|card|name)\b|(?:还没|仲未|还未|尚未)(?:问|开口|提)|\b(?:hasn'?t|haven'?t|have not|has not) (?:asked|requested)\b|(?:就)?别提了|\bnothing (?:business|work)(?:[- ]related)?\b|\bnot (?:business|work)[- ]related\b|\b(?:purely|just|strictly) (?:social|personal)\b|纯(?:属)?私事|没谈(?:生意|工作)|不谈工作|\b(?:let'?s not|don'?t) (?:talk|even talk) about (?:it|that)\b|(?:先别|别|不要|不用|先不|暂时不|暂不|没必要)(?:急着)?(?:给|帮|替|为)[^，,。]{1,12}?(?:建|录|加|开|创建|新建)(?:个|一个)?(?:客户|档|档案|线索|资料)(?![^。]*(?:只|但|不过|就)(?:是)?(?:记|录|登记|更新|改))|\b(?:don'?t|do not|no need to|not yet)\s+(?:add|create|open|make|set up)\s+(?:[\w'’-]+\s+){0,3}?(?:as\s+)?(?:a\s+)?(?:new\s+)?(?:lead|prospect|customer record|profile)\b(?![^.]*\b(?:just|but)\s+(?:log|add|record|note|update|put|mark|save)\b)/i;

/**
 * An ask called off, or a detail that stayed the same: "不用查了，号码我找到了", "先别录朱老板那个", "不用再提醒我联系刘总了",
 * "金水湾那单还没定 先别改状态", "don't change Tom's email, the old one still works", "李总的电话没换，还是原来那个".
 */
const CALLED_OFF = /(?:^|[，,。\s])(?:别|不要|不用|先别)(?:再)?(?:改|动|换|更新)[^，,。]{0,8}?(?:的)?(?:电话|手机|号码|邮箱|地址|资料|生日|公司)|算了[，,\s]*不(?:查|录|记|改|找|问)了|(?:先别|先不要|暂时别|暂时不要|暂不|先不)(?:急着)?(?:改|动|更新)(?:状态|阶段|了|[，,。\s]|$)|不用(?:再)?(?:查|提醒)(?:了|我)|(?:先别|别|先不)(?:急着)?录(?:入)?|\b(?:don'?t|do not|no need to)\s+(?:change|update|touch|edit)\s+(?:[\w'’-]+\s+){0,2}(?:email|phone|number|mobile|details|record|address)\b|^[^，,。\s]{0,8}(?:电话|手机|号码|邮箱|地址)(?:也)?(?:没|没有)(?:换|变|改)|(?:电话|号码|邮箱|地址|资料)(?:就)?不用(?:再)?(?:改|换|更新)了|(?:资料|档案|记录)[^，,。]{0,4}(?:已经)?看(?:到|过)?了(?![吗没么])|(?:晚点|回头|改天)(?:有空)?再看|\b(?:number|phone|email|address|mobile)\s+(?:didn'?t|hasn'?t|has not|did not) change\b/i;

/** Asking a colleague's opinion of someone: "你说冯总这种人是不是就喜欢吊着人". */
const ASKS_OPINION = /[，,\s](?:你|你们|大家)(?:觉得|说|看)(?:呢|[^。]{0,6}(?:吗|么|呢|[?？]))\s*[?？]?\s*$|[，,\s](?:你|你们|大家)觉得[^。]{1,8}(?:不|没)\s*[?？]?\s*$|(?:这种|这样的?|这类)(?:情况|话)?(?:一般|通常|一般来说)[^。]*还是[^。]*[?？]\s*$|^\s*(?:你说|你觉得|你看)[^。]*(?:是不是|是吗|吗|呢|[?？]|(?:要不要|该不该|用不用)[^。]*)\s*$|\bdo you think (?:he|she|they)\b[^.!]*\?/i;

/** The boss's words quoted back: "my manager said 'log every call with Abu Faisal' — ok noted". A rule, not a record. */
const BOSS_QUOTED = /说过(?:一句话|一句|句话)|\b(?:used to say|always says|literally says)\b|\b(?:deck|slide|poster|handbook|manual|training) (?:literally )?says\b|^\s*(?:一般来说|一般|通常|(?:generally(?: speaking)?|in general|usually)\b)[^。]*[?？]\s*$|^\s*(?:my|our) (?:manager|boss|supervisor|team ?lead)\s+(?:said|says|told (?:us|me))\b[^.]{0,20}['"‘“]|^\s*(?:老板|领导|经理|主管)(?:说|讲|交代)[：:，,]?\s*[“"「]|^\s*(?:老板|领导|经理|主管|boss)的?原话/i;

/** What the writer doubts: "is this true or just gossip?", "he says that every year", "don't believe it", "只是随口说说". */
const DOUBTED = /不知道真假|不知真假|真假(?:不知道|难说|未知)|不知道是不是真的|\bnot sure (?:if|whether) (?:it'?s|that'?s|this is) true\b|\btake (?:it|that) with a (?:grain|pinch) of salt\b|有点不信|不太信|我不信|不相信|\bnot sure i believe\b|\bis (?:this|that|it) (?:true|real|legit)\b[^.!]*\?|\bjust (?:gossip|a rumou?r|rumou?rs)\b|\bdon'?t believe (?:it|him|her|them)\b|\bsays? that every (?:year|time|month)\b|真的假的|不一定是真的|别信|\bwho knows\s*[.!?…]*\s*$|谁知道呢|天知道|随口(?:一)?说|说说而已|(?:只是|就是)(?:随便)?说说|吹(?:吹)?牛|\b(?:all|just) talk\b|\b(?:was|were) (?:only |just )?(?:joking|kidding)\b|\bdidn'?t (?:really )?mean it\b/i;

/**
 * A text shown for review, not a record: "does this sound ok to send? 'Hi Kyle, just following up…'", "Draft reply:
 * 'your table for 6 is confirmed'", "这样回可以吗". What the quote says has not happened yet.
 */
const DRAFT_SHOWN = /^\s*(?:draft|draft reply|draft message|草稿|拟稿)\s*[:：]|^\s*(?:[\u4e00-\u9fff]{1,4}|[A-Z][a-z]+)\s*(?:您好|你好)[，,!！\s]|^\s*dear (?:mr|mrs|ms|dr)\b|润色|\b(?:polish|proofread|tidy up) (?:this|my)\b|\b(?:does|do|would) (?:this|that|it) (?:sound|look|read) (?:ok|okay|alright|good|fine|right)\b|\b(?:ok|okay|alright) to send\b|\bcan i send this\b|\bhow does this sound\b|(?:这样|这么)(?:回|写|说|发)(?:可以|行|合适|妥)(?:吗|不|么)|帮我看看(?:这样|这么)?(?:回|写|说)|(?:这段|这条)(?:话|回复|消息)?(?:可以|能)发(?:吗|不)/i;

/**
 * Irony: "oh sure, Summit is 'definitely signing this week'. Fifth week running. Mark it won, why not 🙄". The ask is
 * said so as not to be done.
 */
const SARCASM = /^\s*(?:oh\s+)?(?:sure|yeah right|right)\s*[,.…]|\bwhy not\b[^.?!]{0,6}🙄|\byeah,? right\b|\bas if\b[^.?!]*(?:🙄|😂|lol)|(?:好像|仿佛)真的一样|信你才怪/i;

/** A resolve about the future, not a booking: "remind me never to book the Rosewood caterers again", "再也不订他家了". */
const NEVER_AGAIN = /\bnever (?:to )?(?:book|use|order from|hire|go to|go back to)\b[^.!?]*\bagain\b|再也不(?:订|用|找|去)/i;
/** "We will definitely book again next summer 😊", "下次一定还来！": a promise to come back that ends the message, no day booked. */
const WILL_BE_BACK = /(?:\b(?:will|'ll|hope to|would love to|can'?t wait to)\s+(?:definitely |surely |certainly |for sure |totally |def )?(?:be back|come back|book (?:again|with you again|you again))\b(?:\s+(?:next (?:summer|winter|spring|autumn|fall|year|time|season)|some ?day|soon|sometime|for sure))?|(?:下次|以后|明年)(?:一定|肯定)?还(?:会)?(?:再)?(?:来|订))[\s.!！。,~～]*(?:\p{Extended_Pictographic}[\s.!！。]*)*$/iu;

/** A contact that happened: "拜访了宏昇", "visited Acme today". Unsure of the next step, it is still logged. */
const CONTACT_MADE = /(?:拜访了|见了|聊了|谈了|打了电话|通了电话|开了会|去了[^，,。]{1,10}(?:那边|店|公司|厂)|\b(?:visited|called|met with|met|rang|phoned|spoke (?:to|with)|emailed|texted)\b)/i;

/** Asking what to do ("送点什么好？", "should we…?"): said of a customer, it looks nothing up. */
export const asksAdvice = (text: string) => ASKS_ADVICE.some((pattern) => pattern.test(text));
export const onACondition = (text: string) => ON_A_CONDITION.test(text);

/** "明天要去见李先生，好紧张喔", "…那个超难搞的建材老板，心里头虚得很", "big pitch tomorrow, wish me luck": the writer's nerves about a meeting ahead, shared. */
/** "谢总说下次来吃饭会提前订位", "周老板说他朋友…可能也会找我们，到时候再说吧": someone's some-day plan, heard and left open. */
const SOME_DAY_HEARD = /(?:说|讲)(?:下次|下回|以后|改天)[^。]{0,10}(?:会|再)(?:提前)?(?:订|预订|预约|来)|到时(?:候)?再(?:说|讲)|可能(?:也)?会(?:来)?找我们/;
const OWN_NERVES = /(?:我)?(?:好|超|有点|蛮|挺)紧张(?:喔|哦|啊|呀|哈哈|😅)|心里(?:头)?(?:有点|好|很)?(?:虚|没底|发慌|打鼓)|\bwish me luck\b|\bi'?m (?:so |really |a bit |kinda )?nervous\b|祝我好运/i;

/** "打算明天给禾丰农资打个电话问问", "明天准备去趟鼎盛", "gonna ring Tidewater after lunch": the writer's own plan, nothing done yet. */
const OWN_PLAN = /^\s*(?:(?:明天|后天|下周[一二三四五六日天]?|今天下午|下午|晚上|晚点|周[一二三四五六日天])\s*)?(?:我)?(?:打算|准备|计划)(?!好了)|^\s*(?:(?:tmrw|tomorrow|tmr)\s+)?(?:i'?m\s+|i am\s+)?(?:gonna|planning to|plan to|intend to|thinking of)\b/i;
/** Words asking for a record or reminder, which make a plan something to keep. */
const KEEP_ASKED = /记|录|提醒|备注|跟进任务|\b(?:log|note|remind|record|add|set)\b/i;
/** "nearly sent Hattie the email meant for Priya 😅", "差点把报价发错人": a slip that did not happen. */
const NEARLY_DONE = /\b(?:nearly|almost) (?:sent|emailed|called|rang|texted|messaged|booked|cancell?ed|deleted)\b|差点(?:就|儿)?(?:把[^，,。]{1,12})?(?:发|打|寄|订|取消|删)/i;
/** "想想还是给邱总打个电话吧 明天再说": a contact mused on and put off. */
const PUT_OFF = /^\s*(?:想想|想了想)还是[^。]{0,20}吧[^。]{0,6}再说|再说吧\s*[。.!！]?\s*$/;
export const ownPlan = (text: string) => PUT_OFF.test(text) || (OWN_PLAN.test(text) && !CONTACT_MADE.test(text) && !KEEP_ASKED.test(text));

export function undecided(text: string, intent?: string): boolean {
  const tentative = TENTATIVE.exec(text);
  // "visited Acme, not sure yet when to go back": unsure of what comes next, not of what happened.
  // "蔡经理那边我 text 过了，他说 ERP 的 timeline 还没定": what the customer has not settled is news of them.
  const theirs = !!tentative && /(?:他|她|他们|她们|对方|客户)(?:说|讲|表示|回复|回话说)[^。]{0,24}$/.test(text.slice(0, tentative.index + 1));
  const unsureOfNextStepOnly = intent === "log_followup" && !!tentative && CONTACT_MADE.test(text.slice(0, tentative.index)) && /^.{0,24}(?:\bwhen\b|\bwhether\b|\bnext\b|下一步|要不要|什么时候|哪天|怎么跟|再约)/i.test(text.slice(tentative.index));
  return (
    asksAdvice(text) ||
    ASKS_IF_DONE.some((pattern) => pattern.test(text)) ||
    ON_A_CONDITION.test(text) ||
    (!!tentative && !unsureOfNextStepOnly && !theirs) ||
    UNREAL.test(text) ||
    NOT_FOR_THE_RECORD.test(text) ||
    DOUBTED.test(text) ||
    ASKS_OPINION.test(text) ||
    BOSS_QUOTED.test(text) ||
    DRAFT_SHOWN.test(text) ||
    SARCASM.test(text) ||
    NEVER_AGAIN.test(text) ||
    TAKEN_BACK.test(text) ||
    CALLED_OFF.test(text) ||
    OWN_NERVES.test(text) ||
    (intent !== undefined && ownPlan(text)) ||
    NEARLY_DONE.test(text) ||
    SOME_DAY_HEARD.test(text)
  );
}

export const calledOff = (text: string) => CALLED_OFF.test(text);

/**
 * A guest only asking, not booking yet: "I don't want to book, just asking if you're open Monday", "would you even
 * have space for 12? just curious", "my husband will call later to change it". Asked, it is answered, not booked.
 */
const GUEST_ONLY_ASKING =
  /(?:说|听说|講|讲)[^。]{0,30}[，,\s]*(?:是)?真的(?:吗|嗎|嘛|么)\s*[?？]?\s*$|\b(?:said|says|heard)\b[^.?!]{0,60}\bis (?:that|it|this) (?:true|right|legit|real)\b|\bhow (?:far (?:in advance|ahead)|early|long (?:in advance|ahead|before(?:hand)?)|many (?:days|weeks) (?:in advance|ahead|before(?:hand)?))\b[^.!]*\?|(?:要|需要|得|应该)?提前(?:多久|多长时间|几天|几周)(?:订|预订|预约)?(?:比较好|合适|才行)?(?:啊|呀|呢)?\s*[?？]|^\s*(?:如果|要是|假如|万一)[^。？?]{1,30}(?:会|會)(?:怎么|怎样|如何|点|點|怎)(?:处理|算|办)|^\s*do you have (?:any )?(?:rooms?|tables?|suites?)\b(?![^?]*\b(?:on|from|tonight|tomorrow|this|next|\d))|^\s*(?:如果|要是|假如)[^。？?]{1,20}(?:怎么算|多少钱|贵不贵|加钱|收费)|^(?!.*\b(?:book|reserve|reservation|hold)\b)(?!.*(?:订|預訂|预定|預定|留)).*(?:\bhow much (?:is|are|does|would|for|it costs?|costs?|do you charge)\b|多少钱|什么价|价格是多少)|\bwhat (?:did |has |have )?(?:mr|mrs|ms|miss|dr)?\.?\s*[A-Z]\w+(?: [A-Z]\w+)? (?:book|booked|reserve|reserved|has booked|have booked)\b|^\s*if (?:i|we) (?:book|booked|reserve)\b[^?]*\b(?:is it|will it|would it|does it|do you charge)\b|\basking for a friend\b|帮朋友问(?:的|一下|下|问)|\bis it possible to (?:change|cancel|modify|amend) (?:a|any) (?:booking|reservation)\b|\bcan (?:i|you|we|one) (?:change|cancel) (?:a|any) (?:booking|reservation) (?:once|after|if)\b|\b(?:know|ask|check|wondering|wonder) (?:if|whether) (?:the |your |you )?(?:\w+ )?(?:is|are|will be) (?:still )?open\b|\b(?:is there|do you (?:have|give|offer|do)|any) (?:a |any )?(?:discount|deal|reduction|concession|special rate)s?\b[^.?!]{0,30}\bif (?:i|we) book\b|到时候再(?:找你们|联系你们|跟你们说)?\s?(?:订|预订|定|book)|\bjust (?:asking|curious|comparing|looking|browsing)\b|\bnot ready to book\b|\b(?:might|may) need (?:a |an |the )?(?:room|table|booking|suite)\b|\bwill confirm\b[^.]{0,40}\band (?:revert|get back)\b|\b(?:thinking (?:about|of)|considering|debating(?: whether)?) (?:cancell?ing|changing|moving|booking|reserving)\b|\bnot sure yet\b|\bjust want(?:ed)? to ask\b|\bgood to know\b|\bwe might come\b|\bi'?ll confirm (?:closer|later|nearer)\b|(?:一直|总是|老是)(?:说|讲)[『「“"‘']|\b(?:might|may(?!\s+\d))(?: \w+){0,2} (?:book|reserve|cancel|change|stay|extend)\b|\bif (?:i|we) (?:were to|wanted to) (?:stay|extend|book|change|cancel)\b|不订(?:位|房)?的话|不预[订约定](?:位|房)?的话|\bwithout (?:a )?(?:booking|reservation)\b|要排多久|(?:先|再)考虑(?:订|book|预订)|有的话(?:我)?(?:再|先)|还没想好|先别动|先不(?:改|动|取消)(?![^。！!？?]{0,8}(?:但是|不过|只是|就是|只))|\bhaven'?t decided\b|\bleave it (?:as is|as it is|for now)\b|\b(?:don'?t|do not) (?:change|cancel|touch|move) anything\b(?![^.!?]{0,12}\b(?:but|just|only)\b)|\bfine as (?:it is|is)\b|可能(?:要|会)?(?:取消|改)|说不定(?:要)?(?:取消|改)|最早几点(?:可以)?(?:入住|check ?in)|几点可以(?:入住|check ?in)|\bhow early can (?:i|we) check ?in\b|\bwe had (?:a|the|our) (?:table|room|booking|reservation)\b[^.?!]{0,30}\blast\b|\bno change\b[.!,]|\bit'?s (?:his|her|their) booking\b|\b(?:he|she|they)(?:'?ll| will) (?:call|ring|phone|message|text|email|whatsapp|dm|contact) (?:you )?(?:himself|herself|themselves|themself)\b|\bmy (?:sister|brother|friend|wife|husband|mum|mom|dad|boss|assistant|secretary|pa) (?:already )?(?:booked|reserved)\b[^?]*\b(?:handling|sorting|taking care of) (?:everything|it)\b|\bmy (?:sister|brother|friend|wife|husband|partner|mum|mom|dad|boss|assistant|secretary|pa) (?:already )?(?:booked|reserved) (?:us |me )?(?:a |the )?(?:table|room|suite)\b(?![^?]*\b(?:but|however|need to|can you|could you|please|pls)\b)[^?]*\?\s*$|\bi'?ll let (?:her|him|them) (?:contact|call|email|message)\b|^\s*if (?:i|we) (?:booked|book|were to book|cancel(?:led)?|changed?)\b[^?]*\bwould you\b|\b(?:don'?t|do not) (?:want|need) to (?:book|reserve|cancel|change)\b(?![^?!]*\b(?:just|only|but|instead)\b)|\bwill (?:call|ring|phone|email|message|text) (?:you )?(?:later|back|tomorrow|tonight)? ?to (?:change|cancel|book|move|confirm)\b|\bjust wondering\b|(?:要|需要|得)(?:先)?(?:付|交|预付)(?:定金|订金|押金|预付款)(?:吗|么|不)|^(?![^?]*\b(?:on|this|next|tomorrow|tonight)\b)[^?]*\bdo (?:you|u)(?: guys)? (?:cater|host|do|accommodate)(?: for)? [^?]{0,30}\b(?:weddings?|events?|parties|functions|banquets|receptions)\s*\?|\bin general\s*\?|\basking for (?:the )?future\b|\bfor (?:the )?future reference\b|\bwould it be cheaper\b|^\s*(?:如果|要是|假如)[^。]{1,30}(?:有没有|有冇|能不能|可不可以)[^。]{0,8}(?:折扣|优惠|便宜|团购价|团体价)|(?:我|我们)?(?:先|再)(?:跟|和)[^，,。]{1,6}商量(?:商量|一下)?|(?:先|再)考虑考虑|\b(?:let me|lemme|i'?ll|gotta|need to) (?:check|talk|confirm)(?: it)? (?:with|w\/?) (?:my|the) (?:husband|hubby|wife|wifey|missus|partner|family|boss|gf|bf|girlfriend|boyfriend|kids|other half|friends)\b|\bif (?:i|we) (?:book|reserve)\b[^.!]*\?\s*$|\bis (?:breakfast|parking|wifi|wi-fi|airport (?:pickup|transfer)) included\b|\bonly want(?:ed)? (?:to )?ask\b|^\s*(?:如果|要是|假如)[^。？?]{1,20}(?:能(?:不能)?退|退不退|可以退吗|能退吗|扣不扣|会不会扣|要扣)|\bif (?:i|we) cancel\b[^?]{0,40}\b(?:refund|deposit|charge|fee)\b[^.]*\?|(?:提前|先)了解(?:一下)?(?:而已)?[。！!.\s]*$|\bjust (?:checking|finding out|asking) (?:ahead|beforehand|in advance)\b|怎么收费|如何收费|收费标准|怎么算钱|\bdo you (?:honou?r|accept) (?:the |their |a )?(?:free cancell?ation|booking\.com|expedia|agoda)\b|\bif (?:i|we) (?:change|switch|move|upgrade)\b[^?]*\b(?:is|would|will) (?:the )?(?:price|rate|cost)\b|还在犹豫|还没决定|犹豫中|\bstill (?:deciding|undecided)\b|\b(?:i'?ll|we'?ll) (?:have|get|ask) my (?:assistant|secretary|pa|husband|wife|partner|colleague|son|daughter) (?:to )?(?:call|ring|email|contact|message)\b|还在(?:跟|和)?[^，,。？?]{0,6}(?:讨论|商量|犹豫)|(?:取消|改)(?:他|她)(?:们)?的(?:订位|预订|订房|房间|预约)|(?:需要|要|得)提前多久|提前多久(?:说|通知|讲|告诉|取消|改)|\bdo i (?:need|have) to (?:book|reserve|register) (?:again|here too|separately)\b|\bcan (?:i|we|you) just (?:walk in|walk up|pitch up|turn up|show up|rock up|drop in|come in)\b|(?:要|需要|得)(?:提前)?(?:订位|订座|预订|预约|订)吗[^。]{0,4}(?:还是|或者)(?:可以)?直接(?:来|过来|去)|^\s*should (?:my|our|the) (?:flight|train|plans?|meeting|trip|arrival)\b|(?:价格|价钱|折扣|优惠|协议价)(?:今年|现在|这次)?还(?:能|可以)用吗|\b(?:last year'?s|the old|our old) (?:rate|price|discount) still (?:apply|valid|good|stand)\b|只是问问|随便问问|就问问|先问问|\bmaybe (?:i'?ll|we'?ll|i will|we will) (?:book|reserve|come|stay)\b|\b(?:i'?ll|we'?ll) (?:book|reserve) later\b|(?:可能|也许|或许)(?:会)?(?:过来|来|去)(?:玩|住|吃|坐坐)?[^。]{0,10}(?:还没定|没定|不一定|再说)|\bbefore (?:i|we) (?:book|reserve|decide|commit)(?: anything)?\b|问一下而已|不是要(?:订|预订|取消|改)|\b(?:keeps? saying|says|told me)\s*["'“‘](?![^"'”’]{0,80}["'”’],?\s*(?:so|and)\s+(?:please |pls |can you |could you )?(?:cancel|book|change|move|reserve|push|extend)\b)|\bbut first\b[^.?!]*\?\s*$|退房最晚|最晚几点退房|几点(?:之前)?(?:要)?退房|\bwhat time is check-?(?:out|in)\b|\bcheck-?(?:out|in) time\s*\?|^\s*(?:如果|要是|假如|万一)[^。]{1,30}(?:可能|也许|说不定|或许)|\bif\b(?! (?:you|u) (?:could|can|would|wouldn'?t mind)\b| possible\b)[^.?!]{1,40}\b(?:might|may|probably)\b|\bprobably (?:have to |need to |gonna |going to |will )?(?:cancel|change|move)\b|\b(?:is )?(?:that|this|it) true\s*\?|是真的吗|真的假的/i;
/**
 * Whether something would be allowed, asked on a condition: "如果我带宠物的话能入住吗", "if we bring the dog can we still
 * stay?". A rule of the house asked after; no day and no booking asked for yet.
 */
const ALLOWED_IF_ASKED =
  /^\s*(?:如果|要是|假如|万一)[^。？?]{1,20}(?:能|可以|可不可以|能不能|行不行|允许|让不让|给不给)[^。？?]{0,8}(?:吗|么|嘛|[?？])\s*$|^\s*if (?:i|we) (?:bring|have|come with|arrive with)\b[^.?!]{1,40}\b(?:can|could|may) (?:i|we)\b[^.!]*\?\s*$/i;
/**
 * A booking meant and then doubted: "I was going to book for Friday but maybe not, I'll let you know".
 */
const MEANT_THEN_DOUBTED = /\b(?:was|were) (?:going|gonna|planning) to (?:book|reserve|cancel|change)\b[^.!?]{0,40}\bbut (?:maybe not|not sure|i'?m not sure|we'?re not sure|probably not|now i'?m not sure)\b|(?:本来|原本)(?:想|打算|准备)(?:订|预订|取消)[^。]{0,12}(?:但是?|不过|可是)(?:又)?(?:不一定|还没想好|再看看|再说)/i;
/** "I confirm you our arrival tomorrow around 18h", "we're at the door 😊 party of 4 under Becker", "我们到门口了": the guest arrived, or arriving as booked, asks for nothing new. */
const ARRIVAL_CONFIRMED = /\b(?:i|we) (?:hereby |just )?(?:confirm|can confirm|would like to confirm|want to confirm)(?: (?:to )?you)? (?:our|my) (?:arrival|check-?in|coming|attendance)\b|\b(?:we're|we’re|we are|i'm|i’m|i am) (?:here(?!\s+(?:for|on|to)\b)|outside|downstairs|at (?:the )?(?:door|entrance|front(?: desk)?|reception|lobby))\b|(?:我们|我)(?:已经)?到(?:了)?(?:门口|楼下|店门口|大堂|前台|店里)了?/i;
/** What is on, asked: "跨年夜会有烟花吗", "will there be live music on NYE?". A night named is the event's, not a booking's. */
const EVENT_ASKED = /(?:会|有没有)有?(?:烟花|活动|表演|演出|乐队|驻唱|抽奖|倒数|派对|自助)[^。？?]{0,4}(?:吗|么|嘛|[?？])|\bwill there be (?:any )?(?:fireworks|live music|a band|a dj|a show|an event|a party|a countdown|a buffet)\b/i;
/** A stay or a meal someone else had, told: "my friend stayed in the rooftop suite and said it was 🔥". */
const HEARD_OF_A_STAY = /\bmy (?:friend|mate|colleague|cousin|sister|brother|mum|mom|dad|parents|boss|bestie|wife|husband|partner)s? (?:said|says|told me) (?:she|he|they)(?:'d|'s|'ve| had| has| have| would| will)? (?:maybe |probably |already |just )?(?:booked|reserved|book|reserve)\b|\bmy (?:friend|mate|colleague|cousin|sister|brother|mum|mom|dad|parents|boss|bestie)s? (?:stayed|ate|dined|had (?:dinner|lunch|a meal|a room|the \w+))\b[^.?!]{0,60}\b(?:said|says|told me|reckons|recommended|loved|raved)\b/i;
/** "…我们想搞个小聚会，还在考虑中", "just getting prices, still deciding": the guest says, last, that nothing is decided. */
const STILL_DECIDING = /\bwe'?ll see\s*[.!]?\s*$|(?:再|我再|让我再)想想(?:吧|看)?[。.!！…\s]*$|\b(?:i'?ll|we'?ll|let me|i will|we will) (?:have a think|think (?:about )?it(?: over)?|sleep on it|talk it over)\b(?![^.!?]*\b(?:but|please|pls|meanwhile)\b)|(?:还在|仍在|还)(?:考虑|犹豫|商量)(?:中|呢|哦|啊|一下)?[。.!！~\s]*$|\b(?:still (?:deciding|thinking about it|considering|weighing it up)|haven'?t decided yet)\b[.!\s]*$/i;
/** "不想注册会员的话，订房可以不留手机号吗", "do I have to give my phone number to book?": what must be given, asked. */
const DETAILS_REQUIRED_ASKED = /(?:可以|能|能不能|可不可以)不(?:留|填|给|提供|登记|写)[^，,。？?]{0,8}(?:吗|么|嘛|[?？]|$)|一定要(?:留|填|给|提供|登记|写)[^，,。？?]{0,8}(?:吗|么|嘛|[?？])|\b(?:do|must) (?:i|we) (?:have to |need to )?(?:give|provide|leave|share|register) (?:my|our|a|an) (?:phone|mobile|number|email|id|passport|address)\b/i;
/** "有点贵，能便宜点吗", "can you do a better rate?": a better price asked for. */
const HAGGLING = /(?:能|可以|可不可以|能不能)(?:再)?(?:便宜|优惠)(?:点|一点|些|一些)|(?:有|有没有)(?:什么)?(?:优惠|折扣)(?:吗|么|没有)?|\bcan you do (?:a )?(?:better|cheaper)\b|\b(?:any|a) (?:discount|better (?:rate|price|deal))\b[^.!]*\?/i;
export const haggles = (text: string) => HAGGLING.test(text);
export const onlyAsking = (text: string) => GUEST_ONLY_ASKING.test(text) || STILL_DECIDING.test(text) || DETAILS_REQUIRED_ASKED.test(text) || TAKEN_BACK.test(text) || DAYDREAM.test(text) || ALLOWED_IF_ASKED.test(text) || MEANT_THEN_DOUBTED.test(text) || EVENT_ASKED.test(text) || HEARD_OF_A_STAY.test(text) || ARRIVAL_CONFIRMED.test(text);

/** A daydream: "I'd book the whole rooftop if I won the lottery", "中了五百万就包场". */
const DAYDREAM = /月球上|火星上|\bon the moon\b|\bon mars\b|\blottery\b|\bif (?:i|we) (?:were rich|had the money|won big)\b|彩票|中了?(?:五百万|大奖)/i;

/**
 * The booking left to someone else: "我老公说他晚点用他手机订", "my wife will book it herself"; or already done by them:
 * "my mum already rang to cancel friday", "领导已经让别人订好了，我这边就不订了".
 */
const SOMEONE_ELSE_WILL = /(?:老公|老婆|先生|太太|妈妈?|爸爸?|朋友|同事|秘书|助理|女儿|儿子)(?:说)?(?:他|她)?(?:会)?(?:晚点|等下|等会|待会|回头|稍后|自己)[^，,。]{0,10}(?:订|预订|改|取消)|\b(?:my|our) (?:wife|husband|partner|mum|mom|dad|son|daughter|assistant|secretary|pa|boss) (?:will|'ll|is going to|is gonna) (?:book|reserve|do|sort|handle) it\b|\b(?:my|our) (?:wife|husband|partner|mum|mom|dad|son|daughter|assistant|secretary|pa|boss|colleague|friend) (?:has )?(?:already|just) (?:rang|called|phoned|emailed|messaged|texted) (?:you )?to (?:cancel|book|change|move)\b|(?:订好了|订了)[^。]{0,10}(?:我|我们)(?:这边)?(?:就)?不(?:用)?(?:订|定)了|(?:让|叫)(?:她|他|他们|她们)自己(?:加|联系|订|找|打)|(?:老公|老婆|先生|太太|妈妈?|爸爸?|儿子|女儿|助理|秘书|同事)已经(?:打(?:过)?电话|打电话|发消息)?(?:把[^。]{0,12})?取消(?:了|掉了)/i;
export const leftToSomeoneElse = (text: string) => SOMEONE_ELSE_WILL.test(text);

/** Taken back before it was asked: "其实挺想投诉一下…算了，也没多大事", "never mind". */
const TAKEN_BACK = /算(?:了|啦|喇|咯)[，,。…⋯!！\s]*(?:(?:我|我们)?(?:再|先)(?:问问|问一下|想想|确认一下|核实一下)|也没|没多大|不(?:说|提|投诉|弄|用|麻烦)了?|还是不|再等|再看|其实[^。]{0,12}(?:挺好|还好|不错|满意))|\bnever mind\b(?![,.!\s]+(?:just |please |pls )?(?:cancel|scrap|kill|drop|book|move|change|make|push))|\bforget it\b|\bscratch that\b(?![^.]*(?:\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:signed|won|lost|make it|make that|they|he|she|it'?s)\b))[^.]*$/i;
export const takenBack = (text: string) => TAKEN_BACK.test(text);

/** "Never mind, found it in my phone", "found them in the app, thanks anyway", "sorry, wrong chat": the ask withdrawn, read or write. */
const ASK_WITHDRAWN = /\b(?:was|were) (?:going|gonna|planning|about) to (?:cancel|change|move)\b[^.!?]{0,120}\b(?:(?:please )?(?:don'?t|do not|no need to) (?:cancel|change|move)|we'?ll (?:still )?(?:come|be there|see you)|still coming)\b|(?:本来|原本|原来)(?:想|打算|要|准备)(?:取消|退掉?|改)[^。]{0,12}(?:还是(?:去|来|照常|不)|算了(?![^。]{0,4}(?:还是)?(?:直接)?(?:取消|退))(?![…⋯，,。.\s]*(?:先|那)?(?:帮我|帮忙|麻烦你?)?(?:看看|看下|查|列))|不取消了|不退了|不改了)|(?:刚才|刚刚|之前|上面)说[^。]{0,16}(?:是)?我?(?:搞错|弄错|说错|记错|看错|搞混)了|\bignore what i said about\b[^.]{0,30}\b(?:got it wrong|my mistake|was wrong)\b|(?:刚才|上一条|前面|那条|上条)[^。]{0,6}发错了[，,。\s]*(?:请)?(?:忽略)?[。.!！\s]*$|\bignore (?:my|the) (?:last|previous) (?:message|msg)\b[.!\s]*$|\bnever mind\b[^.?!]{0,10}\b(?:found|got) (?:it|them)\b|\b(?:found|got) (?:it|them|the \w+) (?:in|on) (?:my|the) (?:phone|app|email|inbox|contacts|notes|crm)\b|^(?![\s\S]*\b(?:please|pls|kindly) (?:cancel|book|move|change)\b)[\s\S]*\bthanks anyway\b|(?<!\b(?:previous|last|earlier|above|that)\b[^.?!]{0,20})\bwrong (?:chat|group|thread|person|window)\b|发错(?:群|人)了?|不用查了/i;
/** "my husband just said 'cancel the whole thing' lol he's kidding, keep it": an ask made in jest, taken back. */
/**
 * "my wife literally just said \"book the table for friday\" but i think she meant next month lol", "my friend said 'just
 * book the suite lol' 😂 as if I'm made of money": someone else's words, quoted and laughed off.
 */
const QUOTED_IN_JEST = /\b(?:my|our) (?:wife|husband|partner|friend|mate|mum|mom|dad|kids?|son|daughter|sister|brother|cousin|boss|bf|gf|boyfriend|girlfriend|missus)\b[^"'“‘]{0,24}\b(?:said|says|goes|told me)\s*[:,]?\s*["'“‘][^"'”’]{3,80}["'”’](?:[^?]*|[^]*\bwhat (?:that|it|this) means\b[^]*)(?:\bstill thinking\b|\blol\b|\bhaha|😂|🤣|\bjoking\b|\bkidding\b|\bignore (?:her|him|them)\b|\bas if\b|\bbut i think\b|\bmeant\b)/i;
const SAID_IN_JEST = /\b(?:he'?s|she'?s|they'?re|i'?m|was|were|just) (?:only |just )?(?:kidding|joking)\b[^.!?]{0,30}\bkeep (?:it|the (?:booking|reservation|table|room))\b|开玩笑的?[^。]{0,10}(?:别|不要|不用)(?:取消|改)/i;
export const askWithdrawn = (text: string) => ASK_WITHDRAWN.test(text) || SAID_IN_JEST.test(text) || QUOTED_IN_JEST.test(text);

/**
 * No new booking to make: one already made ("王先生那两间房昨天已经订好了 别再重复下单"), or none made at all ("walk-in asked
 * rates, didn't book", "先不订了 我再比较一下").
 */
const NO_NEW_BOOKING = /\b(?:undo|reverse|revert|take back)\b[^.!?]{0,12}\bcancell?ation\b|\bun-?cancel\b|撤销[^。]{0,4}取消|(?:取消|退订)[^。]{0,6}(?:撤回|撤销)|\b(?:was|were) (?:going|gonna|planning|about) to (?:move|change|cancel|book|push|reschedule)\b[^.]{0,60}\bbut\b[^.]{0,60}\b(?:already|sorted|all set|handled|took care)\b|已经[^。]{0,16}(?:取消|退订)(?:了|掉了)[^。，,]{0,8}[，,。!！\s]*(?:谢谢|多谢|唔该|麻烦晒|感谢|thx|thanks)|(?:刚才|之前|上午|昨天)?的?(?:预订|订单|预约)(?:确认)?(?:信息|短信|邮件)?(?:已经)?收到了|\b(?:i'?ll|we'?ll|i will|we will) let you know if (?:we|i) (?:need|want)\b|\bnothing to book (?:just |quite )?yet\b|\bno need (?:to|for us to) (?:book|reserve)\b|(?:不用|唔使|不需要)(?:再)?(?:订|訂|预订|預訂)(?:位|枱|台|房)?了|\bnot (?:quite )?ready to book (?:just )?yet\b|\bmaybe (?:i'?ll |we'?ll |i |we )?book (?:then|later|next time|closer to the date)\b[^.]{0,12}\bnot now\b|\b(?:wanted|meant|planned|hoped|were going|was going) to (?:book|come|reserve)\b[^.]{0,60}\b(?:but|however)\b[^.]{0,60}\b(?:another time|next time|cancel|can'?t come|sick)\b|收到(?:了)?(?:预订|预约|订单)?确认(?:短信|邮件|信息|消息)|收到(?:了)?取消(?:的)?(?:短信|邮件|信息|消息|通知)|\b(?:the )?(?:change|cancellation|update)\b[^.?!]{0,30}\bwent through (?:fine|ok|okay|well)\b|\b(?:got|received) (?:the|my|your|a) (?:booking |reservation )?confirmation\b|(?:已经|已)(?:自己)?[^，,。]{0,10}(?:取消|退订)(?:了|掉了)[^。]{0,12}(?:跟你们说一声|告诉你们|说一声)|\balready cancell?ed (?:it|them|that|the booking|the reservation)(?: myself)?\b[^.]{0,30}\bjust letting you know\b|(?:预订|预约|订位|订房|房间|时间)?(?:不改了|不用改了|不换了)|按原来的(?:吧|来|就行)|\bkeep it as (?:it was|originally booked|before)\b|\bno changes? (?:needed|required|necessary)\b|\bnothing to change\b|\bno need to (?:change|move|amend|modify) (?:anything|it|a thing)\b|(?:不用|不需要|无需)(?:做)?(?:任何)?(?:改|变动|调整)|\b(?:don'?t|do not|pls don'?t|please don'?t) book\b|(?:先别|不要|别|不用|不需要|不必)(?:帮我|幫我)?(?:再)?(?:订|訂)|已经(?:帮我)?(?:把[^，,。]{1,8})?(?:改|换|挪|调)(?:到|成|好)[^，,。]{0,6}了|不用再(?:弄|改|处理)|\balready (?:changed|moved|sorted) (?:it|that|my)\b|已经(?:在[^，,。]{1,8})?订好|已订好|已经帮[^，,。]{1,6}订好|(?:别|不要|不用|就不|不)(?:再)?重复(?:下单|订|预订)|\balready (?:booked|reserved)\b|\bdidn'?t (?:book|reserve)\b|\bdid not (?:book|reserve)\b|先不订|暂时不订|暂不订|没(?:有)?订(?:就走|成)|\b(?:don'?t|do not|pls don'?t|please don'?t) cancel (?:anything|it|us|our (?:table|booking|reservation|room))\b(?![^.?!]*\b(?:just|instead|but|move|change|push)\b)|(?<!\b(?:tonight|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)\bwe'?re still coming\b|\bwe'?ll give it a miss\b|\bgive it a miss this time\b|^(?!.*(?:(?<!不)订了|订好|订的|预订了|取消))(?:.*)(?:本来|原本|原来)(?:想|打算|准备|计划)[^。]{0,30}(?:后来|结果|但是|可是|不过)[^。]{0,10}(?:算了|不订了|不来了|不去了)|(?:别|不要|先别)(?:帮我们?)?取消[^。]{0,20}(?:还是会来|马上到|快到了|还会来)/i;
/**
 * "儿子说不用订了，这周六晚上那桌取消吧", "不用订新的，帮我把周六那桌取消": the booking no longer needed, and called off in so
 * many words.
 */
const CALLED_OFF_TOO = /(?:桌|房|间|位|预订|预约|订单)[^，,。]{0,4}(?:取消|退掉)(?:吧|掉|一下|了吧|\s*[。.!！]?\s*$)|(?<!已经|已)(?:帮我|麻烦|请)把[^，,。]{1,12}(?:取消|退掉)(?!了)|\b(?:please|pls|so) cancel\b/i;
/** "…哦我已经订好了，那把人数改成8个吧": remembered as booked, and changed instead. */
export const CHANGED_INSTEAD = /已经订(?:过|好)了[^。]{0,12}(?:那|就)?(?:把)?(?:人数|时间|日期)?(?:改成|改到|换成|加到|减到)|\balready (?:booked|have a booking)\b[^.]{0,20}\b(?:so|then) (?:just )?(?:change|make|update)\b/i;
export const booksNothing = (text: string) => NO_NEW_BOOKING.test(text) && !CALLED_OFF_TOO.test(text) && !CHANGED_INSTEAD.test(text);
export const promisesToReturn = (text: string) => WILL_BE_BACK.test(text);

/** Thanks and praise: "表扬一下", "点个赞", "the staff were amazing", "what a view last night". Never a complaint; answered with thanks. */
const PRAISE = /\b(?:super|so|really|very) (?:sweet|kind|nice|lovely|helpful|friendly|attentive|tidy|professional|polite|patient|efficient|quick|thorough)\b(?![^.]*\b(?:but|however)\b)|表扬|点(?:个)?赞|好评|夸一下|特别好|非常好|太棒|很棒|太完美|很完美|非常满意|很满意|特别满意|超满意|贴心|周到|暖心|用心|给力|^\s*what an? (?:view|place|stay|meal|dinner|night|evening|time|experience|spot|room)\b|\b(?:amazing|awesome|wonderful|fantastic|excellent|great job|well done|kudos|compliments?)\b/i;
export const praises = (text: string) => PRAISE.test(text);
