/**
 * A question put to someone else in the chat, not the bot: "老公 你订好明晚的位没", "小刘 你上次见Kestrel那个采购是男是女来着",
 * "老王说他明天去鑫达换压缩机 你知道他几点出发不", "@Anna did u book the table for Sat or should I". The bot is asked to do
 * something ("你帮我…", "can you…"); what the person addressed did, remembers or knows of a third person is theirs to answer.
 * A mention of the bot itself is read away before this (chat-markup.ts), so an "@" left at the start names a person.
 */
const BOT = String.raw`(?:小助手|助手|机器人|客服|前台|系统)`;
/** "老公 ", "小刘，", "@Anna ": the person addressed, first. */
const ADDRESSED = String.raw`^\s*(?:@\S+\s*|(?!${BOT}|你好|您好|请问|麻烦|hi\b|hello\b|hey\b)[\u4e00-\u9fffA-Za-z]{1,4}[，,\s]+)`;
const ZH_WHAT_THEY_DID = String.raw`你(?:订|定|约|知道|记得|还记得|上次|上回|上周|上礼拜|前几天|昨天|前天|之前|刚才|那天|说的|提的)[^。！!]{0,30}(?:没|吗|么|不|来着|没有|(?:后来)?(?:怎么样|咋样|如何)了?)[?？]?\s*$`;
/** "老王 你那还有覃老板的电话不 发我一下": something a colleague holds, asked of them. */
const ZH_WHAT_THEY_HOLD = String.raw`你(?:那|那儿|那里|那边|手上|手里|手机里)(?:还)?有[^。！!？?]{1,20}?(?:不|吗|么|没)(?=[\s，,?？。]|$)`;
/** "小周，下午3点来我办公室一趟", "Ben, pop into my office at 4": a colleague called in. */
const ZH_CALLED_IN = String.raw`(?:来|到|过来)我(?:办公室|这儿?|这里|这边|工位|座位)(?:一趟|一下|找我)?`;
const EN_CALLED_IN = String.raw`^\s*[A-Z][a-z]+,?\s+(?:(?:can you|could you|pls|please)\s+)?(?:pop|come|swing|drop) (?:in(?:to)?|by|over to|round to|to) my (?:office|desk)\b`;
/** "王家坝那个合作社 你们哪个认得他们村支书不", "…果园摘橙子 哪个去": the team asked who knows, or who goes. */
const ZH_WHO_OF_US = String.raw`(?:你们|大家|咱们)(?:哪个|哪位|谁|有没有人|有人)(?:认得|认识|知道|熟|去过|见过|有空|能去|要去)|(?:^|[\s，,])(?:哪个|谁)(?:去|要去|想去|有空|能去)[?？]?\s*$`;
/** "…你知道他几点出发不": what a third person is doing, asked of whoever knows. */
const ZH_WHERE_THEY_ARE = String.raw`你知道(?:他|她|他们|她们)[^。！!]{0,10}(?:几点|什么时候|啥时候|在哪|去哪|到哪)[^。！!]{0,8}(?:不|吗|么|没)?[?？]?\s*$`;
const EN_WHAT_THEY_DID = String.raw`^\s*@\S+(?:\s+[A-Z][a-z]+)?\s+(?:(?:did|have|has) (?:you|u) (?:already )?(?:book|booked|reserve|reserved|call|called|ring|rang|email|emailed|sort|sorted|get|got|confirm|confirmed)|(?:u|you) (?:got|have)|(?:do|did) (?:u|you) (?:have|get|see))\b`;
/**
 * "did anyone book the florist for Saturday?": the team asked whether one of them did a chore; a customer named ("has anyone
 * called Redwood Clinic back?") is their status asked.
 */
const EN_DID_ANYONE = String.raw`^\s*(?:did|has|have) (?:anyone|anybody|someone|somebody|any of (?:you|u)) (?:already )?(?:book|booked|call|called|ring|rang|sort|sorted|order|ordered|confirm|confirmed|email|emailed|pay|paid) (?:the|a|an|our|my|those|these)\s`;
/** "someone call back Mrs Lee", "can somebody ring the Hiltons today?": a task handed to whoever on the team takes it. */
const EN_SOMEONE_DO = String.raw`^\s*(?:(?:can|could) )?(?:someone|somebody|anyone|anybody)\s+(?:pls |please )?(?:call|ring|phone|email|text|message|follow up with|chase)\b`;
/** "who's covering the market stall tomorrow?", "who's covering Yuki's accounts while she's on leave?": the team's rota. */
const EN_WHO_COVERS = String.raw`^\s*who(?:'s| is| will be|'ll be| gonna be) (?:covering|minding|manning|running|taking over|looking after|on duty)\b`;
/** "@Jess where are we with Coldwater? need an update before 3": a colleague asked how their account stands. */
const EN_WHERE_THEY_ARE = String.raw`^\s*@\S+\s+(?:where are we (?:at )?with|what'?s the (?:status|latest) (?:on|with)|any (?:news|update) (?:on|from|with))\b`;
/** "want me to log the call with Marcus now or after lunch?": the writer offering a colleague to do it. */
const EN_OFFERED = String.raw`^\s*(?:do (?:you|u) )?(?:want|need) me to\b[^?]*\?`;

export const ASKED_OF_SOMEONE = new RegExp(`${ADDRESSED}(?:${ZH_WHAT_THEY_DID}|${ZH_WHAT_THEY_HOLD}|[^。！!]{0,12}${ZH_CALLED_IN})|${EN_CALLED_IN}|${ZH_WHERE_THEY_ARE}|${ZH_WHO_OF_US}|${EN_WHO_COVERS}|${EN_DID_ANYONE}|${EN_SOMEONE_DO}|${EN_WHAT_THEY_DID}|${EN_WHERE_THEY_ARE}|${EN_OFFERED}`, "i");
