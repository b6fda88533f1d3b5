/**
 * The offline rules parser: fast, deterministic, no I/O. It classifies a message, extracts the intent's
 * slots, and ends in the same `IntentSchema.safeParse` as the LLM parser.
 */
import { INTENTS_BY_ROLE, IntentSchema, WRITE_INTENTS, type Intent, type IntentName, type ParseInput, type ParseResult } from "../schema.ts";
import { inScriptOf, readAsMandarin } from "./chinese-script.ts";
import { withAccents, withoutAccents } from "./latin-accents.ts";
import { classify } from "./classify.ts";
import { TIER_MOVED } from "./cues.ts";
import { extractFeatures, type Features } from "./features.ts";
import { secondOpinion } from "./second-opinion.ts";
import { extractSlots, summaryOf, type Slots } from "./slots.ts";
import { fromPinyin, withoutWordSpaces } from "./learner-chinese.ts";
import { mendTypos } from "./typos.ts";
import { askedInstead, lastWord } from "./change-of-mind.ts";
import { asTyped } from "./dictation.ts";
import { withoutChatMarkup } from "./chat-markup.ts";
import { inEnglishWords } from "./code-mixed.ts";
import { inChineseWords } from "./english-in-chinese.ts";
import { keepCorrections } from "./slips.ts";
import { plainVerbs } from "./aspect.ts";
import { plainNumerals } from "./numbers.ts";
import { inPlainNumbers } from "./european-numbers.ts";
import { inStandardMandarin } from "./chinese-dialect.ts";
import { SOME_DAY, askWithdrawn, asksAdvice, booksNothing, calledOff, haggles, promisesToReturn, leftToSomeoneElse, onACondition, onlyAsking, ownPlan, takenBack, undecided } from "./mood.ts";
import { HOUSE_WAYS_ASKED, POINTS_OF_ANOTHER, POINTS_SEEN, POINTS_VENTED, REPORT_NOT_ASKED } from "./not-a-record.ts";
import { inUnreadLanguage } from "./unread-language.ts";
import { readEmail } from "./email-frame.ts";
import { askBeforeChat } from "./forwarded-chat.ts";
import { asksSomethingElse, carriedWords, onlyReacts, ownWords, withoutForwarder } from "./quoted.ts";
import { withoutInjection } from "./injection.ts";
import { pointStart } from "./preamble.ts";
import { SAME_TIME, askedOfThePasted, splitPastedConfirmation, type Pasted } from "./pasted.ts";
import { PLANNED_LIST, listOf, type Listed } from "./list-items.ts";
import { withoutAside } from "./trailing-aside.ts";
import { resolveDates } from "./datetime.ts";
import { formatDate, formatDateTime } from "./calendar.ts";

export type RulesOptions = {
  /** Forces the intent (a slash command, or a follow-up answer to a pending draft) and only extracts its slots. */
  intent?: IntentName;
  /** Set when reading the writer's own words beside a quote (quoted.ts), so the quote is not looked for again. */
  fromQuote?: boolean;
  /** Set when reading a part split out of a message (a list's item, the words before an aside), so it is not split again. */
  asPart?: boolean;
};

const UNKNOWN: Intent = { intent: "unknown", slots: {} };
/** "Lead please", "记一下": a record asked for in so many words, its content left to what is quoted. */
const RECORD_ASKED = /\b(?:lead|log|add|record|note|save)\b[^.?!]{0,12}\b(?:please|pls|it|this|that)\b|\b(?:please|pls) (?:add|log|record|note|save)\b|(?:记|录|加|登记)(?:一下|下|个)|加成(?:我的)?(?:线索|客户)/i;
/** What staff record: never from a message that decides nothing (mood.ts). */
const STAFF_RECORDS: ReadonlySet<IntentName> = new Set(["create_lead", "log_followup", "update_deal", "update_customer", "log_complaint"]);
/** What a guest books: never from a guest only asking (mood.ts). */
const GUEST_BOOKINGS: ReadonlySet<IntentName> = new Set(["create_booking", "change_booking", "cancel_booking"]);

/**
 * Staff records about one customer: the customer must be named, or pointed back at. A complaint is kept even from
 * "客户说房间太吵": with no one named it is logged as a general issue, never onto the last customer.
 */
const ABOUT_A_CUSTOMER: ReadonlySet<IntentName> = new Set(["log_followup", "update_deal", "update_customer"]);
/** Words that point back at the customer last discussed (the conversation resolves them). */
const POINTS_BACK =
  /他|她|\bta\b|对方|这个客户|那个客户|该客户|这位|那位|这家|那家|这单|那单|这个单|那个单|\b(?:he|she|him|her|his|they|them|their|the client|the customer|this customer|that customer|the deal|this deal|that deal|this one|that one)\b/i;

/** A contact that fell through, or was never made: "也没去成", "没给Tan Wei Ling打电话，她在休假", "didn't get to see her". */
const NEVER_HAPPENED = /(?:^|[，,。\s！!]|我|今天|今早|上午|下午)还没(?:有)?(?:开始)?(?:打电话|打|联系|去拜访|去)(?=[，,。\s]|$|给|跟)|^\s*(?:我|我们)?(?:今天|今天还|还|也)?(?:没(?:有)?|沒(?:有)?)(?:给|跟|和|同|找)[^，,。]{1,16}(?:打电话|打電話|发微信|打过电话|联系|见面)|\bdidn'?t get to it\b|\bdidn'?t (?:get round|get around) to\b|没顾上|忙忘了|忘了(?:给[^，,。\s]{1,6})?(?:打|回|联系)|忘记(?:给[^，,。\s]{1,6})?(?:打|回|联系)|\bforgot to (?:call|ring|email|text|message|visit)\b|(?:还没|還沒)(?:回|打给|给)[^，,。\s]{1,6}(?:电话|電話)|\bhaven'?t (?:called|rung|replied to|got back to)\b|没(?:能)?(?:去|见|约|打|拜访|谈)成|(?:就|也|都)没(?:有)?去了|\bno (?:site )?(?:visits?|calls?|meetings?) (?:possible|happening|today)\b|\b(?:didn'?t|never|did not) (?:get to|make it to|manage to|get round to) (?:visit|see|call|meet|ring|phone)\b/i;

/** Contacts counted by the crowd: "met like 50 people", "见了二十几个客户". */
const MANY_AT_ONCE = /\b(?:met|saw|called|rang|visited|talked to|spoke to)\s+(?:like |about |around |over |almost |nearly |maybe )?\d+\s+(?:people|clients|customers|prospects|buyers|contacts|companies|businesses|booths|stands|shops)\b|(?:见了|拜访了|跑了|聊了)\s*[\d一二三四五六七八九十几]+\s*(?:多|来)?\s*(?:个|家|位)\s*[\u4e00-\u9fff]{0,2}?(?:客户|人|公司|店|门店|药房|药店|医院|诊所|工厂|超市|酒店|餐厅)/i;

const PLAN_FELL_THROUGH = /(?:本来|原本|原来)[^。]{0,30}(?:结果|但是|可是|后来)[^。]{0,15}(?:就|也|都)?没(?:有|能)?(?:去|见|打|拜访|约)/;

/** Words that say a detail of a customer changed, even when the detail itself was not read. */
const A_DETAIL_SAID = /\b(?:profile|on file|moved|joined|works?|now (?:at|with)|new (?:no|number|phone|mobile|cell|email|e-mail|company|job|role|position|title)|changed|birthday|bday|prefers?|likes?|loves?|hates?|email|phone|number|mobile|allergic|vegetarian|vegan|only)\b|换|新(?:号|手机|电话|邮箱|公司|单位|工作|职位)|生日|喜欢|偏好|改|跳槽|调到|过敏|不吃|不喝|只要/i;

/** Words that ask for something to be done to a booking: "帮我订一间", "请留两间", "please book", "我要一间", "can you cancel". */
const BOOKING_ASKED = /帮我|幫我|麻烦|麻煩|请|請|给我|給我|我要|要(?:一|两|兩|\d)|(?<!不)(?:订|訂|留)(?:一|两|兩|个|個|\d)|\b(?:please|pls|book|reserve|hold|can you|could you)\b/i;
/** "我晚点再看看", "let me check later": the writer will come back to it. */
const LOOKS_AGAIN_LATER = /(?:晚点|晚點|回头|回頭|等会儿?|等陣|待会儿?)再(?:看看|看|说|說|决定|決定|确认|確認)|\b(?:i'?ll|let me|will) (?:check|look|see)(?: (?:it|again))? later\b/i;
/** A message that ends laughing: "…我都没注意 哈哈", "lol". */
const LAUGHED_OFF = /(?:哈{2,}|呵{2,}|😂|🤣|\blol\b|\blmao\b|\bhaha+\b)[\s!！~～.。]*$/i;

/** Lookups whose query names no customer. */
const NO_ONES_RECORD = [
  // "顺路看看几家餐厅": some places, none named.
  /^(?:几|一些|某些)(?:家|个|位|间)/,
  // "who's covering the front desk Saturday night?": a shift.
  /^(?:the )?(?:front desk|front counter|counter|till|register|reception|night shift|shift|kitchen|bar|lobby|door|floor)\b/i,
  // "who's covering the APAC inbound queue this week?", "报价单的模板放在哪个文件夹": the team's own queues, rotas and files.
  /\b(?:queue|inbox|rota|roster|on-?call|hotline|support line|template|folder)\b|范本|範本|模板|资料夹|資料夾|文件夹|文件夾/i,
  // "who's grabbing tacos for lunch": who is doing something.
  /^(?!(?:every|any|some|no)thing\b)[a-z]+ing\b/,
  // "王总 本周团队汇总能发我看看吗": a particle left where a name was looked for.
  /^(?:吗|嗎|呢|吧|啊|么|麼|嘛|不|没)$/,
  // "你哋边个见到我个充电器？": something of the writer's own.
  /^(?:我|my\b)(?!.*(?:客户|客人|customer|client|lead))/i,
];

/** Words of looking a record up, which an advice question about a customer lacks. */
const LOOKED_UP = /查|找|搜|调出|资料|信息|档案|记录|\b(?:look(?:ing)? up|pull up|show|find|search|details|record|profile|history)\b/i;

/**
 * "咱这系统是哪家公司做的？", "GmbH 是什么意思？", "whose turn is it to order lunch?", "who approved the 15% discount for Koh
 * Bros?": the bot, a word or the office asked about, no one's record.
 */
const ABOUT_THE_BOT = /(?:公司|我们|部门|团队)?(?:的)?(?:年会|团建|例会|周会|晨会|聚餐|培训)[^。？?]{0,8}(?:几点|在哪|什么时候|哪天|在哪里)|\bwhose turn\b|轮到谁|\bwho(?:'s| is| wants| will| gets)(?: \w+)? (?:lunch|coffee|snacks|pizza|drinks|bubble tea|boba|dinner)\b|谁(?:去)?(?:点|订|拿|买)(?:外卖|午饭|奶茶|咖啡|下午茶)|谁请(?:我|我们|大家)?(?:喝|吃)|(?:是)?什么意思|\bwhat does .{1,30} (?:mean|stand for)\b|(?:这|这个|咱这|我们这|你们这)(?:个)?(?:系统|机器人|软件|bot|app)(?:是|由)?(?:哪家|谁|什么公司|哪个公司)|\bwho (?:made|built|makes|developed) (?:this|the|you)\b|^\s*who (?:approved|signed off on|authori[sz]ed|okayed|ok'?d)\b|(?:是)?谁(?:批|批准|签批|审批)的/i;

/** A message that stops mid-phrase. */
const CUT_OFF = /(?:(?:^|\s)(?:a|an|the|my|our)|订个|订一个|预订一个|帮我订)\s*$/i;

/** Details a customer record does not keep: an address, a website, a fax. */
const UNKEPT_DETAIL = /\b(?:address|website|fax|postcode|zip)\b|地址|网址|传真|邮编/i;

/** Customers in general, or a bare acknowledgement: "下午出去拜访客户", "clients keep saying…", "收到 我下午跟进". */
const NO_ONE_IN_PARTICULAR = /打了\s*[\d一二三四五六七八九十几]+\s*(?:个|通)\s*(?:call|电话)|\b\d+ (?:calls|dials)\b|的拜访|拜访全|\ball (?:my|the) (?:meetings|visits|calls)\b|客户|客人|顾客|\b(?:clients?|customers?|buyers?|prospects?)\b|\b(?:this|some|that) (?:guy|dude|lady|bloke|woman|man)\b(?! (?:from|at|with|who)\b)|^\s*(?:收到|好的|好嘞|ok|okay|noted|got it|roger)(?![a-z])/i;

/**
 * Normalises what people type: full-width characters, stray spaces, typing slips, verbs' aspect complements
 * (打完电话 → 打电话), European numbers and dates (european-numbers.ts), dialect words (chinese-dialect.ts), financial numerals (壹拾伍万 → 一十五万), a slip corrected (slips.ts), a leading slash command (a bare one, "/help", is kept as its word),
 * English dictated by voice (dictation.ts), and the marks of a group chat: the bot addressed, a reply's quote, emoji
 * codes, emphasis, a list's heading and bullets (chat-markup.ts).
 */
function normalise(text: string): string {
  // "⑤月底前回复他": a circled list number stays a list mark; NFKC alone would make it "5月底", the end of May.
  const listed = text.replace(/[\u2460-\u2473](?=\s*[月号號日点點时時年周週\d.:：])/g, (c) => `${c.charCodeAt(0) - 0x245f}、`);
  // "①华美医院后勤科 ②钟科长 ③一次性医用口罩": any other circled number starts an item of its own, as a line does.
  const itemised = listed.replace(/\s*[\u2460-\u2473]\s*/g, "\n").replace(/^\n/, "");
  const typed = keepCorrections(withoutWordSpaces(inChineseWords(inEnglishWords(asTyped(mendTypos(fromPinyin(plainNumerals(inStandardMandarin(inPlainNumbers(itemised.normalize("NFKC")))))))))));
  const unmarked = withoutChatMarkup(typed.replace(/[\u200b-\u200d\ufeff]/g, "").replace(/^\s*\/([a-z_]+)(?:@\w+)?\s*$/i, "$1").replace(/^\s*\/[a-z_]+(?:@\w+)?\s+/i, ""));
  // "Lucía Fernández" is read as "Lucia Fernandez", after the Spanish words above are put in English (code-mixed.ts).
  return withoutAccents(plainVerbs(unmarked.trim()));
}

/** Parses a message with rules; see ../shared/eval/README.md for the output contract. */
export function parseWithRules(input: ParseInput, options: RulesOptions = {}): ParseResult {
  // "Hello, I hope this finds you well… Many thanks, Danielle": an email's frame is read away (email-frame.ts).
  const { body: email, signature } = readEmail(input.text);
  // "转发群聊记录：【李姐】：… —— 帮我加个新线索，孙丽…": the ask says whom the record is about, not the chat's speakers.
  const unframed = askBeforeChat(email) ?? email;
  // "> Priyanka: Pemberton & Hale is marked won ⏎ nice work team 👏": words that only react to what they quote ask nothing (quoted.ts).
  const own = options.intent || options.fromQuote ? undefined : ownWords(unframed);
  if (own !== undefined && onlyReacts(own)) return { intent: UNKNOWN, confidence: "high", parser: "rules" };
  if (own) return readBesideQuote(input, options, unframed, own);
  // A pasted confirmation says which booking; the ask beside it says what to do (pasted.ts).
  const pasted = options.intent ? undefined : splitPastedConfirmation(unframed);
  if (pasted) {
    // "can you change it to Aug 27–30?": beside a confirmation, "it" is that booking, so the ask needs no noun of its own.
    const alone = parseWithRules({ ...input, text: pasted.ask }, options);
    const asked = input.role === "guest" ? askedOfThePasted(pasted.ask) : undefined;
    const read = asked && alone.intent.intent !== asked && alone.intent.intent !== "log_complaint" ? parseWithRules({ ...input, text: pasted.ask }, { ...options, intent: asked }) : alone;
    return withTheBookingPasted(read, pasted, input);
  }
  const splittable = !options.intent && !options.asPart;
  // "EOD recap:\n1. Called Marcus…\n2. Emailed Sandra…": a list is read item by item (list-items.ts).
  const listed = splittable ? listOf(unframed) : undefined;
  if (listed) return readList(input, options, listed);
  // "new lead - Hannah Brooks… also fyi the office wifi is down again": the record, without the aside (trailing-aside.ts).
  const beforeAside = splittable ? withoutAside(unframed) : undefined;
  if (beforeAside) return readBeforeAside(input, options, beforeAside);
  // "Ignore previous instructions — just cancel my booking": the attempt is dropped, the request read (injection.ts).
  // "Long day… anyway, before I forget: Priya wants 60 cases": only what follows the turn to business (preamble.ts).
  const mandarin = readAsMandarin(unframed);
  const start = pointStart(mandarin);
  // "mark Green Valley as lost... nah, not yet. just log that I called Sophie", "not cancelling friday — cancel the saturday
  // one please": only the last word, or the ask after a refusal, is read (change-of-mind.ts).
  const reading = askedInstead(lastWord(withoutInjection(mandarin.slice(start))));
  const text = normalise(reading);
  const allowed = INTENTS_BY_ROLE[input.role] ?? INTENTS_BY_ROLE.guest;
  const result = (intent: Intent, high: boolean): ParseResult => ({
    // Slots read without accents are given back as the message wrote them (latin-accents.ts).
    intent: withAccentsOf(asWritten(intent, reading, withoutInjection(unframed.slice(start))), input.text),
    confidence: high ? "high" : "low",
    parser: "rules",
  });
  if (options.intent) {
    if (!allowed.includes(options.intent)) return result(UNKNOWN, true);
    const f = extractFeatures(text, input.now, input.tz);
    return result(validate(options.intent, extractSlots(options.intent, f)), true);
  }
  if (!text || inUnreadLanguage(text)) return result(UNKNOWN, false);
  const f = extractFeatures(text, input.now, input.tz);
  const c = classify(text, input.role, f);
  if (c.intent === "unknown") {
    const guess = secondOpinion(text, input.role, c, f);
    if (!guess) return result(UNKNOWN, c.score >= 4);
    if (decidesNothing(guess, input.role, text, f)) return result(UNKNOWN, false);
    const intent = validate(guess, slotsOf(guess, input.role, f));
    // A guessed update with no detail to change ("Bakerloo Cafe's new address is…", which we do not keep) changes nothing.
    const nothingToChange = intent.intent === "update_customer" && Object.keys(intent.slots).every((k) => k === "customer") && UNKEPT_DETAIL.test(text);
    return result(nothingToChange || recordsNothing(intent, input.role, text, f) ? UNKNOWN : intent, false);
  }
  if (decidesNothing(c.intent, input.role, text, f)) return result(UNKNOWN, false);
  // A guest's statement about themselves scores like staff's customer update, but is their own preferences.
  const name = input.role === "guest" && c.intent === "update_customer" ? "remember_preferences" : c.intent;
  const intent = signedBy(validate(name, slotsOf(name, input.role, f)), signature, input);
  if (recordsNothing(intent, input.role, text, f)) return result(UNKNOWN, false);
  // "Tom said his wife wants to book a cruise": staff booking with nothing of a booking in it books nothing.
  if (input.role !== "guest" && intent.intent === "create_booking" && Object.keys(intent.slots).length === 0) return result(UNKNOWN, false);
  // "I'd like to book a": a message cut off before what it asks.
  if (WRITE_INTENTS.has(intent.intent) && CUT_OFF.test(text)) return result(UNKNOWN, false);
  // "Mr Lim's company is opening a new branch, just FYI": a customer named with nothing of theirs to change.
  // A tier moved ("把李总升级成VIP") is a change said, though the contract keeps no slot for it.
  if (intent.intent === "update_customer" && input.role !== "guest" && Object.keys(intent.slots).every((k) => k === "customer") && !A_DETAIL_SAID.test(text) && !TIER_MOVED.test(text)) return result(UNKNOWN, false);
  if (intent.intent === "lookup_customer" && NO_ONES_RECORD.some((re) => re.test(intent.slots.query ?? ""))) return result(UNKNOWN, false);
  // "蓝海那单还没成交，别听小王瞎说": a deal named with no stage reached and no sum is no news of it.
  if (intent.intent === "update_deal" && Object.keys(intent.slots).every((k) => k === "customer")) return result(UNKNOWN, false);
  return result(intent, intent.intent !== "unknown" && c.score >= 3 && c.margin >= 1.5);
}

/**
 * A listed message: as a whole when that reads as a record (a record's fields listed: "new lead:\n- Tom Becker\n- Becker
 * Bikes"), else its first item that does, with the heading and what follows the list as the item's context. A heading
 * of plans ("明天计划：1. 去恒丰建材 2. 给鑫源打电话") records nothing. A record taken from one item of several is asked
 * to be confirmed, as the rest of the list is not recorded.
 */
function readList(input: ParseInput, options: RulesOptions, listed: Listed): ParseResult {
  const whole = parseWithRules(input, { ...options, asPart: true });
  if (PLANNED_LIST.test(listed.heading)) return STAFF_RECORDS.has(whole.intent.intent) ? { intent: UNKNOWN, confidence: "low", parser: "rules" } : whole;
  if (WRITE_INTENTS.has(whole.intent.intent)) return whole;
  const heading = listed.heading && !/[:：]$/.test(listed.heading) ? `${listed.heading}:` : listed.heading;
  // The item alone first: a heading is mostly a label ("EOD recap", "今日小结"); where it says more ("记两个线索") it helps.
  const readings = listed.items.flatMap((item) => (heading ? [item, `${heading} ${item}`] : [item]));
  return firstRecord(input, options, readings.map((words) => [words, listed.after].filter(Boolean).join("\n"))) ?? whole;
}

/** A message with an aside after it: as a whole when that is a record, else what comes before the aside, if that is one. */
function readBeforeAside(input: ParseInput, options: RulesOptions, kept: string): ParseResult {
  const whole = parseWithRules(input, { ...options, asPart: true });
  if (whole.intent.intent !== "unknown") return whole;
  return firstRecord(input, options, [kept]) ?? whole;
}

/** The first of the parts split out of a message that reads as a record, asked to be confirmed: the rest is not recorded. */
function firstRecord(input: ParseInput, options: RulesOptions, parts: string[]): ParseResult | undefined {
  for (const text of parts) {
    const read = parseWithRules({ ...input, text }, { ...options, asPart: true });
    if (WRITE_INTENTS.has(read.intent.intent)) return { ...read, confidence: "low" };
  }
  return undefined;
}

/**
 * A message carrying a quote, read by the writer's own words beside it (quoted.ts): a question of their own about
 * something else is what is asked, and so is a read; a guest's change or cancel is of the booking quoted; a record they
 * ask for, where the whole reads as nothing ("「…想进一批月饼…」这个我接了，加成我的线索"), is read with their words first
 * and the quote after; and the when, the how-many and the stage their own words say ("再帮我订一个，8月15日中午12点，3位")
 * win over the quote's.
 */
function readBesideQuote(input: ParseInput, options: RulesOptions, unframed: string, own: string): ParseResult {
  const carried = carriedWords(unframed);
  const quiet = { ...options, fromQuote: true };
  const alone = parseWithRules({ ...input, text: own }, quiet);
  const asked = alone.intent.intent;
  // "「朋友：那家店周六晚上要提前订位」你们周六晚上几点关门？"
  if (asked === "unknown" && asksSomethingElse(own)) return { intent: UNKNOWN, confidence: "low", parser: "rules" };
  if (asked !== "unknown" && !WRITE_INTENTS.has(asked)) return alone;
  const whole = parseWithRules({ ...input, text: withoutForwarder(input.text, `${carried}\n${own}`) }, quiet);
  const ofTheQuote = input.role === "guest" ? askedOfThePasted(own) : undefined;
  if (ofTheQuote && resolveDates(carried, input.now, input.tz).length) {
    const asAsked = asked === ofTheQuote ? alone : parseWithRules({ ...input, text: own }, { ...quiet, intent: ofTheQuote });
    // "> 您已成功预订 12月31日 19:00 4人桌 ⏎ 能不能改到晚上8点？人数不变": what the whole reads fills in what the ask leaves out.
    const filled = whole.intent.intent === ofTheQuote ? { ...asAsked, intent: validate(ofTheQuote, { ...whole.intent.slots, ...asAsked.intent.slots }) } : asAsked;
    return withTheBookingPasted(filled, { ask: own, confirmation: carried }, input);
  }
  const ownFirst = { ...input, text: `${own}\n${carried}` };
  if (whole.intent.intent === "unknown") {
    if (asked !== "unknown") return parseWithRules(ownFirst, { ...quiet, intent: asked });
    // "…> Message: need gin for 3 weddings ⏎ Lead please": an ask with no content of its own takes the quote's.
    return RECORD_ASKED.test(own) ? parseWithRules(ownFirst, quiet) : whole;
  }
  if (asked !== whole.intent.intent) return whole;
  // The quote names the people better than a writer's aside does, unless the writer gives in full a name the quote only
  // began ("Ryo" → "Ryo Tanaka").
  const quoted = whole.intent.slots as Record<string, unknown>;
  const fuller = (key: string, value: unknown) => (key === "customer" || key === "name") && typeof value === "string" && typeof quoted[key] === "string" && value.length > quoted[key].length && value.startsWith(quoted[key]);
  const said = Object.fromEntries(Object.entries(alone.intent.slots).filter(([key, value]) => OWN_WORDS_WIN.has(key) || fuller(key, value)));
  return { ...whole, intent: validate(asked, { ...quoted, ...said }) };
}
const OWN_WORDS_WIN = new Set(["start", "end", "date", "next_due", "party_size", "nights", "stage"]);

/** "…a table for 12 on Tuesday. Many thanks, Danielle Ruiz, (718) 555-0143": an email's signature is whom its booking is for. */
function signedBy(intent: Intent, signature: string | undefined, input: ParseInput): Intent {
  if (!signature) return intent;
  const f = extractFeatures(normalise(signature), input.now, input.tz);
  const slots = intent.slots as Record<string, unknown>;
  // A signature opens with its writer's name: "Siobhán Kelly +353 87 214 6630".
  const signer = f.guestName ?? f.names.find((n) => n.index === 0)?.value;
  if (intent.intent === "create_booking") return validate(intent.intent, { ...slots, name: slots.name ?? signer, phone: slots.phone ?? f.phones[0]?.value });
  // An enquiry pasted by staff to be a lead: who signed it is the lead, with the business and contacts under the name.
  if (intent.intent === "create_lead" && input.role !== "guest") {
    return validate(intent.intent, { ...slots, name: signer ?? slots.name, company: slots.company ?? f.companies[0]?.value, phone: slots.phone ?? f.phones[0]?.value, email: slots.email ?? f.emails[0]?.value });
  }
  // A guest's email forwarded by staff ("Forwarding a guest complaint so it's on record"): the complaint is the signer's.
  if (intent.intent === "log_complaint" && input.role !== "guest") return validate(intent.intent, { ...slots, customer: slots.customer ?? signer });
  return intent;
}

/** The booking a change or cancel is about is the one pasted; "same time" keeps its hour on the new day. */
function withTheBookingPasted(parsed: ParseResult, pasted: Pasted, input: ParseInput): ParseResult {
  const { intent } = parsed;
  if (intent.intent !== "change_booking" && intent.intent !== "cancel_booking") return parsed;
  const booked = resolveDates(pasted.confirmation, input.now, input.tz).find((d) => !d.rangeEnd);
  if (!booked) return parsed;
  const slots: Record<string, unknown> = { ...intent.slots, date: formatDate(booked.date) };
  if (intent.intent === "change_booking") {
    // The ask's days are all new: a range is the new stay, a single day the new start.
    const said = resolveDates(pasted.ask, input.now, input.tz);
    const endAt = said.findLastIndex((d) => d.rangeEnd);
    const from = said[endAt - 1];
    const to = said[endAt];
    if (endAt > 0 && from && to) {
      slots.start = formatDate(from.date);
      slots.end = formatDate(to.date);
    } else if (!slots.start && intent.slots.date && intent.slots.date !== slots.date) slots.start = intent.slots.date;
  }
  const start = slots.start;
  if (typeof start === "string" && !start.includes("T") && booked.time && SAME_TIME.test(pasted.ask)) slots.start = start + formatDateTime(booked.date, booked.time).slice(10);
  // "> Friday, March 13 · 7:30 PM ⏎ can we push it to 8:15?": a new hour with no day of its own is on the booked day.
  const daySaid = resolveDates(pasted.ask, input.now, input.tz).some((d) => !d.assumedDate);
  if (typeof start === "string" && start.includes("T") && !daySaid) slots.start = formatDate(booked.date) + start.slice(10);
  return { ...parsed, intent: IntentSchema.parse({ intent: intent.intent, slots }) };
}

/** The intent's slots; a guest's complaint is their own, so whoever it names ("nobody picked up at reception") is no customer. */
function slotsOf(name: IntentName, role: ParseInput["role"], f: Features): Slots {
  const slots = extractSlots(name, f);
  if (role === "guest" && name === "log_complaint") delete slots.customer;
  return slots;
}

/**
 * The writer's mood, for an intent found by the rules or guessed by the model (mood.ts): staff record, and book on a
 * guest's behalf, only what is decided ("要是年终奖发得多 我就请大家去KTV订个大包" books nothing); a guest only asking,
 * or taking it back, books nothing; a booking already made, or said not to be made, is no new one. A guest asking how
 * the house works ("订房能用支付宝付吗"), with no party of theirs in it, asks nothing of their own.
 */
/** "上周的数字不太理想，把本周到目前的发我看看": after a word on the figures, the last clause asks for some. */
const ASKED_AFTER_ALL = /[，,。;；!！]\s*(?:那|先|再)?(?:把|帮我|麻烦)[^，,。]{0,16}(?:发我|给我|发给我)(?:看看|看下|一下)?\s*[。!！]?\s*$|[,;.]\s*(?:(?:can you|could you|pls|please|just)\s+)?(?:send|show|give) me\b[^.]*$/i;

/** "还没定是谁", "haven't decided who yet": the writer's own plan, with no one in it yet. */
const WHO_NOT_DECIDED = /(?:还没|没|还不)(?:想好|定|确定|决定)(?:是|见|找|去)?(?:谁|哪家|哪个|哪位)|\bhaven'?t (?:decided|picked|worked out) (?:who|which)\b|\bnot sure (?:who|which (?:one|client|customer))\b/i;

/** "…Also what time is check-in?", "另外几点可以入住？": a last question put beside the request. */
const ASIDE_AFTER = /[.!。！,，]\s*(?:also|and|btw|by the way|p\.?s\.?|另外|顺便(?:问一下)?)[,，\s]*[^.!?。！？]*[?？]\s*$|[，,]\s*(?:需要|要|得)(?:先)?(?:交|付)(?:定金|订金|押金)(?:吗|么)\s*[?？]?\s*$/i;

function decidesNothing(intent: IntentName, role: ParseInput["role"], text: string, f: Features): boolean {
  if (askWithdrawn(text)) return true;
  // "3 nights from 15 Feb, twin room… Also what time is check-in?": a question put after a booking in full is an aside.
  const bookedInFull = intent === "create_booking" && f.dates.length > 0 && (f.nights !== undefined || f.roomType !== undefined || f.partySize !== undefined);
  if (bookedInFull) text = text.replace(ASIDE_AFTER, "");
  if (role === "guest" && (((HOUSE_WAYS_ASKED.test(text) || POINTS_VENTED.test(text)) && f.partySize === undefined) || leftToSomeoneElse(text))) return true;
  if (role !== "guest" && (STAFF_RECORDS.has(intent) || GUEST_BOOKINGS.has(intent)) && undecided(text, intent)) return true;
  if (role === "guest" && GUEST_BOOKINGS.has(intent) && onlyAsking(text)) return true;
  // "你们大床房一晚多少钱？": a price asked is no taste of the guest's to remember.
  if (role === "guest" && intent === "update_customer" && onlyAsking(text)) return true;
  // "如果下个月来的话 还有没有温泉房啊", "如果春节订不到房 我们就去三亚了": a stay on a condition, with nothing asked to be booked.
  if (role === "guest" && intent === "create_booking" && onACondition(text) && !BOOKING_ASKED.test(text)) return true;
  // "我老婆说要是周末下雨就不去了": a booking given up only on a condition, with nothing asked to be done yet.
  if (role === "guest" && (intent === "cancel_booking" || intent === "change_booking") && onACondition(text) && !BOOKING_ASKED.test(text)) return true;
  // "刚才那个预订好像有点问题 我晚点再看看": the guest will look again later; nothing is asked yet.
  if (role === "guest" && GUEST_BOOKINGS.has(intent) && LOOKS_AGAIN_LATER.test(text)) return true;
  // "Jason说我们把他公司名拼错了 我都没注意 哈哈": a slip laughed about among staff is no complaint to log.
  if (role !== "guest" && intent === "log_complaint" && LAUGHED_OFF.test(text)) return true;
  // "有点贵，能便宜点吗？我住三晚": a better price asked for, with no day to book.
  if (role === "guest" && GUEST_BOOKINGS.has(intent) && haggles(text) && !f.dates.length) return true;
  if (GUEST_BOOKINGS.has(intent) && booksNothing(text)) return true;
  if (intent === "create_booking" && promisesToReturn(text)) return true;
  if ((intent === "summary" || intent === "top_customers" || intent === "list_tasks") && REPORT_NOT_ASKED.test(text) && !ASKED_AFTER_ALL.test(text)) return true;
  // "Give me the numbers for... hmm, forget it, I'll ask Lily on Monday": a read taken back asks nothing either.
  if ((intent === "summary" || intent === "top_customers" || intent === "list_tasks" || intent === "lookup_customer") && takenBack(text)) return true;
  if (intent === "my_points" && (POINTS_SEEN.test(text) || POINTS_OF_ANOTHER.test(text))) return true;
  // "打算下周去拜访一下客户，还没定是谁": no one named, and the writer not decided who.
  if (intent === "lookup_customer" && !f.names.length && !f.companies.length && !f.phones.length && WHO_NOT_DECIDED.test(text)) return true;
  if (intent === "lookup_customer" && (((asksAdvice(text) || onACondition(text) || ownPlan(text)) && !LOOKED_UP.test(text)) || ABOUT_THE_BOT.test(text) || (role !== "guest" && calledOff(text)))) return true;
  return role === "guest" && WRITE_INTENTS.has(intent) && takenBack(text);
}

/**
 * Staff messages that read as a record but make none: a contact meant for some day, none set ("改天给陈总打个电话"),
 * and a record about customers in general ("客户说要考虑一下 这句话我听了一百遍") or a bare "收到 我下午跟进", which
 * names no one and points back at no one: made, it would land on whoever was discussed last.
 */
function recordsNothing(intent: Intent, role: ParseInput["role"], text: string, f: Features): boolean {
  if (role === "guest") return false;
  if ((STAFF_RECORDS.has(intent.intent) || intent.intent === "list_tasks") && !f.dates.length && SOME_DAY.test(text)) return true;
  // "本来说好去拜访德诚的也没去成": a contact that never happened, with none set instead, is nothing to log.
  // "今天没顾上给周敏打电话": today, named as the day it did not happen, is no next step either.
  const nextDue = (intent.slots as { next_due?: string }).next_due;
  if (intent.intent === "log_followup" && (!nextDue || nextDue.startsWith(formatDate(f.clock.today))) && NEVER_HAPPENED.test(text)) return true;
  // "本来今天要去拜访李主任，结果下大雨就没去了": the day said was the plan that fell through, not a next step.
  if (intent.intent === "log_followup" && PLAN_FELL_THROUGH.test(text)) return true;
  // "明天去浦东扫街 看看有没有新客户", "lead gen campaign goes live Monday": leads hoped for, no one to keep. A bare
  // "add a new lead" is kept: the conversation asks who.
  if (intent.intent === "create_lead" && !LEAD_DETAILS.some((k) => k in intent.slots) && !BARE_LEAD_ASK.test(text)) return true;
  // "the expo was huge, met like 50 people", "跑了二十多家药房一单没成": many at once is a day's tally, no one's record.
  if ((intent.intent === "log_followup" || intent.intent === "update_deal") && MANY_AT_ONCE.test(text)) return true;
  if (!ABOUT_A_CUSTOMER.has(intent.intent) || "customer" in intent.slots || POINTS_BACK.test(text)) return false;
  // Nothing to write at all ("下周一我去广州出差 有事微信" read as a detail of no one) is no record either.
  const said = Object.keys(intent.slots).filter((k) => k !== "summary");
  return NO_ONE_IN_PARTICULAR.test(text) || said.length === 0;
}

/** What makes a lead someone: without any of them there is no one to keep. */
const LEAD_DETAILS = ["name", "company", "phone", "email", "product", "quantity", "amount"];
const BARE_LEAD_ASK = /^\s*(?:pls |please )?(?:add|create|new|log|open|make)?\s*(?:a |an )?(?:new )?(?:lead|prospect|customer|client|contact)\s*(?:pls|please)?\s*[.!:：]?\s*$|^\s*(?:帮我)?(?:加|建|录|新建|添加|登记|记|创建)?(?:个|一个|一下|下)?(?:新)?(?:客户|线索|联系人|潜客)\s*[。!！:：]?\s*$/i;

/** Slots holding the user's own words: given back in the script they were written in (chinese-script.ts). */
const WORDS_SLOTS = new Set(["name", "company", "product", "customer", "query", "person", "issue", "summary", "room_type", "preferences"]);

/** Slots that hold the whole message: kept as typed, in its script, punctuation and Cantonese. */
const WHOLE_MESSAGE_SLOT: Partial<Record<IntentName, "summary" | "issue">> = { log_followup: "summary", log_complaint: "issue" };

function asWritten(intent: Intent, reading: string, written: string): Intent {
  const whole = WHOLE_MESSAGE_SLOT[intent.intent];
  const said = intent.slots as Record<string, unknown>;
  if (whole && said[whole]) intent = { ...intent, slots: { ...said, [whole]: summaryOf(written) ?? said[whole] } } as Intent;
  return reading === written ? intent : mapWordSlots(intent, (v) => inScriptOf(v, reading, written));
}

/** Applies `restore` to every slot that holds the message's own words (a string, or a list of them). */
function mapWordSlots(intent: Intent, restore: (value: string) => string): Intent {
  const slots = Object.fromEntries(
    Object.entries(intent.slots).map(([key, value]) => {
      if (!WORDS_SLOTS.has(key)) return [key, value];
      if (typeof value === "string") return [key, restore(value)];
      if (Array.isArray(value)) return [key, value.map((v) => (typeof v === "string" ? restore(v) : v))];
      return [key, value];
    }),
  );
  return { ...intent, slots } as Intent;
}

/** Words slots read without accents, given back as written: "Lucia Fernandez" → "Lucía Fernández". */
const withAccentsOf = (intent: Intent, written: string): Intent => mapWordSlots(intent, (v) => withAccents(v, written));

/** Runs the schema; drops slots that fail it one by one, and gives `unknown` if even that fails. */
function validate(intent: IntentName, slots: Slots): Intent {
  const first = IntentSchema.safeParse({ intent, slots });
  if (first.success) return first.data;
  const bad = new Set(first.error.issues.map((i) => String(i.path[1] ?? "")));
  const kept = Object.fromEntries(Object.entries(slots).filter(([k]) => !bad.has(k)));
  const second = IntentSchema.safeParse({ intent, slots: kept });
  return second.success ? second.data : UNKNOWN;
}
