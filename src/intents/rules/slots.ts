/**
 * Slot extraction per intent, from the features of one message. Each extractor returns only what the
 * message says; `index.ts` validates the result against the intent schema.
 */
import { termsOfTrade } from "./entities/terms.ts";
import { NATIONAL_DAY, RECENT_SPAN, findPeriod, periodSoFar } from "./entities/period.ts";
import { findPreferences } from "./entities/booking.ts";
import { findNeeds } from "./entities/needs.ts";
import { afterSlip } from "./slips.ts";
import { CONTACT_HABIT } from "./cues.ts";
import type { IntentName } from "../schema.ts";
import { MONTH_ABBREVIATIONS, addDays, addMonths, compareDates, daysBetween, formatDate, readsDayFirst } from "./calendar.ts";
import { formatResolved, type ResolvedDate } from "./datetime.ts";
import type { Features } from "./features.ts";
import { parseCount } from "./numbers.ts";
import { SAME_TIME } from "./pasted.ts";
import { LOWER_VERB, NOT_LOWER_NAME } from "./entities/lower-case.ts";
import type { NameSpan } from "./entities/person.ts";

export type Slots = Record<string, unknown>;
type Extractor = (f: Features) => Slots;

const FOLLOW_CUE = /^.{0,8}?(联系|回电|回复|跟进|再|沟通|报价|见|拜访|确认|提醒|打(?:个)?电话|打给|call|follow|ping|check|remind|chase|get back|touch base|meet)(?!了|过)/i;
/** A next step said before its date: "call again 12/3", "周三再联系" is after; both count. */
const FOLLOW_BEFORE = /(?<![a-z])(next (?:touch(?:point)?|contact|check-?in|step)|再联系|再约|再碰|回电|跟进|联系|call(?: \w+)?(?: again| back)?|follow up(?: with \w+)?|ping(?: \w+)?|chase(?: \w+)?|remind me|check[- ]in(?: with \w+)?|touch base(?: with \w+)?|revert|get back(?: to \w+)?|circle back(?: with \w+)?|try (?:again|later|back)|ring(?: \w+)?(?: again| back)?|text(?: \w+)?|email(?: \w+)?|(?:bump|push|move|postpone|shift)\s+(?:(?:my|our|the|their|his|her)\s+)?(?:follow[- ]?up|call ?back|check[- ]?in|catch[- ]?up|call|reminder|them|him|her)(?: [\w'-]+){0,3} (?:to|till|until))\s*(?:on|by|at|the)?\s*(?:(?:by\s+)?(?:eod|cob)\s+)?$/i;
/** A deliverable's deadline before its date ("send samples by tomorrow"): the next step only when no follow-up is dated. */
const MY_STEP_BEFORE = /\bI(?:'ll| will|'m going to| need to| have to| must)\s+(?:confirm|call|ring|phone|send|check|email|follow up|get back|revert|visit|drop by|chase|text|reply|answer)\b[^.;!?]{0,30}?\b(?:by|on|before|next)\s*$/i;
// "sending proposal Friday", "deck goes out Monday": what the writer sends, then the day it goes.
const DEADLINE_BEFORE = /\b(?:send|get|give|deliver|submit|email|quote)\b[^.,;]{0,30}\b(?:by|before)\s*$|\b(?:sending|emailing|submitting|delivering|sending over|sending out)\s+(?:the\s+|a\s+|an\s+|our\s+|them\s+|him\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:proposal|quote|quotation|deck|pricing|contract|samples?|invoice|specs?|brochure|catalogue|offer|estimate)s?\s+(?:on\s+|by\s+)?$/i;

/** A next step said right after its date: "10号再聊", "周四前给报价", "下周一电话跟进", "明日计划：给郑老师发报价", "Friday to follow up" (English verbs after a comma start a new clause). */
const NEXT_STEP_AFTER = /^\s*(?:(?:之?前|以前)\s*(?:要|得|会)?)?\s*(?:(?:计划|安排|打算)\s*[:：]?\s*)?(?:把[^，,。\s]{1,8}?)?(?:电话|微信|邮件)?(?:再|跟进|回访|联系|回电|回复|答复|沟通|拜访|见面|碰头|给|給|发|發|交|出|提供|报个?价|報個?價|打个?电话|确认|定下来|寄|送)|^\s+to (?:follow up|call|chase|check in|touch base)/i;

/** "call back Wednesday" said on a Wednesday: the next one, a week on (today's would be "today"). */
const TODAYS_WEEKDAY = /^(?:on\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|sday|urday)?\.?$|^(?:周|星期|礼拜)[一二三四五六日天]$/i;

/** When to follow up: the first date ahead of now; today's only with a time ahead or a follow-up verb after it. */
/** "下周三做演示，提前一天提醒我", "demo is Thursday — remind me the day before": the reminder, days ahead of the day said. */
const REMIND_AHEAD = /(?:^|[，,。；;\s])(?:提前|前)\s*([一两二三四五六七]|\d)\s*天(?=\s*(?:提醒|通知|告诉|叫|喊|再)|\s*$)|\bremind me (?:(a|one|two|three|\d) days?|the day) (?:before|ahead|early|prior)\b(?!\s+(?:the\s+)?[A-Z\d])|\b(?:(a|one|two|three|\d) days?|the day) (?:before|ahead|prior)\s*,?\s*remind me\b/i;
const AHEAD_COUNTS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, a: 1, one: 1, two: 2, three: 3 };

function nextDue(f: Features): string | undefined {
  const due = dueAsSaid(f);
  const ahead = REMIND_AHEAD.exec(f.text);
  if (!due || !ahead) return due;
  const said = (ahead[1] ?? ahead[2] ?? ahead[3])?.toLowerCase();
  const n = said ? AHEAD_COUNTS[said] ?? Number(said) : 1;
  const [day, time] = due.split("T") as [string, string | undefined];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const shifted = formatDate(addDays({ y, m, d }, -n));
  return time ? `${shifted}T${time}` : shifted;
}

function dueAsSaid(f: Features): string | undefined {
  const { today, time } = f.clock;
  // Of several days ahead, the one the next step is tied to: "情人节要进玫瑰…下个月10号再聊", "下周四前给方案".
  const daysAhead = f.dates.filter((d) => !d.rangeEnd && compareDates(d.date, today) > 0);
  // "说元旦后在谈 下周三吧", "过完元旦再定，记得1月5号打给他": a day said as the time after which, with a day of its own
  // given for the step, only bounds it.
  const bound = (d: ResolvedDate) => daysAhead.length > 1 && (/^(?:之?后|以后|过后)/.test(f.text.slice(d.end)) || /(?:过完|过了)\s*$/.test(f.text.slice(0, d.index)));
  const ahead = daysAhead.filter((d) => !bound(d));
  const before = (re: RegExp, reach = 24) => ahead.find((d) => re.test(f.text.slice(Math.max(0, d.index - reach), d.index)));
  const after = (d: ResolvedDate) => NEXT_STEP_AFTER.test(f.text.slice(d.end));
  // "他答应明天上午再跟老板商量，我后天再问他结果": the writer's own next step over the customer's.
  // "they'd like a Saturday shoot, I'll confirm by Friday": so is the writer's own step said in English.
  // "她说他们周一开会定，下周二我再问问": a day followed by the writer's own step is theirs too.
  const mine = ahead.find((d) => /我\s*$/.test(f.text.slice(Math.max(0, d.index - 2), d.index)) && after(d)) ?? ahead.find((d) => /^\s*我(?:再|会|来|去|就|先|还)/.test(f.text.slice(d.end))) ?? before(MY_STEP_BEFORE, 48);
  // "send trial agreement by Friday": the thing to send may take more words than a follow-up verb.
  // "明天上午约的刘经理改到下周一下午两点": the day it was moved to, not the one it was moved from.
  const movedTo = ahead.find((d) => /(?:约的|约好的|拜访|见面|面谈|会议)[^，,。]{0,16}(?:改到|改成|改在|推到|推迟到|挪到|延到)\s*$/.test(f.text.slice(Math.max(0, d.index - 24), d.index)));
  // "样品下周寄过去 下周四再联系她": of the steps after days, getting in touch again is the follow-up; sending is not.
  const contactAfter = (d: ResolvedDate) => /^\s*(?:再|我再)?(?:联系|跟进|回访|回电|沟通|拜访|打(?:个)?电话|约|问问)/.test(f.text.slice(d.end));
  const stated = mine ?? movedTo ?? before(FOLLOW_BEFORE) ?? before(DEADLINE_BEFORE, 40) ?? ahead.find(contactAfter) ?? ahead.find(after);
  if (stated) return formatResolved(stated);
  // "call him Wednesday", "周三回电话", said on a Wednesday: today's weekday named for a next step is next week's.
  const weekOn = f.dates.find((d) => !d.time && compareDates(d.date, today) === 0 && TODAYS_WEEKDAY.test(f.text.slice(d.index, d.end)) && (FOLLOW_BEFORE.test(f.text.slice(Math.max(0, d.index - 16), d.index)) || NEXT_STEP_AFTER.test(f.text.slice(d.end))));
  if (weekOn) return formatResolved({ ...weekOn, date: addDays(weekOn.date, 7) });
  for (const d of f.dates) {
    if (d.rangeEnd || bound(d) || customersOwnDay(f.text, d)) continue;
    const cmp = compareDates(d.date, today);
    if (cmp > 0) return formatResolved(d);
    // "try again this afternoon at 4": a time said with today's part of the day is today's, not assumed.
    const todayNamed = !d.assumedDate || /\b(?:this (?:afternoon|arvo|evening|morning)|tonight|later today)\b|今天|今晚|今天下午|下午|晚上|傍晚/i.test(f.text.slice(d.index, d.end));
    if (cmp === 0 && d.time && todayNamed && (d.time.h > time.h || (d.time.h === time.h && d.time.min > time.min))) return formatResolved(d);
    // "get back to her EOD", "call Mick by COB": the end of today is a deadline, not a contact made today;
    // "EOD: stopped by…" heads an end-of-day report.
    if (cmp === 0 && /\b(?:eod|cob|end of (?:the |this )?day)\b(?!\s*[:：-])/i.test(f.text.slice(d.index, d.end + 2)) && !ahead.some((a) => a.index >= d.end && a.index - d.end <= 3)) return formatResolved(d);
    // "visited them today, next check-in tomorrow 11am": the step after today is tied to the day that follows it.
    if (cmp === 0 && FOLLOW_CUE.test(f.text.slice(d.end)) && !ahead.some((a) => a.index > d.end && a.index - d.end <= 24)) return formatResolved(d);
  }
  return undefined;
}

/** "getting married Nov 14", "5月20号办婚礼", "a team offsite in March": the customer's own occasion, no step of ours. */
const OCCASION_BEFORE = /\b(?:wedding|married|marrying|offsite|off-site|gala|ceremony|reception|anniversary)\b[^,.;!?]{0,6}$/i;
const OCCASION_AFTER = /^\s*(?:办|举办|举行|摆)?(?:婚礼|婚宴|结婚|寿宴|年会|宴会|\bwedding\b)/i;
const customersOwnDay = (text: string, d: ResolvedDate) => OCCASION_BEFORE.test(text.slice(Math.max(0, d.index - 24), d.index)) || OCCASION_AFTER.test(text.slice(d.end));

const firstName = (f: Features) => f.names[0]?.value;

/**
 * "new lead: marco rossi, rossi gelato, wants 30 tubs": a lead typed as a list, in lower case, where no name
 * or company is found by its shape: the first item is the person, the second the business.
 */
const LEAD_LIST = /^\s*(?:new\s+)?(?:lead|prospect|contact)\s*(?:pls|please)?\s*[:：-]\s*([^,，;；]+)[,，;；]\s*([^,，;；]+)/i;
const NOT_A_LIST_ITEM = /\d|@|\b(?:wants?|needs?|looking|interested|budget|call|follow|email|phone|tel|asap|tmrw|tomorrow)\b/i;

const ROLE_BEFORE = /(?:^|[,;:]\s*)(?:the\s+)?(?:director|owner|manager|founder|co-founder|ceo|gm|buyer|principal|head of [a-z]+|chef|partner)\s+$/i;
const ROLE_THEN_NAME = /^(?:the\s+)?(?:director|owner|manager|founder|co-founder|ceo|gm|buyer|principal|head of [a-z]+|ops|procurement|purchasing|chef|partner)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)$/i;

function listedLead(text: string): { name?: string; company?: string } | undefined {
  const m = LEAD_LIST.exec(text);
  if (!m) return undefined;
  const [name, company] = [m[1]?.trim(), m[2]?.trim()];
  const fits = (item: string | undefined) => item && !NOT_A_LIST_ITEM.test(item) && item.split(/\s+/).length <= 4 ? item : undefined;
  // "New lead: Maple Grove Montessori, director Hannah Lee": the item with a role in it is the person, after the role.
  const titled = ROLE_THEN_NAME.exec(company ?? "");
  if (titled) return { name: titled[1], company: fits(name) };
  return { name: fits(name), company: fits(company) };
}

/** "帮小李录个线索：韩梅梅": the colleague asked to record it is not the lead. */
const ASKED_TO_RECORD = /^(?:录|建|加|记|登记|新建|添加|填)/;
/** "Add a lead for Dana: Kevin O'Malley, …": the colleague a lead is added for is not the lead. */
const ADDED_FOR = /\b(?:lead|leads|prospect|task|reminder)\s+for\s+$/i;

/**
 * The lead's name: the first person named who is not the colleague asked to record it, said in full
 * where the message gives more of it later ("Met Nina … - Nina Lopez").
 */
const REFERRER_BEFORE = /\b(?:referral from|referred by|recommended by|introduced by|intro from|thanks to)\s+(?:the\s+|our\s+|my\s+)?$/i;
const REFERRER_AFTER = /^\s*(?:介绍(?:的|了|过来)|推荐(?:的|了))/;

/** "好味道便當 確認需求了": a business with no trade word, said first and set apart by a space. */
const leadingBusiness = (text: string) => {
  // "拿下汇丰源了，年框120万": the business won or lost, said right after the verb.
  const first = /^\s*([\u4e00-\u9fff]{2,8})\s+/.exec(text)?.[1] ?? /^\s*(?:拿下|签下|搞定|丢了|输给)(?:了)?([\u4e00-\u9fff]{2,8}?)(?:了|那单|这单)?(?=[，,。\s]|$)/.exec(text)?.[1];
  return first && !/^(?:今天|昨天|明天|刚才|刚刚|上午|下午|晚上|早上|那个|这个|老板|客户|新客户|跟进|线索|更新|备注)/.test(first) ? first : undefined;
};

/**
 * "move our reservation from the 14th to the 13th": a booking moved to an earlier day of the month. Read as a stay, the
 * range would end next month; moved, it is the same month's day, unless that day is already past.
 */
function dayMovedTo(f: Features, from: ResolvedDate, to: ResolvedDate): ResolvedDate {
  if (!/^\s*(?:to|till|until|-|–)?\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*$/i.test(f.text.slice(to.index, to.end))) return to;
  const sameMonth = { ...from.date, d: to.date.d };
  return to.date.d < from.date.d && compareDates(sameMonth, f.clock.today) >= 0 ? { ...to, date: sameMonth } : to;
}

/** "新客户 林志明 好味道便当 电话…": a lead typed as a list, the word after the person's name is the business. */
function listedZhCompany(f: Features): string | undefined {
  const name = f.names[0];
  if (!name) return undefined;
  const next = /^\s+([\u4e00-\u9fff]{2,10})(?=\s|$)/.exec(f.text.slice(name.end))?.[1];
  return next && /^(?:新客户|新线索|线索|客户|lead)[：:\s]/i.test(f.text.slice(0, name.index).trim() + " ") && !/^(?:电话|手机|微信|邮箱|要|想|需要|想要|下周|明天|后天)/.test(next) ? next : undefined;
}

// "contact Sophie Tremblay", "the owner is Marcel Girard", "on behalf of their GM, Peter Ames": the one the business is dealt through.
const INTRODUCED_BEFORE = /\b(?:lad|guy|chap|bloke|fella|fellow|woman|lady|girl|man|gent|person|someone|contact|one)\s+(?:called|named)\s+$|\bnamed\s+$|\bcontact(?: person)?(?: (?:is|there is))?\s*[:,]?\s+$|\b(?:the|their|its) (?:owner|gm|general manager|manager|director|buyer|ceo|md|boss|purchaser)(?: is)?\s*[:,]?\s+$/i;
/**
 * "Booth visitor at CES: Megan Rhodes, …", "Gulfood contact — Omar Siddiqui", "Card: Zhou Liping", "Gulfood: met
 * Fatima…": where the lead came from, labelled before a colon or a dash, is not the lead or the lead's business.
 */
const LEAD_LABEL = /^[^\n:：—–]{0,40}?(?:\b(?:leads?|card|booth|visitor|contact|add|buyer|prospect|fair|expo|show|messe|stand)\b|名片|展会|展位|线索)[^\n:：—–]{0,24}?\s*(?:[:：]|\s[—–-]\s)\s*|^[^\n:：—–\s]+(?:\s[^\n:：—–\s]+)?\s*[:：]\s*(?=met\s)/i;

function afterLeadLabel(f: Features): Features {
  const label = LEAD_LABEL.exec(f.text);
  if (!label) return f;
  const end = label[0].length;
  const names = f.names.filter((n) => n.index >= end);
  if (!names.length) return f;
  // "New contact at Kite Labs — Sofia Marchetti": a business sure of its name, in the label, is the lead's.
  // "企业培训线索：星河物流HR陈姐": a trade right before 线索 is the kind of lead, not its business.
  return { ...f, names, companies: f.companies.filter((c) => c.index >= end || (c.sure && !/^线索/.test(f.text.slice(c.end)))) };
}

/**
 * "Got a referral from Tom - Lena Fischer, Fischer Optik": the full name said right after the referrer, taken for a
 * business by its capitals, is the lead.
 */
function referredPerson(f: Features): Features {
  const referrer = f.names.find((n) => REFERRER_BEFORE.test(f.text.slice(Math.max(0, n.index - 24), n.index)));
  if (!referrer || f.names.some((n) => n !== referrer)) return f;
  const person = f.companies.find((c) => !c.sure && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(c.value) && /^\s*[-–—:,]\s*$/.test(f.text.slice(referrer.end, c.index)));
  if (!person) return f;
  return { ...f, names: [...f.names, { index: person.index, end: person.end, value: person.value, titled: false }], companies: f.companies.filter((c) => c !== person) };
}

function leadName(f: Features): string | undefined {
  const people = f.names.filter((n) => !(/[帮替让叫]$/.test(f.text.slice(0, n.index)) && ASKED_TO_RECORD.test(f.text.slice(n.end))) && !(ADDED_FOR.test(f.text.slice(0, n.index)) && /^\s*[:：]/.test(f.text.slice(n.end))));
  // "a referral from Rosa - her cousin Marco runs…": who passed the lead on is not the lead, when someone else is named.
  const referred = people.filter((n) => !REFERRER_BEFORE.test(f.text.slice(Math.max(0, n.index - 24), n.index)) && !REFERRER_AFTER.test(f.text.slice(n.end, n.end + 8)));
  // "rang in, lad called Tom Ashworth": the person introduced by name is the lead.
  const introduced = people.find((n) => INTRODUCED_BEFORE.test(f.text.slice(Math.max(0, n.index - 16), n.index)));
  // "Maple Grove Montessori, director Hannah Lee": the one given a role is the person; the other name is the business.
  const roled = people.find((n) => ROLE_BEFORE.test(f.text.slice(Math.max(0, n.index - 24), n.index)));
  const first = introduced ?? roled ?? (referred.length ? referred : people)[0];
  if (!first) return f.guestName;
  const fuller = people.find((n) => n.value.length > first.value.length && n.value.startsWith(`${first.value} `));
  return (fuller ?? first).value;
}
/**
 * "Lead from Eldoret: Mr Kiprop, Highland Hotel", "福州的陈姐…（闲云茶舍）": a place the lead came from yields to a business sure of its name.
 * "潜水俱乐部老周介绍了个客户：深蓝户外的陈凯": the business of whoever passed the lead on is not the lead's.
 */
const firstCompany = (f: Features) => {
  const referrers = (c: { end: number }) => /^[^，,。：:\s]{0,5}(?:介绍|推荐)(?:了|的|过来)/.test(f.text.slice(c.end, c.end + 12));
  const companies = f.companies.length > 1 ? f.companies.filter((c) => !referrers(c)) : f.companies;
  const first = companies[0];
  const place = first && !first.sure && (/\b(?:from|in|based in)\s+$|[(（]\s*$/i.test(f.text.slice(0, first.index)) || f.text[first.end] === "的");
  // "Parramatta 的金龙酒家": a place, then 的, then the business itself.
  const next = companies[1];
  if (first && next && /^\s?的$/.test(f.text.slice(first.end, next.index))) return next.value;
  return (place ? companies.find((c) => c.sure) ?? first : first)?.value;
};
/** The amount: one said after a money word (预算48万) over any other ("光伏板120块" counts panels). */
/** "wants 2k business cards": a sum in k right before the goods is how many, not money. */
const countedGoods = (f: Features, m: { end: number; value: number }) => f.goods.quantity === m.value && !!f.goods.product && f.text.slice(m.end).trimStart().startsWith(f.goods.product);
const strongMoney = (f: Features) => {
  const money = f.money.filter((m) => !countedGoods(f, m));
  return (money.find((m) => m.cued) ?? money.find((m) => m.strong))?.value;
};

/** A name said as the writer's colleague: "陪小陈拜访了…", "同事阿芬帮我…", "with my colleague Sam". */
const SHOWN_ROUND_AFTER = /^(?:去)?(?:试驾|看房|看了|看过|参观|考察|试吃|试穿|试纱|量尺寸)/;
const COLLEAGUE_BEFORE = /(?:陪|陪着|带着|带上|同事|和同事|跟同事|(?:我|我们)(?:这次)?(?:替|代|帮)|\bon behalf of|\bcovering for|\b(?:colleague|coworker|co-worker|teammate|my boss|my manager))\s*$/i;
const COLLEAGUE_AFTER = /^\s*(?:帮我|替我|陪我|和我一起|跟我一起)|^\s*(?:帮我|替我|陪我|和我一起|跟我一起)|^(?:['’]s|\s+is|\s+will be) (?:handling|doing|taking care of|sorting|preparing|drafting) (?:the )?(?:paperwork|contract|docs|quote|invoice|admin)/i;

/**
 * "Tom closed Pinecrest", "Tom called Northwind yesterday": a rep, by first name alone, opening the message and doing
 * the work on a business named after. A customer's own doing reads otherwise ("Jasmine Koh signed", "Mrs Patel rang").
 */
const REP_VERB_AFTER = /^\s+(?:closed|called|rang|phoned|visited|met|emailed|pitched|demoed)\s+(?!I\b|The\b)(?=[A-Z][a-z])/;
const repAtWork = (text: string, n: NameSpan) => !n.titled && /^[A-Z][a-z]+$/.test(n.value) && /^\s*$/.test(text.slice(0, n.index)) && REP_VERB_AFTER.test(text.slice(n.end));

/** "华辰电梯孙工生日…": an untitled first "name" run into a titled one a few characters on is the business's short name. */
function titledRunInto(text: string, names: NameSpan[]): NameSpan | undefined {
  const first = names[0];
  if (!first || first.titled) return undefined;
  return names.find((n) => {
    const between = text.slice(first.end, n.index);
    return n.titled && n.index > first.end && /^[\u4e00-\u9fff]{1,3}$/.test(between) && !/[说讲和跟与及同给对向问的了是找见约请让叫在]/.test(between);
  });
}

/** The person or company a staff message is about, whichever is said first; persons win ties. */
function customerOf(f: Features, prefer: "person" | "company" = "person"): string | undefined {
  // "客户：Kelvin Tan 方式：邮件": a form's labelled customer is the one the record is about.
  if (f.form.customer) return f.form.customer.value;
  // "they went with AWS", "選了別家": who the customer chose instead is not the customer.
  const chosenInstead = (s: { index: number }) => CHOSE_INSTEAD.test(f.text.slice(Math.max(0, s.index - 48), s.index)) || LOST_TO.test(f.text.slice(Math.max(0, s.index - 48), s.index));
  f = { ...f, names: f.names.filter((n) => !chosenInstead(n)), companies: f.companies.filter((c) => !chosenInstead(c)) };
  // "陪张一帆试驾了": who is taken round a flat or on a test drive is the customer, not a colleague brought along.
  const customers = f.names.filter((n) => (!COLLEAGUE_BEFORE.test(f.text.slice(0, n.index)) || SHOWN_ROUND_AFTER.test(f.text.slice(n.end))) && !COLLEAGUE_AFTER.test(f.text.slice(n.end)) && !repAtWork(f.text, n));
  const person = titledRunInto(f.text, customers) ?? (customers.length ? customers[0] : f.names.length > 1 || f.companies.length ? undefined : f.names[0]);
  const company = f.companies[0];
  if (person && company) {
    // "远东电器李总那边报价发过去了", "美家建材周丽那边": a person written right after their company is who the deal is with.
    // "Jasmine Lim from Peranakan Bites wants the proposal revised": so is a person said as being from their company.
    // "丰禾茶行 黄志明 成交": or a full name after it with a space; "川味坊的单子…刘总那边说": or speaking for it.
    const chinesePerson = /^[\u4e00-\u9fff]{2,4}$/.test(person.value);
    const fullName = /^[\u4e00-\u9fff]{3}$/.test(person.value) && !/[总姐哥叔姨嫂董经理]$/.test(person.value);
    const personOfCompany =
      // "悦来茶馆的覃老板说不做了": or after 的, titled as the one who speaks for it.
      (person.index === company.end && chinesePerson) ||
      (person.titled && chinesePerson && person.index === company.end + 1 && f.text[company.end] === "的" && /^(?:说|讲|表示|反馈|回复|回话|决定|那边|讲话)/.test(f.text.slice(person.end))) ||
      (fullName && person.index > company.end && /^\s+$/.test(f.text.slice(company.end, person.index))) ||
      (chinesePerson && person.index > company.end && /^(?:那边|那里|这边)/.test(f.text.slice(person.end))) ||
      (person.end < company.index && /^\s+(?:from|of|at)\s+(?:the\s+)?$/i.test(f.text.slice(person.end, company.index)));
    // "华宇地产赵总秘书来电…", "恒昌建筑王太太代她老公投诉": one named only as whose assistant or spouse spoke, or who
    // speaks for someone else, is not the customer; their business is.
    if (person.index === company.end && SPEAKS_FOR_ANOTHER.test(f.text.slice(person.end))) return company.value;
    if (prefer === "company" && !personOfCompany) return company.value;
    return person.value;
  }
  return person?.value ?? company?.value ?? englishSubject(f.text) ?? contactedWord(f.text) ?? lowerCaseSpeaker(f.text) ?? complainantFirst(f.text) ?? payerFirst(f.text);
}

const SPEAKS_FOR_ANOTHER = /^的?(?:秘书|助理|特助|太太|夫人|老婆|老公|司机)|^(?:代|替)(?:她|他|佢)?(?:老公|老婆|先生|太太|老板|老闆)/;

/** "天顺的款到了": a business with no trade word, named first as the one whose payment came in. */
const payerFirst = (text: string) => /^\s*([\u4e00-\u9fff]{2,6}?)(?:那边|那里|家)?的(?:货款|尾款|首付|定金|订金|款)/.exec(text)?.[1];

/** "福满楼投诉上批水饺化了": a business with no trade word, named first as the one complaining. */
const complainantFirst = (text: string) => /^\s*(?!记|录|登记|帮我)([\u4e00-\u9fff]{2,6}?)(?:又|再次|刚)?(?:投诉|反映|抱怨)/.exec(text)?.[1];

/** "Lost the Penbury tender to Apex": the business it was lost to is a rival. */
const LOST_TO = /\b(?:lost|lose|losing)\b[^.,;]{0,36}\bto\s+$/i;
const CHOSE_INSTEAD = /\b(?:go|goes|going|went|gone) with (?:the )?(?:\w+ )?$|\b(?:went|gone|go|going|switched|moved) (?:with|to) (?:a|an|the|another) (?:[\w-]+ ){0,2}(?:competitor|supplier|vendor|provider|distributor|agency|firm|company)(?: (?:from|in|out of|based in))? $|\b(?:chose|picked|switched to|signed with) (?:the )?$|(?:选了|用了|换成了?|签了)$/i;

/** "emailed priya the quote", "left vm for rosa delgado": the person after a verb of contact, typed in lower case. */
function contactedWord(text: string): string | undefined {
  const m = /\b(?:emailed|called|rang|phoned|texted|messaged|pinged|whatsapp'?d|met|visited|spoke (?:to|with)|talked to|chatted with|left (?:a |an )?(?:vm|voicemail|message|msg) (?:for|with))\s+((?:(?:mr|ms|mrs|miss|mdm|dr)\.?\s+)?[a-z][a-z'-]{1,20})(?:\s+([a-z][a-z'-]{1,20}))?\b/i.exec(text);
  const w = m?.[1];
  if (!w || NOT_LOWER_NAME.test(w)) return undefined;
  // A surname after the first name ("rosa delgado") when the next word is no verb or particle.
  const surname = m?.[2] && !NOT_LOWER_NAME.test(m[2]) && !LOWER_VERB.test(m[2]) && !/[.,;:!?]/.test(text.slice((m.index ?? 0) + m[0].length - m[2].length - 1, (m.index ?? 0) + m[0].length - m[2].length)) ? m[2] : undefined;
  return surname ? `${w} ${surname}` : w;
}

/** "david said they'll go with us": a customer typed in lower case, opening the message with what they said. */
function lowerCaseSpeaker(text: string): string | undefined {
  const m = /^\s*([a-z][a-z'-]{1,15})(?:\s+([a-z][a-z'-]{1,15}))?\s+(?:said|says|told (?:me|us)|confirmed|agreed|replied|called|emailed|texted|signed)\b/.exec(text);
  if (!m || NOT_LOWER_NAME.test(m[1] as string) || LOWER_VERB.test(m[1] as string) || /^(?:they|client|customer|boss|he|she|we|i|it|someone|everyone|some|this|that|one)$/i.test(m[1] as string)) return undefined;
  return m[2] && !LOWER_VERB.test(m[2]) && !NOT_LOWER_NAME.test(m[2]) ? `${m[1]} ${m[2]}` : m[1];
}

/**
 * "Acme deal is won", "Green Leaf: proposal sent", "mark the Thornbury Rotary christmas lunch as won", "Orchid Lane hamper
 * deal -> negotiation": the capitalised words a deal update starts with, before what of theirs moves.
 */
function englishSubject(text: string): string | undefined {
  // "Approved: Pinecrest can have 6%": a label heading the message is no one; "The deal is lost" names no one either.
  const m =
    /^(?:mark|set|move|update)?\s*(?!(?:Approved|Declined|Rejected|Note|Update|FYI|Reminder|Urgent)\s*:)((?:[A-Z][\w'&.-]*\s?){1,4}?)\s*(?:deal|account|:|is|was|has|'s deal|-|moved|went|now)/.exec(text) ??
    /^\s*(?:[Mm]ark|[Mm]ove|[Ss]et|[Pp]ut|[Uu]pdate)\s+(?:[Tt]he\s+)?((?:[A-Z][\w'&.-]*\s){1,4}?)(?:[a-z][\w'-]*\s+){1,3}(?:as|to)\b/.exec(text) ??
    /^\s*((?:[A-Z][\w'&.-]*\s){1,4}?)(?:[a-z][\w'-]*\s+){1,2}(?:deal\s*(?:->|→|=>|=|is\b|was\b)|[-–—:]\s)/.exec(text) ??
    // "riverside dental -> qualified": typed in lower case, the words before the arrow to a stage.
    /^\s*([a-z][\w'&.-]*(?:\s+[a-z][\w'&.-]*){0,3}?)\s*(?:->|→|=>)\s*(?:new|qualified|proposal|negotiation|won|lost)\b/.exec(text) ??
    /^\s*([a-z][\w'&.-]*(?:\s+[a-z][\w'&.-]*){0,2}?)\s+(?:deal|order|account)\s+(?:(?:is\s+)?now\s+)?(?:in|at|->|to)\s+(?:new|qualified|proposal|negotiation|won|lost)\b/.exec(text);
  const subject = m?.[1]?.trim();
  return subject && !/^(?:The|This|That|Our|My|Their)$/.test(subject) ? subject : undefined;
}

/** "云顶酒店投诉 盘子…徐经理很不满意": whoever is named right before 投诉 is who complained. */
/** "客户投诉：佛山美嘉说打包带断带率太高": a complaint headed so, then who says what. */
const COMPLAINT_HEADED = /^\s*(?:记(?:个|一个|一下|下)?|登记(?:个|一下)?)?(?:客户|客人|顾客)?(?:投诉|客诉)\s*[:：]\s*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z .&'-]{1,15}?)(?:那边)?(?:说|反映|反馈|称|表示|嫌|觉得)/;

function complainant(f: Features): string | undefined {
  const headed = COMPLAINT_HEADED.exec(f.text);
  // "记一下投诉：陈志强先生说…", "Maju Jaya 刘经理说…": a person named inside who speaks is the one.
  if (headed) return f.names.find((n) => n.index >= headed.index && n.end <= headed.index + headed[0].length)?.value ?? headed[1];
  const at = /\s*(?:又|来|打电话来|打来)?(?:投诉|complained)/i.exec(f.text);
  if (!at) return undefined;
  const right = [...f.names, ...f.companies].find((s) => s.end <= at.index && f.text.slice(s.end, at.index).trim() === "");
  // "Marcus from Harborview complained": the person said before their company is who complained.
  return right && f.names.some((n) => n.end <= right.index) ? undefined : right?.value;
}

const trimText = (s: string, max = 500) => s.replace(/\s+/g, " ").trim().slice(0, max);

function summaryText(f: Features): string | undefined {
  return summaryOf(f.text);
}

/** A follow-up's note: the message without a leading "跟进：", "log:". */
export function summaryOf(text: string): string | undefined {
  const s = trimText(text.replace(/^\s*(?:跟进(?:一下)?|记录(?:一下)?|log|note)(?![a-z])[:：\s]*/i, ""));
  return s || undefined;
}

const PRONOUN = /^(?:他|她|他们|她们|它|佢|this|that|it|him|them|(?:his|her|their)(?: profile| file| details| record| info)?)$/i;

function lookupQuery(f: Features): string | undefined {
  // "客户：小美童装\n查一下之前的跟进记录": a form's labelled customer is the one asked after.
  const labelled = (f.form.customer ?? f.form.company ?? f.form.name)?.value ?? /^\s*(?:客户|客戶|customer|client)\s*[:：]\s*([^\n，,。]+)/i.exec(f.text)?.[1]?.replace(/\s*[（(][^）)]*[）)]\s*$/, "").trim();
  if (labelled) return labelled;
  // "查下那个一开口就要打八折的印尼华人老板": one told by description is searched for by it.
  if (f.described) return f.described.value;
  // "…what we have on file for Harbour Grill? Seeing their owner tonight.": the question ends the ask.
  const t = f.text.trim().replace(/(?<=\S)\?\s+[A-Z][^?]*$/, "?");
  const patterns: RegExp[] = [
    // "whats the # for bellini bros": whose number is asked for.
    /\bwhat'?s the (?:#|number|no\.?|phone(?: number)?|email|mobile|cell) (?:for|of) ([\w][\w'&. -]{1,40}?)\s*[?？]?\s*$/i,
    // "老陈离职了，他的客户鼎盛物流现在什么情况？": the customer asked after, named after whose customer it was.
    /的客户\s*(?!现在|目前|最近)([^，,。？?\s]{2,12}?)(?:现在|目前|最近)?(?:是)?(?:什么情况|怎么样了?)/,
    // "宏达跟我们合作几年了": the business whose dealings with us are asked about.
    /^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{1,15}?)(?:跟|和|与)(?:我们|咱们|我司)(?:合作|做生意|打交道)/,
    // "did we ever quote Oakridge before?": the customer whose history with us is asked about.
    /\bdid we (?:ever )?(?:quote|work with|sell to|deal with|supply|do (?:any )?business with) ([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})/,
    // "…Give me a rundown of Sterling Logistics, please.": the account whose story is asked for.
    /\b(?:rundown|lowdown|background|briefing|history|overview) (?:of|on) (?:the )?([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})/,
    // "How's Northwind Traders doing lately?": the business asked after.
    /\b[Hh]ow(?:'s| is| are)\s+(?:things (?:with|at)\s+)?([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})\s+(?:doing|going|getting on|looking)\b/,
    // "有个叫什么嘉欣的，帮我找一下": the part of the name remembered.
    /叫(?:什么|啥)([\u4e00-\u9fff]{1,3}?)的/,
    // "Faizal Motor latest how?", "Benny Ho number what ah?": the one asked after, said first.
    /^\s*([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}) (?:latest|update|status|number|phone|hp|email|contact|details|address)(?: (?:how|what|where))?(?: (?:ah|leh|lah|ar|har))?\s*\??\s*$/,
    // "尾号7735的是哪个客户": the last digits of a phone.
    /(?:尾号|尾数|后四位|后4位)(?:是)?\s*(\d{3,})/,
    // "number ending 6650, who is that?": the last digits, in English.
    /\b(?:number|phone|mobile|cell)?\s*(?:ending|ends) (?:in |with )?(\d{3,})\b/i,
    // "do we have anyone called Priya in here?": the one called so.
    /\b(?:anyone|anybody|someone|a (?:customer|client|guest|lead)) (?:called|named) ([A-Z][\w'-]*(?: [A-Z][\w'-]*)?)/,
    // "晨光早午餐最近状况如何？": the customer named before how they are doing.
    /^([^，,。？?\s]{2,12}?)(?:最近|近来|目前)(?:的)?(?:状况|状态|情况)(?:如何|怎么样|怎样|咋样)/,
    // "周敏那个客户现在什么情况": the customer named before "that customer".
    /^([\u4e00-\u9fff]{2,4}?)(?:那个|这个|那位|这位)客户/,
    // "Northgate Realty — any notes on them?": the business said first, pointed back to.
    /^([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s*[—–:-]\s*(?:any|what|anything)\b[^?]*\b(?:them|him|her|it)\b/,
    // "……做烘焙的王姐她叫王丽华的电话多少": the full name given wins over how they were first described.
    /(?:[他她]|名字)叫\s*([\u4e00-\u9fff]{2,4}?)(?=的|[，,。\s]|$)/,
    // "有个叫阿强的客户 开汽修厂的 帮我找找": the one called so.
    /(?:叫|名叫|名字叫)\s*([^，,。?？!！\s的]{1,12})\s*的(?:客户|人|老板|公司|店)/,
    // The record named before its verb: "韩梅的资料调出来", "把林总的电话查一下", "宏达的档案翻出来".
    /^(?:帮我|麻烦)?(?:把)?\s*([^，,。?？!！\s]{1,20}?)(?:\s*的|\s)\s*(?:跟进|拜访|沟通|联系|历史|交易|购买|订单|合作|客户)?(?:资料|信息|档案|电话|联系方式|记录|详情|地址|底细)\s*(?:调|查|找|拿|翻|发|拉)/,
    // "把海蓝集团最近的情况和往来记录给我看看": the record named after 把, wherever the ask starts.
    /把\s*([^，,。?？!！\s]{2,12}?)(?:最近|之前|以前|近期)?的(?:情况|资料|信息|档案|记录|往来)[^，,。]{0,10}(?:给我|发我|调|查|找|拿|翻|拉)/,
    // "是做外贸那个 陈阿雅 再搜一次": the name said before the search is asked again.
    /(?:^|\s)([\u4e00-\u9fff]{2,4})\s+(?:再|重新)(?:搜|查|找)(?:一次|一遍|一下|下)?\s*$/,
    /(?:查下|查一下|查查|查询|帮我查一?下?|查看|查|搜一下|搜索|搜|找一下|找下|找|调出|调一下|调下|看看|看下|看一下|瞅瞅|瞅一眼)\s*(?:客户\s+)?([^，,。?？!！\s]{1,20}?)\s*(?:的|这个客户|这家)?\s*(?:客户|情况|资料|档案|信息|联系方式|电话|详情|记录|近况|底细|联系人|负责人|对接人){0,2}\s*(?:是?多少)?\s*(?:[吧呢吗嘛啊呀哈哦。?？!！，,]|$)/,
    /^((?:[A-Za-z][\w'-]*\s+){0,2}[^，,。?？!！\s]{1,20}?)\s*(?:的联系方式|的电话|电话是多少|号码是多少|的手机号?|的邮箱|是谁|是什么人|是?什么情况|的情况|的资料|的信息|的详情|的记录|的地址|的微信|最近怎么样|怎么样了|近况|什么来头)/,
    // "whats the number for jess wu", "any news on windy city brewpub": typed in lower case, the one asked after.
    /\b(?:what(?:'s| is)|whats|wats|get me|give me|send me|need)\s+(?:the )?(?:number|phone|mobile|cell|email|contact|address|details)\s+(?:for|of)\s+(?:that |the |this |our )?(.{2,40}?)(?:\s+(?:guy|lady|woman|man|chap|bloke|person|account|deal|client|customer|people|folks))?(?:\s+again)?\s*[?.!]*$/i,
    /\b(?:what(?:'s| is)|whats|wats|any)\s+(?:the )?(?:latest|news|updates?)\s+(?:with|on|from|re|about)\s+(?:that |the |this |our )?(.{2,40}?)(?:\s+(?:guy|lady|account|deal|client|customer|people|folks|order|project))?\s*[?.!]*$/i,
    // "remind me what's going on with Pemberton & Co?": the account whose story is asked.
    /\b(?:what(?:'s| is| has been)|whats) (?:going on|happening|the story|the status|the situation|the deal) (?:with|at|on)\s+(?:that |the |this |our )?(.{2,40}?)(?:\s+(?:guy|lady|account|deal|client|customer|people|folks|order|project))?\s*[?.!]*$/i,
    /\bhow(?:'s| is| are)\s+(?:the|our)\s+(.{1,30}?)\s+(?:deal|account|order|project|opportunity)\s+(?:looking|going|doing|coming along)\b/i,
    /\bwho(?:'s| is) (?:handling|managing|looking after|in charge of|covering|on)\s+(?:the\s+)?(.{1,40}?)(?:\s+(?:account|deal|client|customer))?\s*[?.!]*$/i,
    /\b(?:who is|who's|remind me who|lookup|look up|^\s*(?:show|bring up|open)(?: me)?|find(?: me)?(?: (?:the )?(?:customers?|clients?|accounts?) (?:in|from|at))?|search(?: for)?|tell me about|info (?:on|about|of|for)|details (?:on|for|about)|profile (?:of|for)|contact (?:info|details) for|what do we know about|what (?:do )?we have on(?: (?:file|record) for)?|(?:any |the )?notes (?:on|about|for)|pull up)\s+(?:(?:everything|all|what|anything|whatever)(?: (?:we|you)(?:'ve|’ve| have)? (?:have|got|know|hold))?(?: on (?:file|record))? (?:on|about|for)\s+)?(?:the\s+)?(.{1,40}?)(?:\s+(?:account|record|profile|file|details|info))?(?:\s+(?:is|was) again|\s+(?:is|was))?(?:\s+for (?:me|us))?\s*(?:'s\b.*|[,;]\s.*)?[?.!]*$/i,
    /^(?:what(?:'s| is| are)|whats|get me|give me|send me|need)?\s*(.{1,40}?)'s (?:number|phone|email|contact|details|address|mobile|cell)/i,
  ];
  for (const re of patterns) {
    const m = re.exec(t);
    // "最近跟宏远谈得怎么样了", "腾达集团的联系人": the record's name, without how it was asked.
    const q = m?.[1]
      // "嗯华达电子现在什么情况", "那个王建国的电话", "上个月来咨询的那个张梦瑶": fillers and how they were met are not the name.
      ?.replace(/^(?:嗯|呃|额|啊|那个|这个|就是)+\s*/, "")
      .replace(/^[\u4e00-\u9fff]{2,12}的(?:那个|那位|那家)(?=[\u4e00-\u9fff]{2,})/, "")
      .replace(/(?<=[\u4e00-\u9fff]{2})(?:现在|目前|最近)$/, "")
      .replace(/(?<=[\u4e00-\u9fff]{2})(?:现在|目前|最近)?(?:是)?(?:什么|啥)情况(?:了|呢|啊)?$/, "")
      .replace(/(?<=[\u4e00-\u9fff]{2})的(?:会员|客户)$/, "")
      .replace(/^(?:(?:帮我|给我|麻烦)?把|客户|一下|下)/, "")
      .replace(/^(?:最近|这阵子|这两天)?(?:跟|和|与)(?=[^，,。\s]{2})/, "")
      // "查一下亚运村那个华联商厦": the place said before "that one" is where it is, not its name.
      .replace(/^[\u4e00-\u9fff]{1,6}?(?:那个|那家|那间)(?=[\u4e00-\u9fff]{3,}$)/, "")
      .replace(/(?:最近|这阵子|这两天)?(?:跟进|谈|聊|做|跟|弄)得$|的(?:联系人|负责人|对接人)$/, "")
      // "鑫隆五金老板叫啥": the business whose owner is asked after is what to look up.
      .replace(/(?<=..)的?(?:老板娘?|负责人|联系人|对接人|经理|采购)(?:叫啥|叫什么(?:名字)?|是谁|是哪位)$/, "")
      // "李国强的电话我找不到了": what is said after the detail asked for is not part of whose it is.
      .replace(/的(?:电话|手机|联系方式|资料|信息|微信|邮箱|地址)[\u4e00-\u9fff]*$/, "")
      // "who's Marcus Hale again? pull up his info": the question ends where the name does.
      .replace(/\s*[?？!！]+\s.*$/, "")
      // "Mehta Textiles before I call them": why it is wanted is no part of the name.
      .replace(/\s+(?:before|after|so that|so|because|since|as) (?:i|we|you|he|she|they)\b.*$/i, "")
      // "万达这个客户的跟进记录", "黄阿姨的积分和偏好": whose record it is, without what of it is wanted.
      .replace(/^([\u4e00-\u9fff]{2,12}?)(?:这个客户|那个客户|这家|那家)?(?:之前|以前|最近|上次|近期)?的(?:跟进|拜访|联系|沟通|往来|合作|交易|购买|订单|积分|偏好|消费)[\u4e00-\u9fff和、]{0,8}$/, "$1")
      .trim();
    // "find me the number for Golden Lotus": the detail wanted is not whose it is.
    if (q && /^(?:the )?(?:number|phone|mobile|email|contact|address|details?) (?:for|of) /i.test(q)) return q.replace(/^(?:the )?\S+ (?:for|of) /i, "");
    // "who's looking after Bayview Motors these days?": when it is asked is not part of whom.
    // "who's the contact at Lumen Optics again?": the business whose contact is wanted is what to look up.
    const bare = q
      ?.replace(/\s+(?:these days|nowadays|now|at the moment|currently|right now|lately|again|pls|plz|please|thx|thanks)$/i, "")
      .replace(/^(?:the |our |my |their )?(?:main |usual )?(?:contact|contact person|person|guy|lady|buyer|owner|manager|boss|decision[- ]maker|purchasing manager)\s+(?:at|from|of|for|in)\s+(?=\S{2})/i, "");
    if (bare && bare !== q && bare.length >= 2) return bare;
    // "杜姐上次聊到哪了 调出来看看": the verb's own words are not who is wanted; "调一下他的资料": nor a pronoun.
    // "Lotus Events — who's handling them?": a pronoun points back at the one named before it.
    // "查下他上次的成交记录": what of theirs is wanted, said after the pronoun.
    if (q && (PRONOUN.test(q) || /^(?:他|她)(?:们)?(?:上次|之前|以前|最近|的)/.test(q))) {
      const named = firstName(f) ?? firstCompany(f);
      if (named) return named;
      continue;
    }
    // "恒远律所之前订过几次？调一下记录": the record itself is no one's name; whose it is was said before.
    if (q && /^(?:记录|资料|档案|信息|详情|历史|明细|订单)$/.test(q)) {
      const named = firstName(f) ?? firstCompany(f);
      if (named) return named;
      continue;
    }
    if (q && !/^[来出看下一调吧呗了查]+$/.test(q) && !/^来(?:我|给我)?看/.test(q)) return q;
  }
  // "whose number is +234 803 555 0142?", "搜一下 wumin@hzweidao.com 是谁": a detail given, to find its owner.
  return f.phones[0]?.value.replace(/^\+/, "") ?? f.emails[0]?.value ?? firstName(f) ?? firstCompany(f);
}

const BIRTHDAY_ZH = /(?:生日|(?:19|20)\d{2}\s*年(?=[^，,。]{2,8}出生))\s*(?:[^，,。\d]{0,10}?(?:公历|阳历|新历)(?:是|在|为)?|是|系|在|为|is|:|：)?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]?/;
/** "许志明 生日0917": four digits after the word, month first. */
const BIRTHDAY_MMDD = /(?:生日|birthday|b-?day|\bdob\b)\s*(?:是|:|：|is)?\s*(0[1-9]|1[0-2])([0-3]\d)(?!\d)/i;
const BIRTHDAY_NUM = /(?:生日|出生|birthday|b-?day|\bdob\b|date of birth|\bborn\b)[^\d.!?。]{0,32}(?:(?:19|20)\d{2}[/.-])?(\d{1,2})[/.-](\d{1,2})(?![\d/])/i;
const BIRTHDAY_EN = /(?:birthday|b-?day|\bdob\b|date of birth|\bborn\b|\bturns? (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?= on\b))[^.]{0,32}?\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)/i;

function birthday(f: Features): string | undefined {
  const zhNum = (s: string) => {
    const map: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
    if (/^\d+$/.test(s)) return Number(s);
    if (s.length === 1) return map[s];
    if (s[0] === "十") return 10 + (map[s[1] as string] ?? 0);
    return (map[s[0] as string] ?? 0) * 10 + (s[2] ? map[s[2] as string] ?? 0 : 0);
  };
  const pad = (n: number) => String(n).padStart(2, "0");
  const ok = (m: number | undefined, d: number | undefined) => m !== undefined && d !== undefined && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  let m = BIRTHDAY_ZH.exec(f.text);
  if (m) {
    const mo = zhNum(m[1] as string), d = zhNum(m[2] as string);
    if (ok(mo, d)) return `${pad(mo as number)}-${pad(d as number)}`;
  }
  m = BIRTHDAY_EN.exec(f.text);
  if (m) {
    const mo = MONTH_ABBREVIATIONS.indexOf(((m[1] ?? m[4]) as string).toLowerCase()) + 1, d = Number(m[2] ?? m[3]);
    if (ok(mo, d)) return `${pad(mo)}-${pad(d)}`;
  }
  m = BIRTHDAY_NUM.exec(f.text);
  if (m) {
    // "Birthday of Elena Marchetti: 21/03": day first where the writer's zone writes so, or where the first can be no month.
    const first = Number(m[1]), second = Number(m[2]);
    const dayFirst = readsDayFirst(f.text, first, second, f.clock.dayFirst);
    const [mo, d] = dayFirst ? [second, first] : [first, second];
    if (ok(mo, d)) return `${pad(mo)}-${pad(d)}`;
  }
  m = BIRTHDAY_MMDD.exec(f.text);
  if (m) {
    const mo = Number(m[1]), d = Number(m[2]);
    if (ok(mo, d)) return `${pad(mo)}-${pad(d)}`;
  }
  // "Rosa's birthday is next Tuesday", "她生日就是明天": a day said by when it falls this year.
  // "明天是马总生日", "下个月23号生日": or the day first, the birthday it is said after.
  const word = /birthday|b-?day|生日/i.exec(f.text);
  const day = word && (f.dates.find((x) => !x.assumedDate && !x.rangeEnd && x.index > word.index && x.index - (word.index + word[0].length) <= 12) ?? f.dates.find((x) => !x.assumedDate && !x.rangeEnd && x.end <= word.index && /^\s*(?:(?:是|is)\s*[^，,。.]{0,8}|的?)$/i.test(f.text.slice(x.end, word.index))));
  return day ? `${pad(day.date.m)}-${pad(day.date.d)}` : undefined;
}

const NEW_COMPANY = /(?:(?:的)?(?:公司|单位|东家|工作单位)(?:名(?:字|称)?)?(?:现在)?(?:是|叫|换成了?|改为|改成|变成|换为)|\bcompany to\b|\bnew job (?:at|with)\b|跳到|(?:works|working) (?:for|at)|is with|'s company is|company is|跳槽到|跳槽去|换到了?|改到|转到|去了|现在叫|改名叫|改叫|更名为|\brebrand(?:ed|s)? (?:as|to)|\bis now called|\brenamed(?: to| as)?|\bacquired by|现在去|现在到|现在在|加入了?|调到|调去|调往|(?:调任|调职|入职)(?:至|到)?|转去|转了去|搬了?去(?=[^，,。]{2,12}(?:做|上班|工作|打工))|转行做|改行做|店叫|店名叫?|(?:moved|gone|went|jumped|switched) (?:over |across |ship )?to(?! (?:see|meet|visit|drop|deliver|check|pick)\b)|(?:moved|went|jumped|switched|transferred) from [^,.;]{1,40}? to|transferred (?:na |already |over )?to|(?:he|she|they|\b[A-Z][a-z]+)(?:'s| is|'re| are) (?:now )?at(?= [A-Z][^,.;]{1,40}? now\b)|(?:he|she|they)(?:'s| is|'re| are) (?:now )?(?:running|managing|heading) (?:the |their |a )?(?:\w+ )?at|now works at|now at|now with|joined|switched to|works at|(?:'s|has|have) been (?:at|with)(?= [A-Z][^,.;]{1,40}? since\b))\s*/i;

/** Items added after the first `found` go where they were said, when every item can be placed in the text. */
function inOrderSaid(items: string[], text: string, found: number): string[] {
  if (items.length <= found) return items;
  const at = items.map((item) => text.indexOf(item));
  if (at.some((i) => i < 0)) return items;
  return items.map((item, k) => ({ item, at: at[k] as number })).sort((a, b) => a.at - b.at).map((x) => x.item);
}

/**
 * When they like to be reached: "联系时间最好是晚上8点后", "以后下午三点以后再联系她", "best time is weekday lunch".
 */
function contactTimes(text: string): string[] {
  const out: string[] = [];
  const hour = "(?:早上|上午|中午|下午|晚上|傍晚|工作日|周末)?[\\d一二三四五六七八九十两]+点(?:半)?(?:以后|之后|后|以前|之前|前)";
  for (const m of text.matchAll(new RegExp(`联系时间(?:最好|尽量)?(?:是|在)?(${hour}|(?:早上|上午|中午|下午|晚上|工作日|周末)[^，,。]{0,4})|(${hour})(?:再)?(?:联系|打电话|打给|找)`, "g"))) out.push((m[1] ?? m[2]) as string);
  const best = /\bbest time (?:to (?:call|reach|contact)(?: (?:him|her|them))? )?is ([^,.;!]{2,30})/i.exec(text);
  if (best) out.push((best[1] as string).trim());
  return out;
}

/** Words that begin a new clause in Chinese typed without punctuation: a preference ends before them. */
const ZH_CLAUSE_ON = /(?:以后|然后|而且|还有|另外|并且|但是|不过|所以|记一下|记下|记住|帮我|麻烦|[他她]说|下次|平时)/;

/** A habit or taste, up to the end of its clause. */
const ZH_LIKING = new RegExp(String.raw`(饮食(?:上|方面)?(?:要|只要|只能)|(?:房间|房里|房内)(?:里)?(?:要|需要)?(?:放|备|准备|摆)|口味(?:偏|比较|较)|吃全素|全素|吃素|吃斋|茹素|怕冷|怕热|怕吵|怕辣|不要(?![打联发再来])|不喜欢|不爱|讨厌|喜欢|爱喝|爱吃|爱(?=打|玩|钓|跑|爬|游|滑|唱|下棋)|偏好(?![\s。，,]*$)(?!里|中|上)|习惯(?=(?:在)?(?:周末|工作日)?(?:上午|下午|晚上|早上|中午|周末)[^。，,]{0,2}(?:上门|拜访|联系|打电话|来电|送货|来|去))|吃不了|喝不了|不能吃|不能喝|不喝|不吃|不饮|不食|不碰|不沾|不抽烟|不抽|只喝|只吃|只用|只要|只抽|忌口|对.{1,6}过敏|过敏)((?:(?!${ZH_CLAUSE_ON.source})[^，,。；;!！\s]){0,16})`, "g");

function preferencesOfCustomer(text: string): string[] | undefined {
  const out: string[] = [];
  // "有事微信联系", "以后别打电话": how they want to be reached; the way to use wins over the way to avoid.
  const reach = /(微信|邮件|邮箱|短信|电话|WhatsApp|企微|钉钉)联系/i.exec(text)?.[0] ?? /联系(?:尽量|最好|都|请)?(?:发|用|走)(微信|邮件|短信|WhatsApp|企微|钉钉)/i.exec(text)?.[1] ?? /发(微信|短信|邮件|消息)就(?:行|好|可以)/.exec(text)?.[0] ?? /(?:别|不要|不用)(?:再)?打电话/.exec(text)?.[0];
  if (reach && CONTACT_HABIT.test(text)) out.push(reach);
  // "习惯下午三点以后才看消息，早上别打扰她", "only checks emails after 6pm, don't call him in the morning": when to reach them.
  const reachableAt = /(?:习惯|一般|通常|只在|都是)([^，,。]{0,6}?(?:上午|下午|晚上|早上|中午|[\d一二三四五六七八九十]+点)[^，,。]{0,6}?)(?:才)?(?:看|回)(?:消息|微信|邮件|电话|信息)/.exec(text)?.[1] ?? /\bonly ((?:reads?|checks?|answers?|replies to|picks up) [^.,;!?]{2,40})/i.exec(text)?.[1];
  if (reachableAt) out.push(reachableAt);
  // "中午12点到2点别打扰她", "quiet hours 9pm to 8am": when not to reach them.
  const notAt = /((?:早上|上午|中午|晚上|周末|午休|饭点)[^，,。]{0,8}?(?:别|不要|千万别|请勿)(?:打扰|打电话|打给|找))/.exec(text)?.[1] ?? /\b(quiet hours (?:are )?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:to|-|–|till|until)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?)/i.exec(text)?.[1] ?? /\b(don'?t (?:call|message|text|bother) (?:him|her|them) (?:before|after|in the|on|at) [^.,;!?]{2,20})/i.exec(text)?.[1];
  if (notAt) out.push(notAt);
  // "只接受微信联系": the one way they accept.
  const only = /只(?:接受|用|走|回)(微信|邮件|邮箱|短信|电话|WhatsApp|企微|钉钉)(?:联系|沟通)?/i.exec(text) ?? /(?<=以后)只(?:约|要|找)([\u4e00-\u9fff]{1,6})/.exec(text);
  if (only && !out.length) out.push(only[0].replace(/^只(?:接受|用|走|回|约|要|找)/, ""));
  // "偏好：送货要提前一天通知，发票开专票", "preferences: morning calls, invoices by email": a list after the word is the
  // preferences, item by item.
  const listed = /(?:偏好|喜好|习惯|备注|加一条|\bpreferences?\b|\bprefs\b)\s*[:：]\s*(.+)$/i.exec(text) ?? /(?:加个|加一条|加条|添个|添一条)备注\s+(.+)$/.exec(text);
  if (listed) {
    // "808房王女士对花生严重过敏": an allergy kept as what it is to, without who has it.
    const items = (listed[1] as string).split(/[，,、；;。]/).map((s) => s.trim().replace(/^.*?对(.{1,6}?)(?:严重|有点|比较|非常|很|会)?过敏$/, "$1过敏")).filter(Boolean);
    return [...out.filter((o) => !items.some((i) => i.includes(o))), ...items];
  }
  // "记下他要无香味的产品": what to note they want.
  const noted = /记(?:下|低|住)(?:他|她)(?:们)?(?:要|只要|只用)([^，,。；;!！]{1,12})/.exec(text);
  if (noted) out.push((noted[1] as string).replace(/的?(?:产品|东西|货)$/, ""));
  // "以后订房都要无烟房、高楼层": what they are always to be given from now on, item by item.
  const fromNowOn = /(?:(?:以后|今后|往后)[^，,。]{0,4}?(?:都|一律|统一|每次都)|每次(?:入住|来|住|订房|过来)?都|一直都?|总是)(?:要|(?:给(?:他|她|他们))?安排)([^，,。；;！!]+)/.exec(text);
  // "以后给她安排带闪光门铃的房间": the room is what it has.
  if (fromNowOn) out.push(...(fromNowOn[1] as string).split(/[、和及]/).map((p) => p.trim().replace(/^带?(.+?)的(?:房间|房|位子|座位|桌子?)$/, "$1")).filter(Boolean));
  // "不喝酒以后请他吃饭别安排白酒然后他喜欢吃辣的": typed without commas, a preference ends where the next clause starts.
  for (const m of text.matchAll(ZH_LIKING)) {
    // "对花生和芒果过敏": each food named is an allergy of its own.
    const foods = /^对(.{1,12}?)(?:严重|有点|比较|非常|很|会)?过敏$/.exec(m[1] as string);
    if (foods) {
      out.push(...(foods[1] as string).split(/和|跟|与|、|及/).filter(Boolean).map((food) => `${food}过敏`));
      continue;
    }
    // "爱打高尔夫": a pastime is kept as what they do.
    // "饮食要无麸质的", "房间要放加湿器": what they need, without the words that lead to it.
    const phrase = (m[1] as string).startsWith("对") ? m[0] : m[1] === "爱" || /^(?:饮食|房间|房里|房内)/.test(m[1] as string) ? (m[2] as string) : `${m[1]}${m[2]}`;
    // "喜欢靠窗、不要香菜": two tastes listed, each with its own verb.
    out.push(...phrase.split(/、(?=不|只|喜欢|爱|怕|忌口|对)/).map((p) => p.replace(/(?<=..)[的了啊哦呢]$/, "").trim()));
  }
  // "Mr. Mehta of Infosys - Jain food, no onion no garlic, please note in profile": the list before the ask to keep it.
  const kept = /^[^-–:：]{2,60}\s[-–:：]\s*(.+?)[,，]?\s*(?:please |pls |kindly )?(?:note|put|add|save|keep) (?:it |this |that )?(?:in|on|to) (?:his|her|their|the )?(?:profile|file|record)\b/i.exec(text);
  if (kept) out.push(...(kept[1] as string).split(/\s*[,，;；]\s*/).map((p) => p.trim()).filter(Boolean));
  // "note for Ms. Chen: vegetarian, no alcohol": a note's list is the preferences.
  const note = /^(?:note|notes|fyi)\s+(?:for|on|about)\s+[^:]{1,30}:\s*(.+)$/i.exec(text);
  // "note for Mrs Abernathy: no shellfish, corner booth pls": each item, without the "please" after it.
  if (note) out.push(...(note[1] as string).split(/\s*[,;，、]\s*|\s+and\s+/).map((p) => p.replace(/[.!]+$/, "").replace(/\s+(?:pls|please|plz)$/i, "").trim()).filter(Boolean));
  // "Mrs Russo: shellfish allergy": an allergy named by what it is to.
  for (const m of text.matchAll(/\b((?:[a-z]+[- ])?[a-z]+) allergy\b/gi)) if (!/^(?:no|any|an?|the|food|her|his|their)$/i.test(m[1] as string)) out.push(`${m[1]} allergy`);
  for (const m of text.matchAll(/\b(?:is|is a|are|i'?m|i am|we'?re|we are|she'?s|he'?s)\s+(?:a\s+)?(vegetarian|vegan|pescatarian|halal|kosher|teetotal|gluten[- ]free|lactose intolerant|non-?smoker)\b/gi)) out.push(m[1] as string);
  // "prefers WhatsApp over calls and hates morning meetings": each verb starts its own preference.
  for (const m of text.matchAll(/\b(prefers|likes|only (?:drinks|eats|takes|uses|wants|orders|wears)|(?<=\b(?:he|she|they) (?:also )?)like|loves|hates|dislikes|can't stand|doesn't like|doesn't drink|does not drink|doesn't eat|(?<=\b(?:i|we) )(?:don'?t|do not|never) (?:eat|drink)|allergic to|favou?rite (?:drink|wine|food) is)\s+((?:(?!\s+(?:and|but)\s+(?:prefers|likes|loves|hates|dislikes|can't|doesn't|does not|won'?t|will not|never|always|only)\b)[^,.;!]){1,40})/gi)) {
    // "he like hard pillow" (English as a second language): the thing liked, without the bare verb.
    out.push((/^like$/i.test(m[1] as string) ? (m[2] as string) : `${m[1]} ${m[2]}`).replace(/[\p{Extended_Pictographic}\u200d\ufe0f\s]+$/u, "").trim());
  }
  // "does not take calls on Fridays": when they are not to be reached, kept as what is off.
  for (const m of text.matchAll(/\b(?:does not|doesn'?t|won'?t|will not|never) (?:take|takes|accept|accepts|answer|answers|pick up) (calls|meetings|visits)((?: on| after| before| in| at| during) [^.,;!]{1,30})/gi)) out.push(`no ${m[1]}${m[2]}`);
  // "always wants high floor, non-smoking, extra pillows": each item of what they always ask for.
  const always = /\balways (?:wants|asks for|requests|orders|books|takes|likes)\s+([^.;!]{2,80})/i.exec(text);
  if (always) out.push(...(always[1] as string).split(/\s*[,，、]\s*|\s+and\s+/).map((p) => p.trim()).filter(Boolean));
  // "喜欢高层 要海景": what they want next to what they like is a preference too.
  // "喜欢靠窗的位置，喝普洱": or what they drink or eat, said on after it.
  if (out.length) for (const m of text.matchAll(/(?<=[\s，,、])(?:要|还要|喝|吃|爱喝|爱吃)([^，,。；;!！\s]{1,8})/g)) if (/^(?:要|还要)/.test(m[0]) || !out.some((o) => o.includes(m[1] as string) || (m[1] as string).includes(o))) out.push(m[1] as string);
  // "he's a big Bordeaux fan": what they are a fan of.
  for (const m of text.matchAll(/\b(?:is|he'?s|she'?s|they'?re) (?:a )?(?:big |huge |massive )?([A-Z][\w-]+(?: [A-Z][\w-]+)?) fans?\b/g)) out.push(m[1] as string);
  // "is vegetarian and doesn't drink": a habit said with nothing after it.
  for (const m of text.matchAll(/\b(doesn'?t (?:drink|smoke)|does not (?:drink|smoke)|never drinks|no alcohol|non-?drinker)\b(?=\s*(?:[,.;!]|$|and\b|but\b))/gi)) if (!out.some((o) => o.includes(m[1] as string))) out.push(m[1] as string);
  // "prefers email over calls, no meetings on Fridays": the list goes on with what they never or only want.
  // "is vegetarian, no beef", "prefers WhatsApp, mornings only": so does a diet's, and with "only" after what it limits.
  if (out.some((o) => /^(?:prefers|likes|loves|vegetarian|vegan|pescatarian|halal|kosher|teetotal|gluten|lactose|non-?smoker)\b/i.test(o))) {
    for (const m of text.matchAll(/(?:[,;]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)((?:no|never|not|only|always)\s+[^,.;!]{2,40}|[a-z][\w-]*(?:\s[a-z][\w-]*)?\s+only\b)/gi)) out.push((m[1] as string).trim());
  }
  // "note for Mrs Lee: allergic to peanuts, likes corner table": a note's items are found by the verbs too.
  // "email only from now on", "only WhatsApp pls": the one way they accept, said in English with no verb of liking.
  const onlyEn = /\b(?:email|e-mail|text|sms|whatsapp|wechat|phone|calls?) only\b|\bonly (?:by |via )?(?:email|e-mail|text|sms|whatsapp|wechat|phone)\b/i.exec(text)?.[0];
  if (onlyEn && !out.some((o) => o.toLowerCase().includes(onlyEn.toLowerCase()))) out.push(onlyEn);
  out.push(...termsOfTrade(text).filter((term) => !out.some((o) => o.includes(term))));
  const found = out.length;
  out.push(...contactTimes(text).filter((time) => !out.some((o) => o.includes(time))));
  // "谢老师的房间尽量远离电梯", "订房的时候记得给她加婴儿床": how their stays are always to be set up.
  if (/房间|订房|入住|来住|\b(?:room|stays?)\b/i.test(text)) out.push(...findPreferences(text).filter((p) => !out.some((o) => o.includes(p))));
  // "travels with a service dog", "他有糖尿病，饮料要无糖的": a body's or a diet's needs, wherever they are met.
  out.push(...findNeeds(text).map((n) => n.need).filter((need) => !out.some((o) => o.toLowerCase().includes(need.toLowerCase()))));
  // "halal only": a diet kept to, said with no verb.
  for (const m of text.matchAll(/\b(halal|kosher|vegetarian|vegan|pescatarian|gluten[- ]free|dairy[- ]free)(?: (?:food|meals?))? only\b/gi)) if (!out.some((o) => o.toLowerCase().includes((m[1] as string).toLowerCase()))) out.push(m[1] as string);
  const unique = inOrderSaid([...new Set(out)], text, found);
  return unique.length ? unique : undefined;
}

/** A booking moved by a range: "move my check-in from the 9th to the 10th", "shift my booking of the 20th to the 22nd". */
const DAY_WORD = "(?:\\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)";
const MOVED_FROM_TO = new RegExp(`\\b(?:push|move|shift|change|reschedule|postpone|bring forward)\\b[^.!?]{0,40}\\b(?:from|of)\\s+(?:the\\s+)?${DAY_WORD}\\b[^.!?]{0,12}\\bto\\s+(?:the\\s+)?${DAY_WORD}\\b`, "i");

/** A past reporting range: "Nov 2 to Nov 8" asked in November means this year's, not next year's. */
function pastDate(d: ResolvedDate, f: Features): string {
  let date = d.date;
  if (compareDates(date, f.clock.today) > 0 && daysBetween(f.clock.today, date) > 31) date = { ...date, y: date.y - 1 };
  return formatDate(date);
}

/** A table "at 7" with no am/pm is dinner, not breakfast: restaurants seat 7-10 o'clock in the evening. */
/** A morning meal or a morning said anywhere: "明早的早茶改成9点半" is 9:30 in the morning. */
const MORNING = /早茶|早餐|早饭|早点|早午餐|早上|早晨|上午|明早|今早|\bbreakfast\b|\bbrekk?ie\b|\bbrunch\b|\bdim sum\b|\byum ?cha\b|\bmorning\b|\bam\b/i;

/** "we booked for Friday 8pm, can we make it 9 instead?", "push our 7pm table tonight to 8": a bare hour after a booked time. */
const TO_HOUR = /\b(?:make it|push (?:\w+ ){0,4}to|move (?:\w+ ){0,4}to|change (?:\w+ ){0,4}to|bump (?:\w+ ){0,4}to)\s+(\d{1,2})(?::(\d{2}))?(?!\s*(?:people|pax|persons|guests|of us|adults|kids|ppl)\b)(?![\d:.]|\s*(?:am|pm|th|st|nd|rd)\b)/i;

function newHourOfTimedBooking(f: Features): Slots | undefined {
  const m = TO_HOUR.exec(f.text);
  const hourAt = m ? (m.index ?? 0) + m[0].length - (m[2] ? m[2].length + 1 : 0) - (m[1] as string).length : 0;
  const timed = f.dates.find((d) => d.time && d.end <= hourAt);
  // "move my table tonight to 8": a booking tonight has its evening, whatever hour it was.
  const tonight = timed ? undefined : f.dates.find((d) => d.end <= hourAt && /\btonight\b|\bthis evening\b|今晚/i.test(f.text.slice(d.index, d.end)));
  const booked = timed ?? (tonight ? { ...tonight, time: { h: 19, min: 0 } } : undefined);
  if (!m || !booked?.time) return undefined;
  let h = Number(m[1]);
  if (h > 23) return undefined;
  // Booked in the evening, "9" is nine in the evening.
  if (h < 12 && booked.time.h >= 12) h += 12;
  const moved: ResolvedDate = { ...booked, time: { h, min: Number(m[2] ?? 0) } };
  return { date: formatDate(booked.date), start: formatResolved(moved) };
}

/** "move our Dec 24 reservation from 9pm to 8pm": the day said, moved from one hour to another. */
const HOUR_TO_HOUR = /\bfrom\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s+to\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/i;

function hourToHour(f: Features): Slots | undefined {
  const m = HOUR_TO_HOUR.exec(f.text);
  const day = f.dates.find((d) => !d.assumedDate && !d.time);
  // "from 2 to 4 people" counts heads; hours say am/pm or minutes.
  if (!m || !day || !(m[3] || m[6] || m[2] || m[5])) return undefined;
  let h = Number(m[4]);
  const meridiem = (m[6] ?? m[3])?.toLowerCase();
  if (h > 23 || Number(m[1]) > 23) return undefined;
  if (meridiem === "pm" && h < 12) h += 12;
  const moved: ResolvedDate = { ...day, time: { h, min: Number(m[5] ?? 0) }, meridiemKnown: meridiem !== undefined };
  return { date: formatDate(day.date), start: formatResolved(dinnerTime(moved, f.text)) };
}

function dinnerTime(d: ResolvedDate, text: string): ResolvedDate {
  if (!d.time || d.meridiemKnown || d.time.h < 7 || d.time.h > 10 || MORNING.test(text)) return d;
  return { ...d, time: { h: d.time.h + 12, min: d.time.min } };
}

/**
 * "I stayed here last month…, same room for 20-22 Dec": a day told of in the past tense is history, and so is a day
 * gone by beside one ahead. A past day said alone stays, so the booking is refused with the reason.
 */
function stayDates(f: Features): ResolvedDate[] {
  const told = f.dates.filter((d) => d.rangeEnd || !toldOfThePast(f.text, d));
  const ahead = told.filter((d) => d.rangeEnd || compareDates(d.date, f.clock.today) >= 0);
  return ahead.some((d) => !d.rangeEnd) ? ahead : told;
}

/** "we were here in October": a day in a clause told in the past tense. */
function toldOfThePast(text: string, d: ResolvedDate): boolean {
  const clause = text.slice(0, d.index).split(/[,.;!?，。；！？]/).pop() ?? "";
  return /\b(?:were|was|stayed|came|visited|had|went)\b|(?:上次|去年|以前|那次)(?:来|住|去|订)/.test(clause);
}

const BOOKED_FOR_BEFORE = /(?:想|要|帮我|麻烦)(?:订|預訂|预订|预定|訂)\s*$|\b(?:want|like|need) to (?:book|reserve) (?:a \w+ )?(?:for )?$/i;
const FROM_BEFORE = /(?:\bfrom|\bstarting(?: on| from)?|\barriving(?: on)?|\bcheck(?:ing)?[- ]?in(?: on)?|从|自)\s*(?:this |next |the )?$/i;

/**
 * Of several days, the one the stay starts on: the first of a range ("元旦三天，周五到周日"), one said with 入住, or one
 * said after "from" or "checking in" ("a room for the weekend, checking in saturday out monday"); else the first day said.
 */
function stayStart(f: Features, starts: ResolvedDate[]): ResolvedDate | undefined {
  const rangeEnd = f.dates.find((d) => d.rangeEnd);
  const ranged = rangeEnd && [...starts].reverse().find((d) => d.end <= rangeEnd.index);
  if (ranged) return ranged;
  // "这个周末住两晚，周五入住": or the day said with the word for arriving.
  // "this Friday check in Sunday check out": the day said before "check in" is the arrival, so "check in" opens no day after it.
  const arriving = starts.find((d) => /^\s*(?:入住|住进|到店|到达)|^\s*,?\s*check(?:ing)?[- ]?in\b/i.test(f.text.slice(d.end)));
  // "我周六来参加开放日，想订周五晚上一间大床房": the day said right after the booking verb, over a day said as the reason.
  const booked = starts.find((d) => BOOKED_FOR_BEFORE.test(f.text.slice(Math.max(0, d.index - 12), d.index)));
  return arriving ?? booked ?? starts.find((d) => FROM_BEFORE.test(f.text.slice(Math.max(0, d.index - 16), d.index))) ?? starts[0];
}

const TRAVEL_AFTER = /^\s*(?:[\u4e00-\u9fff]{0,2}的)?(?:航班|飞机|班机|火车|高铁|动车)|^\s*(?:'s\s+)?(?:flight|train)\b/i;
const HOURLY_ROOM = /会议室|会议厅|多功能厅|KTV|唱K|卡拉OK|\bkaraoke\b|\b(?:meeting|conference|board|function|training|event) ?rooms?\b/i;

function bookingDates(f: Features, kind: string | undefined): Slots {
  const out: Slots = {};
  const said = f.dates.filter((d) => !d.rangeEnd);
  // "明天凌晨的航班，今晚订一间": the day of a flight or train is when they travel, not when they stay.
  const travel = (d: ResolvedDate) => TRAVEL_AFTER.test(f.text.slice(d.end, d.end + 8));
  const starts = said.some((d) => !travel(d)) ? said.filter((d) => !travel(d)) : said;
  let first = kind === "room" ? stayStart(f, starts) : starts[0];
  if (!first) return out;
  // "明晚订个位，3个人，7点": the time said apart from its day still belongs to it.
  const lateTime = f.dates.find((d) => d.assumedDate && d.time && d.index >= (first as ResolvedDate).end);
  // "这礼拜六刚好是我们结婚十周年…所以想订这周六晚上六点半": the same day said again, with its hour.
  const sameDayTimed = f.dates.find((d) => d.time && !d.assumedDate && !d.rangeEnd && d.index > (first as ResolvedDate).end && compareDates(d.date, (first as ResolvedDate).date) === 0);
  if (!first.time && sameDayTimed) first = sameDayTimed;
  if (!first.time && lateTime?.time) first = { ...first, time: lateTime.time, meridiemKnown: lateTime.meridiemKnown };
  const isRoom = kind === "room";
  // "订个会议室 下周一上午9点", "function room … Thu 2pm": a room for a meeting is booked by the hour, a stay by the day.
  const byTheHour = isRoom && first.time !== undefined && HOURLY_ROOM.test(f.text);
  out.start = isRoom && !byTheHour ? formatDate(first.date) : formatResolved(kind === "table" ? dinnerTime(first, f.text) : first);
  // "a room this weekend, checking in saturday out monday": the same day said again is no day to leave on.
  const later = starts.filter((d) => d.index > (first as ResolvedDate).end);
  let end = f.dates.find((d) => d.rangeEnd) ?? (isRoom ? later.find((d) => compareDates(d.date, (first as ResolvedDate).date) !== 0) ?? later[0] : undefined);
  // "下周三入住 周五退房", "下下周五入住，住到礼拜天": a weekday to leave on is the first one after arriving.
  if (end && compareDates(end.date, first.date) <= 0 && WEEKDAY_SAID.test(f.text.slice(end.index, end.end))) {
    let leave = end.date;
    while (compareDates(leave, first.date) <= 0) leave = addDays(leave, 7);
    end = { ...end, date: leave };
  }
  // "checking in 22 Dec, out on the 27th": a day of the month to leave on is the first one after arriving.
  if (end && compareDates(end.date, first.date) <= 0 && DAY_OF_MONTH_ONLY.test(f.text.slice(end.index, end.end).replace(/^(?:on|to|till|until|by)\s+/i, ""))) {
    let leave = end.date;
    while (compareDates(leave, first.date) <= 0) leave = addMonths(leave, 1);
    end = { ...end, date: leave };
  }
  // "this fri and sat night": the nights named, not a day to leave on; the stay ends the morning after the last.
  if (isRoom && end && !end.rangeEnd && f.nights !== undefined && daysBetween(first.date, end.date) < f.nights) end = undefined;
  if (end && compareDates(end.date, first.date) > 0) {
    out.end = formatDate(end.date);
    if (isRoom && f.nights === undefined) out.nights = daysBetween(first.date, end.date);
  } else if (isRoom && f.nights !== undefined) {
    out.end = formatDate(addDays(first.date, f.nights));
  }
  return out;
}

const ORIGINALLY = /(?:(?:原来|本来|原先|原本)(?:订的|订了|订)?(?:是|的)?|^\s*(?:我)?订的)\s*$|\boriginally(?: (?:for|on))?\s*$|\bbooked from\s*$|(?:'re|'m| are| am) booked (?:for|on|in)\s*$/i;
const CHECKOUT = /(退房|离店|check(?:ing)?[- ]?out)/i;
const WEEKDAY_SAID = /周|星期|礼拜|\b(?:mon|tue|wed|thu|fri|sat|sun)/i;
const EXTEND_STAY = /\bextend(?:ing)? (?:my|our|the) stay\b|\b(?:extra|another|one more|additional) night\b[^.?!]{0,12}\b(?:till|until|til|to|through)\b|\bextend(?:ing)?(?: (?:it|my|our|the) ?(?:booking|reservation|room)?)? (?:to|until|till|til|through)\b|\bstay (?:on |longer )?(?:until|till|to)\b|续住|延住|延长?(?:住|入住)?到|多住(?:到)?|续(?:一|两|三|\d)晚/i;
/** "instead of Friday", "check out Sat not Fri": the day after these is the one replaced. */
const INSTEAD_OF = /(?:\binstead of|\brather than|而不是|不是|(?<=\w\s)not)\s*(?:the\s+|my\s+|our\s+)?$/i;

/** "晚半小时到", "晚一个小时", "push it back 30 minutes", "be 20 mins late": how many minutes later. */
const DELAY_ZH = /晚\s*(半|[一两二三四五六七八九十\d]+)\s*(?:个)?\s*(半)?\s*(小时|钟头|分钟|分)/;
const DELAY_EN = /\b(?:back|later|late)\s+(?:by\s+)?(\d+|an?|half an?|one|two|ten|fifteen|twenty|thirty|forty|forty-five)\s*(hours?|hrs?|min(?:ute)?s?)\b|\b(\d+|ten|fifteen|twenty|thirty|forty|half an?|an?)\s*(min(?:ute)?s?|hours?|hrs?)\s+(?:late|later)\b/i;

function delayMinutes(text: string): number | undefined {
  const zh = DELAY_ZH.exec(text);
  if (zh) {
    const n = zh[1] === "半" ? 0.5 : parseCount(zh[1] as string);
    if (n === undefined) return undefined;
    const total = n + (zh[2] ? 0.5 : 0);
    return /小时|钟头/.test(zh[3] as string) ? total * 60 : total;
  }
  const en = DELAY_EN.exec(text);
  if (!en) return undefined;
  const raw = ((en[1] ?? en[3]) as string).toLowerCase();
  const n = /^half/.test(raw) ? 0.5 : /^an?$/.test(raw) ? 1 : parseCount(raw);
  if (n === undefined) return undefined;
  return /^h/i.test((en[2] ?? en[4]) as string) ? n * 60 : n;
}

/** A booking's own time pushed back by a delay: "今晚7点那桌要晚半小时到" → today 19:30. */
function delayedStart(f: Features): ResolvedDate | undefined {
  const minutes = delayMinutes(f.text);
  // The delay itself ("15 minutes") may read as a time from now; the booking's own time is another.
  const booked = f.dates.find((d) => d.time && !/min|hour|hr|分钟|小时|钟头/i.test(f.text.slice(d.index, d.end)));
  if (minutes === undefined || !booked?.time) return undefined;
  const at = dinnerTime(booked, f.text);
  const total = (at.time as { h: number; min: number }).h * 60 + (at.time as { h: number; min: number }).min + minutes;
  return { ...at, date: addDays(at.date, Math.floor(total / 1440)), time: { h: Math.floor((total % 1440) / 60), min: total % 60 } };
}

const LATE_ARRIVAL = /(?:晚点|晚一点|晚些|迟点|迟一点)(?:才)?(?:到|来)|(?:会|要|可能)晚到|\b(?:arriv\w*|get(?:ting)? in|be there|check(?:ing)? in) (?:late|later)\b/i;

/** Where the new value starts: after "改成/改到/to"; the verbs alone ("reschedule my Saturday table") come before the old date. */
const CHANGE_TARGET = /(\bmake (?:it|that)\b|\bnow (?:arrive|arriving|check(?:ing)? in)(?: on)?\b|改成|改到|改为|改在|改去|换成|换到|换去|推迟到|延后到|延到|延长到|提前到|挪到|调到|推到|\bbe\b(?=\s+(?:on\s+)?(?:the\s+)?\S+(?:\s+\S+)?\s+instead\b)|\bto\b(?!\s+(?:change|move|push|switch|shift|book|cancel|make|add|modify|reschedule|extend|amend|update|bump|upgrade|be|have|get|know|ask|confirm|check|see)\b)|\buntil\b|\btill?\b|\binstead\b)/i;
/** People added or taken away without the new total: "add 2 more guests", "加两个人", "少一位". */
const LATE_CHECKOUT = /\blate check-?out\b|(?:延迟|晚点|晚一点|推迟)退房/i;
const HEADCOUNT_CHANGE = /\b(?:add|plus|another|extra)\s+(?:\w+\s+)?(?:more\s+)?(?:people|ppl|pax|guests?|adults?|kids?|children|persons?)\b|\bone (?:more|less|fewer) (?:person|guest|adult)\b|(?:加|多|少|减)(?:[一二两三四五六\d])(?:个人|个大人|个小孩|位|人)/i;
const CHANGE_VERB = /(推迟|延后|延长|提前|改|换)/;

/** "hannah birthday is march 14th", "tom's email is now …": whose detail it is, typed in lower case. */
function detailOwner(text: string): string | undefined {
  const m = /\b([a-z][a-z'-]{1,20}?)(?:'s)?\s+(?:new\s+)?(?:birthday|email|e-mail|phone|number|mobile|cell|company)\b/i.exec(text);
  const w = m?.[1];
  if (!w || /^(?:the|a|an|my|his|her|their|our|your|new|whose|what|is|and|update|change|set|customer|client)$/i.test(w)) return undefined;
  return w;
}

/** "本月alice的单子": a period, then a rep typed in Latin letters, then their records. */
const PERIOD_THEN_REP = /(?:本|这个?|上个?)(?:周|月|季度?)\s*([A-Za-z]{2,15})\s*的(?:单子|订单|成交|客户|线索|跟进|拜访)/;

/** "show me priya's sales": a rep named by their figures, capitalised or not. */
function possessiveRep(text: string): string | undefined {
  const who = /\b([A-Za-z][a-z'-]+)'s (?:numbers|stats|statistics|sales|figures|results|performance|pipeline|kpis?|metrics)\b/i.exec(text)?.[1];
  // "last week's numbers", "the team's stats": a period or the whole team, not one rep.
  return who && !/^(?:week|fortnight|month|year|quarter|today|yesterday|team|everyone|everybody|company|branch|store)$/i.test(who) ? who : undefined;
}

/** "recap of last month, just for Jake", "numbers for Priya": the one rep a report is narrowed to. */
/** "Recap 1–12 June. Priya only.", "只看刘洋的": the one rep asked about. */
const REP_ONLY = /\b([A-Z][a-z'-]+) only\b|只看([\u4e00-\u9fff]{2,3}|[A-Za-z]+)的/;
/** "numbers for Jomar", "the sales figures of Priya": the rep a report is about. */
const REP_FOR = /\b(?:(?:just |only )?for|(?:figures|numbers|results|performance|sales|pipeline|stats) of) ([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)\b(?!\s+(?:[A-Z]|&))/;
/** "小王这个月签了几单", "阿May本月业绩", "张伟上周的表现": the rep named first, then the period or the measure. */
/** "上季度", "last quarter", "去年", "Q3": a whole past quarter or year, which has no period of its own. */
const LAST_QUARTER = /(上个?季度|上一个?季度|\b(?:last|previous|prior) quarter\b)/i;
const LAST_YEAR = /(去年|上一年|\b(?:last|previous|prior) year\b)/i;
/** "上上周的汇总", "the week before last": the whole week, Monday to Sunday, two weeks back. */
const WEEK_BEFORE_LAST = /上上个?(?:周|星期|礼拜)|\b(?:the )?week before last\b/i;
/** "上上个月", "the month before last". */
const MONTH_BEFORE_LAST = /上上个?月|\b(?:the )?month before last\b/i;

/** "Q3", "第三季度": a quarter by its number, this year's unless it has not begun. */
const NAMED_QUARTER = /\bQ([1-4])\b|第([一二三四1-4])季度?|(?<![这本上下每当近前后个一])([一二三四1-4])季度/i;

const FIRST_HALF = /上半年|\bfirst half(?: of (?:the|this) year)?\b(?! of (?:the |this |last |the previous |the prior )?month| of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|\bH1\b|\bjan(?:uary)? (?:to|through|till|-|–) june?\b/i;
const SECOND_HALF = /下半年|\bsecond half(?: of (?:the|this) year)?\b(?! of (?:the |this |last |the previous |the prior )?month| of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|\bH2\b|\bjul(?:y)? (?:to|through|till|-|–) dec(?:ember)?\b/i;
const MONTH_PART = /(?:([\d一二三四五六七八九十]{1,3})月(?:份)?的?|(上个?月|上一个?月)的?)?(上半月|下半月|上旬|中旬|下旬)/;
const MONTH_PART_EN = /\b(?:the )?(first (?:ten|10) days|middle (?:ten|10) days|last (?:ten|10) days|first half|second half) of (?:(?:the |this |(last|the previous|the prior) )?month|((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*))\b/i;
function monthPart(text: string): { month?: string; previous: boolean; which: string } | undefined {
  const zh = MONTH_PART.exec(text);
  if (zh) return { month: zh[1], previous: zh[2] !== undefined, which: zh[3] as string };
  const en = MONTH_PART_EN.exec(text);
  // "the first half of November": the month by its name.
  const named = en?.[3] ? String(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(en[3].slice(0, 3).toLowerCase()) + 1) : undefined;
  return en ? { month: named, previous: en[2] !== undefined, which: en[1] as string } : undefined;
}
const UP_TO_NOW = /^\s*(?:至今|到现在|到今天|到目前为止?|以来|till now|until now|to date|so far|through today|up to today)/i;
/** A day said by its weekday or its date, not a relative word like 昨天 or today. */
const ONE_DAY = /周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|[\d一二三四五六七八九十]\s*[号日號]|\d{1,2}(?:st|nd|rd|th)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** "the 3rd", "between the 3rd", "9号": a day of the month said with no month. */
const DAY_OF_MONTH_ONLY = /^(?:(?:between|from|since)\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$|^[\d一二三四五六七八九十]+\s*[号日號]$/i;
const DAY_BEFORE_YESTERDAY = /大前天|前天|\b(?:the )?day before yesterday\b/i;
const MONTH_NAMED = /([\d一二三四五六七八九十]{1,3})\s*月(?!底|初|中)|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

function wholeMonth(year: number, month: number): { from: string; to: string } {
  return { from: formatDate({ y: year, m: month, d: 1 }), to: formatDate(addDays({ y: month === 12 ? year + 1 : year, m: month === 12 ? 1 : month + 1, d: 1 }, -1)) };
}

/** "近7天", "the last 10 days", "前天": days counted back from today, today included. */
function recentSpan(f: Features): { from: string; to: string } | undefined {
  const today = f.clock.today;
  const before = DAY_BEFORE_YESTERDAY.exec(f.text);
  if (before && !/^(?:大前天|前天)[^，,。]{0,4}(?:说|讲|提|约)/.test(f.text.slice(before.index))) {
    const day = formatDate(addDays(today, /大/.test(before[0]) ? -3 : -2));
    return { from: day, to: day };
  }
  const m = RECENT_SPAN.exec(f.text);
  if (!m) return undefined;
  const n = m[5] ? 2 : m[1] !== undefined ? parseCount(m[1]) : (WORD_COUNTS[(m[3] as string).toLowerCase()] ?? Number(m[3]));
  if (!n || n > 366) return undefined;
  const unit = m[5] ? "weeks" : ((m[2] ?? m[4]) as string);
  // Days and weeks count today as the last of them; months run from the same day N months back.
  const from = /月|month/i.test(unit) ? addMonths(today, -n) : addDays(today, -(n * (/天|日|day/i.test(unit) ? 1 : 7)) + 1);
  return { from: formatDate(from), to: formatDate(today) };
}
const WORD_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fourteen: 14, thirty: 30, sixty: 60, ninety: 90 };
const WEEKDAY_PAIR = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? (?:and|to|-|–|through|till) (mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? this week\b/i;

const MONTH_SPAN = /(?:(20\d\d)\s*年)?\s*([\d一二三四五六七八九十]{1,3})\s*月(?:份)?\s*(?:到|至|~|～|-|—)\s*(?:(20\d\d)\s*年)?\s*([\d一二三四五六七八九十]{1,3})\s*月(?:份)?(?![\d一二三四五六七八九十]|底|初|中)/;

/** "今年到现在的业绩，同比去年怎么样", "vs last year": the year compared with is not the one asked about. */
const COMPARED_WITH_LAST_YEAR = /同比(?:去年)?(?:同期)?|(?:跟|和|与|比)去年(?:同期)?(?:比|相比|对比)?|\b(?:vs\.?|versus|compared (?:to|with)|against) (?:the same (?:period|time) )?last year\b|\byoy\b|\byear[- ]on[- ]year\b/gi;

/** Where one period is set against another: "vs", "对比", "compared with". */
const COMPARED_WITH = /\s*(?:\bvs\.?(?=\s)|\bversus\b|\bcompared (?:to|with)\b|对比|相比|比起)/i;

function pastPeriod(said: Features): { from: string; to: string } | undefined {
  const f = { ...said, text: said.text.replace(COMPARED_WITH_LAST_YEAR, (c) => " ".repeat(c.length)) };
  const { y, m } = f.clock.today;
  const span = recentSpan(f);
  if (span) return span;
  // "Q1-Q2 的業績", "compare Q1 and Q2": the quarters from the first named to the last, the latest such that has begun.
  const quarters = /\bQ([1-4])\s*(?:-|–|to|through|and|&|vs\.?|versus|和|跟|与|到|至)\s*Q([1-4])\b/i.exec(f.text);
  if (quarters && Number(quarters[1]) < Number(quarters[2])) {
    const [q1, q2] = [Number(quarters[1]), Number(quarters[2])];
    const year = LAST_YEAR.test(f.text) || q1 > Math.floor((m - 1) / 3) + 1 ? y - 1 : y;
    return { from: formatDate({ y: year, m: q1 * 3 - 2, d: 1 }), to: formatDate(addDays({ y: q2 === 4 ? year + 1 : year, m: q2 === 4 ? 1 : q2 * 3 + 1, d: 1 }, -1)) };
  }
  const named = NAMED_QUARTER.exec(f.text);
  if (named) {
    const digit = (named[1] ?? named[2] ?? named[3]) as string;
    const q = "一二三四".indexOf(digit) + 1 || Number(digit);
    const current = Math.floor((m - 1) / 3) + 1;
    // "Q1 2027", "2026年第一季度": the year said wins; "去年三季度", "Q3 last year": last year's.
    const said = /\b(20\d\d)\b|(20\d\d)年/.exec(f.text);
    const year = said ? Number(said[1] ?? said[2]) : LAST_YEAR.test(f.text) || q > current ? y - 1 : y;
    if (year === y && q === current) return undefined;
    const from = { y: year, m: q * 3 - 2, d: 1 };
    const to = addDays({ y: q === 4 ? year + 1 : year, m: q === 4 ? 1 : q * 3 + 1, d: 1 }, -1);
    return { from: formatDate(from), to: formatDate(to) };
  }
  if (LAST_QUARTER.test(f.text)) {
    const firstMonth = Math.floor((m - 1) / 3) * 3 - 2;
    const from = firstMonth < 1 ? { y: y - 1, m: firstMonth + 12, d: 1 } : { y, m: firstMonth, d: 1 };
    const to = addDays({ y, m: Math.floor((m - 1) / 3) * 3 + 1, d: 1 }, -1);
    return { from: formatDate(from), to: formatDate(to) };
  }
  // "去年11月整月", "November last year": one month of last year, not the whole of it.
  const month = LAST_YEAR.test(f.text) ? MONTH_NAMED.exec(f.text) : null;
  if (month) {
    const n = month[1] ? parseCount(month[1]) : MONTH_ABBREVIATIONS.indexOf((month[2] as string).slice(0, 3).toLowerCase()) + 1;
    // "may" in lower case is the verb.
    if (n && n >= 1 && n <= 12 && month[0] !== "may") return wholeMonth(y - 1, n);
  }
  if (LAST_YEAR.test(f.text)) return { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` };
  // "十一黄金周", "国庆期间": the first seven days of October, the latest that has begun.
  if (NATIONAL_DAY.test(f.text)) {
    const year = m >= 10 ? y : y - 1;
    return { from: `${year}-10-01`, to: `${year}-10-07` };
  }
  // "上半年", "first half of the year, Jan to Jun": half a year; the second half asked before July is last year's.
  if (FIRST_HALF.test(f.text)) return { from: `${y}-01-01`, to: `${y}-06-30` };
  if (SECOND_HALF.test(f.text)) return { from: `${m >= 7 ? y : y - 1}-07-01`, to: `${m >= 7 ? y : y - 1}-12-31` };
  // "2027年1月到3月", "1月至3月份": whole months, the latest such span that has begun unless the year is said.
  const months = MONTH_SPAN.exec(f.text);
  if (months) {
    const [m1, m2] = [parseCount(months[2] as string), parseCount(months[4] as string)];
    if (m1 && m2 && m1 <= 12 && m2 <= 12 && m1 <= m2) {
      const year = months[1] ? Number(months[1]) : months[3] ? Number(months[3]) : m1 > m ? y - 1 : y;
      return { from: formatDate({ y: year, m: m1, d: 1 }), to: formatDate(addDays({ y: m2 === 12 ? year + 1 : year, m: m2 === 12 ? 1 : m2 + 1, d: 1 }, -1)) };
    }
  }
  // "10月上半月", "上个月下旬", "the first ten days of the month": part of a month, this one unless another is named.
  // "上周的汇总发我一下，下旬开会要用": a bare 下旬 beside a period named is when something else happens.
  const part = monthPart(f.text);
  if (part && !(f.period && /^(?:last_week|this_week|today|yesterday|overdue)$/.test(f.period) && !part.month && !part.previous)) {
    const said = part.month ? parseCount(part.month) : undefined;
    const month = said && said >= 1 && said <= 12 ? said : part.previous ? (m === 1 ? 12 : m - 1) : m;
    const year = month > m ? y - 1 : y;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const which = part.which;
    const [d1, d2] = /上半月|first half/i.test(which) ? [1, 15] : /下半月|second half/i.test(which) ? [16, last] : /上旬|first/i.test(which) ? [1, 10] : /中旬|middle/i.test(which) ? [11, 20] : [21, last];
    const pad = (n: number) => String(n).padStart(2, "0");
    return { from: `${year}-${pad(month)}-${pad(d1)}`, to: `${year}-${pad(month)}-${pad(d2)}` };
  }
  // "Summary for Mon and Tue this week": two days of this week.
  const days = WEEKDAY_PAIR.exec(f.text);
  if (days) {
    const monday = addDays(f.clock.today, -((new Date(Date.UTC(y, m - 1, f.clock.today.d)).getUTCDay() + 6) % 7));
    const at = (w: string) => addDays(monday, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(w.slice(0, 3).toLowerCase()));
    return { from: formatDate(at(days[1] as string)), to: formatDate(at(days[2] as string)) };
  }
  if (WEEK_BEFORE_LAST.test(f.text)) {
    const weekday = (new Date(Date.UTC(y, m - 1, f.clock.today.d)).getUTCDay() + 6) % 7;
    const monday = addDays(f.clock.today, -weekday - 14);
    return { from: formatDate(monday), to: formatDate(addDays(monday, 6)) };
  }
  if (MONTH_BEFORE_LAST.test(f.text)) {
    const first = m <= 2 ? { y: y - 1, m: m + 10, d: 1 } : { y, m: m - 2, d: 1 };
    return { from: formatDate(first), to: formatDate(addDays(m === 1 ? { y: y - 1, m: 12, d: 1 } : { y, m: m - 1, d: 1 }, -1)) };
  }
  // "10月份的销售额", "October numbers": a whole month by its name, the latest one that has begun.
  // Last month by its name ("7月份的数据" in August) is last_month, asked the usual way (see summary).
  const n = monthNamed(f.text);
  if (n && n >= 1 && n <= 12 && n !== m && !namesLastMonth(f)) return wholeMonth(n > m ? y - 1 : y, n);
  return undefined;
}
/** The number of a month named on its own ("10月份", "October"), if one is. */
function monthNamed(text: string): number | undefined {
  const one = ONE_MONTH_NAMED.exec(text);
  if (!one) return undefined;
  return one[1] ? parseCount(one[1]) : MONTH_ABBREVIATIONS.indexOf((one[2] as string).slice(0, 3).toLowerCase()) + 1;
}
/** "7月份的数据" asked in August, "Dec numbers" in January: last month, by its name. */
const namesLastMonth = (f: Features) => monthNamed(f.text) === (f.clock.today.m === 1 ? 12 : f.clock.today.m - 1);
/** A month named on its own, with no day in it ("10月8号" is a day) and no other month beside it. */
const ONE_MONTH_NAMED = /(?<![\d一二三四五六七八九十年])([\d一二三四五六七八九十]{1,2})\s*月份?(?![\d一二三四五六七八九十]|底|初|中|末|[号日])|\b(Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?!\s*\d)(?!\s+(?:the\s+)?\d)(?!\s+[A-Z][a-z]{2,}(?:['’]s)?\b(?<!\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*))/;

const REP_BEFORE_PERIOD =
  /^((?!团队|大家|我们|全组|公司|整体|部门|销售|全员|全部|所有|谁|哪|最近|近期|目前|现在|当前|总体|年初|月初|[这本上今昨前下去近过]|每|[查看帮给找搜列发统算出拉做来要]|[一二三四五六七八九十\d]+月)(?:[小阿老][\u4e00-\u9fffA-Za-z]{1,5}?|[\u4e00-\u9fff]{2,3}?|[A-Z][a-z]+|P['’][A-Z][a-z]+))(?:是不是|是否|到底|真的)?(?=(?:\s+(?:sales?|results?|numbers|figures|performance|deals))*\s+(?:this|last|past)\s+(?:week|month|quarter|year|fortnight)\b|(?<=[A-Za-z])\s+(?:这个?|本|上个?|今|昨|前)(?:周|月|季度?|年|天|日|星期|礼拜)|(?:这个?|本|上个?|今|昨|前)(?:周|月|季度?|年|天|日|星期|礼拜)|(?:从|自)?(?:年初|月初|近[\d一二两三四五六七八九十]+个?[天周月]|最近)|的?(?:业绩|数据|表现|战绩|销售额|成交))/;
/** "moved to the oyster box hotel fyi": "the" before a business is kept out when a business word ends it. */
const THE_BUSINESS_MOVED_TO = /^the\s+([a-z][a-z&'’ -]{1,40}?\s(?:hotel|inn|lodge|resort|restaurant|cafe|café|bistro|grill|bar|pub|clinic|hospital|group|company|co|ltd|inc|bank|bakery|studio|gym|spa|school|store|shop|market|agency|firm|salon))(?:\s+(?:now|these days|since \w+|fyi|btw))?\s*(?:[,.;!]|$)/i;
// Names are capitalised, so the case is kept: "this month vs target" sets no two reps side by side.
const TWO_REPS_COMPARED = /\b[Cc]ompare\s+[A-Z][\w'-]*\s+(?:and|vs\.?|versus|with|to)\s+[A-Z][\w'-]*|\b[A-Z][\w'-]*\s+(?:vs\.?|versus|VS)\s+[A-Z][\w'-]*|(?:对比|比较|比一比)一?下?\s*[^，,。\s]{1,6}(?:和|跟|与|vs|VS)[^，,。\s]{1,6}/;
/** "how is alice doing", "how did Tom do", "what did Jordan close this week": the rep a manager asks about. */
function repAsked(text: string): string | undefined {
  const m = /\bhow(?:'s|'d| is| was| did| has| are)\s+([A-Za-z][a-z'-]+)\b/i.exec(text) ?? /\b(?:what|how much|how many(?: deals)?) (?:did|has|have) ([A-Z][a-z'-]+) (?:close|closed|sell|sold|sign|signed|book|booked|bring in|brought in|make|made|do|done|get done|achieve|achieved|log|logged)\b/.exec(text) ?? REP_FOR.exec(text) ?? REP_BEFORE_PERIOD.exec(text);
  const who = m?.[1];
  if (!who || /^(?:need|summary|report|numbers|stats|recap|update|overview|please|pls|quick|results|overall|weekly|monthly|quarterly|yearly|annual|net|gross|combined|regional|online|retail|performance|revenue|figures|data|pipeline|leads|deals|anyone|total|send|show|give|pull|get|we|us|our|the|team|everyone|everybody|it|things|sales|business|this|that|my|they|you|i|he|she|going|doing|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i.test(who)) return undefined;
  return who;
}

/** "帮刘总的客户订房…客人王海", "name on it Greg Olsen": the guest named as the guest, over whoever asked for the booking. */
function namedGuest(f: Features): string | undefined {
  const before = (n: NameSpan) => f.text.slice(Math.max(0, n.index - 20), n.index);
  // "帮老客户宋美琪订周六晚上6点的位": whom staff book for, named between 帮 and 订.
  const bookedFor = (n: NameSpan) => /(?:帮|替|给|为)(?:老|新|VIP|贵宾|会员)?(?:客户|客人|会员|顾客)?\s*$/i.test(before(n)) && /^\s*(?:订|预订|预定|预约|留|安排)/.test(f.text.slice(n.end));
  return f.names.find((n) => bookedFor(n) || /(?:客人|住客|入住人|宾客|賓客)(?:是|叫|姓名|名字|名)?[:：\s]*$/.test(before(n)) || /\b(?:name on it|under the name(?: of)?|guest(?:'s)? name(?: is)?|in the name of)[:\s]*$/i.test(before(n)))?.value;
}

/** "帮客人订个房：赵敏，139…": in a booking typed as a list, the name beside the phone or after the colon. */
function listedGuest(f: Features): string | undefined {
  if (!f.phones.length) return undefined;
  return f.names.find((n) => /^[\s,，、]*(?:\+?\d|电话|手机|tel|cell|mobile|ph)/i.test(f.text.slice(n.end)) || /[:：]\s*$/.test(f.text.slice(0, n.index)))?.value;
}

/**
 * "we're booked Friday to Monday, can we check out Sunday instead": a stay's first or last day given anew, the
 * booking being the first day said before it.
 */
function stayEdgeInstead(f: Features): Slots | undefined {
  const edge = f.dates.find((d) => !d.assumedDate && /^\s*instead\b/i.test(f.text.slice(d.end)) && /check(?:ing)?[- ]?(?:in|out)\s+(?:on\s+)?(?:the\s+)?$/i.test(f.text.slice(0, d.index)));
  if (!edge) return undefined;
  // "Check-in 13 March instead of the 12th": the day given up is the booking's, when no earlier one is said.
  const leaving = /out\s+(?:on\s+)?(?:the\s+)?$/i.test(f.text.slice(0, edge.index));
  // (A day out given up is the stay's old end, not its first day.)
  const givenUp = leaving ? undefined : f.dates.find((d) => d.index > edge.index && /\binstead of\s+(?:the\s+|on\s+)?$/i.test(f.text.slice(0, d.index)));
  const booked = f.dates.find((d) => !d.assumedDate && !d.rangeEnd && d.index < edge.index) ?? givenUp;
  return { date: booked ? formatDate(booked.date) : undefined, [leaving ? "end" : "start"]: formatDate(edge.date) };
}

/** "推迟一天", "提前两天", "push it back a day", "bring it forward by 2 days": a booking moved by a count of days. */
const SHIFT_ZH = /(推迟|延后|往后推|往后顺延|顺延|延期|提前|往前挪|往后挪|往前提)\s*([一两二三四五六七\d])\s*(天|日|晚|周|个星期|个礼拜)/;
const SHIFT_EN = /\b((?:push(?:ed)?|move|moved|bring|brought)(?: [\w'-]+){0,5}? (?:back|forward|up)|postpone(?: it)?|delay(?: it)?)\s+(?:by\s+)?(a|one|two|three|\d)\s+(days?|weeks?)\b|\b()(a|one|two|three|\d)\s+(days?|weeks?)\s+(earlier|later|sooner)\b/i;

const SHIFT_TIME_ZH = /(晚|推迟|延后|往后推|提前|早)\s*(半|[一两二三\d]+)\s*(?:个)?(半)?\s*(小时|钟头|分钟|分)/;
const SHIFT_TIME_EN = /\b(half an|an?|one|two|\d+)\s+(hours?|minutes?|mins?)\s+(earlier|later)\b/i;

/** The booked hour, said once, moved by minutes or hours; the new start keeps the booking's day. */
function shiftedByTime(f: Features): Slots | undefined {
  const zh = SHIFT_TIME_ZH.exec(f.text), en = SHIFT_TIME_EN.exec(f.text);
  if (!zh && !en) return undefined;
  const shift = (zh ?? en) as RegExpExecArray;
  const timed = f.dates.filter((d) => d.time && !(d.index >= shift.index && d.end <= shift.index + shift[0].length));
  if (timed.length !== 1) return undefined;
  const booked = timed[0] as ResolvedDate;
  const day = booked.assumedDate ? f.dates.find((d) => !d.assumedDate && !d.time) : undefined;
  let minutes: number;
  let earlier: boolean;
  if (zh) {
    const n = zh[2] === "半" ? 0.5 : (parseCount(zh[2] as string) ?? 0) + (zh[3] ? 0.5 : 0);
    minutes = /小时|钟头/.test(zh[4] as string) ? n * 60 : n;
    earlier = /提前|早/.test(zh[1] as string);
  } else {
    const m = en as RegExpExecArray;
    const n = /^half/i.test(m[1] as string) ? 0.5 : /^(?:an?|one)$/i.test(m[1] as string) ? 1 : Number(m[1]) || 2;
    minutes = /hour/i.test(m[2] as string) ? n * 60 : n;
    earlier = /earlier/i.test(m[3] as string);
  }
  if (!minutes) return undefined;
  const at = dinnerTime({ ...booked, date: day?.date ?? booked.date, assumedDate: false }, f.text);
  const total = (at.time as { h: number; min: number }).h * 60 + (at.time as { h: number; min: number }).min + (earlier ? -minutes : minutes);
  const moved = { ...at, time: { h: Math.floor(total / 60), min: total % 60 } };
  return { date: booked.assumedDate && !day ? undefined : formatDate(at.date), start: formatResolved(moved) };
}

/** The booking's day and its new one when moved by days from the one day said ("原来是10月3号"). */
function shiftedByDays(f: Features): Slots | undefined {
  const zh = SHIFT_ZH.exec(f.text), en = SHIFT_EN.exec(f.text);
  const m = zh ?? en;
  // "back a week": the shift itself may read as a day from now; it is no day said.
  const by = m ? m.index + m[0].search(/(?:a|one|two|three|\d|[一两二三四五六七])\s*(?:days?|weeks?|天|日|晚|周|个星期|个礼拜)(?:\s+(?:earlier|later|sooner))?$/i) : 0;
  const within = (d: ResolvedDate) => !!m && d.index >= by && d.end <= m.index + m[0].length;
  const said = f.dates.filter((d) => !d.assumedDate && !d.rangeEnd && !within(d));
  if (!m || said.length !== 1) return undefined;
  // "延后一天 改成4月26号": the day said is the new one, given outright.
  // "push our tent back a week? we'd now arrive on 10 July": so is a day said as the new arrival.
  if (/(?:改成|改到|改为|换成|换到|挪到|调到|推到|延到|\bto|\buntil|\btill?|\bnow (?:arrive|arriving|check(?:ing)? in|come|coming)(?: on)?|\bnew (?:date|arrival|check-?in)(?: is)?)\s*(?:the\s+)?$/i.test(f.text.slice(0, (said[0] as ResolvedDate).index))) return undefined;
  const count = (m[2] ?? m[5]) as string;
  const unit = (m[3] ?? m[6]) as string;
  const n = (parseCount(count) ?? (/^(?:a|one)$/i.test(count) ? 1 : 0)) * (/周|星期|礼拜|week/i.test(unit) ? 7 : 1);
  if (!n) return undefined;
  const earlier = /提前|往前|forward$|up$/i.test((m[1] ?? "") as string) || /earlier|sooner/i.test(m[7] ?? "");
  const old = said[0] as ResolvedDate;
  const shift = earlier ? -n : n;
  // "move the whole stay, Nov 2 to Nov 5, one day later": the stay's last day moves with it.
  // "change check-in from Aug 23 to Aug 24, a day later": a range as long as the shift is the move itself.
  const lastDay = f.dates.find((d) => d.rangeEnd && !within(d) && daysBetween(old.date, d.date) !== n);
  return { date: formatDate(old.date), start: formatDate(addDays(old.date, shift)), end: lastDay ? formatDate(addDays(lastDay.date, shift)) : undefined };
}

export const EXTRACTORS: Record<IntentName, Extractor> = {
  create_lead: (whole) => {
    const f = referredPerson(afterLeadLabel(whole));
    return {
    name: leadName(f) ?? listedLead(f.text)?.name,
    company: firstCompany(f) ?? listedLead(f.text)?.company ?? listedZhCompany(f),
    phone: f.phones[0]?.value,
    email: f.emails[0]?.value,
    product: f.goods.product,
    quantity: f.goods.quantity,
    amount: strongMoney(f),
    next_due: nextDue(f),
    };
  },
  log_followup: (f) => ({
    customer: customerOf(f),
    channel: f.channel,
    summary: summaryText(f),
    next_due: nextDue(f),
  }),
  update_deal: (f) => ({
    // "Acme PO received": the order's word after a business is not part of its name.
    customer: (customerOf(f, "company") ?? leadingBusiness(f.text))?.replace(/\s+(?:PO|P\.O\.|order|deal|contract|account)$/i, ""),
    stage: f.stage,
    amount: strongMoney(f) ?? f.money.find((m) => m.value >= 100)?.value,
  }),
  lookup_customer: (f) => ({ query: lookupQuery(f) }),
  update_customer: (f) => {
    const next = NEW_COMPANY.exec(f.text);
    // "Peter 转了去 Pacific Seafood 做事": a capitalised business inside Chinese reads like a name; after the move it is the company.
    // "moved from Sunrise Hospitals to Lotus Diagnostics": the business after the move's last word, not the one left.
    const movedTo = next ? [...f.names, ...f.companies].filter((c) => c.index >= next.index + next[0].length - 1).sort((a, b) => a.index - b.index)[0] : undefined;
    const newCompany = movedTo && f.names.includes(movedTo as never) && !/[A-Z]\w*\s+[A-Z]/.test(movedTo.value) ? f.companies.find((c) => c.index >= (next?.index ?? 0)) : movedTo;
    // "Bluefin Ltd is now called Bluefin Marine": the new name, found as a person's too, is not whose record it is.
    const asNew = (n: NameSpan) => !!newCompany && n.index < newCompany.end && newCompany.index < n.end;
    const who = titledRunInto(f.text, f.names) ?? f.names.find((n) => n !== newCompany && !asNew(n)) ?? f.companies.find((c) => c !== newCompany);
    // "黄哥转了去金华冰厅做": a workplace with no company suffix, known by where the move leads.
    // "kevin park moved to zen flow pilates now": typed in lower case, the words up to "now" or the clause's end.
    const after = next ? f.text.slice(next.index + next[0].length) : "";
    const namedByMove = !newCompany && next ? (/^([\u4e00-\u9fff]{2,10}?)(?:做事|做[\u4e00-\u9fff]{0,4}?|上班|工作|打工|干活)?了?(?=[，,。；;\s]|$)/.exec(after)?.[1] ?? /^(?!(?:the|a|an|our|my|their|his|her|this|that|\w+ing)\b)([a-z][a-z&'’ -]{2,40}?)(?:\s+(?:now|these days|since \w+|fyi|btw))?\s*(?:[,.;!]|$)/i.exec(after)?.[1] ?? THE_BUSINESS_MOVED_TO.exec(after)?.[1]) : undefined;
    return {
      customer: who?.value ?? detailOwner(f.text),
      phone: f.phones[0]?.value,
      email: f.emails[0]?.value,
      company: newCompany?.value ?? namedByMove,
      birthday: birthday(f),
      preferences: preferencesOfCustomer(f.text),
    };
  },
  remember_preferences: (f) => ({ preferences: preferencesOfCustomer(f.text) }),
  // "双11当天要跟进的客户有哪些", said on the 11th: a day named that is today is today's list.
  list_tasks: (f) => ({ period: f.period ?? (f.dates.length === 1 && compareDates((f.dates[0] as ResolvedDate).date, f.clock.today) === 0 ? "today" : undefined) }),
  create_booking: (f) => {
    // Unsaid kind: nights or a room type mean a room; people with no room words mean a table.
    const kind = f.bookingKind ?? (f.nights !== undefined || f.roomType ? "room" : f.partySize !== undefined ? "table" : undefined);
    return {
      kind,
      ...bookingDates({ ...f, dates: stayDates(f) }, kind),
      ...(f.nights !== undefined ? { nights: f.nights } : {}),
      party_size: f.partySize,
      room_type: f.roomType,
      preferences: f.preferences.length ? f.preferences : undefined,
      // "两位 周杰 要靠窗": a Chinese full name standing alone between the details is the guest's.
      name: f.guestName ?? namedGuest(f) ?? f.names.find((n) => n.titled || n.value.includes(" ") || (/^[\u4e00-\u9fff]{2,3}$/.test(n.value) && /(?:^|[\s，,、:：])$/.test(f.text.slice(0, n.index)) && /^(?:$|[\s，,、。])/.test(f.text.slice(n.end))))?.value ?? listedGuest(f),
      phone: f.phones[0]?.value,
    };
  },
  change_booking: (f) => {
    // "can i get a late checkout tmrw? like 2pm": the stay's end moves to the hour said, on the day said.
    const hour = f.dates.find((d) => d.time);
    if (LATE_CHECKOUT.test(f.text) && hour) {
      const day = hour.assumedDate ? f.dates.find((d) => !d.assumedDate) : undefined;
      return { end: formatResolved(day ? { ...hour, date: day.date, assumedDate: false } : hour), party_size: f.partySize };
    }
    // "KTV那个预约改成晚上10点开始，明天的": the day said last, as "…的", names the booking; the hour moves on it.
    const namedLast = f.dates.find((d) => !d.time && /^的\s*[。.!！]?\s*$/.test(f.text.slice(d.end)));
    const newHour = namedLast && f.dates.find((d) => d.time && d !== namedLast);
    if (namedLast && newHour) return { date: formatDate(namedLast.date), start: formatResolved(dinnerTime({ ...newHour, date: namedLast.date, assumedDate: false }, f.text)), party_size: f.partySize };
    // "明晚六点半的位子，能晚半小时吗", "come 45 minutes earlier? it was at 8": the booked hour moved by so much.
    const byTime = shiftedByTime(f);
    if (byTime) return { ...byTime, party_size: f.partySize };
    // "push it back two days", "往后顺延一天": the one day said, moved by so many days.
    const shifted = shiftedByDays(f);
    if (shifted) return { ...shifted, party_size: f.partySize };
    const replacedEdge = stayEdgeInstead(f);
    if (replacedEdge) return { ...replacedEdge, party_size: f.partySize };
    // "can't make it Friday anymore, can we do Sat instead": the day held, then the one wanted in its place (a day out
    // wanted instead, "push checkout to the 23rd instead", is read below).
    const [held, wanted, ...more] = f.dates.filter((d) => !d.assumedDate);
    const stayEnds = /(?:check(?:ing)?[- ]?out|\bstay|\buntil|\btill|退房|离店)[^.!?]{0,24}$/i.test(f.text.slice(0, wanted?.index ?? 0));
    if (held && wanted && !more.length && !wanted.rangeEnd && !stayEnds && /^\s*instead\b(?!\s+of)/i.test(f.text.slice(wanted.end))) {
      return { date: formatDate(held.date), start: formatResolved(dinnerTime(wanted, f.text)), party_size: f.partySize };
    }
    // "push my check-in from the 10th to the 12th": the days said as a range are the old day and the new one.
    // "change my check-in to March 20 and check-out to March 22": each day is said after its own word.
    const saidAfter = (word: RegExp) => f.dates.find((d) => !d.assumedDate && word.test(f.text.slice(Math.max(0, d.index - 16), d.index)));
    // "推到下周一入住 周三退": or before it, as Chinese says it.
    const saidBefore = (word: RegExp) => f.dates.find((d) => !d.assumedDate && word.test(f.text.slice(d.end, d.end + 6)));
    // "入住改到下周一 退房下周三": a day right after 退房 is the day out, before any day that 退房 follows.
    const checkOutDay = saidAfter(/(?:退房|离店)(?:日期|时间)?(?:改到|改成|是|在)?\s*$/) ?? saidBefore(/^\s*(?:先|才|再)?(?:退房|退|离店|走(?!路|过|来|去|访|一趟))/) ?? saidAfter(/(?:退房|离店|check(?:ing)?[- ]?out|\bend date|\b(?:leave|leaves|leaving|depart|departs|departing|departure)\b|\bstay(?:ing)? (?:on )?(?:till|until|til)\b)[^，,。]{0,8}$/i);
    const rangeEnd = f.dates.findIndex((d) => d.rangeEnd);
    // "shift my spa appointment tomorrow to 3pm Friday": a range that ends at an hour is a booking moved, not a stay.
    const movedToAnHour = rangeEnd > 0 && !!f.dates[rangeEnd]?.time && /\b(?:shift|move|push|change|reschedule|bump)\b|改到|挪到|推到|换到/i.test(f.text);
    if (rangeEnd > 0 && (MOVED_FROM_TO.test(f.text) || movedToAnHour)) {
      const from = f.dates[rangeEnd - 1] as ResolvedDate;
      // "from Thursday to Friday, same time, 8pm": the hour said apart goes with the new day.
      const hour = f.dates.find((d) => d.assumedDate && d.time && d.index > (f.dates[rangeEnd] as ResolvedDate).end);
      const said = dayMovedTo(f, from, f.dates[rangeEnd] as ResolvedDate);
      const to = !said.time && hour?.time ? { ...said, time: hour.time, meridiemKnown: hour.meridiemKnown } : said;
      // "push my check-in from the 10th to the 12th, checkout stays on the 15th": the last day said apart.
      // "my booking starting Friday — push check-out from Sunday to Monday": the stay's last day moves, the booking is its first.
      if (/(?:check(?:ing)?[- ]?out|退房|离店)[^.!?，,。]{0,12}$/i.test(f.text.slice(0, from.index))) {
        const booked = f.dates.find((d) => d.index < from.index && !d.assumedDate);
        return { date: booked ? formatDate(booked.date) : undefined, end: formatDate(said.date), party_size: f.partySize };
      }
      const out = checkOutDay && checkOutDay !== from && checkOutDay !== to ? formatDate(checkOutDay.date) : undefined;
      return { date: formatDate(from.date), start: formatResolved(dinnerTime(to, f.text)), end: out, party_size: f.partySize };
    }
    // "I booked Dec 20-23, can you make it Dec 21-24 instead": of two stays said, the first is the booking, the second the new one.
    const stays = f.dates.flatMap((d, k) => (d.rangeEnd && k > 0 && !d.time ? [[f.dates[k - 1] as ResolvedDate, d]] : []));
    if (stays.length === 2) {
      const [[booked], [from, to]] = stays as [[ResolvedDate, ResolvedDate], [ResolvedDate, ResolvedDate]];
      return { date: formatDate(booked.date), start: formatDate(from.date), end: formatDate(to.date), party_size: f.partySize };
    }
    // "push my dinner tomorrow to 8pm": the day and the hour it moves to, read as one phrase.
    const only = f.dates.length === 1 ? f.dates[0] : undefined;
    if (only?.time && !only.assumedDate && /^\S.*\s(?:to|till|until)\s+\S+$/i.test(f.text.slice(only.index, only.end))) {
      return { date: formatDate(only.date), start: formatResolved(dinnerTime(only, f.text)), party_size: f.partySize };
    }
    const rehoured = newHourOfTimedBooking(f) ?? hourToHour(f);
    if (rehoured) return rehoured;
    const delayed = delayedStart(f);
    if (delayed) return { date: formatDate(delayed.date), start: formatResolved(delayed), party_size: f.partySize };
    // "我们晚点到 大概9点": arriving later, at the hour said; 9 is in the evening unless the morning is named.
    // With a change asked in words ("能改到八点半吗") or the booked hour said ("原来订的是7点"), the rules below read it.
    const timed = f.dates.filter((d) => d.time);
    const arrival = LATE_ARRIVAL.test(f.text) && timed.length === 1 && !CHANGE_TARGET.test(f.text) && !ORIGINALLY.test(f.text) ? timed[0] : undefined;
    const day = arrival?.assumedDate ? f.dates.find((d) => !d.assumedDate && d !== arrival) : undefined;
    if (arrival) return { start: formatResolved(dinnerTime(day ? { ...arrival, date: day.date } : arrival, f.text)), party_size: f.partySize };
    // "原本订12/24的两间房，其中一间想改成住到12/27": the booked day, and the day the stay now runs to.
    const bookedOn = f.dates.find((d) => !d.assumedDate && !d.rangeEnd && ORIGINALLY.test(f.text.slice(Math.max(0, d.index - 16), d.index)));
    const runsTo = f.dates.find((d) => d.rangeEnd && /(?:住到|待到|呆到|住至)\s*$/.test(f.text.slice(Math.max(0, d.index - 4), d.index)));
    if (bookedOn && runsTo && f.dates.length === 2 && runsTo.index > bookedOn.index) return { date: formatDate(bookedOn.date), end: formatDate(runsTo.date), party_size: f.partySize };
    // "入住能不能推迟一天 原来是8号 改9号": the day said after 原来 is the booking's, the next day said the new one.
    // A range replaced by a range ("原来订的5号到7号 改成6号到8号") is read below, end with end.
    const original = f.dates.some((d) => d.rangeEnd) ? undefined : f.dates.find((d) => !d.assumedDate && ORIGINALLY.test(f.text.slice(Math.max(0, d.index - 16), d.index)));
    // "可以幫我把預約改到下週二嗎？原本是週六": the new day may come first, the old one said after it.
    // A day out moved ("退房时间想延到下周一 原来是周日走") is read below.
    const replacement = original && (f.dates.find((d) => !d.assumedDate && !d.rangeEnd && d.index > original.index) ?? (CHECKOUT.test(f.text) ? undefined : f.dates.find((d) => !d.assumedDate && !d.rangeEnd && d !== original)));
    // "我订的15号那间房，推迟到17号入住，退房还是20号": a day out said after the new day in is the stay's end.
    // A day of the month alone that falls before the new day in is next month's ("17号入住，退房20号" asked on the 18th).
    const outDay = checkOutDay && replacement && compareDates(checkOutDay.date, replacement.date) <= 0 && /^\d{1,2}(?:号|日)$/.test(f.text.slice(checkOutDay.index, checkOutDay.end)) ? addMonths(checkOutDay.date, 1) : checkOutDay?.date;
    const keptEnd = replacement && checkOutDay && outDay && checkOutDay.index > replacement.index ? formatDate(outDay) : undefined;
    if (original && replacement) return { date: formatDate(original.date), start: formatResolved(dinnerTime(replacement, f.text)), end: keptEnd, party_size: f.partySize };
    // "能不能加一晚 住到周一", "我想续住到周一": the stay runs on to the one day said; which booking is not said.
    const said = f.dates.filter((d) => !d.assumedDate);
    if (said.length === 1 && said[0]?.rangeEnd && (EXTEND_STAY.test(f.text) || /加(?:一|两|二|三|\d)晚/.test(f.text))) return { end: formatDate(said[0].date), party_size: f.partySize };
    // "Extend my stay please, new checkout date 30th Nov": the one day said is the new day out.
    if (said.length === 1 && checkOutDay && checkOutDay === said[0] && (EXTEND_STAY.test(f.text) || /\bnew (?:check[- ]?out|departure)\b|新的?退房/i.test(f.text))) return { end: formatDate(checkOutDay.date), party_size: f.partySize };
    const verb = CHANGE_TARGET.exec(f.text) ?? CHANGE_VERB.exec(f.text);
    // "make it 15th to 18th instead": the "to" inside a range is no change verb; the whole range is the new stay.
    const range = verb && f.dates.find((d, k) => d.rangeEnd && k > 0 && (f.dates[k - 1] as ResolvedDate).end <= verb.index && verb.index <= d.index);
    const rangeStart = range ? f.dates[f.dates.indexOf(range) - 1] : undefined;
    // No verb that marks a new value ("明天的房间能加张床吗"): a date said is the booking's own.
    const at = rangeStart ? rangeStart.index : verb ? verb.index : f.text.length;
    // "push my check-in to Saturday instead of Friday": the day after "instead of" is the old one.
    const instead = f.dates.find((d) => INSTEAD_OF.test(f.text.slice(0, d.index)));
    const dates = f.dates.filter((d) => !d.assumedDate && d !== instead);
    if (instead) {
      // "my booking on the 20th — change the check-out to the 23rd instead of the 22nd": the day before the verb is the booking's.
      const prior = dates.filter((d) => !d.rangeEnd && d.index < instead.index);
      const next = prior[prior.length - 1] ?? dates.find((d) => !d.rangeEnd);
      const booked = prior.length > 1 ? prior[0] : undefined;
      // "push Sat's booking to 1:30 instead of 12:30": hours against hours, on the day said.
      const newHour = instead.assumedDate && f.dates.find((d) => d.assumedDate && d.time && d !== instead);
      if (next && newHour) return { date: formatDate(next.date), start: formatResolved(dinnerTime({ ...newHour, date: next.date, assumedDate: false }, f.text)), party_size: f.partySize };
      // "checking out Monday instead of Sunday": the stay's last day moves.
      if (next && CHECKOUT.test(f.text)) return { date: booked ? formatDate(booked.date) : undefined, end: formatDate(next.date), party_size: f.partySize };
      // "bring the table forward to 7pm tomorrow instead of 8:30": an hour alone given up is on the new hour's day.
      const bookedDay = instead.assumedDate ? next?.date : instead.date;
      return { date: bookedDay ? formatDate(bookedDay) : undefined, start: next ? formatResolved(dinnerTime(next, f.text)) : undefined, party_size: f.partySize };
    }
    // "add another room to our booking on the 31st": a day said right after the booking it names is that booking's.
    const ofTheBooking = (d: ResolvedDate) => /\b(?:my|our|the) (?:booking|reservation|stay|room|table)\s+(?:(?:on|for)\s+)?(?:the\s+)?$/i.test(f.text.slice(Math.max(0, d.index - 28), d.index));
    const before = dates.filter((d) => d.index < at || ofTheBooking(d));
    const after = dates.filter((d) => d.index >= at && !ofTheBooking(d));
    const out: Slots = { party_size: f.partySize };
    // "we're now 7 instead of 5 for Friday": only the head count changes, so the one day said is the booking's.
    // "add 3 more people to Friday's dinner": a head count changed by some, with the one day said, is that day's booking.
    // "纪念日那顿晚餐改到周日吧，人数变成4个": a day said after 改到 is where the booking goes, head count and all.
    const movedThere = !!verb && /^(?:改到|改成|改为|改在|挪到|推到|换到|调到|推迟到|延后到|延到|提前到)$/.test(verb[0]) && (dates[0]?.index ?? -1) >= at && (dates[0]?.index ?? 0) - (verb.index + verb[0].length) <= 2;
    if ((f.partySize !== undefined || HEADCOUNT_CHANGE.test(f.text)) && dates.length === 1 && !f.dates.some((d) => d.time) && !movedThere) {
      out.date = formatDate((dates[0] as ResolvedDate).date);
      return out;
    }
    if (before[0]) out.date = formatDate(before[0].date);
    // "把周五的晚餐推迟到8点": a new time alone keeps the booking's day; with no verb at all ("我们晚点到
    // 大概9点 原来订的是今晚7点") the bare time is the new one.
    // "make friday's booking 9pm instead of 8": before "instead of", the hour is the new one.
    const newBeforeInstead = verb?.[0].toLowerCase() === "instead";
    const newTime = f.dates.find((d) => d.assumedDate && d.time && (d.index >= at || !verb || newBeforeInstead));
    const sameDay = before[0] && newTime?.time ? { ...newTime, date: before[0].date, assumedDate: false } : undefined;
    let newStart = after.find((d) => !d.rangeEnd) ?? sameDay ?? (before.length > 1 ? before[1] : undefined);
    // "move my Saturday table to Sunday, same time? it's 7pm": a new day takes the time said apart from it.
    const looseTime = f.dates.find((d) => d.assumedDate && d.time) ?? (SAME_TIME.test(f.text) ? before.find((d) => d.time) : undefined);
    if (newStart && !newStart.time && looseTime?.time) newStart = { ...newStart, time: looseTime.time, meridiemKnown: looseTime.meridiemKnown };
    if (newStart) out.start = formatResolved(dinnerTime(newStart, f.text));
    // "我下周二入住的那间房能不能改成下周四入住": of two days in, the later is the new one, the first the booking's.
    const daysIn = f.dates.filter((d) => !d.assumedDate && /^\s*(?:入住|住进|到店)/.test(f.text.slice(d.end, d.end + 6)));
    // "we arrive on the 21st, could we push check-in to the 22nd": the last day said after a word of arriving is the new one.
    const arrivals = f.dates.filter((d) => !d.assumedDate && /(?:入住|check(?:ing)?[- ]?in|\barriv(?:e|es|ing|al)\b)[^，,。]{0,8}$/i.test(f.text.slice(Math.max(0, d.index - 16), d.index)));
    const checkInDay = daysIn[daysIn.length - 1] ?? arrivals.filter((d) => d !== checkOutDay).pop();
    if (checkOutDay && checkInDay && checkOutDay !== checkInDay) {
      // "change my saturday room to check in sunday": the day said first, neither in nor out, is the booking's.
      const booked = before.find((d) => d !== checkInDay && d !== checkOutDay && d.index < checkInDay.index) ?? (daysIn.length > 1 ? daysIn[0] : undefined);
      // "下周一入住 周三退": the weekday out is the one after the day in.
      let end = checkOutDay.date;
      while (compareDates(end, checkInDay.date) <= 0) end = addDays(end, 7);
      // "我4号入住那间房…改到7号退房": the one day in, said before the change, is the booking's; only the day out moves.
      if (verb && daysIn.length === 1 && checkInDay.index < verb.index && checkOutDay.index > verb.index) return { date: formatDate(checkInDay.date), end: formatDate(end), party_size: f.partySize };
      return { date: booked ? formatDate(booked.date) : undefined, start: formatDate(checkInDay.date), end: formatDate(end), party_size: f.partySize };
    }
    // "extend my stay until May 25", "续住到周日", "extend til sunday, currently checking out sat": the stay's last day moves.
    // "把周五的房间延到周日": the booking named before the verb, its last day moved.
    if (EXTEND_STAY.test(f.text) && after[0] && before.length <= 1 && !after.some((d) => d.rangeEnd) && !CHECKOUT.test(f.text.slice(0, before[0]?.end ?? 0))) {
      return { date: before[0] ? formatDate(before[0].date) : undefined, end: formatDate(after[0].date), party_size: f.partySize };
    }
    const newEnd = after.find((d) => d.rangeEnd) ?? (/(退房|离店|check[- ]?out)/i.test(f.text) && !/(入住|check[- ]?in)/i.test(f.text) ? after.find((d) => !d.rangeEnd) : undefined);
    // "退房日期延到周日": the day moved is the stay's last, not its first.
    if (newEnd && !newEnd.rangeEnd) {
      if (before[0]) out.date = formatDate(before[0].date);
      if (newStart === newEnd) delete out.start;
      out.end = formatDate(newEnd.date);
      return out;
    }
    if (newEnd) out.end = formatDate(newEnd.date);
    if (out.date && !out.start && newEnd) {
      out.start = formatResolved(dinnerTime(newEnd, f.text));
      delete out.end;
    }
    // "from Saturday to Sunday" reads as a range; for a change it is old date → new date.
    // So does "my reservation on June 12 to June 13": the day the booking is on, then the new one.
    const onTheDay = newStart && f.dates.length === 2 && (/\b(?:on|for)\s+(?:the\s+)?$/i.test(f.text.slice(0, newStart.index)) || /^(?:on|for)\b/i.test(f.text.slice(newStart.index))) && !/\b(?:stay|nights?|check[- ]?(?:in|out))\b|住|退房/i.test(f.text);
    if (!out.date && newStart && newEnd && (/\bfrom\b|从/.test(f.text) || onTheDay)) {
      out.date = formatDate(newStart.date);
      out.start = formatResolved(newEnd);
      delete out.end;
    }
    return out;
  },
  cancel_booking: (f) => {
    // "…can't rebook me until later in the week. I'll need to cancel my reservation for Thursday, December 16": the day
    // said with the booking cancelled is its day, over any other in the story.
    const said = f.dates.filter((x) => !x.rangeEnd);
    // "12月下旬那间房不要了，就是26号入住的那间": the day the stay begins names it, over a part of the month.
    const d = said.find((x) => /\b(?:cancel|reservation|booking|room|table|stay)\b[^.!?]{0,25}$|(?:取消|订)[^。！？]{0,10}$/i.test(f.text.slice(Math.max(0, x.index - 40), x.index))) ?? said.find((x) => /^\s*(?:入住|到店|来|的(?:那|这)(?:间|桌|个))/.test(f.text.slice(x.end))) ?? said[0];
    return { date: d ? formatDate(d.date) : undefined };
  },
  my_bookings: () => ({}),
  my_points: () => ({}),
  log_complaint: (f) => ({ customer: complainant(f) ?? customerOf(f), issue: trimText(f.text) || undefined }),
  summary: (f) => {
    const soFar = periodSoFar(f.text);
    const starts = soFar ? [] : f.dates.filter((d) => !d.rangeEnd);
    const end = f.dates.find((d) => d.rangeEnd);
    // "How many deals did Lucas close": the one asked about, after did/has.
    // "看一下小王本月的业绩，哦不，看老陈的", "how did Mike do? sorry, I meant Sarah": the rep named after a slip is the one meant.
    const slipTail = afterSlip(f.text);
    const meant = slipTail === undefined ? undefined : f.names.find((n) => n.index >= f.text.length - slipTail.length)?.value;
    const named = meant ?? f.names.find((n) => n.titled || n.value.length <= 4 || /^'s\b/.test(f.text.slice(n.end)) || /\b(?:did|has|have|does)\s+$/i.test(f.text.slice(0, n.index)))?.value;
    // "阿Ken上个月业绩": the name found may be the inside of the rep's whole nickname.
    const lead = REP_BEFORE_PERIOD.exec(f.text)?.[1];
    const only = REP_ONLY.exec(f.text);
    // "Compare Lisa and Tom for last month": two reps set side by side is the team's report, not one rep's.
    // "how did @marcus do last week?": a rep mentioned in Slack's way is the one asked about.
    const mentioned = /(?:^|[\s(])@([A-Za-z][\w.-]{1,20})\b(?<!bot)/i.exec(f.text)?.[1];
    const rep = TWO_REPS_COMPARED.test(f.text) ? undefined : meant ?? ((only?.[1] ?? only?.[2]) ?? mentioned ?? (named && lead?.includes(named) ? lead : named) ?? repAsked(f.text) ?? possessiveRep(f.text) ?? PERIOD_THEN_REP.exec(f.text)?.[1]);
    // "周五的数据": a day is no rep; "董事长想看这个月的销售情况": nor is the boss who wants the figures.
    const person = rep && /^(?:end|eod|cob|close|last|next|this)$|^各|^(?:周|星期|礼拜)[一二三四五六日天末]$|^[今明昨前后]天$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?$|^(?:董事长|董事会|大?老板|领导|老大|总经理|总裁|上级|上司|总部|ceo|boss|the boss|my boss)/i.test(rep) ? undefined : rep;
    // "上周对比上上周，掉得最厉害的是谁", "this month vs January": of two periods set side by side, the first is reported.
    const yardstick = COMPARED_WITH.exec(f.text);
    const before = yardstick ? f.text.slice(0, yardstick.index) : "";
    // "把去年双11那周的数据拉出来，11月9号到15号，跟今年对比": days given outright say the period better than its name.
    const daysGiven = !!starts[0] && !!end && end.end <= (yardstick?.index ?? 0);
    const reported = yardstick && !daysGiven && !/\b[QH][1-4]\b/i.test(before) ? findPeriod(before) : undefined;
    if (reported) return { period: reported, person };
    if (starts[0] && end) {
      // "15號到今天": a day of the month after the range's end is last month's.
      let from = compareDates(starts[0].date, end.date) > 0 ? { ...starts[0], date: addMonths(starts[0].date, -1) } : starts[0];
      let to = end;
      // "3号到9号汇总" asked on the 20th: days of the month all ahead are last month's; figures are of the past.
      if (compareDates(from.date, f.clock.today) > 0 && daysBetween(from.date, to.date) < 31 && DAY_OF_MONTH_ONLY.test(f.text.slice(from.index, from.end)) && DAY_OF_MONTH_ONLY.test(f.text.slice(to.index, to.end).replace(/^(?:to|and|till|until|through|-|–|到|至)\s*/i, ""))) {
        from = { ...from, date: addMonths(from.date, -1) };
        to = { ...to, date: addMonths(to.date, -1) };
      }
      // "from Thanksgiving to Christmas" asked in November: a span whose end is last year's begins last year too.
      const [start, stop] = [pastDate(from, f), pastDate(to, f)];
      return { period: "custom", from: start > stop ? `${Number(start.slice(0, 4)) - 1}${start.slice(4)}` : start, to: stop, person };
    }
    // A single day said by its weekday or its date ("this month" is no day).
    const sinceDay = starts.length === 1 && !end && ONE_DAY.test(f.text.slice((starts[0] as ResolvedDate).index, (starts[0] as ResolvedDate).end)) ? starts[0] : undefined;
    // "9月1日至今", "since 3 March": from a day said up to today.
    if (sinceDay && (UP_TO_NOW.test(f.text.slice(sinceDay.end)) || /\bsince\s+(?:the\s+)?$/i.test(f.text.slice(0, sinceDay.index)))) {
      // A day and month read ahead ("9月1日" in November is next September's) is this year's, or last year's.
      // "since the 3rd" is this month's or last month's.
      const dayOnly = DAY_OF_MONTH_ONLY.test(f.text.slice(sinceDay.index, sinceDay.end).replace(/^since\s+/i, ""));
      const from = compareDates(sinceDay.date, f.clock.today) <= 0 ? sinceDay.date : dayOnly ? addMonths(sinceDay.date, -1) : { ...sinceDay.date, y: sinceDay.date.y - 1 };
      if (compareDates(from, f.clock.today) < 0) return { period: "custom", from: formatDate(from), to: formatDate(f.clock.today), person };
    }
    // "how did the team do on Monday?": figures are of the past, so a bare weekday ahead is the one just gone.
    const bareWeekday = sinceDay && compareDates(sinceDay.date, f.clock.today) > 0 && daysBetween(f.clock.today, sinceDay.date) < 7 && /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:周|星期|礼拜)[一二三四五六日天]$/i.test(f.text.slice(sinceDay.index, sinceDay.end).trim());
    const theDaysFigures = sinceDay && (/\bon\s+$/i.test(f.text.slice(0, sinceDay.index)) || /^on\s/i.test(f.text.slice(sinceDay.index, sinceDay.end)) || /^的?(?:数据|业绩|数字|销售|情况|汇总)/.test(f.text.slice(sinceDay.end)));
    if (sinceDay && bareWeekday && theDaysFigures) return { period: "custom", from: formatDate(addDays(sinceDay.date, -7)), to: formatDate(addDays(sinceDay.date, -7)), person };
    // "上周五的数据", "numbers for last Friday": one past day, said by its weekday or its date.
    if (sinceDay && compareDates(sinceDay.date, f.clock.today) < 0 && daysBetween(sinceDay.date, f.clock.today) <= 31 && !/^\s*(?:之?前|以前|before|by)\b/i.test(f.text.slice(sinceDay.end))) {
      return { period: "custom", from: formatDate(sinceDay.date), to: formatDate(sinceDay.date), person };
    }
    const past = soFar ? undefined : pastPeriod(f);
    if (past) return { period: "custom", ...past, person };
    return { period: f.period ?? (namesLastMonth(f) ? "last_month" : undefined), person };
  },
  top_customers: (f) => ({ period: f.period === "overdue" ? undefined : f.period, limit: f.limit }),
  help: () => ({}),
  unknown: () => ({}),
};

/** Extracts the slots of `intent`, dropping the ones the message did not give. */
/** "prepone my booking from Saturday to Friday", "提前到周五": moved earlier, so the weekday is the one before it. */
const BROUGHT_FORWARD = /\bprepone|\bbring (?:it |my \w+ |our \w+ |the \w+ )?forward\b|\bmove (?:it |my \w+ |our \w+ |the \w+ )?up\b|\bearlier\b|提前(?:到|至)/i;

function broughtForward(slots: Slots, f: Features): Slots {
  const { date, start } = slots as { date?: string; start?: string };
  if (!date || !start || !BROUGHT_FORWARD.test(f.text) || start.slice(0, 10) <= date) return slots;
  const [y, m, d] = start.slice(0, 10).split("-").map(Number) as [number, number, number];
  const earlier = formatDate(addDays({ y, m, d }, -7));
  return earlier < date ? { ...slots, start: earlier + start.slice(10) } : slots;
}

export function extractSlots(intent: IntentName, f: Features): Slots {
  const said = EXTRACTORS[intent](f);
  const raw = intent === "change_booking" ? broughtForward(said, f) : said;
  const out: Slots = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length)) continue;
    out[k] = v;
  }
  return out;
}
