/**
 * A colleague told what to do: "让小王明天跟进华润", "@小李 德胜五金那边你下周一去拜访一下", "阿杰，海天餐饮的合同你盯一下",
 * "华润以后交给小李负责", "@Tom pls chase Acme", "Marcus — loop in legal on the Bluewave contract". The work is theirs to
 * do and to record; the writer's own message records nothing. A message that also reports the writer's own contact or
 * a new lead ("我今天拜访了赵总，下周一让小刘跟进", "新客户录一下：…让小刘跟") is still that record.
 */

/** What colleagues are called in a Chinese team: 小王, 老周, 阿杰, 王姐, 张哥, or @name. */
export const ZH_COLLEAGUE = String.raw`(?:[小老阿][\u4e00-\u9fff]|[\u4e00-\u9fff][姐哥]|@[^\s@，,。]{1,12})`;
/** Work handed on: 跟进, 跟, 去拜访, 给…回个电话, 把…寄了, 盯, 处理, 负责, 联系, 约. */
const ZH_WORK = String.raw`(?:给|把|跟进|跟一下|跟|去|回|盯|寄|发|送|处理|负责|联系|约|打|催|问|准备|对接|接待|拜访|过去)`;
/** Days and times said before the work: "让小王明天跟进", "老周你今天下班前给…". */
const ZH_WHEN = String.raw`(?:[今明后]天|下?周[一二三四五六日天]|下(?:个)?(?:星期|礼拜)[一二三四五六日天]|下班前|上午|下午|晚上|尽快|抓紧|马上|这周|本周|下周){0,2}`;

const ZH_TOLD = new RegExp(
  [
    // "让小王明天跟进华润", "叫阿杰下午去一趟": the writer hands the work on (not "李总让我…", a customer's ask).
    String.raw`(?:^|[，,。；;\s])(?:你|麻烦)?(?:让|叫|安排)${ZH_COLLEAGUE}\s?${ZH_WHEN}${ZH_WORK}`,
    // "阿杰，海天餐饮的合同你盯一下", "老周你今天下班前给远东物流回个电话", "@小李 德胜五金那边你下周一去拜访一下".
    String.raw`^\s*${ZH_COLLEAGUE}\s*[，,:：]?\s*[^。？?]{0,24}?你(?:们)?${ZH_WHEN}(?:去|跟|盯|给|把|再|先|负责|处理|联系|回|约|发|寄|催|拜访|打)`,
    // "别忘了周五给恒信地产的孙总寄样品 @阿杰": the colleague tagged after the ask.
    String.raw`(?:别忘了|记得|麻烦|请|务必)[^。？?]{2,40}\s@[^\s@，,。]{1,12}\s*$`,
    // "样品到底寄出去没有？@仓库小刘 看一下": a question put to a colleague tagged after it.
    String.raw`[？?]\s*@[^\s@，,。]{1,12}\s*(?:看一下|看下|查一下|查下|确认一下|回一下|跟一下)?\s*$`,
    // "华润以后交给小李负责", "德胜五金的客户转给阿杰跟": a customer handed to a colleague.
    String.raw`(?:交给|转给|分给|移交给|划给|给到)${ZH_COLLEAGUE}(?:来)?(?:负责|跟进?|管|对接|处理)?\s*(?:吧|了)?\s*[。！!]?\s*$`,
    // "大家周五前把本周的跟进都录进系统": the whole team told to enter their own records.
    String.raw`^\s*(?:@所有人\s*)?(?:大家|各位|所有人|全组)[^。]{0,16}?把[^。]{0,16}?(?:都|全部)?(?:录|记|登记|填|更新)(?:进|到|好|完)`,
    // "Acme的人下周要来参观，谁有空接待一下": someone on the team asked to step in.
    String.raw`谁有空(?:接待|去|跟|陪|帮|处理)`,
  ].join("|"),
);

/** English verbs a colleague is sent to do. */
const EN_WORK = String.raw`(?:chase|call|ring|email|follow up(?: with| on)?|ping|loop in|reach out to|get (?:back )?(?:to|in touch with)|send|visit|handle|take over|look after|cover|check in with|nudge|sort out|prep|prepare|set up|book)`;
/** Words that open a note to oneself the way a name opens an instruction: "Reminder: call Acme", "Tomorrow, chase Bo". */
const NOT_A_NAME = String.raw`(?:Also|Reminder|Note|Notes|Today|Tonight|Tomorrow|Then|Next|Please|Pls|Ok|Okay|So|And|Hi|Hey|Todo|Task|Action|Update|Fyi|Btw|Urgent|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Later|Later today|Afterwards|Done|Remember|Must|Need|Oi|Oy|Yo|Boss|Sir|Madam|Maam)`;
const EN_TOLD = new RegExp(
  [
    // "@Tom pls chase Acme", "@Lily can you ring Cedar Grove tomorrow".
    String.raw`^\s*@[\w.-]+\s*[,:—–-]?\s*(?:(?:pls|please|can you|could you|would you|kindly)\s+)*${EN_WORK}\b`,
    // "Marcus — loop in legal on the Bluewave contract", "Tom, please chase Acme today".
    String.raw`^\s*(?!${NOT_A_NAME}\b)[A-Z][a-z]+(?:\s*[,—–:]|\s+-)\s*(?:(?:pls|please|can you|could you|kindly)\s+)*${EN_WORK}\b(?! me\b)`,
    // "hand Acme over to Priya", "Priya takes over Acme from Monday".
    String.raw`\b(?:hand|pass|reassign|give)\s+[A-Z][\w&.' -]{1,30}\s+(?:over\s+)?to\s+[A-Z][a-z]+\b`,
  ].join("|"),
);

/** The writer's own contact or a new record in the same message keeps it a record. */
const OWN_RECORD =
  /(?:我|今天|上午|下午|刚才?|刚刚)[^。]{0,10}(?:拜访了|打了电话|打过电话|见了|聊了|谈了|去了)|线索|新客户|录(?:个|一下|一个)|记一下|帮你录|\b(?:new lead|add (?:a )?lead|i (?:just )?(?:called|visited|met|emailed|spoke))\b/i;

export const colleagueTold = (text: string): boolean =>
  (ZH_TOLD.test(text) || EN_TOLD.test(text)) && !OWN_RECORD.test(text);
