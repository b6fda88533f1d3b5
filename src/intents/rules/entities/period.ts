/**
 * Reporting periods (本周, last month, 今年, overdue) and "how many" for rankings (top 10, 前五个).
 */
import type { Period } from "../../schema.ts";
import { NUM_SOURCE, parseCount } from "../numbers.ts";
import { afterSlip } from "../slips.ts";

/** "从周一到现在", "since Monday", "月初至今": a week, a month or a quarter so far, which is this one. */
const WEEK_SO_FAR = /(?:从|自)?(?:这|本)?(?:周一|星期一|礼拜一)(?:以来|到现在|到今天|至今)|(?:本|这个?)(?:周|星期|礼拜)(?:到目前为止|到目前|到现在|至今)|\bsince (?:mon(?:day)?|the (?:start|beginning) of (?:the |this )?week)\b/i;
const MONTH_SO_FAR = /(?:从|自)?(?:本|这个?)?月初(?:以来|到现在|到今天|至今)|(?:本|这个)月(?:到目前为止|到目前|到现在|至今)|\bsince the (?:1st|first|start of (?:the |this )?month|beginning of (?:the |this )?month)\b/i;
/** "Quarter so far", "本季度到目前为止": this quarter. */
const QUARTER_SO_FAR = /\bquarter so far\b|\bso far this quarter\b|\bsince the (?:start|beginning) of (?:the |this )?quarter\b|(?:本|这个?)季度?(?:初)?(?:以来|到现在|至今|到目前为止)|(?<!第.)季度初(?:以来|到现在|至今)/i;
export const periodSoFar = (text: string): Period | undefined =>
  WEEK_SO_FAR.test(text) ? "this_week" : MONTH_SO_FAR.test(text) ? "this_month" : QUARTER_SO_FAR.test(text) ? "this_quarter" : undefined;

/** "近两周", "过去30天", "the last 10 days", "past two weeks", "last fortnight": a span that ends today (not "the last ten days of last month"). */
export const RECENT_SPAN = new RegExp(`(?:近|最近|过去|過去)\\s*(${NUM_SOURCE})\\s*(?:个|個)?\\s*(天|日|周|星期|礼拜|禮拜|月)|\\b(?:the\\s+)?(?:last|past|previous|trailing)\\s+(\\d+|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|sixty|ninety)\\s+(days|weeks|months)\\b(?!\\s+of\\b)|\\b(?:the\\s+)?(?:last|past|previous)\\s+(fortnight)\\b`, "i");
/** "十一黄金周", "国庆期间": the first seven days of October. */
export const NATIONAL_DAY = /国庆(?:节|黄金周|长假|假期|期间|七天|那几天)|十一(?:黄金周|长假|假期|期间|那几天|七天)|\bgolden week\b(?=[^.?!]*\b(?:october|oct|national day)\b)|\bnational day (?:week|holiday)\b/i;

const PERIOD_CUES: Array<[RegExp, Period]> = [
  [/(过期|逾期|超期|拖着(?:很久|好久|挺久|老久)?没(?:处理|跟|做|联系)|该(?:跟|联系|回访)(?:进)?(?:的)?(?:没|还没)(?:跟|联系|回访)|(?:已经)?超时了?|到期未|(?:过了|超过|超了)(?:提醒|跟进|回访|联系|约定|截止)?(?:时间|日期|日子)|\blet (?:\w+ )?slip\b|\bslipped through\b|\bslipped past\b|\bfallen through the cracks\b|没跟进|没联系|未联系|没联络|(?:拖|放)(?:太|很)久|太久没(?:联系|联络|跟|去)|拖了|拖着没(?:办|做|跟)|过了期|漏跟|漏掉|遗漏|忘了(?:跟|联系|回)|\boverdue\b|\blate\b|\bmissed\b(?! (?:their|his|her|the|our|my) (?:targets?|quotas?|numbers|goals?|kpis?)\b)|\b(?:did|have) i miss\b|\bpast due\b|\b(?:pass|passed|past) (?:the |their |its )?deadlines?\b|\b(?:i'?m|i am|we'?re|am i|are we) behind on\b)/i, "overdue"],
  [/(上个?月|上月|\blast month\b|\bprevious month\b|\bprior month\b)/i, "last_month"],
  [/(上周|上个?星期|上个?礼拜|\blast week\b|\bprevious week\b|\bpast week\b)/i, "last_week"],
  [/(本季度?|这个?季度|这一季|這一季|呢季|当季|\bthis quarter\b|\bquarter[- ]to[- ]date\b|\bQTD\b|\bthe quarter\b|\bquarterly\b|\bQ[1-4]\b|^\s*quarter(?= (?:summary|report|recap|review|numbers|figures|results)\b))/i, "this_quarter"],
  [/(今年|年初到现在|年初至今|从年初到|本年度?|这一?年|年度|全年|\bthis year\b|\b(?:full|whole|entire) year\b|\byear[- ]to[- ]date\b|\bYTD\b|\bthe year\b)/i, "this_year"],
  [/(本月|这个?月|当月|\bthis month\b|\bmonth[- ]to[- ]date\b|\bMTD\b|\bthe month\b|\bmonthly\b|['’]s month\b(?! (?:off|ago|before))|\b(?:his|her|their) month\b|\bmonth so far\b|^\s*month(?= (?:summary|report|recap|review|numbers|figures|results)\b))/i, "this_month"],
  [/(本周|这周|这个?星期|这个?礼拜|本星期|\bthis week\b|\bweek[- ]to[- ]date\b|\bwk[- ]to[- ]date\b|\bwtd\b|\bthe week\b|\bweekly\b|['’]s week\b(?! (?:off|ago|before))|\b(?:his|her|their) week\b)/i, "this_week"],
  [/(昨天|昨日|昨儿|\byesterday\b)/i, "yesterday"],
  // "上半年", "9月下旬", "H1": part of a year or a month, given as a range (slots.ts pastPeriod).
  [/(上半年|下半年|上半月|下半月|上旬|中旬|下旬|\bH[12]\b|\b(?:first|second) half\b)/i, "custom"],
  // "近两周", "the last 10 days", "国庆期间": days counted back from today, or a holiday week (slots.ts recentSpan).
  [RECENT_SPAN, "custom"],
  [NATIONAL_DAY, "custom"],
  // "the October summary by EOD": a deadline for the report, not the day it covers.
  [/(今天|今日|今儿|\btoday'?s?\b|\btonight\b|\bdaily\b|(?<!\bby (?:the )?)\bend of (?:the )?day\b|(?<!\bby )\beod\b)/i, "today"],
];

const NOT_YET = /没跟进|没联系|未联系|没联络/;
const OVERDUE_WORD = /过期|逾期|超期|到期未|过了期|(?:过了|超过|超了)(?:提醒|跟进|回访|联系|约定|截止)?(?:时间|日期|日子)|\blet (?:\w+ )?slip\b|\bslipped through\b|漏|遗漏|忘了|\boverdue\b|\bpast due\b|\bmissed\b(?! (?:their|his|her|the|our|my) (?:targets?|quotas?|numbers|goals?|kpis?)\b)|\bmiss\b|\blate\b/i;

/** The period a report or task list asks about. */
export function findPeriod(text: string): Period | undefined {
  const tail = afterSlip(text);
  // "same report as last week but for this week": the period compared with is not the one asked for.
  const asked = text.replace(SAME_AS, " ");
  // "weekly rollup for last week": how often a report comes gives way to the period named.
  const named = asked.replace(CADENCE, " ");
  // "Which follow-ups are overdue? I was off sick since Monday": overdue asked first is what is asked.
  // "今年的续约还有哪些没跟完？把过期的列出来": overdue asked in the last sentence is what is asked.
  const lastSentence = named.split(/[？?。！!；;]/).filter((s) => s.trim()).pop() ?? named;
  const overdueFirst = periodIn(named) === "overdue" || (OVERDUE_WORD.test(lastSentence) && periodIn(lastSentence) === "overdue") ? "overdue" : undefined;
  return (tail !== undefined ? periodIn(tail) : undefined) ?? overdueFirst ?? periodSoFar(text) ?? periodIn(named) ?? periodIn(asked) ?? periodIn(text);
}

const CADENCE = /\b(?:weekly|monthly|quarterly|daily)\b/gi;

const SAME_AS = /\bsame (?:\w+ )?as (?:yesterday|today|last (?:week|month|time)|this (?:week|month))\b|和(?:昨天|上周|上个月|上次)一样/gi;

function periodIn(text: string): Period | undefined {
  // "本月销售额多少 跟上月比呢": of several periods, the one said first is asked about; the rest are compared with it.
  const found = PERIOD_CUES.map(([re, period], order) => ({ period, at: re.exec(text)?.index ?? -1, order }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at || a.order - b.order)[0]?.period;
  // "本周还有哪些没联系的": a not-yet said beside a named period asks about that period, not what is overdue.
  if (found === "overdue" && NOT_YET.test(text) && !OVERDUE_WORD.test(text)) return PERIOD_CUES.slice(1).find(([re]) => re.test(text))?.[1] ?? found;
  return found;
}

/** How many to rank: top 10, 前五, 五个客户, best 3. */
export function findLimit(text: string): number | undefined {
  // "前五大客户……改成前十吧": the count said after a slip is the one meant.
  const tail = afterSlip(text);
  return (tail !== undefined ? limitIn(tail) : undefined) ?? limitIn(text);
}

function limitIn(text: string): number | undefined {
  const patterns = [
    // "上个月贡献最多的客户，给我8个": how many, asked after the ranking.
    new RegExp(`给我\\s*(?:列)?\\s*(${NUM_SOURCE})\\s*(?:个|家|位|名)`),
    /\b(?:top|best|biggest|largest)\s*(half[\s-]dozen|dozen|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|hundred)\b/i,
    new RegExp(`(?:前|头|排名前)\\s*(${NUM_SOURCE})\\s*(?:个|名|位|大|家)?`),
    new RegExp(`(${NUM_SOURCE}\\s*打|半打|${NUM_SOURCE}(?=\\s*(?:个|名|位|家|大)))\\s*(?:个|名|位|家|大)?\\s*(?:[\\u4e00-\\u9fff]{0,4})?(?:客户|大客户|买家|金主|客(?![人服]))`),
    // "列六家出来", "给我列五个": the count of customers to list.
    new RegExp(`列(?:出)?\\s*(${NUM_SOURCE})\\s*(?:个|家|位|名)`),
    // "买的最多的五家", "下单最多的三个": the count after who did the most.
    new RegExp(`最(?:多|大|高)的\\s*(${NUM_SOURCE})\\s*(?:个|名|位|家)`),
    // "our 5 biggest banquet clients": a word for what they buy may stand before who they are.
    // "top spenders this year, show me 15", "just give me 10": how many to show, asked after the ranking.
    /\b(?:show|give|list|send) me (?:the )?(?:top |first )?(\d{1,3}|five|ten|twelve|fifteen|twenty)\s*(?:of them|please|pls)?\s*[.!?]*\s*$/i,
    /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:biggest|best|largest|top|highest|most valuable|most loyal)?\s*(?:[a-z]+\s+)?(?:customers|clients|accounts|buyers|spenders|guests|members|regulars|payers)\b/i,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    const n = m ? parseCount(m[1] as string) : undefined;
    if (n !== undefined && n <= 1000) return n;
  }
  // "who's our number one customer this year?", "最大的客户是哪家": the single first.
  return NUMBER_ONE.test(text) ? 1 : undefined;
}

const NUMBER_ONE = /\b(?:number one|no\.? ?1|#1)\s+(?:customer|client|account|buyer)\b|\b(?:our|the) (?:single )?(?:biggest|largest|best|top) (?:customer|client|account|buyer)\b(?!s)|(?:最大|第一)的?(?:那个|那家)?(?:客户|大客户|买家)是(?:谁|哪家|哪个|哪位)/i;
