/**
 * Everything the entity finders see in one message, computed once and shared by the classifier and
 * the slot extractors.
 */
import type { Channel, Period, Stage } from "../schema.ts";
import { MONTH_ABBREVIATIONS, clockAt, type Clock } from "./calendar.ts";
import { resolveWithClock, type ResolvedDate } from "./datetime.ts";
import { HEAD_COUNT_WORDS, findBookingKind, findGuestName, findNights, findPartySize, findPreferences, findRoomType } from "./entities/booking.ts";
import { findCompanies, type CompanySpan } from "./entities/company.ts";
import { findEmails, findPhones, type Span } from "./entities/contact.ts";
import { findChannel, findStage } from "./entities/deal.ts";
import { type DescribedSpan, findDescribed } from "./entities/described.ts";
import { readForm, type Form } from "./entities/form.ts";
import { findGoods, type Goods } from "./entities/goods.ts";
import { findLimit, findPeriod } from "./entities/period.ts";
import { findLowerCase } from "./entities/lower-case.ts";
import { DOUBLE_SURNAMES, findNames, type NameSpan } from "./entities/person.ts";
import { findProblem } from "./entities/problem.ts";
import { findMoney, parseCount, type MoneyMention } from "./numbers.ts";

export type Features = {
  text: string;
  clock: Clock;
  dates: ResolvedDate[];
  phones: Span[];
  emails: Span[];
  names: NameSpan[];
  companies: CompanySpan[];
  /** A customer told by description ("那位每次都带狗来的太太", "the Tesla guy"), looked for only when none is named. */
  described?: DescribedSpan;
  money: MoneyMention[];
  goods: Goods;
  stage?: Stage;
  channel?: Channel;
  period?: Period;
  limit?: number;
  partySize?: number;
  nights?: number;
  roomType?: string;
  preferences: string[];
  bookingKind?: "room" | "table";
  guestName?: string;
  /** Something gone wrong is reported (noise, dirt, a broken thing, a wait). */
  problem: boolean;
  /** The labelled fields, when the message is typed as a form (entities/form.ts). */
  form: Form;
};

/** "那位每次都带狗来的太太…公司改成晴川设计": a description said before any business named is whom the message is about. */
function describedFirst(text: string, companies: CompanySpan[]): DescribedSpan | undefined {
  const described = findDescribed(text);
  const within = (c: CompanySpan) => !!described && c.index >= described.index && c.end <= described.end;
  return described && companies.every((c) => c.index >= described.end || within(c)) ? described : undefined;
}

/** "上次展会加微信的那个做民宿的小姐姐": how they were met tells who they are; it is no contact made now. */
function withoutDescription(text: string, described: DescribedSpan | undefined): string {
  if (!described) return text;
  const pointer = text.slice(0, described.index).search(/(?:[^，,。！？!?；;\s]{1,24}的)?(?:那个|那位|那对|这位)$/);
  return pointer < 0 ? text : text.slice(0, pointer) + text.slice(described.index);
}

/** A single capitalised word ("Python", "Malbec") is as likely a product as a person. */
const notOneEnglishWord = (n: NameSpan) => /[\u4e00-\u9fff\s]/.test(n.value);

const overlaps = (a: { index: number; end: number }, b: { index: number; end: number }) => a.index < b.end && b.index < a.end;

const MONTH_NAMES = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\b(?!\s*\d)(?<!\bmay)|([一二三四五六七八九十]{1,2}|\d{1,2})月(?:份)?(?![\d一二三四五六七八九十]{1,3}[日号])/i;

/** "how's june looking so far", "11月份业绩": the month by its name is this month or last when it is the current or the one before. */
function periodByMonthName(text: string, clock: Clock): Period | undefined {
  const m = MONTH_NAMES.exec(text);
  if (!m) return undefined;
  const month = m[1] ? MONTH_ABBREVIATIONS.indexOf(m[1].toLowerCase()) + 1 : parseCount(m[2] as string);
  if (!month) return undefined;
  if (month === clock.today.m) return "this_month";
  if (month === ((clock.today.m + 10) % 12) + 1) return "last_month";
  return undefined;
}

/** The place visited ends its clause ("…Kreuzberg,", "…Irvine location today,") before the person is named. */
const PAUSE_AFTER_PLACE = /^(?:['’]s)?(?:\s+[a-z]+){0,2}?(?:\s+(?:today|yesterday|this morning|this afternoon|earlier))?\s*[,;.]/;
const VISITED_BEFORE = /\b(?:visited|dropped by|stopped by|popped (?:in|into|by)|swung by|went (?:down |over |round )?to|walked into)\s+(?:the\s+)?$/i;

/** Finds every entity in `text`; spans that belong to something surer (a phone, an email) are dropped. */
/** "the Marriott concierge": someone who works at a place, named by the place. */
const STAFF_OF_A_PLACE = /^\s+(?:concierge|receptionist|front desk|doorman|bartender|barman|chef|waiter|waitress|staff|team|crew|people|folks|guys?|lady|manager|owner|boss)\b/i;
/** Words shaped as verbs, adverbs or sighs: "Heading", "Quarterly", "Ugh". */
const NOT_A_NAME_SHAPE = /^(?:[A-Z][a-z]{4,}(?:ing|ly|ed)|Ugh|Argh|Phew|Meh|Sigh|Oof|Yikes|Welp|Gosh|Blah|Geez|Jeez)$/;
/** What may stand between a Chinese name and the business written beside it: nothing, 的, or a visit's verb. */
const LATIN_BESIDE_NAME = /^\s*(?:的|见了?|找了?|拜访了?)?\s*$/;
/** A business's kind with no name of its own: 物流公司, 牙科诊所, 宠物店, 贸易公司. */
const KIND_OF_BUSINESS =
  /^(?:一家|一个|家)?(?:物流|快递|运输|牙科|口腔|眼科|宠物|寵物|贸易|科技|餐饮|装修|建材|广告|印刷|服装|食品|医药|软件|网络|咨询|教育|培训|家具|汽修|化工|机械|电子|美容|健身|房产|地产|律师|会计|外贸|电商|物业|酒水|烟酒|水果|生鲜|洗浴|足浴|美发|理发|养生|月子|母婴|健身)(?:公司|诊所|医院|店|行|厂|机构|事务所|工作室|中心|会所)$/;

/** "a sit-down meeting with Luis Ortega": the one sat down with is a person, though "with X" may name a business. */
// "Note for Dieter Braun:", a record's heading, names whom it is for too.
/** Before a colleague covered for, handed the work or passing news on: "代Vicky", "替小陈", "Logging for Carla", "handing to Kenji", "heads up from Jake". */
const COVERED_BEFORE = /(?:^|[\s，,。：:（(])(?:我(?:这周|這週|今天|今日)?)?(?:代|替|帮|幫)\s*$|\b(?:logging|entering|adding|updating|recording|posting)(?: this| it| one)? (?:for|on behalf of)\s+$|\b(?:sat in|covering|filling in|stepping in) for\s+$|\b(?:passing|handing|giving|sending)(?: this(?: one)?| it| them)?(?: over)? to\s+$|\bpicking (?:it|this|them) up from\s+$|\bheads[- ]up from\s+$/i;
/** What is done for the colleague right after their name: "代Vicky拜访了", "替小陈记一下", "代Vicky的班". */
const COVERED_WORK_AFTER = /^\s*(?!(?:记|記)(?:一笔|一筆|个|個|下|一下)?(?:客诉|客訴|投诉|投訴))(?:的班|拜访|拜訪|记|記|录|錄|更新|补记|補記|跟进|跟進|回复|回覆|去)/;
/** A colleague away or asking, named untitled: "Jake asked me to enter it", "Kelvin今日唔喺度", "Amy不在" (not "钱经理不在"). */
const COLLEAGUE_AWAY_AFTER = /^\s+asked me to (?:enter|log|add|record|put|update)\b|^(?:今日|今天|这周|這週|明天)?(?:唔喺度|不在|放假|休假|请假|請假)|^\s+(?:is|'s) (?:out|off|away|on leave)\b|^\s*\((?:she|he)(?:'s| is) (?:out|off|away|on leave)/i;
const MET_WITH_BEFORE = /\b(?:meeting|met|meet|spoke|talked|chatted|call|lunch|coffee|dinner|drinks|sat down|sit-?down|catch-?up|caught up|chat|off|left (?:them|it|samples|the samples)) with\s+$|^\s*(?:note|notes|memo|update|reminder)s? (?:for|on|about|re)\s+$/i;
const HEAD_COUNT_BEFORE = new RegExp(`\\b${HEAD_COUNT_WORDS}(?:\\s+(?:to|from \\d+ to))?\\s*$`, "i");

/** "需求：仓储货架": a form's need is the goods, whole, when nothing in it marks them out ("需求：办公椅60把" is read as said). */
function goodsNeeded(need: string): Goods {
  const goods = findGoods(need, []);
  if (goods.product === undefined && need.length <= 12 && !/\d/.test(need)) return { ...goods, product: need };
  return goods;
}

/** "的采购", "的老板": the role someone holds at the business named before it. */
const ROLE_THERE = /^的(?:采购(?:经理)?|老板娘?|经理|负责人|店长|联系人|对接人|主管|总监|主理人)\s*$/;

export function extractFeatures(text: string, now: Date, tz: string): Features {
  const clock = clockAt(now, tz);
  const emails = findEmails(text);
  const phones = findPhones(text).filter((p) => !emails.some((e) => overlaps(e, p)));
  const taken = [...emails, ...phones];
  // "moved to negotiation at 14.2k": a sum in thousands is no time of day.
  const sums = findMoney(text);
  // "countered at 9,200", "at 1.1 million": a number grouped in thousands, or in millions, is no time of day either.
  const thousands = sums.filter((m) => /^(?:[\d.,]+\s*(?:[kKmM]|million|mn|bn|billion|lakhs?|crores?|grand)|\d{1,3}(?:,\d{3})+)$/.test(text.slice(m.index, m.end).replace(/^[^\d]+/, "").replace(/\s*(?:dollars|bucks|euros?|元|块钱?|美元|美金|刀)$/i, "")));
  // "the number of guests to 7 instead of 5": a head count changed is no hour.
  const headCount = (d: ResolvedDate) => d.assumedDate && HEAD_COUNT_BEFORE.test(text.slice(Math.max(0, d.index - 40), d.index));
  const dates = resolveWithClock(text, clock).filter((d) => !taken.some((t) => overlaps(t, d)) && !(d.assumedDate && thousands.some((m) => overlaps(m, d))) && !headCount(d));
  const people = findNames(text);
  // "吴厂长来公司看了样板": a company cannot start inside a titled name ("长来公司").
  // "曾老板个丰收合作社": a business owned by a titled person starts after the possessive.
  const owned = (c: CompanySpan) => {
    const owner = people.find((n) => n.titled && n.index === c.index && /^[的个嘅]./.test(text.slice(n.end, c.end)));
    return owner ? { ...c, index: owner.end + 1, value: text.slice(owner.end + 1, c.end) } : c;
  };
  // "李主任偏好高端茶叶类礼品": a titled person, then a verb, is no business, whatever word ends the clause.
  const sentence = (c: CompanySpan) => people.some((n) => n.titled && n.index === c.index && n.end < c.end && /^[偏喜要想说订买需觉讲问让叫找爱只]/.test(text.slice(n.end)));
  // "诸葛明轩": a double surname and a given name ending in 轩 is a person, not a shop called so.
  const aPerson = (c: CompanySpan) => /[轩阁斋坊]$/.test(c.value) && people.some((n) => n.index === c.index && n.value === c.value && DOUBLE_SURNAMES.some((d) => n.value.startsWith(d)));
  const companies = findCompanies(text, people).map(owned).filter((c) => !sentence(c) && !aPerson(c) && !taken.some((t) => overlaps(t, c)) && !people.some((n) => n.titled && c.index > n.index && c.index < n.end));
  splitLeadFromBusiness(text, people, companies);
  // "宏达涂料刘工": a titled name read into the end of the business before it is only what follows the business.
  people.forEach((n, i) => {
    const before = companies.find((c) => c.sure && n.titled && c.index < n.index && n.index < c.end && c.end < n.end - 1);
    if (before && /^[\u4e00-\u9fff]+$/.test(n.value)) people[i] = { ...n, index: before.end, value: text.slice(before.end, n.end) };
  });
  // "from Hannah Price at Kingsbridge School": a guessed company that is all a name is the person when a
  // surer company is named beside it; alone ("Maria at Bluewater") it stays the company.
  const surer = companies.some((c) => c.sure);
  // "shop in Leith", "based near Hawick": a single capitalised word after in/near is a place, not a person.
  // "徐汇那边有家叫聚福园的酒楼，老板娘陶阿姨": an untitled "name" with 那边 after it, beside a titled person, is a place.
  const titledPerson = people.some((n) => n.titled);
  // "Heading into the board mtg… pull up Brightwater Capital", "Ugh this weather… talked to Nadia Petrova": one
  // capitalised word opening a sentence that runs on in lower case is the sentence's first word when a fuller name
  // is said elsewhere. "the Marriott concierge": a place whose staff is meant is no one either.
  const fuller = people.some((n) => n.titled || /\S\s+\S/.test(n.value)) || companies.some((c) => c.sure);
  // Only words of a shape names seldom have are taken so: "Heading", "Quarterly", "Ugh"; "Sipho moved…" is a name.
  const opener = (n: NameSpan) => !n.titled && /^[A-Z][a-z'’]+$/.test(n.value) && /^\s+[a-z]/.test(text.slice(n.end)) &&
    ((fuller && NOT_A_NAME_SHAPE.test(n.value) && /(?:^|[!?;:\n—–]\s*|(?<!\b(?:Mr|Mrs|Ms|Dr|Mdm|Prof|St))\.\s*)$/.test(text.slice(0, n.index))) || (/\bthe\s+$/i.test(text.slice(0, n.index)) && STAFF_OF_A_PLACE.test(text.slice(n.end))));
  // "Add a lead for Wanjiru's team: Kamau Njoroge": whose team or territory it goes to is a colleague, not the lead.
  // "给小王派个线索：…孙经理": who a lead is handed to is a colleague too.
  const colleague = (n: NameSpan) => /^['’]s\s+(?:team|territory|patch|region|pipeline|book|list|accounts|area|desk|queue)\b|^['’]s\s+(?:call|meeting|demo|visit|zoom|presentation)\s+with\b/i.test(text.slice(n.end)) ||
    (/给\s*$/.test(text.slice(0, n.index)) && /^\s*(?:派|分|转)(?:个|一个|条|一条)?(?:新)?(?:线索|客户|单子?)|^\s*跟(?:进)?\s*[:：]/.test(text.slice(n.end))) || /(?:派给|分给|转给|交给)\s*$/.test(text.slice(0, n.index)) ||
    // "帮业务小张建个名单：…许副理": the colleague a lead is entered for.
    (/帮(?:业务|同事|销售|我们)?\s*$/.test(text.slice(0, n.index)) && /^\s*(?:建|加|录|开)(?:个|一个)?(?:新)?(?:名单|线索|客户|档案)/.test(text.slice(n.end))) ||
    // "代Vicky拜访了…张店长", "替小陈记一下", "Logging for Carla (she's out sick)", "Passing this one to Marcus", "Jake asked me
    // to enter it", "Kelvin今日唔喺度，我幫佢記低": the colleague covered for, or handed the work, is not whom it is about.
    COVERED_BEFORE.test(text.slice(0, n.index)) && (!/[代替帮幫]\s*$/.test(text.slice(0, n.index)) || COVERED_WORK_AFTER.test(text.slice(n.end))) ||
    (!n.titled && COLLEAGUE_AWAY_AFTER.test(text.slice(n.end)));
  const candidates = people.filter(
    (n) => !opener(n) && !colleague(n) && !(!n.titled && titledPerson && /^[\u4e00-\u9fff]+$/.test(n.value) && /^(?:那边|这边)/.test(text.slice(n.end))) && !(/\b(?:in|near|around|outside)\s+$|\b(?:went|go|going|drove|headed|heading|flew|came) (?:down |over |up |out |back |round )?to\s+$/.test(text.slice(0, n.index)) && !/\s/.test(n.value) && !/^['’]s\b/.test(text.slice(n.end))) && !taken.some((t) => overlaps(t, n)) && !companies.some((c) => overlaps(c, n) && (c.sure || c.value.length > n.value.length || (c.value.length === n.value.length && !surer && !n.titled && !MET_WITH_BEFORE.test(text.slice(0, n.index))))),
  );
  // "华润的李总", "蓝鲸的陈姐": a bare "name" that owns a titled person is their company (华润, not Mr Hua Run).
  // "visited Bierhaus Kreuzberg, Lukas wants…": capitalised words where the writer went, with someone named
  // after them, are the place (the business), and the one named after is the person met.
  const visited = candidates.filter((n, k) => !n.titled && k < candidates.length - 1 && VISITED_BEFORE.test(text.slice(0, n.index)) && PAUSE_AFTER_PLACE.test(text.slice(n.end)));
  // "dropped by Keppel Cold Chain Jurong DC, Lim Wei Jie showed us…": the site's name said after the business's is the place too.
  candidates.forEach((n, k) => {
    const site = candidates[k + 1];
    if (!n.titled && site && !site.titled && k + 1 < candidates.length - 1 && VISITED_BEFORE.test(text.slice(0, n.index)) && /^\s+$/.test(text.slice(n.end, site.index)) && PAUSE_AFTER_PLACE.test(text.slice(site.end))) visited.push(n, site);
  });
  // "金沙湾的黄丽": a bare three-character "name" owning a full name is a place or business too.
  // "Siam Bloom的采购Niran": so is one owning someone by their role there.
  const owns = (n: NameSpan, next: NameSpan | undefined) =>
    !!next && ((next.index === n.end + 1 && (next.titled || (n.value.length >= 3 && /^[\u4e00-\u9fff]+$/.test(n.value)))) || ROLE_THERE.test(text.slice(n.end, next.index)));
  // "陈国豪 Bengkel Jaya Motor 要订", "去了Bengkel Jaya见陈老板": capitalised words right beside a Chinese name are
  // the business a Chinese writer deals with, written as it is signed; the person is written in Chinese.
  const hanName = (n: NameSpan | undefined) => !!n && /^[\u4e00-\u9fff]+$/.test(n.value);
  // "Lim Mei Ling 林美玲": one short syllable a word is the same name, romanised.
  const romanised = (n: NameSpan) => n.value.split(/\s+/).every((w) => /^[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:n|ng|m|h|k|p|t)?$/i.test(w));
  const besideHan = candidates.filter((n, k) => !n.titled && /^[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)+$/.test(n.value) && !romanised(n) &&
    ((hanName(candidates[k - 1]) && LATIN_BESIDE_NAME.test(text.slice((candidates[k - 1] as NameSpan).end, n.index))) ||
      (hanName(candidates[k + 1]) && LATIN_BESIDE_NAME.test(text.slice(n.end, (candidates[k + 1] as NameSpan).index)))));
  const owners = candidates.filter((n, k) => !n.titled && text[n.end] === "的" && owns(n, candidates[k + 1])).concat(visited, besideHan);
  // "Remind me on Christmas Eve": a word inside a day's name is no one.
  const names = candidates.filter((n) => !owners.includes(n) && !(!n.titled && dates.some((d) => d.index < n.index && n.end <= d.end)));
  companies.push(...owners.filter((o) => !companies.some((c) => overlaps(c, o))).map((o) => ({ ...o, value: o.value.replace(/['’]s\b.*$/, ""), sure: false })));
  companies.sort((a, b) => a.index - b.index);
  // A "company" that is really a person's name ("from Emma Wilson") yields to the name when unsure.
  // A company never begins with the particle 的: "Tan Brothers 的地址发我下" names no company "的地址…".
  // "upgraded to Platinum tier": a tier or plan moved to is no business; nor is a colleague handed the work ("handing to Kenji").
  const colleagues = people.filter(colleague);
  const kept = companies.filter((c) => !/^的/.test(c.value) && (c.sure || !names.some((n) => overlaps(n, c))) && !(!c.sure && (/\b(?:up|down)grad(?:e|ed|ing) to\s+(?:the\s+)?$/i.test(text.slice(0, c.index)) || colleagues.some((n) => overlaps(n, c)))));
  // "牙科诊所 美齿口腔的周院长", "物流公司 顺达速运": the kind of business, then its name; the name is the company.
  // "at R38 a tube": a price is never a business.
  // "客户信息：…", "客户资料": a record's heading is no business.
  // "尖沙咀的美齿专科": a bare word owning a business is where it is.
  const placeOf = (c: CompanySpan) => !c.sure && text[c.end] === "的" && kept.some((o) => o !== c && o.index === c.end + 1 && o.value.length >= 3 && !KIND_OF_BUSINESS.test(o.value));
  const priced = kept.filter((c) => !placeOf(c)).filter((c) => !/^(?:[A-Z]{0,3}[$€£¥]?|RM|Rp|Rs)\s?\d/.test(c.value) && !/^(?:客户|线索|联系人)(?:信息|资料|详情)$/.test(c.value));
  const found = priced.length > 1 ? priced.filter((c) => !KIND_OF_BUSINESS.test(c.value)) : priced;
  // Nothing capitalised or Chinese names anyone: "jenny from the bakery wants…" is typed in lower case.
  const named = found.length > 0 || names.length > 0;
  // "called marco at Bella Notte": with a business capitalised, the person may still be typed in lower case.
  // Only in the shapes that name someone: "end of the month" is no one from anywhere.
  const beside = named && !names.length ? findLowerCase(text) : {};
  const lower = named ? { name: beside.fromBusiness ? undefined : beside.name } : findLowerCase(text);
  if (lower.name && !found.some((c) => overlaps(c, lower.name as NameSpan))) names.push(lower.name);
  const guessedCompanies = named ? found : lower.company ? [lower.company] : [];
  // A form's labels say who and what; values found by their shape yield to them.
  const form = readForm(text);
  const labelled = [form.name, form.company].filter((x) => x !== undefined);
  if (form.name) names.unshift({ ...form.name, titled: true });
  const companiesKept = [...(form.company ? [{ ...form.company, sure: true }] : []), ...guessedCompanies.filter((c) => !labelled.some((l) => overlaps(l, c)))];
  for (let k = names.length - 1; k >= (form.name ? 1 : 0); k--) if (labelled.some((l) => overlaps(l, names[k] as NameSpan))) names.splice(k, 1);
  // "报价从28万降到25万", "from 12k down to 10k": the sum it moved from is no longer the deal's.
  const movedFrom = (m: { index: number; end: number }) => /(?:从|由)\s*$|\bfrom\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) && /^\s*(?:(?:降|涨|调|改|减|加|砍|压|提|升)(?:价|低|高)?(?:到|至|成|为)|(?:down |up )?to\b)/i.test(text.slice(m.end));
  // One told by description stands where a name would: the record is theirs.
  const described = names.length ? undefined : describedFirst(text, companiesKept);
  if (described) names.push({ ...described, titled: true });
  // "the bakery couple from the night market": where they are from is part of who they are, no business of its own.
  const businesses = described ? companiesKept.filter((c) => !overlaps(c, described)) : companiesKept;
  const money = sums.filter((m) => ![...taken, ...dates].some((t) => overlaps(t, m)) && !movedFrom(m));
  return {
    text, clock, dates, phones, emails, names, companies: businesses, money,
    described,
    goods: form.need ? goodsNeeded(form.need.value) : findGoods(text, [...names.filter(notOneEnglishWord), ...businesses, ...phones]),
    stage: findStage(text),
    channel: findChannel(withoutDescription(text, described)),
    period: findPeriod(text) ?? periodByMonthName(text, clock),
    limit: findLimit(text),
    partySize: findPartySize(text),
    nights: findNights(text),
    roomType: findRoomType(text),
    preferences: findPreferences(text),
    bookingKind: findBookingKind(text),
    guestName: findGuestName(text),
    problem: findProblem(text),
    form,
  };
}

/** Words that open business names far more often than people's: "Blue Ocean Seafood Trading" is no Mr Blue Ocean. */
const BUSINESS_OPENERS = /^(?:Blue|Red|Green|Golden|Gold|Silver|Black|White|Royal|Pacific|Atlantic|Global|United|First|City|Metro|North|South|East|West|Northern|Southern|Eastern|Western|Sun|Star|Sunrise|Sunset|Ocean|River|Lake|Bay|Mountain|Harbour|Harbor|Coastal|Urban|Grand|Prime|Smart|Happy|Lucky|Best|Top|Big|New|Old|Little|Central|National|International|Asia|Euro|Alpha|Apex|Summit|Peak|Bright|Fresh|Pure|Premier|Elite|Crown|Eagle|Lion|Tiger|Dragon|Phoenix|Maple|Oak|Pine|Cedar|Rose|Lotus|Jade|Pearl|Diamond|Crystal|Rainbow|Silk|Spice|Sweet|Kiwi|Desert|Mesa|Valley|Hill|Park|Garden|Village|Town|County)$/;
/** A lead's intro said just before: "new lead Rachel Kim Summit Fitness", "new customer Luc Tremblay Maple Leaf Catering". */
const LEAD_INTRO = /\b(?:lead|customer|client|prospect|contact)(?:\s+(?:from (?:the|a|our) [a-z ]{2,20}?|for you|for me|pls|please))?\s*[:,-]?\s*$/i;

/**
 * "log a new lead Rachel Kim Summit Fitness", dictated with no comma: a person's two names run into the business's.
 * When four or more capitalised words follow a lead's intro and the first two are shaped like a person's, they are
 * the person and the rest the business.
 */
function splitLeadFromBusiness(text: string, people: NameSpan[], companies: CompanySpan[]): void {
  companies.forEach((c, i) => {
    const words = c.value.split(/\s+/);
    const [first, last, next] = words;
    if (!c.sure || words.length < 4 || !first || !last || !next || !/^[A-Z][a-zé]+$/.test(first) || !/^[A-Z][a-zé'’-]+$/.test(last)) return;
    if (BUSINESS_OPENERS.test(first) || BUSINESS_OPENERS.test(last) || !LEAD_INTRO.test(text.slice(Math.max(0, c.index - 40), c.index))) return;
    const nameEnd = c.index + first.length + 1 + last.length;
    const rest = text.indexOf(next, nameEnd);
    if (rest < 0) return;
    companies[i] = { ...c, index: rest, value: text.slice(rest, c.end) };
    for (let k = people.length - 1; k >= 0; k--) if (overlaps(people[k] as NameSpan, c)) people.splice(k, 1);
    people.push({ index: c.index, end: nameEnd, value: text.slice(c.index, nameEnd), titled: false });
    people.sort((a, b) => a.index - b.index);
  });
}
