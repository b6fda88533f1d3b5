/**
 * Deal stages and contact channels, in Chinese and English.
 */
import { afterSlip } from "../slips.ts";
import type { Channel, Stage } from "../../schema.ts";

/** "永昌纺织那张单，陈董太太打来说他们不要了": the order called off, however the news came in. */
export const ORDER_CALLED_OFF = /(?:那|这)张单[^。？?]{0,20}(?:不要了|不做了)/;

const STAGE_CUES: Array<[RegExp, Stage]> = [
  // "鼎盛 赢 28w", "华信 输": the terse writer's won and lost, between the customer and the sum.
  [/^\s*[^\s，,。]{2,12}\s+赢\s*(?=[\d一二两三四五六七八九十]|$)/, "won"],
  [/^\s*[^\s，,。]{2,12}\s+输\s*(?=[\d一二两三四五六七八九十]|$)/, "lost"],
  // "海港酒家嫌价格太贵，不做了", "福记的案子掉了": a customer who drops out, or a deal that falls away.
  [/(?:那|这)笔(?:单子?|生意)?(?:就|又)?(?:没了|黄了|飞了|吹了)|找到(?:了)?更便宜的(?:厂商|供应商|厂家|那家|一家)|(?:嫌|觉得)[^，,。]{1,8}(?:贵|高)[^。]{0,4}不做了|(?:单|单子|案子|項目|项目)(?:就|又)?(?:掉了|飞了|吹了|黄掉了)/, "lost"],
  [ORDER_CALLED_OFF, "lost"],
  // "刘女士家孩子报了一学年的课，交了1万2", "Carla Diaz paid for the 6-week package, $540": a sum paid for what was sold.
  [/(?<!问)(?:交|付|缴)了\s*[\d一二两三四五六七八九十]+(?:\.\d+)?\s*(?:万|千|块|元)(?![^。]{0,12}(?:能不能|可不可以|可以吗|吗|[?？]))|\bpaid (?:for|up for|off) (?:the|a|an|her|his|their) (?:[\w-]+ ){0,3}(?:package|plan|course|membership|program(?:me)?|order|subscription|term|classes|lessons|sessions|bundle|pass)\b/i, "won"],
  // "福满楼的单子定了，23万", "Aroha Ngata wedding – deposit's in, $6,850 all up": the order settled, or paid on.
  [/\bconfirmed the (?:[\w-]+ ){0,3}order\b|\border (?:has been|was|is now|got) confirmed\b|\b(?:is|it'?s) a (?:done deal|go)\b|\bapproved (?:the|our) (?:[\w-]+ ){0,3}(?:job|quote|proposal|order|project|install(?:ation)?|contract)\b|定金(?:已(?:经)?付|付了|到账)|\bdeposit(?:'s| is| has been| was)? (?:in|paid|received|cleared|landed)\b(?! (?:advance|cash|full|installments?|instalments?|the|a|an|our|their|his|her|by|before|on|within)\b)(?![^.?]{0,30}\?)|(?:已经?|已)?付了定金|(?:单|单子|订单|單)(?:已经|终于)?(?:定了|敲定了|定下来了|确定了)|(?:说|谈|讲)定了[，,\s]*[^。]{0,24}(?:合同|总价|金额)[^。]{0,4}[\d一二三四五六七八九十两]|拍板了|(?:下了|已下)(?:采购单|订单)|\bPO (?:received|came in|arrived|is in)\b|\b(?:contract|deal|order|proposal|quote|po)\s+(?:was |has been |got )?approved\b(?!\s+(?:for|to)\b)|(?:定金|订金)(?:已经?|也)?收(?:了|到了?|齐了|咗)|合同[^，,。]{0,6}(?:盖章|签字|签好)(?:了)?回来了|合同[^，,。]{0,4}盖(?:好)?章了/i, "won"],
  [/(\bpulled out\b|\bchose (?:a|another) (?:local|cheaper|different|new) (?:supplier|vendor|provider)\b|\bno-?go\b|(?:最后|最终|还是)?(?:定了|选了|找了|用了|签了|换了)别家|没拿下(?=[^。]*别家)|(?:单|单子)(?:就|都)?甩了|\b(?:picked|chose|went with) (?:another|a different) (?:vendor|supplier|provider)\b|丢了|丢单|输单|谈崩|崩了|(?:让人|被人?)给?撬了|凉透了?|(?:单子?|这单|那单)(?:就|都|算是)?(?:凉了|凉凉|吹了)|(?:这单|那单)(?:就)?算了(?![^。]{0,6}[吗么?？])|(?:买|选|用)了别家|去别家(?:买|订|签|做|下单)了?|(?<!还|暂时|目前|暂)没谈成(?!之前)的?|\bwent with (?:a |another )?(?:competitor|rival|someone else|another (?:vendor|supplier))\b|(?:被|让)(?:别家|别人|同行|竞品|对手|竞争对手|竞争者|友商)?抢走|单子没了|(?:张单|那单|这单)(?:就|都)?没了|(?:拣|挑|选)了?(?:第二|另一|别的?)(?:间|家)|不(?:跟|和|与)我们(?:做|合作|签)了|不(?:打算)?合作了|输了|没中标|落标|黄了|没戏|(?<!还|尚|暂时|仍|都还)没成|放弃了|不做了|不要了|取消合作|被抢|选了别家|选择了竞品|截胡|被竞品|被同行|(?:用|选|找)了(?:别家|竞品|别人|同行)|\blost\b|went (?:with|to) (?:a |another |the )?(?:other |local |cheaper |different |new )?(?:competitor|rival|someone else|vendor|supplier|provider|another (?:vendor|supplier))|\ba goner\b|chose (?:a |another )?(?:competitor|rival)|went elsewhere|(?<!\b(?:wifi|wi-fi|phone|battery|laptop|car|printer|internet|line|network|signal|server|screen|mobile)\s)\bdead\b(?!\s+(?:tired|busy|quiet|slow|serious))|fell through|went cold|closed[ -]lost|passed on|declined|\bno deal\b|\b(?:deal|order|contract|it)(?:'s| is| was) (?:off|dead|gone)\b|\bcalled (?:it|the deal) off\b|\bpulled out\b|\bbacked out\b)/i, "lost"],
  [/(\bdon (?:pay|sign|confirm|land|close|clos)\b|搞定(?:哒|啦|咯|喽|了)|签脱了?|搞定脱了?|(?:单子?|那单|这单)[^，,。]{0,2}妥了|(?:单子?|那单|这单)[^，,。]{0,2}(?:整|搞|弄|谈)成了|(?<![没未])谈成了(?![吗么嘛没])|(?:单子?|那单|这单)[^，,。]{0,2}(?:整|搞|拿)下来了|\bfinally sign(?:ed)?\b|签订了?(?:[^，,。]{0,4})?(?:合同|协议)|\blocked (?:it )?in\b|\bsaid ye+s+\b|\bna-?(?:close|closed|sign|signed)\b|(?:那单|这单|单子?)\s*(?:就|终于)?成了|\b(?:order|deal|contract|po)\b[^.!?]{0,40}\b(?:is )?(?:now )?fix(?:ed)?\b|\b(?:deal|order|po) confirm(?:ed)? already\b|\bcan close\b|合同(?:已经?)?(?:盖(?:好|完)?(?:了)?章|签(?:好|完)?字)(?:了)?[^，,。]{0,4}(?:寄|发|送|拿|传)回来了?|盖(?:好)?章(?:寄|发|传)回来了?|\b(?:signed|countersigned|stamped) (?:contract|agreement) (?:came |is )?back\b|订单确认|确认(?:了)?订单|\baccepted (?:the |our |my )?(?:quote|quotation|proposal|offer|estimate)\b|订单已确认|合同(?:已经?|都|也)签(?:了|好|完)?(?![吗么没])|成交金额|签了|签约|签完了|签好了|签单|签下|签合同|成交(?!记录|额|量|数据|情况|率|单数|历史)|拿下|搞定了|赢单|赢了|(?<!没)中标|下单了|(?:单子?|这单|那单|生意|合同)(?:也|终于|总算)?成了|开单了|出单了|首单|付款了|打款了|交(?:了)?(?:钱|费|学费|定金|订金|首付)了?(?![吗么没])|缴(?:了)?费了?(?![吗么没])|(?:货款|尾款|首付|定金|订金|的款|款项?)(?:已经|已|也)?(?:到了|到账了?|收到了)(?!没|吗|么)|(?:已经?|已)(?:付|打|转)(?:款|钱)|回款|谈(?:下来|成|妥)了|(?:单子?|这单|那单)(?:终于|总算)?(?:谈)?(?:下来|落地)了|\bwon\b(?!['’]t)|\bsold (?!out\b)[^.!?]{1,40}\bto\b|\bPO (?:received|came in|is in)|\bPO\b[^.!?]{0,30}\b(?:came in|arrived|landed)\b|(?:received|got|confirmed) (?:the |a |their )?(?:PO|purchase order)\b|\bconfirmed (?:the |their |an? )?(?:whole |full )?(?:order|\d[\d,]*\s+(?!(?:pm|am|o'?clock|people|guests|pax|ppl|of us|nights?|days?|mins?|minutes?|hours?)\b)[a-z]+)\b|\bPO (?:confirmed|signed)\b|\bconfirm(?:ed)? (?:liao|oredi|ady)\b|(?<!\b(?:will|to|pls|please|can|must|should|need) )\bconfirm already\b|\bconfirmed(?: (?:already|liao|lah|la|oredi|ady))?(?=\s*[,，;:-]?\s*(?:total|amount|value|worth|[$€£¥₱₹]|rm\s*\d|s\$|usd|\d+(?:\.\d+)?\s*(?:k|m|万|千)?\b(?!\s*(?:pm|am|[:.]\d))))|\brenewed\b|续约了|续签了|(?:续保|续约|续签|续费|签约)成功|续(?:了|费了|约了|签了)[一二两三四五六七八九十\d]+(?:年|个月|期)|(?:确定|确认|正式|已经)报名了|\b(?:upgraded|renewed|signed up)\b[^!?;]{0,40}\b(?:paid|payment (?:received|in))\b|PO(?:已经?)?收到|收到(?:了)?(?:PO|采购单|订单)|closed[ -]won|\bsigned\b|\bdon sign\b|(?<!\b(?:is|are|be|being|stays?|remains?|we'?re|office|shop|store|restaurant|kitchen|site|warehouse|factory)\s+)\bclosed\b(?! lost| (?:on|for|from|until|till|today|tomorrow|over|during|all|this|next|due to|because|early|up|down)\b| at\b(?!\s*(?:[A-Z]{0,3}[$£€¥]|(?:RM|USD|SGD|AUD|RMB|HKD|NZD)\s?\d|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?[km]\b|\d{4,})))|it's a deal|deal done|\b(?:go|going|goes|went) with us\b|\bpaid (?:the |a |their |our )?(?:deposit|invoice|advance|down ?payment|balance|first instal?lment)\b|\bpaid in full\b|\bpayment (?:received|came in|cleared)\b|\b(?:chose|picked|selected) us\b|选了我们|定了我们|(?:决定)?(?:跟|和)我们签)/i, "won"],
  [/((?:过|审|看|改)(?:一下)?合同条款|在走合同|走合同流程|合同(?:在)?(?:法务|审核)|\bredlin(?:es|ing)\b|\bin legal(?: review)?\b|\blegal review\b|合同(?:已经?(?:寄|发|送)|[^，,。]{0,6}(?:寄|发|送)(?:出去|过去)?(?:给[^，,。]{1,6})?了)|等(?:他们|对方|客户)?(?:盖章|签字|签回)|(?:contract|agreement)s? (?:sent|out for signature|with (?:their )?legal)|谈判|(?<!协)议价|砍价|杀价|(?:谈|走|聊|倾)到(?:了)?最后(?:一步|阶段|关头)|价钱?(?:还|仲)要(?:拗|谈|砍|磨)|拗价|还价|谈价格|谈价|压到|商务谈判|压价|(?:在|还在|正在)谈(?!了?(?:一下|几句|个|点))|价格?(?:还)?在磨|(?:还在|在)磨(?:价|价格)?|讨价还价|拉锯|negotiat|haggl|back and forth on price|still (?:talking|going back and forth)|\b(?:arguing|wrangling|fighting) (?:over|about) (?:the )?(?:payment |contract )?(?:price|pricing|terms|discount|rate)s?\b)/i, "negotiation"],
  [/(报价|报了价|报了(?:个|一个|一下|下)价|报过价|发了方案|方案|提案|\bproposal\b(?!\s+(?:next|to follow|coming|soon|later)\b)|(?<!\b(?:don'?t|do not|never|not|won'?t) )\bquote[ds]?\b(?!\s+(?:is\s+|will\s+|should\s+)?(?:be\s+)?(?:going out|goes out|go out|to follow|coming|due|next|templates?|forms?)\b)|\bquotation\b|sent pricing|pricing sent|\boffer sent\b|\b(?:offer|quotation|quote|pricing)\b[^.!?]{0,40}\b(?:is|was|has been|got) sent\b|\bsent (?:the|an|our|them the|him the|her the) offer\b|\b(?:sow|statement of work)\b[^.!?]{0,20}\b(?:sent|submitted|went out|is out|over)\b|\bsent (?:the|our|them the|him the|her the) (?:sow|statement of work)\b|angebot|标书(?:已经?)?(?:投|交|递)(?:了|出去)|投标价|\b(?:rfp|rfq|tender|bid)(?: response)? (?:submitted|sent|lodged|went in)\b|\bsent (?:the |our )?final (?:pricing|price|quote|offer)\b)/i, "proposal"],
  [/(合格|算(?:是)?有效(?:客户|商机)|当(?:成|作)?有效(?:客户|商机)|需求确认(?:过)?了|确认需求|确认有需求|(?:需求|预算)(?:和|跟|与|、)(?:需求|预算)(?:都|也)?(?:确认|明确|核实)|(?:靠谱|真实|有效)的?商机|需求(?:摸|问|弄|搞)(?:清楚|明白|清)了|有需求.{0,6}有预算|预算也有|(?:可以|值得)往下推|确认了需求|有明确需求|意向明确|有意向|有(?:采购|合作|购买|下单|订货)意向|已验证|\bqualified\b|\bqualify(?:ing)?\b|real need|confirmed (?:the )?need|has budget|\bBANT\b|需求(?:确认)?阶段)/i, "qualified"],
  [/(新商机|初步接触|新建(?![材筑])|重新开|改回新|\breopen(?:ed)?\b|\bnew (?:deal|opportunity)\b)/i, "new"],
];

/** "改回new", "标成won": a stage named by its English word inside Chinese. */
/** "改成 qualified", "Northgate Gym = qualified": the stage set, by its own name. */
const NAMED_STAGE = /(?:(?:改|标|设|记|转|调|重置|重设|置)(?:成|为|回|到)|(?<![=<>!])=(?!=))\s*(new|qualified|proposal|negotiation|won|lost)\b/i;

/** The deal stage a message announces, if any. */
/** Said before a win, a plan for one: "下周五签合同", "准备签约", "约了周三签单". */
const PLANNED = /(?:年前|年底前|节前|月底前|春节前|(?:之|以)前(?:要|得)?把|下周|下礼拜|明天|后天|明儿|周[一二三四五六日天]|星期[一二三四五六日天]|下个?月|[\d一二三四五六七八九十]+号(?![仓楼店院厂线馆])|准备|打算|将要|预计|计划|约好|约了|等着?|就要|快要)[^，,。\d]{0,3}$/;

/** "明天去天顺物流签合同": going somewhere to sign is a signing planned. */
const QUOTE_TO_SEND = /(?:之前|以前|前|明天|后天|下周[一二三四五六日天]?|周[一二三四五六日天]|今天|今晚)(?:要|得|记得|务必)?把(?:新的?|最新的?)?$|(?:明天|后天|下周[一二三四五六日天]?|周[一二三四五六日天]|月底)(?:之前|前)?(?:要|得|再)?给(?:他|她|他们|她们)(?:发|出|做)?(?:个|一份)?$|(?<!已经\s?|已\s?|\b(?:already|have|has|had|just) )\b(?:send|email|get) (?:\w+ )?(?:the |a |our |them the |him the |her the )?(?:new |revised |updated )?$/i;
const GOING_TO = /(?:去|过去|要去|准备去|约了?去|\bgoing to\b|\bheading to\b)[^，,。\d]{0,10}$/i;

const STAGE_DENIED = /(?:不是|并不是|并非|谁说)\s*$|\b(?:isn'?t|is not|aren'?t|are not|wasn'?t|was not)\s+$/i;
const NOT_YET_REACHED = /(?:还没有?|尚未|还未|并没有?|都还没)\s*$|\b(?:hasn'?t|haven'?t|has not|have not|not yet|still not|didn'?t|did not)\s+(?:been\s+)?$/i;

/** "顺便把其他人的单子都改成输单", "mark all the other deals lost": a sweep over others' deals is no stage of this one. */
const OTHERS_SWEPT = /(?:顺便)?(?:把|将)?(?:其他|别的|所有|全部|其余)(?:人)?(?:的)?(?:单子|订单|商机|客户|项目)[^，,。]{0,4}(?:都|全|全部)?(?:改成|标成|设为|改为|标记为)[^，,。]*|\b(?:mark|move|set|change)\s+(?:all\s+)?(?:the\s+)?(?:other|everyone else'?s|all)\s+(?:deals|accounts|opportunities)\b[^.!?]*/gi;

export function findStage(said: string): Stage | undefined {
  const text = said.replace(OTHERS_SWEPT, " ");
  const tail = afterSlip(text);
  // "基本上谈下来了……我先把它改成谈判阶段", "Move Northwind back to qualified, the proposal has stalled": the stage it is set to wins over how it was described.
  const set = SET_TO_STAGE.exec(text);
  // "move Kowalski to proposal — sorry, negotiation": a stage set, then taken back, is not the one set.
  const setTo = set && !TAKEN_BACK_AFTER.test(text.slice(set.index + set[0].length)) ? (set[1] ?? set[2] ?? set[3]) : undefined;
  // "是不是把德润药业标成丢单了？撤回 他们只是延期 还在报价阶段": after a stage taken back, the one said next.
  const saidInstead = set && setTo === undefined ? stageIn(text.slice(set.index + set[0].length)) : undefined;
  // "Byrne's Deli is qualified — they confirmed the 60 wheels": the stage declared wins over the news that backs it.
  // "…has the budget signed off, mark them qualified": so does the stage a deal is marked with.
  // "Kestrel Outfitters qualified ✅ budget confirmed $18k": a name, then the stage it reached.
  const declared = /\b(?:is|are)\s+(?:now\s+)?(qualified)\b|^[^.!?,;]{2,40}?\s(qualified)\b(?!\s+(?:leads?|prospects?|as|by|for)\b)|\bmark(?:ed)?\s+(?:[^.!?,;]{1,30}?\s+)?(?:as\s+)?(new|qualified|proposal|negotiation|won|lost)\b(?!\s+(?:deals?|ones?|accounts?|leads?)\b)/i.exec(text)?.slice(1).find(Boolean)?.toLowerCase() as Stage | undefined;
  return (tail !== undefined ? stageIn(tail) : undefined) ?? (setTo !== undefined ? stageIn(setTo) : undefined) ?? saidInstead ?? declared ?? stageIn(text);
}

const TAKEN_BACK_AFTER = /^[^.!?。]{0,6}\b(?:sorry|i mean|no wait|wait|actually|typo|undo|revert)\b|^[^。]{0,6}(?:不对|说错|撤回|撤销|改回来)/i;
const SET_TO_STAGE = /^[^.!?,;—–-]{2,40}?\s+back to ((?:new|qualified|proposal|negotiation)\b)|(?<!别|不要|不用|不能|先别)(?:->|→|=>|改成|改为|改到|改回(?:到|成)?|标成|标为|标记为|设成|设为|调成|调到|调为|放到|挪到|移到|更新为|更新成|推进到|推到|变更为|退回到|退回|打回到|打回)了?\s*([^，,。；;!！?？\s]{1,12})|\b(?:move|moved|set|put|mark|change|bump|drop|take|push)\b[^.!?,;]{0,30}?\b(?:back )?(?:to|as) (?:the )?((?:new|qualified|proposal|negotiation|won|lost)\b(?: stage)?)/i;

function stageIn(text: string): Stage | undefined {
  // "set Northgate Gym back to new": the stage set, by its own name.
  const bare = /^\s*(new|qualified|proposal|negotiation|won|lost)(?:\s+stage)?\s*$/i.exec(text)?.[1];
  if (bare) return bare.toLowerCase() as Stage;
  const named = NAMED_STAGE.exec(text)?.[1];
  if (named) return named.toLowerCase() as Stage;
  for (const [re, stage] of STAGE_CUES) {
    const m = re.exec(text);
    if (!m) continue;
    // "LOI signed, moving into redlines": a letter of intent or an NDA signed is no deal won.
    if (stage === "won" && /\b(?:LOI|MOU|NDA|letter of intent|memorandum)\s+(?:is\s+|was\s+|got\s+)?$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (stage === "won" && (PLANNED.test(text.slice(Math.max(0, m.index - 10), m.index)) || GOING_TO.test(text.slice(Math.max(0, m.index - 14), m.index)))) continue;
    // "周五之前把报价发给陈总": a quote still to send, by a day, is a task, not the deal's stage.
    if (stage === "proposal" && QUOTE_TO_SEND.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "月底之前要给他出个方案": a proposal still to be written is a task, not the deal's stage.
    if (stage === "proposal" && /(?:要|得|准备|打算|会|再|先)(?:给[^，,。]{1,4})?(?:出|做|写|准备|弄)(?:个|一个|一份|份|一版|版)?$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "quote out by Friday": a quote still to go out, by a day.
    if (stage === "proposal" && /^\s*(?:to go |going |will go |goes )?out (?:by|before|on|next)\b/i.test(text.slice(m.index + m[0].length))) continue;
    // "那单还没成交", "尚未签约", "hasn't closed yet": a stage not yet reached is none.
    if (NOT_YET_REACHED.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    // "张总那单不是没戏，是他们要元旦后再说", "Granite Peak isn't lost": a stage denied is not the deal's.
    if (STAGE_DENIED.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    return stage;
  }
  return undefined;
}

const CHANNEL_CUES: Array<[RegExp, Channel]> = [
  // Before "call": a video call is a meeting.
  [/(视频会议|视频通话|\bvideo call\b|\bzoom\b|\bteams call\b|\b(?:a|on|over) teams\b|\bgoogle meet\b|\bwebex\b)/i, "meeting"],
  [/(邮件|邮箱发|发(?:到)?(?:[^，,。\s]{1,4})?邮箱|发邮件|电邮|\be-?mail(?:ed)?\b|\b(?:by|per|via) mail\b|\bmailed (?:the|our|a|an|them|him|her)\b)/i, "email"],
  // "came by our booth again at the fair": met where we were.
  [/\b(?:came|stopped|dropped|swung) by (?:our|the) (?:booth|stand)\b/i, "meeting"],
  // "Went out to Riverside Grill this morning": a visit.
  [/\b(?:[Ww]ent|[Gg]o|[Gg]one) out to (?:see )?(?=[A-Z])/, "visit"],
  // "今日上咗Harmony Music School見Ms Wong": went up to a place (Cantonese 上) and saw someone there.
  [/上了\s*(?=[A-Z])[^，,。]{2,40}?见/, "visit"],
  // "电话跟周经理沟通了": a talk had over the phone.
  [/^\s*(?:刚|刚刚|刚才|今天|昨天|上午|下午|早上|晚上)?电话(?:跟|和|与|同)[^，,。]{1,10}(?:沟通|聊|谈|说|确认|核对|对)/, "call"],
  [/(\b(?:tinawagan|tumawag|nag-?call)\b|\bgot (?:[A-Z][\w'-]*\s?){1,4}(?:from [A-Z][\w'&-]*(?:\s[A-Z][\w'&-]*){0,3}\s)?on the (?:phone|line)\b|\btelephonic(?:ally)?\b|电话[^，,。]{0,8}(?:没人接|没接|不接|未接|没打通|打不通)|电话(?:终于|总算|也)?(?:打通|接通)了|(?:终于|总算)(?:打通|接通)了|电话(?:里|上|中)?(?:说|讲|问|答应|回复)|电话打了|打了[一二两三四五六七八九十几\d]+(?:次|个|通)(?:电话)?|(?:再|重新)打|打了?电话|通(?:了|完|过)?(?:个)?电话|通了?个话|电话(?:回访|拜访|跟进)|打了?[^，,。；;\s]{1,6}?(?:的)?电话|打了个电话|电话沟通|电话联系|电话里|通了电话|通话|致电|回电|回了?(?:个)?电话|来电|打了?给|聊了?(?:个)?电话|(?:唠|聊|谈|说)了?(?:半天|好久|一会儿?|会儿|几句|半个钟)(?:的)?电话|通了?(?:个)?电话|\bcall(?:ed)?\b(?! (?:it|the \w+) off\b)|\brang\b|\b(?:was|were|got|been) rung\b|\bphoned?\b|\bvoicemails?\b|\bleft (?:a |an )?vm\b|\bvm\b|(?:never|not) (?:picking|picked) up|on the phone)/i, "call"],
  [/(\bsite (?:visit|walk|survey|inspection)\b|\bwalked (?:the|their|his|her) (?:site|property|venue|grounds|premises|garden|yard)\b|\bdropped (?:\w+ ){0,2}off (?:with|at)\b|\bdropped off (?:\w+ ){1,3}(?:with|at)\b|(?:^|[，,。\s])(?:去|跑去|过去)找(?:了)?(?:[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐|总|经理|老板|老板娘|姐|哥)|[\u4e00-\u9fff]{2,3})(?=[，,。\s]|$)|(?:在|到)(?:门店|店里|店面|他们店|她店里|他店里|工厂|厂里|仓库|工地|他们公司|她公司|他公司|办公室)(?:里)?见了|(?:在|到)[^，,。\s]{1,8}(?:店头|铺头|档口)|\bwent (?:down |over |round |up |out )?to (?:see|meet|visit)\b|\bwent (?:down |over |round |up )?to (?:[\w.'’]+ ){1,8}(?:to )?(?:see|meet|visit)\b|拜访|上门|探望|去(?:了)?探|(?:跑|去)了?一?趟|\bdropped (?:off |by )?(?:the |some )?samples\b|\b(?:at|to) (?:his|her|their) (?:office|shop|store|factory|site|place|kitchen|restaurant|clinic|warehouse|farm|premises|showroom|workshop)\b|\bsite (?:visit|survey|inspection|walk)\b|^\s*(?:just )?(?:left|leaving|walked out of|back from) (?!(?:it|them|that|this|him|her|my|our|a|an|some)\b)(?!(?:[\w'’&.-]+ ){0,4}(?:a |an )?(?:voicemail|vm|message|msg|note|text|email|word)s?\b)(?:the )?[A-Z][\w'’&-]*(?: [A-Z&][\w'’&-]*){0,4}[.,]|(?:刚|刚刚|才)从[^，,。]{2,12}(?:出来|回来)|来(?:看|参观)(?:过|了)?(?:场地|宴会厅|厅|房间|样板间|展厅|车|店)|\bgave (?:[\w'-]+ ){1,3}(?:a |the )?(?:tour|walkthrough|site tour|viewing)\b|\bshowed (?:[\w'-]+ ){1,3}around\b|上了[^，,。]{2,10}(?:见|找)|\b(?:walk-?through|walk-?around|site tour|plant tour|factory tour)\b|溜达了?一圈|兜了?一圈|逛了?一圈|转了?一圈|送了?(?:些|点)?(?:样品|货|资料)?(?:过去|上门)|popped (?:round|over|in|into|by)|went (?:down |over |round )?to (?:[\w.'’]+ ){0,3}(?:office|shop|store|factory|warehouse|site|premises|outlet|restaurant|clinic|stall|kiosk|booth|yard)|dropped in(?:to)?\b|swung by|went round|on site|登门|去.{1,12}(?:找|见|看)了|去(?:了)?[^，,。]{1,10}(?:回访|拜访)了|去.{1,12}(?:找|见)|去了?\s?[A-Za-z][\w .&'’-]{1,30}?\s?(?:找|见)|去了一趟|去了他们|(?:去|到)了[^，,。]{2,12}?(?:那边|那里|那儿)(?:聊|谈|坐|看)|(?:去|上)了(?:趟|一趟)?[^，,。]{2,12}?(?:店|车房|士多|超市|公司|厂|门店|工地|现场|办公室|医院|学校|酒店|餐厅|仓库|行|铺|馆|档|诊所)|到店|去店里|见了面|当面|去过了|去.{1,12}坐了|来(?:公司|店里|门店|展厅|厂里|我们这)(?:看|坐|聊|谈)|came (?:by|in|over|round)|came to (?:our|the) (?:showroom|office|shop|store|factory|warehouse)|\bvisit(?:ed)?\b|dropped by|stopped by|popped in|went to see|site visit)/i, "visit"],
  // "和恒源集团的许董见了面": met with someone, the place unsaid, is a meeting (said from 和, so it comes first).
  [/(?:和|跟|与|同(?![事学意时行样一]))[^，,。去到]{1,14}?见了?(?:个|一)?面/, "meeting"],
  // "和李姐在她店里聊了会儿": sat down at their place is a visit; "跟程女士在公司谈了一个半小时" anywhere else, a meeting.
  [/(?:和|跟|与)[^，,。去到]{1,10}?在(?:她|他|她们|他们|对方|客户)(?:的)?(?:店|公司|厂|办公室|家|工地|门店|仓库)[^，,。]{0,4}?(?:谈|聊|坐)了/, "visit"],
  [/(?:和|跟|与)[^，,。去到]{1,10}?在(?!电话|微信|视频|线上|网上|群里|企微|钉钉)[^，,。]{1,8}?(?:谈|聊|坐)了/, "meeting"],
  [/(开会|开(?:了|完)?(?:个|一个)?(?:视频|电话|线上|短|小|碰头)?会|约了(?:个|一个)会|会议|碰了(?:个|一)?头|碰了(?:个|一)?面|(?<!见了)见面|约见|面谈|见了|一起吃饭|吃了个饭|(?<!(?:下次|改天|以后|回头|叫我们|请我们|邀请我们)[^，,。]{0,6})吃饭|饭局|喝茶|喝咖啡|\bmet\b|\bmeeting\b|\bmeet\b|\bsat down with\b|\bsit-?down with\b|had lunch|had coffee|had dinner|\b(?:coffee|lunch|dinner|drinks|breakfast|a|quick)\s+catch[- ]?up\b|over lunch|over coffee|\b(?:lunch|dinner|breakfast|coffee|drinks) with\b|zoom|video call)/i, "meeting"],
  [/(微信|(?<![A-Za-z])wx(?![A-Za-z])|短信|发消息|发信息|留言|信息|消息|讯息|钉钉|企微|\bmessenger\b|\bnag-?chat\b|\bchatted\b|\btext(?:ed)?\b|\btxt(?:ed|'d)?\b|\bmsg'?d\b|\bmsgd\b|\bmessag(?:ed|e)\b|\bwhatsapp(?:ed|'d)?\b|\b(?:already |just |have |had )?wa(?:'d|ed)?\s+(?=(?:ibu|pak|bapak|mr|ms|mrs|mdm|miss|dr|cik|encik|puan|him|her|them)\b)|\bzalo\b|\bkakao(?:talk)?\b|\btelegram(?:med)?\b|\bviber\b|\bline app\b|\bwechat(?:ed)?\b|\bsms\b|\bdm(?:ed|'d)?\b|\bping(?:ed)?\b|\bslack(?:ed)?\b)/i, "message"],
];

const OVER_A_MEAL = /请[^，,。]{1,6}吃(?:了)?(?:顿|个)?(?:饭|晚饭|午饭|早茶)|\bover (?:drinks|a drink|coffee|a coffee|lunch|dinner|breakfast|brunch|a beer|beers|a meal)\b/i;
const ON_SITE = /\bon site\b|实地|(?:去|过去|跑去)见了(?!面)|(?:陪|带)(?:着)?[^，,。]{1,12}?(?:参观|考察|看房|看场地|看样板|看了[^，,。]{0,8}(?:样板间|样板房|房子|楼盘|现房|场地|展厅))|现场看|(?:现场|上门)(?:勘察|勘测|测量|踏勘|考察)|\bcalled in (?:to|on)\b|\bdropped in on\b/i;

/** How a contact happened; email before call so "emailed" is not read as a phone call. */
/** LINE the messenger, said in capitals ("LINE 上跟陳先生確認了規格"); "line" is any line. */
/** LINE the messenger: upper case, or "Line" used as a verb in Chinese ("Line 了林董", "用Line跟她说"). */
const LINE_APP = /\bLINE\b|\bLINE app\b|(?<=[\u4e00-\u9fff])\s*line\s*(?:了|过|给|跟)?(?=[\u4e00-\u9fff])|\bLine\s*(?:了|过|给|跟|問|问|上)|(?:用|在|发|傳|传)\s*Line\b/;

/** "a bloke called Darren", "a shop called Crumbs": "called" that names someone is no phone call. */
const CALLED_AS_NAME = /\b((?:guy|chap|woman|lady|man|bloke|fellow|fella|gentleman|gal|girl|person|someone|somebody|anyone|anybody|mate|customer|client|company|firm|business|outfit|shop|store|place|restaurant|cafe|café|bakery|hotel|brand|one)\s+)called\b/gi;
export const calledAsNamed = (text: string) => text.replace(CALLED_AS_NAME, "$1named");

/** "Called Mr Otieno — sorry, it was a WhatsApp, not a call": the way of contact put right after the fact. */
const IT_WAS = /\b(?:sorry|actually|no|wait),?\s+it was (?:a |an |by |over )?(whatsapp|text|sms|wechat|message|email|e-mail|call|phone call|visit|meeting|zoom|video call)\b/i;
const IT_WAS_CHANNEL: Record<string, Channel> = { whatsapp: "message", text: "message", sms: "message", wechat: "message", message: "message", email: "email", "e-mail": "email", call: "call", "phone call": "call", visit: "visit", meeting: "meeting", zoom: "meeting", "video call": "meeting" };

const LABELLED_CHANNEL: Record<string, Channel> = {
  电话: "call", call: "call", phone: "call", 邮件: "email", email: "email", 微信: "message", 短信: "message", message: "message", wechat: "message",
  whatsapp: "message", 面谈: "meeting", 见面: "meeting", 会议: "meeting", meeting: "meeting", 拜访: "visit", 上门: "visit", visit: "visit",
};

export function findChannel(said: string): Channel | undefined {
  const text = calledAsNamed(said);
  const putRight = IT_WAS.exec(text)?.[1];
  if (putRight) return IT_WAS_CHANNEL[putRight.toLowerCase()];
  // "方式：邮件", "method: call": a follow-up form names the way of contact by its label.
  const labelled = /(?:方式|渠道|沟通方式|联系方式|method|channel|via)\s*[:：]\s*(电话|邮件|微信|短信|面谈|见面|拜访|上门|会议|call|phone|email|visit|meeting|message|wechat|whatsapp)/i.exec(text)?.[1];
  if (labelled) return LABELLED_CHANNEL[labelled.toLowerCase()];
  if (LINE_APP.test(text)) return "message";
  // "Met Marcus Bell on site": being at their place is a visit, whatever verb says it.
  // "周五去工地现场看看", "they want a demo unit on site": a visit still to come, or wanted, is not how they were reached.
  const onSite = ON_SITE.exec(text);
  if (onSite && !/(?:\b(?:want|wants|need|needs|asked for|next|tomorrow)\b|周[一二三四五六日天]|明天|后天|下周|下次|改天|再)[^,.;，。]{0,16}$/i.test(text.slice(0, onSite.index))) return "visit";
  // "chatted with Mr. Obi over coffee", "caught up with Kevin over drinks": met over a drink or a meal, whatever verb says it.
  if (OVER_A_MEAL.test(text)) return "meeting";
  const hits = CHANNEL_CUES.map(([re, ch]) => ({ ch, i: re.exec(text)?.index ?? -1 })).filter((h) => h.i >= 0);
  hits.sort((a, b) => a.i - b.i);
  // The first channel said wins: "韩总邮件回复了…下周四视频会议" was an email.
  return hits[0]?.ch;
}
