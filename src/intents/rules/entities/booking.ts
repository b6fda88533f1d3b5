/**
 * Booking details: party size (4位, 6个人, for two, 2 adults), nights (住3晚, two nights), room type
 * (大床房, 双床房, 套房, king, twin, suite, a hostel's 女生宿舍 or mixed dorm), seating and room preferences (无烟, 靠窗, window, high chair),
 * and whether it is a room or a table.
 */
import { readForm } from "./form.ts";
import { DOZEN_WORDS, NUM_SOURCE, parseCount } from "../numbers.ts";
import { findHousehold } from "./household.ts";
import { escapeForRegExp, findNeeds } from "./needs.ts";

const EN_NUM = `${DOZEN_WORDS}|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a couple of|a couple|couple`;

// "for two bowls of ramen": a count of things is no party; nor is "for 12月31号", a date.
// "下周一两个人": the 一 of 周一 is the weekday's, so a count never starts right after 周, 星期 or 礼拜.
const PARTY_ZH = new RegExp(`(?<![周期拜])(${NUM_SOURCE})\\s*(?:位|个人|人|口人|名|大人|成人|个大人|位客人|位朋友|个(?:姐妹|朋友|同事|家人|兄弟|闺蜜|同学|小伙伴|哥们|姐们|好友|亲戚|小朋友|小孩|孩子|宝宝|学生|客人))(?![民员工事气数均间房])`, "g");
const PARTY_EN = new RegExp(
  `\\b(?:(?:for|party of|group of|team of|table of|family of|we are|we're|we'll be|we will be|we shall be|there (?:are|will be))\\s+(?:(?:actually|now|only|just|gonna be|going to be)\\s+)?(${EN_NUM})(?!\\s*\/\\s*\\d|\\s+(?:to|till|until)\\s+\\d|\\s+(?:pallets?|containers?|cartons?|crates?|tonnes?|tons?|kgs?|units?|licen[cs]es?|users?|cases|boxes|pcs|pieces?|trucks?|shipments?|sqm|sq ?ft|employees|staff|students|stores|outlets|sites|locations)\\b|\\s*(?:[月日号號点點时時晚]|nights?|pm|am|:|o'clock|st\\b|nd\\b|rd\\b|th\\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\d|[-–]\\s*\\d|min|mins|minutes?|hours?|hrs?|days?(?! after tomorrow)|weeks?|months?|years?|seconds?|\\s+(?:bowls?|plates?|cups?|glasses|bottles?|dishes|drinks|coffees?|pizzas?|burgers?|portions?|servings?|items?|pieces?|boxes|cases?|cartons?|units?|tickets?|rooms)\\b))\\b(?:\\s+(?:people|persons|guests|adults|pax|of us))?|(${EN_NUM})\\s+(?:people|persons?|guests|adults?|pax|diners|of us|golfers|friends|colleagues|ladies|gents|guys|girls|kami|tayo))\\b`,
  "gi",
);

/** The count that settles it: "一共7位", "人数改成6个", "2大1小", "一家五口", "4 ppl". */
const PARTY_TOTAL = new RegExp(`(?:一共|总共|共|合计|即係|即系|即是|也就是|人数(?:加|减|增加|减少)?(?:改成|改为|变成|换成|是|到|成|\\s*[:：])?|in total|total(?: of)?)\\s*(${NUM_SOURCE})\\s*(?:位|个人|个|人|名|people|guests|ppl)?|\\b(${NUM_SOURCE})\\s*(?:people|guests|ppl|pax)?\\s+(?:in )?(?:total|all|altogether)\\b`, "i");
const PARTY_FAMILY = new RegExp(`一家\\s*(${NUM_SOURCE})\\s*口|(${NUM_SOURCE})\\s*口人`);
const PARTY_ADULTS_KIDS = new RegExp(`(${NUM_SOURCE})\\s*大\\s*(${NUM_SOURCE})\\s*小`);
/** "两个大人两个小孩", "2 adults 2 kids", "2 adults and 1 child": both counted, however joined. */
const ADULTS_AND_KIDS = new RegExp(
  `(${NUM_SOURCE}|${EN_NUM})\\s*(?:个|位|名)?\\s*(?:大人|成人|adults?)[\\s,，、+和加带还有and&]*(${NUM_SOURCE}|${EN_NUM}|a|an)\\s*(?:个|位|名)?\\s*(?:小孩|孩子|儿童|小朋友|宝宝|婴儿|kids?|child(?:ren)?|infants?|bab(?:y|ies)|toddlers?)`,
  "i",
);
/** "22 students + 3 teachers", "30名学生加4位老师": a group and the adults who come with it. */
const GROUP_PEOPLE = "(?:students|pupils|kids|children|players|athletes|dancers|swimmers|scouts|delegates|members|staff|学生|同学|孩子|小朋友|队员|团员|员工)";
const ESCORTS = "(?:teachers|coaches|chaperones|parents|adults|leaders|guides|drivers|staff|supervisors|老师|家长|教练|领队|导游|司机)";
const GROUP_AND_ESCORTS = new RegExp(
  `(${NUM_SOURCE}|${EN_NUM})\\s*(?:个|位|名)?\\s*${GROUP_PEOPLE}\\s*(?:\\+|plus|and|&|,|，|、|加|和|还有)\\s*(${NUM_SOURCE}|${EN_NUM})\\s*(?:个|位|名)?\\s*${ESCORTS}`,
  "i",
);
/** "add a third person": the ordinal is the new head count. */
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const PARTY_ORDINAL = /\ba (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:person|guest|adult|diner)\b/i;
const PARTY_PPL = new RegExp(`\\b(${EN_NUM})\\s*(?:ppl|pax|persons|players|golfers|divers|riders|skaters|skiers)\\b`, "i");
/**
 * "reserve 2 seats for tomorrow", "could we get 2 seats at the chef's table": seats asked for are the head count ("20 seats"
 * of a licence are asked for otherwise).
 */
const PARTY_SEATS = new RegExp(`\\b(?:reserve|book|hold|save|keep|get|have|grab)\\s+(?:us\\s+|me\\s+)?(${EN_NUM})\\s+seats?\\b(?!\\s+(?:licen[cs]es?|subscriptions?|users?|on (?:the|our|your) (?:plan|platform|software|system)))`, "i");

/** A new head count against the old one: "from 4 people to 2", "now 7 instead of 5"; "to 8 instead of 7" with no people moves the hour. */
const PARTY_NEW = new RegExp(`\\bfrom\\s+(?:${EN_NUM})(?![:.]\\d|\\s*(?:pm|am|o'?clock))\\s*(?:people|persons|guests|pax|ppl)?\\s+to\\s+(${EN_NUM})\\b(?![:.]\\d|\\s*(?:pm|am|o'?clock))(?!\\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\s*(?:st|nd|rd|th)\\b)|(?<![.:\\d])(?<!\\bto\\s)(?<!\\bat\\s)\\b(${EN_NUM})\\s+(?:people\\s+|guests\\s+)?instead of\\s+(?:${EN_NUM})\\b|(?<=\\bto\\s)(${EN_NUM})\\s+(?:people|guests)\\s+instead of\\s+(?:${EN_NUM})\\b|\\b(?:now|be)\\s+(${EN_NUM})\\s*(?:people|guests|pax|ppl)?\\s*(?:now\\s*)?,?\\s*(?:not|rather than|instead of)\\s+(?:${EN_NUM})\\b|\\bparty(?: size)?\\s+(?:to|is now|now)\\s+(${EN_NUM})\\b`, "i");
/** "the number of guests", "headcount": the head count named, before what it changes to. */
export const HEAD_COUNT_WORDS = "(?:number of (?:guests|people|pax|persons|diners)|head ?count|party size)";

/** The head count after a change: "改成4个人", "从八位减到五位", "现在是三个人", "加一个人 现在7个", "多来一个人 5位", "make it 5". */
const PARTY_NOW = new RegExp(`人数(?:有变|变了|有变化|有调整)[，,\\s]*(?:会|要)?(?:来|是|变成|改成)?\\s*(${NUM_SOURCE})\\s*(?:个人|位|人|个(?![点号月日天晚小钟]))|\\b${HEAD_COUNT_WORDS}\\s+(?:to|from \\d+ to)\\s+(${EN_NUM})\\b(?!\\s*(?:pm|am|:|o'clock))|(?:(?:改|换|变)(?:成|为|到)?|(?:加|减|增加|减少|增|降|少)(?:成|为|到)|现在(?:是|一共|要来|会来|来|有)?)\\s*(${NUM_SOURCE})\\s*(?:个人|位|人|个(?![点号月日天晚小钟]))|\\bmake (?:it|that) (${EN_NUM})\\b(?!\\s*(?:pm|am|:|o'clock|nights?|\\d))|\\b(?:increase|raise|reduce|decrease|lower)\\b[^.?!]{0,25}\\bto (${EN_NUM})\\s*(?:people|persons?|guests|pax|ppl)\\b|\\bonly (${EN_NUM}) of us\\b|\\bit'?s (${EN_NUM}) now\\b|(?:留|订|占)\\s*(${NUM_SOURCE})\\s*个(?:位子|位置|座位)|一共\\s*(${NUM_SOURCE})\\s*(?:个人|位|人)|(?:多来|多了|加了?|少来|少了)(?:[一两二三\\d])个人?[，,\\s]*(?:一共|总共|变成|就是)?\\s*(${NUM_SOURCE})\\s*(?:位|个人|人)|(?:人数|\\bpeople|\\bpax|\\bguests|\\bparty)[^，,。\\d]{0,4}\\d+\\s*(?:→|->|=>)\\s*(\\d+)|\\b(?:bump|bring|take|cut|drop|knock)(?: \\w+){0,3} (?:up|down) to (${EN_NUM})\\b(?!\\s*(?:pm|am|[:.]|o'clock|nights?|\\d|%|k\\b|units?|cases?|boxes))`, "i");
const IT_WILL_BE = new RegExp(String.raw`\bit(?:'ll|'d| will| would) (?:now |only |just )?be (${EN_NUM}) (?:people|persons?|guests|of us|pax|adults)\b`, "i");
/** One guest alone: "just me", "only me", "就我一个人". */
const PARTY_ALONE = /\b(?:just|only) (?:me|myself)\b(?!\s*(?:and|&|\+)\s)|\b(?:just |only )?one (?:guest|adult|person)(?: only)?\s*[.,!]|\bby myself\b|\bsolo\b|\bit(?:'ll| will)? (?:only|just) be me\b|\b(?:it's|it is) just me\b|\b(?:travel+ing|coming|arriving|staying|dining|eating|be|am|i'm|i am) (?:alone|on my own)\b|独自一人|就我一个|就我自己|只有我一个/i;

/** How many people. Children are counted in ("2 adults and 1 child" → 3). */
/** "我们俩", "咱们仨", "just the two of us", "the three of us", "us two": the group counted by itself. */
const PARTY_US = /(?:我们|咱们|咱|我和他|我跟她|我和她|我跟他)(俩|仨)|(?:我和|我跟|幫我和|帮我和)(?:我(?:太太|老婆|先生|老公|爱人|愛人)|老伴|老公|老婆|媳妇|爱人|愛人)(?![和跟與与及、,，])|\b(?:just )?(?:the )?(two|three|four|five|six) of us\b|\bus (two|three|four|2|3|4)\b(?!\s*(?:nights?|nts|days?|weeks?|rooms?|tables?|beds?|hours?|hrs?))|\b(?:me (?:and|n|&|\+) (?:my|the)|myself and my) (?:gf|bf|wife|husband|partner|girlfriend|boyfriend|fiancee?|mum|mom|dad|son|daughter|friend|colleague|missus|missis|wifey|hubby|pal|mate|buddy|other half|sister|brother|sis|bro|cousin|bestie|aunt|auntie|uncle|grandma|grandpa|nan|niece|nephew|boss)\b(?!,?\s*(?:and|&|\+)\s)|\bmy (?:wife|husband|partner|girlfriend|boyfriend|fiancee?|dad|mum|mom|father|mother|son|daughter|friend) and (?:i|me|myself)\b(?!,?\s*(?:and|&|\+)\s)/i;

/** "5 of them", but not "3 of them are vegetarian": some of the party said apart. */
const THEY_ARE_COUNTED = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) of them\b(?!\s+(?:are|is|were|will|need|needs|want|wants|have|has|eat|eats|don'?t|can'?t|would|prefer))/i;

const SINGLE_OCCUPANCY = /\bsingle occupancy\b|单人入住/i;

/** Each head count said in English ("for 6", "two guests", "a couple"), in order. */
function* englishPartyCounts(text: string): Generator<number> {
  for (const m of text.matchAll(PARTY_EN)) {
    const n = parseCount(((m[1] ?? m[2]) as string).replace(/^a couple( of)?$|^couple$/i, "two"));
    if (n !== undefined && n <= 500) yield n;
  }
}

function wholePartySaid(text: string, part: number): number | undefined {
  for (const n of englishPartyCounts(text)) if (n > part) return n;
  return undefined;
}

/** "hey mate, 2 for dinner this Saturday 7:30?": a head count said before the meal it is for. */
const PARTY_FOR_A_MEAL = new RegExp(`(?:^|(?<![\\d:.])[\\s,;])(${EN_NUM}) for (?:dinner|lunch|brunch|breakfast|drinks|supper|high tea|afternoon tea|yum cha|dim sum)\\b`, "i");

export function findPartySize(text: string): number | undefined {
  if (SINGLE_OCCUPANCY.test(text)) return 1;
  if (PARTY_ALONE.test(text)) return 1;
  // "a room for me and my 2 kids": the writer and those counted with them.
  // "me, my husband and our two boys": the writer, a partner, and the children counted.
  const family = /\b(?:me|myself),?\s+my (?:husband|wife|partner|hubby|wifey|fianc[eé]e?|other half)(?:,)?\s+and (?:our|my) (two|three|four|five|2|3|4|5) (?:kids|children|boys|girls|sons|daughters)\b/i.exec(text);
  if (family) return (parseCount(family[1] as string) ?? 0) + 2;
  const withMine = /\b(?:me|myself) and my (\d|two|three|four|five) (?:kids|children|boys|girls|friends|colleagues|sons|daughters)\b|我(?:和|带|跟)(?:我的)?([两二三四五\d])个(?:孩子|小孩|朋友|同事)/i.exec(text);
  if (withMine) return (parseCount((withMine[1] ?? withMine[2]) as string) ?? 0) + 1;
  const household = findHousehold(text);
  if (household !== undefined) return wholePartySaid(text, household) ?? household;
  // "two of us can't make it so it'll be 4 people": the count said last is the party, not who dropped out.
  const willBe = IT_WILL_BE.exec(text);
  if (willBe) return parseCount(willBe[1] as string);
  const us = PARTY_US.exec(text);
  // "me and my wife", "my husband and I": two.
  if (us) return us[1] ? (us[1] === "俩" ? 2 : 3) : us[2] ?? us[3] ? parseCount((us[2] ?? us[3]) as string) : 2;
  const ordinal = PARTY_ORDINAL.exec(text);
  if (ordinal) return ORDINALS[(ordinal[1] as string).toLowerCase()];
  const both = ADULTS_AND_KIDS.exec(text);
  if (both) {
    const kids = /^an?$/i.test(both[2] as string) ? 1 : parseCount(both[2] as string);
    const adults = parseCount(both[1] as string);
    // "Table for 6 — 2 grandparents, 2 adults and 2 kids": a whole said apart counts everyone.
    if (adults !== undefined && kids !== undefined) return wholePartySaid(text, adults + kids) ?? adults + kids;
  }
  const escorted = GROUP_AND_ESCORTS.exec(text);
  if (escorted) {
    const [group, escorts] = [parseCount(escorted[1] as string), parseCount(escorted[2] as string)];
    if (group !== undefined && escorts !== undefined) return wholePartySaid(text, group + escorts) ?? group + escorts;
  }
  const said = PARTY_NOW.exec(text) ?? PARTY_NEW.exec(text) ?? PARTY_TOTAL.exec(text) ?? PARTY_FAMILY.exec(text) ?? PARTY_PPL.exec(text) ?? PARTY_SEATS.exec(text);
  const n = said ? parseCount(said.slice(1).find((g) => g !== undefined) as string) : undefined;
  if (n !== undefined && n > 0 && n <= 500) return n;
  const ak = PARTY_ADULTS_KIDS.exec(text);
  if (ak) return (parseCount(ak[1] as string) ?? 0) + (parseCount(ak[2] as string) ?? 0);
  let total: number | undefined;
  let article: number | undefined;
  for (const m of text.matchAll(PARTY_ZH)) {
    const n = parseCount(m[1] as string);
    // "一位客人要订位：今晚6点半，4位": "a guest" walking in is an article; the head count comes later.
    if (n === 1 && /^(?:一|1)\s*(?:位|个)/.test(m[0]) && (/客人$/.test(m[0]) || /^(?:客人|顾客|先生|女士|客户|常客|熟客|老客)/.test(text.slice((m.index ?? 0) + m[0].length)))) {
      article ??= n;
      continue;
    }
    if (n !== undefined && n <= 500) {
      total = n;
      break;
    }
  }
  total ??= article;
  if (total === undefined) [total] = englishPartyCounts(text);
  if (total === undefined) total = parseCount(PARTY_FOR_A_MEAL.exec(text)?.[1] ?? "");
  // "2 couples, two double rooms", "两对夫妻": couples counted.
  const couples = /\b(two|three|four|five|[2-9]) couples\b|([两二三四五])对(?:夫妻|夫妇|情侣)/i.exec(text);
  if (total === undefined && couples) total = (parseCount((couples[1] ?? couples[2]) as string) ?? 0) * 2;
  // "the Lowe family want a table Saturday 6pm, 5 of them": a party told of by someone else, counted last.
  const counted = THEY_ARE_COUNTED.exec(text);
  // "my sister booked a table…, 4 of them": a party already booked by someone else is counted by no one here.
  if (total === undefined && counted && !/\b(?:booked|reserved)\b/i.test(text)) total = parseCount(counted[1] as string);
  const kids = /(?:and|\+|加|还有|带)\s*(\d+|one|two|three|一|两|二|三)\s*(?:个)?\s*(?:kids?|child(?:ren)?|孩子|小孩|儿童|小朋友)/i.exec(text);
  if (total !== undefined && kids && /adult|大人|成人/i.test(text)) total += parseCount(kids[1] as string) ?? 0;
  return total;
}

const NIGHTS_ZH = new RegExp(`(?:住|呆|待|入住)?\\s*(?:(?<![周期拜\\d/.-])|(?<=\\d)(?=[一二两三四五六七八九十]))(${NUM_SOURCE})\\s*(?:个)?\\s*(?:晚上|晚|夜)(?![上饭餐])(?!\\s*(?:都|没|一直|不(?!要|用|需|必)|睡|吵|热|冷|闹|被|折腾))`, "g");
const NIGHTS_EN = new RegExp(`(?:\\b|\\bx\\s?)(${EN_NUM}|a|an)\\s*(?:nights?|nts|nite?s?)\\b`, "gi");

const WEEKDAY_EN = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)";
const NIGHTS_OF_DAYS = new RegExp(`\\b${WEEKDAY_EN}(?:\\s*(?:,|and|&)\\s*${WEEKDAY_EN})+\\s+nights?\\b`, "i");

/** Number of nights (住3晚, 两晚, 3 nights, one night). */
const ONE_NIGHT = /\b(?:tonight only|only tonight|just (?:for )?tonight|just the one night)\b|只住今晚|就住今晚|今晚一晚/i;
const TWO_NIGHTS_NAMED = /\btonight (?:and|&|\+) tomorrow(?: night)?\b|今晚(?:和|跟|加|、)明晚/i;
const WEEK_STAY = /住(?:上)?(?:一|1)(?:周|个星期|个礼拜|星期)|\bstay(?:ing)? (?:for )?(?:a|one) week\b|\bfor (?:a|one) week\b(?=.*\b(?:room|stay|suite|check)\b)/i;

export function findNights(text: string): number | undefined {
  for (const m of text.matchAll(NIGHTS_ZH)) {
    // "今晚" and "明晚" are days, not counts; the number must be a real numeral.
    const n = parseCount(m[1] as string);
    if (n !== undefined && n <= 365) return n;
  }
  for (const m of text.matchAll(NIGHTS_EN)) {
    // "$400 a night": a rate, not a stay.
    if (/^an?$/i.test(m[1] as string) && /\d\s*(?:k|bucks|dollars|euros|pounds|quid|rmb|yuan)?\s*$/i.test(text.slice(0, m.index))) continue;
    const n = /^an?$/i.test(m[1] as string) ? 1 : parseCount(m[1] as string);
    if (n !== undefined && n <= 365) return n;
  }
  // "住一周", "stay for a week": a week's stay is seven nights.
  if (WEEK_STAY.test(text)) return 7;
  // "1 queen room, tonight only": the one night said by its day.
  if (ONE_NIGHT.test(text)) return 1;
  // "for tonight and tomorrow night", "今晚和明晚": two nights named.
  if (TWO_NIGHTS_NAMED.test(text)) return 2;
  // "Friday and Saturday night": as many nights as days named.
  const days = NIGHTS_OF_DAYS.exec(text);
  if (days) return days[0].split(/\s*(?:,|\band\b|&)\s*/i).length;
  return undefined;
}

const ROOM_TYPES_ZH = /([一二两三四\d]室[一二两\d]?厅|[一二两三四]居室|(?:豪华|行政|商务|高级|标准|精选|舒适)(?:大床|双床|单人|双人)房?|豪华大床房|豪华双床房|行政大床房|行政套房|总统套房|豪华套房|亲子房|家庭房|商务房|行政房|海景房|江景房|湖景房|山景房|(?:豪华|行政|商务|高级|精选|舒适|景观|家庭|亲子)间|标准间|标间|单人间|双人间|三人间|(?:女生|男生|女性|男性|女士|混合|混住)?[四六八十\d]人间|大床房|双床房|大床|双床|套房|单间|(?:星空|观星|豪华|亲子|家庭|湖景|森林)?(?:帐篷|木屋|树屋)|(?:女生|男生|女性|男性|女士|混合|混住|男女混住|[四六八十\d]人)?宿舍)/;
/** "12 King St", "Queen's Road": a street is no bed. */
const ROOM_TYPES_EN = /\b(\d\s?BHK|(?:(?:mixed|female|male|women'?s|men'?s|all-female|all-male|\d+[- ]bed(?:ded)?)\s+)?dorm(?:itory)?(?: room| bed)?(?!\s*(?:\d|no\.?\s*\d|#))|villa|chalet|bungalow|cabins?|(?:(?:lakeside|riverside|forest|safari|bell|glamping|luxury|family|canvas|dome|stargazing)\s+){0,2}(?:tent|yurt|pod|dome|treehouse|casita)s?|(?:\d|one|two|three|four)[- ]bed(?:room)? (?:cabin|chalet|villa|apartment|suite|cottage|bungalow|unit|house)|(?:deluxe |executive |junior |presidential |family |standard |superior )?(?:king|queen|twin|double|single|triple|suite|studio|family room|deluxe room|standard room|executive room)(?: room| bed| suite)?s?|big bed|(?:deluxe|superior)(?=\s*(?:$|[,.!?;)]|if\b|or\b|please\b|pls\b|ones?\b|preferred\b|if possible\b)))\b(?![’']s\b(?!\s+(?:fine|ok|okay|good|great|perfect|better|enough|best)\b)|\s+(?:st|street|rd|road|ave|avenue|lane|ln|way|cross|sq|square|blvd|boulevard|drive|dr|points?|miles|pay|shot|check|whammy|espresso|shift|bonus)\b)/i;

/**
 * A kind of room named by what sets it apart: 榻榻米房, 私汤房, 雪景房, 滑雪小屋, 温泉别墅, 和室. The words in
 * front are cut at anything that is not part of the name (订/的/个/一间…), and rooms that are not for
 * guests (包房 is a restaurant's, 病房 a hospital's) are left out.
 */
const ROOM_NAMED_ZH = /([\u4e00-\u9fff]{0,5})(套房|小屋|木屋|别墅|和室|汤屋|湯屋|房)(?!间|卡|费|号|型|价)/g;
// "订一晚森林木屋": a count of nights before the room is no part of its name either.
const ROOM_MODIFIER_CUT = /.*(?:[的订个要住想我空开退有这那了是在吗呢还能可以成为，,\s]|[一两二三四五六七八九十\d](?:间|晚|夜))/;
const NOT_GUEST_ROOM = /^(?:大|小|豪华)?(?:包|病|厨|书|机|库|药|票|营业|售楼|新|老|二手|租|楼|平|厢|客|间)$/;

const PREFS_FRONT = /^(?:无烟|禁烟|吸烟|安静|高楼层|低楼层|靠窗|朝南)/;

function namedZhRoom(text: string): string | undefined {
  for (const m of text.matchAll(ROOM_NAMED_ZH)) {
    // "无烟双床房": a preference in front is said apart (findPreferences), the room is 双床房.
    const modifier = (m[1] as string).replace(ROOM_MODIFIER_CUT, "").replace(PREFS_FRONT, "");
    const word = m[2] as string;
    if (word === "房" && (modifier.length < 1 || NOT_GUEST_ROOM.test(modifier))) continue;
    return modifier + word;
  }
  return undefined;
}

/** "a lakeside room", "an ocean-view suite", "a japanese style room": a word before the room that says what kind it is. */
const ROOM_NAMED_EN = /\b(?:a|an|the|one|two|\d)\s+([a-z][\w-]+(?:\s+(?:view|style|themed))?)\s+(?:room|suite|cabin|chalet|villa|lodge|cottage)s?\b/i;
const NOT_ROOM_KIND = /^(?:cheapest|best|nicest|biggest|largest|smallest|cheapest|any|one|a|the|your|nice|big|bigger|small|smaller|cheap|cheaper|good|better|quiet|quieter|hotel|spare|free|separate|second|third|private|different|new|smoking|non-smoking|nonsmoking|extra|another|same|room|other|available|clean|hotel)$/i;

/** The room type as written (大床房, twin, suite, 雪景房, slopeside). */
/** A guest taking back what they said: the room named after it is the one they want. */
const TAKEN_BACK = /(?:不对|说错了|算了|还是|改成|换成)[，,\s]*(?=[^。.!！?？]*(?:房|间))|\b(?:actually|sorry|wait|no,)\b[^.!?]{0,20}\b(?:make (?:it|that)|change (?:it|that) to|instead)\b/i;

export function findRoomType(text: string): string | undefined {
  const back = TAKEN_BACK.exec(text);
  const later = back && back.index > 0 ? roomTypeSaid(text.slice(back.index)) : undefined;
  return later ?? roomTypeSaid(text);
}

function roomTypeSaid(text: string): string | undefined {
  // "那间套房": the measure word before the room is no part of its type.
  // "订一套两居室…要带厨房的": rooms counted as a flat's are the type; what it has is a preference.
  const flat = /^(?:[一二两三四\d]室[一二两\d]?厅|[一二两三四]居室)$/.exec(ROOM_TYPES_ZH.exec(text)?.[1] ?? "")?.[0];
  // "订团队房…15间标间": a group's rooms named as such give way to the kind of room said.
  const namedZh = namedZhRoom(text);
  const groupRooms = !!namedZh && /^(?:团队|團隊|团|團)房$/.test(namedZh);
  const zh = (flat ?? (groupRooms ? ROOM_TYPES_ZH.exec(text)?.[1] ?? namedZh : namedZh ?? ROOM_TYPES_ZH.exec(text)?.[1]))?.replace(/^间(?=[\u4e00-\u9fff]{2})/, "");
  if (zh) return zh;
  const en = ROOM_TYPES_EN.exec(text);
  // "a room with big bed", as a learner says 大床, keeps its bed.
  // "3 triples", "two suites": a type counted in the plural is that type.
  // "the Okonkwo twins": a plural with no count before it is people, not rooms ("2 exec suites" is read as named below).
  const plural = en && /^(?:king|queen|twin|double|single|triple|suite|studio)s$/i.test(en[1] as string) && !/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several|some))\s*$/i.test(text.slice(0, en.index));
  if (en && !plural) return /^big bed$/i.test(en[1] as string) ? "big bed" : (en[1] as string).replace(/(?<=\w)s$/i, "").replace(/\s+(room|bed)$/i, "").toLowerCase();
  const named = ROOM_NAMED_EN.exec(text);
  if (named && !NOT_ROOM_KIND.test(named[1] as string)) return (named[1] as string).toLowerCase();
  // "the room with private onsen", "a suite with a private pool": the room named by what it has.
  return /\b(?:room|suite|villa|cabin)s? with (?:an? |its own )?(private (?:onsen|pool|jacuzzi|hot tub|hot spring|garden|terrace|balcony))\b/i.exec(text)?.[1]?.toLowerCase();
}

const PREFS_ZH = [
  "宠物友好", "可带宠物", "挨着", "分两桌", "分三桌", "分两个厅", "分开坐", "相通的房间", "相通房", "同一层楼", "同一楼层", "同一层", "无烟", "禁烟", "吸烟", "相邻的房间", "相邻房间", "相邻", "连通房", "近电梯", "靠窗", "窗边", "高楼层", "低楼层", "高层", "低层", "顶层", "安静", "远离电梯", "靠近电梯", "加床", "婴儿床", "儿童椅", "宝宝椅",
  "儿童座椅", "婴儿椅", "宝宝餐椅", "包间", "包厢", "包房", "大厅", "露台", "户外", "海景", "江景", "湖景", "山景", "景观", "朝南", "无障碍", "轮椅", "延迟退房",
  "提前入住", "早餐", "含早", "双早", "接机", "停车位", "蛋糕", "生日布置", "气球布置", "鲜花", "玫瑰花瓣", "带厨房", "有厨房", "素食", "全素", "吃素", "清真", "不要香菜", "不吃辣", "过敏", "靠里",
  "卡座", "卡位", "近窗", "靠近窗", "BB凳", "BB櫈", "BB椅", "宝宝凳", "一楼", "大桌", "圆桌", "吧台", "晚到", "早到", "不要辣", "少辣", "免辣", "微辣", "角落", "浴缸", "大圆桌", "儿童餐", "安静的角落", "靠门口", "靠近门口", "靠过道", "婴儿车", "推车", "鸳鸯锅", "清汤锅", "九宫格", "壁炉", "有壁炉", "吃素", "温泉池", "看得到山", "看得到海", "浴缸",
];
const PREFS_EN = [
  "pet-friendly", "pet friendly", "pure veg", "adjacent rooms", "connecting rooms", "rooms next to each other", "non-smoking", "nonsmoking", "no smoking", "smoking", "window seat", "window", "quiet corner", "quiet table", "quiet spot", "quiet floor", "quiet side", "quiet", "high floor", "low floor", "high chair", "baby chair", "booster seat",
  "highchair", "baby cot", "crib", "cot", "extra bed", "rollaway bed", "roll-away bed", "rollaway", "sofa bed", "booth", "outdoor", "outside", "terrace", "patio", "sea view", "ocean view",
  "city view", "garden view", "balcony", "wheelchair", "accessible", "late checkout", "late check-out", "early check-in",
  "breakfast", "airport pickup", "parking", "birthday cake", "vegetarian", "vegan", "halal", "gluten-free", "gluten free", "coeliac", "celiac", "private room",
  "away from the elevator", "near the elevator", "bar seating", "bar seats", "bar stools", "counter seats", "corner table",
  "arriving late", "late arrival", "arriving early", "big table", "round table", "no pork", "no beef", "jain food", "kosher", "pescatarian",
  "step-free access", "step-free", "step free", "ramp access", "nut-free", "dairy-free", "lactose intolerant", "extra pillows", "kids menu", "ground floor", "away from the lift", "near the lift",
  "hot tub", "jacuzzi", "fireplace", "near the bar", "ski-in ski-out", "ski in ski out", "mountain view", "lake view", "bathtub",
  "family section", "close to the pool", "near the pool", "by the pool", "poolside", "counter seat", "terraza",
  "skyline view", "sunset view", "beach view", "courtyard view", "canal view", "backup power", "backup generator", "generator", "harbour view", "harbor view", "river view", "bay view", "park view", "pool view", "sea-facing", "sea facing", "flower decoration", "balloons", "bar area", "child chair", "kids chair", "kid's chair", "baby seat", "hard pillow", "soft pillow", "firm pillow", "feather-free pillows", "veg meals only", "veg meals", "veg food", "veg only", "non smoking", "late check-in", "late checkin", "late check in", "early checkin", "space for a pram", "space for a stroller", "pram", "stroller", "buggy",
];
// "two high chairs please": a preference asked for more than once is the same preference.
const PREFS_EN_RE = new RegExp(`\\b(${PREFS_EN.map(escapeForRegExp).join("|")})s?\\b`, "gi");

/** Preferences as short phrases in the message's language. */
/** What a guest does not want near them: "不要靠门口", "别挨着厕所", "不要靠电梯的房间". */
const PREFS_NOT_ZH = /(?:不要|别|不想|不能)(?:靠|挨着|靠近|离|对着|在)[\u4e00-\u9fff]{1,4}?(?=的|[，,。.!！\s]|$)/g;

/**
 * "in the majlis area if possible", "near the lobster tank", "anywhere near the piano would be amazing": where in the place
 * the guest would like to sit.
 */
const SPOT_WANTED = /\b((?:in|near|by|close to) the (?:[a-z]+ ){0,2}(?:area|section|corner|terrace|garden|tank|fireplace|stage|pool|bar|lounge|piano|band|window|windows|fire|river|water))\b(?=\s+if\b|\s+would be\b|\s*(?:please|pls)?\s*[,.!]?\s*$|,)/gi;

export function findPreferences(text: string): string[] {
  const out: string[] = [...[...text.matchAll(SPOT_WANTED)].map((m) => (m[1] as string).replace(/^(?:in|by) the /i, ""))];
  const negated = [...text.matchAll(PREFS_NOT_ZH)].map((m) => m[0]);
  out.push(...negated);
  for (const p of PREFS_ZH) {
    if (!text.includes(p)) continue;
    // 吸烟 inside "不吸烟" or "禁吸烟" is the wish against it, kept in the guest's words.
    const against = /(?:不|无|禁)吸烟/.exec(text);
    if (p === "吸烟" && against) {
      if (!out.some((o) => o.includes("烟"))) out.push(against[0]);
      continue;
    }
    if (out.some((o) => o.includes(p))) continue;
    out.push(p);
  }
  // "最好离电梯近点", "离大门远一点", "a nut allergy": where to sit said by distance, and an allergy named by its food.
  // "要窗口位", "其中一位不吃海鲜": a window seat said as 窗口, and a food someone does not eat.
  if (/窗口位|靠窗口|窗口的位/.test(text) && !out.some((o) => o.includes("窗"))) out.push(/窗口位|靠窗口|窗口的位/.exec(text)?.[0] as string);
  // "一间大床房加一张床": an extra bed, however it is counted.
  if (/加(?:一|1|两|2)?张床/.test(text) && !out.some((o) => o.includes("加床"))) out.push("加床");
  for (const m of text.matchAll(/不(?:吃|食|饮|喝|能吃|要)(?!辣|香菜)([\u4e00-\u9fff]{1,3}?)(?=[，,。.!！\s]|$)/g)) if (!out.some((o) => o.includes(m[0]))) out.push(m[0]);
  // "somewhere a little quieter": quiet, asked by comparison.
  if (/\bquieter\b/i.test(text) && !out.includes("quiet")) out.push("quiet");
  // "set menu B for everyone", "套餐A": the set menu chosen, by its letter.
  for (const m of text.matchAll(/\b((?:set|tasting|banquet|party) menu [A-Z0-9])\b/g)) if (!out.includes(m[1] as string)) out.push(m[1] as string);
  // "with a view of the Burj", "a view of the harbour": the view asked for, named by what is seen.
  for (const m of text.matchAll(/\b(?:a |the )?(view (?:of|over|onto) (?:the )?[\p{L}][\p{L}'-]*(?: [A-Z][\p{L}'-]*)*)/gu)) if (!out.some((o) => o.includes(m[1] as string))) out.push(m[1] as string);
  // "Bosphorus view table": a view named by the place seen.
  for (const m of text.matchAll(/\b([A-Z][\p{L}]+ view)\b/gu)) if (!out.some((o) => o.toLowerCase().includes((m[1] as string).toLowerCase()))) out.push(m[1] as string);
  // "离电梯远一点" is the 远离电梯 of the list; "离电梯近" is said as it is.
  for (const m of text.matchAll(/离([\u4e00-\u9fff]{1,4}?)(近|远)/g)) {
    const said = m[2] === "远" ? `远离${m[1]}` : m[0];
    if (!out.some((o) => o.includes(said))) out.push(said);
  }
  // "给个远离洗手间的位置": what to be away from, named.
  for (const m of text.matchAll(/远离([\u4e00-\u9fff]{1,4}?)(?=的|[，,。.!！\s]|$)/g)) if (!out.some((o) => o.includes(m[0]))) out.push(m[0]);
  // "位置要靠鱼塘边边", "靠河边": beside what, named.
  for (const m of text.matchAll(/(?<!不要|[不别离])靠([\u4e00-\u9fff]{1,3}?)(?:边边|边上|旁边|那边|边)/g)) if (!out.some((o) => o.includes(`靠${m[1]}`))) out.push(`靠${m[1]}`);
  // "安排靠近洗手间的桌": what to be near, named.
  // The whole phrase replaces the pieces of it the list found (靠近窗, 近窗 inside 靠近窗户).
  for (const m of text.matchAll(/靠近([\u4e00-\u9fff]{1,4}?)(?=的|[，,。.!！\s]|$)/g)) {
    if (out.some((o) => o.includes(m[0]))) continue;
    for (let i = out.length - 1; i >= 0; i--) if (m[0].includes(out[i] as string)) out.splice(i, 1);
    out.push(m[0]);
  }
  // "楼层低一点最好", "楼层高些": the floor wanted, said after the word.
  for (const m of text.matchAll(/楼层(?:要|最好|尽量)?(高|低)/g)) if (!out.some((o) => o.includes(`${m[1]}楼层`) || o.includes(`${m[1]}层`))) out.push(`${m[1]}楼层`);
  // "对花生和芒果过敏": each food named is an allergy of its own.
  const allergic = /对([\u4e00-\u9fff]{1,4}(?:(?:和|跟|与|、|及)[\u4e00-\u9fff]{1,4})*)过敏/.exec(text);
  if (allergic) {
    const i = out.indexOf("过敏");
    if (i >= 0) out.splice(i, 1);
    for (const food of (allergic[1] as string).split(/和|跟|与|、|及/)) out.push(`${food}过敏`);
  }
  for (const m of text.matchAll(/\b((?:nut|peanut|tree nut|shellfish|dairy|gluten|egg|soy|seafood|fish|sesame|lactose|wheat) allerg(?:y|ies))\b/gi)) out.push((m[1] as string).toLowerCase());
  // "one of us is allergic to shellfish", "pls no nuts": the food to keep away, as said.
  for (const m of text.matchAll(/\ballergic to ((?:tree )?[a-z]+)\b|\b(no (?:nuts|peanuts|shellfish|seafood|pork|beef|dairy|gluten|onions?|garlic|coriander|cilantro|msg|spice|alcohol|raw fish|raw food|chilli|chili|mushrooms?|eggs?|lamb|mutton))\b/gi)) {
    const food = ((m[1] ?? m[2]) as string).toLowerCase();
    if (!out.some((o) => o.includes(food))) out.push(food);
  }
  // "away from the road", "要看得到球场的", "麻烦不要五辛", "English menu pls": what to be near, see or keep off, said in words.
  for (const m of text.matchAll(/\baway from (?:the )?(?:[a-z]+ )?(?:road|street|lift|lifts|elevator|elevators|stairs|bar|kitchen|toilets?|restrooms?|bathrooms?|door|entrance|noise|pool|traffic|highway|motorway|speakers?|music|band|stage|tv|screens?)\b|看得到[\u4e00-\u9fff]{1,4}?(?=的|[，,。.!！\s]|$)|(?<=麻烦|请|但|最好|备注)不要[\u4e00-\u9fff]{1,4}?(?=[，,。.!！\s]|$)|\b(?:english|chinese|kids'?|children'?s|vegan|vegetarian|halal|gluten[- ]free) menus?\b/gi)) {
    if (!out.some((o) => o.includes(m[0]) || m[0].includes(o))) out.push(m[0]);
  }
  for (const { need } of findNeeds(text)) if (!out.some((o) => o.toLowerCase().includes(need.toLowerCase()))) out.push(need);
  // "最好带烧烤台的", "we'd need ski storage", "he wants the seats right in front of the chef": a thing or a spot asked
  // for in so many words, whatever it is.
  for (const m of text.matchAll(/最好(?:带|有|要)([\u4e00-\u9fff]{1,5}?)(?:的|(?=[，,。.!！\s]|$))|\b(?:we'?d|we will|we'?ll|i'?d|would) (?:also )?need (?:a |an |some )?([a-z]+ (?:storage|parking|space|access|chair|cot|crib|heater|charger))\b|\b(?:wants?|would like|prefers?|asked for) the ((?:seats?|table|spot|bench|booth) (?:right )?(?:in front of|next to|near|by|facing) the [a-z]+)\b/gi)) {
    const asked = (m[1] ?? m[2] ?? m[3]) as string;
    if (!out.some((o) => o.includes(asked) || asked.includes(o))) out.push(asked);
  }
  // "Any chance of the deck?", "Anything with a bath": a spot or a fitting hoped for.
  for (const m of text.matchAll(/\b(?:any chance of|could (?:we|i) (?:have|get)|can (?:we|i) (?:have|get)) the (deck|patio|terrace|balcony|booth|garden|courtyard|rooftop|verandah|veranda|window(?: seat| table)?)\b|\b(?:anything|something|one|room|double|twin|king|queen|suite|single) with (?:a |an )?(bath|bathtub|balcony|kitchenette|fireplace|view)\b(?! (?:of|over|onto)\b)/gi)) {
    const spot = ((m[1] ?? m[2]) as string).toLowerCase();
    if (!out.some((o) => o.toLowerCase().includes(spot))) out.push(spot);
  }
  // "a room facing the courtyard", "need separate area for kids": which way it faces, or a space set apart.
  for (const m of text.matchAll(/\bfacing (?:the )?(?:courtyard|garden|sea|ocean|pool|street|road|mountains?|lake|river|park|city|beach)\b|\bseparate (?:area|room|section|table|corner|space) for (?:the )?\w+/gi)) {
    if (!out.some((o) => o.includes(m[0]))) out.push(m[0]);
  }
  for (const m of text.matchAll(PREFS_EN_RE)) {
    const p = (m[1] as string).toLowerCase();
    if (p === "smoking" && /\b(non|no)[- ]?smoking/i.test(text)) continue;
    if (out.some((o) => o.includes(p))) continue;
    out.push(p);
  }
  // In the order said, whichever list found them.
  // A phrase put in the list's words (远离电梯, 低楼层) is placed where its last part was said.
  const lower = text.toLowerCase();
  const at = (p: string) => [p, p.slice(1), p.slice(-2)].map((q) => lower.indexOf(q.toLowerCase())).find((i) => i >= 0) ?? -1;
  return out.sort((a, b) => at(a) - at(b));
}

const ROOM_CUES = /(的房(?![卡费号价])|帐篷|\b(?:tent|yurt|glamping pod|treehouse|casita)s?\b|[一两二三四五\d]\s*间房|\b(?:cabin|chalet|villa|apartment|bungalow|cottage|lodge|bhk)s?\b|小屋|公寓|(?:单人|双人|三人|四人|标准|大床|双床|家庭|亲子)(?:房|间)|有(?:空)?房|房吗|高层|低层|楼层|订(?:个|一个|间|一间|两间)房|住到|待到|(?:景|汤|家庭|亲子|景观|豪华|商务|行政|海景|山景|湖景|园景|雪景|温泉|榻榻米|情侣|无烟)房|空房|小屋|别墅|木屋|和室|民宿|房间|订房|开房|房型|入住|住[一二两三四五六七八九十\d]|住几|住宿|酒店|客房|套房|大床|双床|标间|晚上住|退房|\broom\b|\brooms\b|\bstay\b|\bnights\b|\b(?:\d+|a|one|two|three|four|five|six|seven|per|each|extra|more|another)\s+night\b|check[- ]?in|check[- ]?out|\bsuite\b|\bking\b(?![’']s\b|\s+(?:st|street|rd|road|ave|avenue|lane|ln|way|cross|sq|square|blvd|boulevard|drive|dr)\b)|\bqueen\b(?![’']s\b|\s+(?:st|street|rd|road|ave|avenue|lane|ln|way|cross|sq|square|blvd|boulevard|drive|dr)\b)|\btwin\b|\bdouble\b|\bhotel\b)/i;
const TABLE_CUES = /(订个位|(?:的|个)位置|卡座|吧台|大桌|订桌|订位|桌|座位|位子|包间|包厢|包房|餐|吃饭|饭|午饭|晚饭|宴|[\d一二两三四五六七八九十]+位(?!置)|\btable\b|\bdinner\b|\blunch\b|\bbrunch\b|\bbreakfast for\b|\bseats?\b|\bdine\b|\bdining\b|\brestaurant\b)/i;

/** Room or table, from the words used; undefined when the message does not say. */
export function findBookingKind(text: string): "room" | "table" | undefined {
  // A restaurant's private room is a table booked, whatever the word.
  if (/\bprivate (?:dining )?room\b|\bprivate dining\b/i.test(text) && !/\bnights?\b|\bstay\b|check[- ]?in/i.test(text)) return "table";
  // "got room for 12 tomorrow night at 6:30? birthday dinner": space for a party at an hour is a table.
  const spaceForParty = /\b(?:room|space) for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(text);
  if (spaceForParty && /\b(?:dinner|lunch|brunch|breakfast|table)\b|\bat \d{1,2}(?::\d{2})?\s*(?:pm|am)?\b/i.test(text) && !/\bstay\b|check[- ]?in|\b(?:\d+|two|three) nights\b/i.test(text)) return "table";
  // "can I book a bed for tonight", "女生宿舍的床位": a hostel's bed or dorm is a night's stay.
  if (/\b(?:a|one|two|\d) (?:dorm )?beds? (?:for|in)\b|\bdorm(?:itory)? bed\b|\bbed in (?:the|a) dorm\b|床位|宿舍/i.test(text) && !/\b(?:table|dinner|lunch)\b|桌|餐/i.test(text)) return "room";
  // "订个会议室 80人": a meeting room is a room, however many come at what hour.
  if (/会议室|会议厅|\b(?:meeting|conference|board) ?rooms?\b/i.test(text)) return "room";
  // "KTV中包 8个人", "想book个大房唱K": a karaoke room chosen by its size is a room of that type; "今晚9点KTV包厢",
  // "karaoke room for 8", "the tea room for 3": otherwise the evening's slot is booked like a private dining room.
  if (/KTV|唱K|卡拉OK|\bkaraoke\b|\btea ?rooms?\b|茶室|茶座/i.test(text)) return /[大中小豪]包|[大中小]房|\b(?:small|medium|large|big) (?:room|booth)\b/i.test(text) ? "room" : "table";
  const room = ROOM_CUES.exec(text), table = TABLE_CUES.exec(text);
  if (room && !table) return "room";
  if (table && !room) return "table";
  if (room && table) {
    // "晚上住" vs "晚餐": a nights count or a room word is stronger than a meal mention.
    if (/(房|住|\broom|\bsuite|\bnights\b|\b(?:\d+|a|one|two|three|four|five|six|seven|per|each|extra|more|another)\s+night\b|check[- ]?in)/i.test(text)) return "room";
    return "table";
  }
  return undefined;
}

/** The guest's own name ("my name is Ming Li", "我叫王芳", "姓陈", "under Chen"). */
export function findGuestName(text: string): string | undefined {
  // "姓名：Lisa Wong\n人数：2": a booking written as a form names its guest by the label.
  const labelled = readForm(text).name?.value;
  if (labelled) return labelled;
  const en = /\b(?:[Mm]y name is|[Nn]ame is|[Nn]ame's|i am|i'm|this is|under(?: the name)?|[Nn]ame:?|[Ss]urname(?: is|:)?|[Ll]ast name(?: is|:)?|[Ff]amily name(?: is|:)?|for guest|guest name:?|(?:phone |walk-in )?booking for)\s+((?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)?\s*[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+){0,2})/.exec(text);
  if (en) return (en[1] as string).trim();
  // "booked the Tan family for Sat 7pm", "the Okafor party of 8": a household or party, by its surname.
  // "…name is linda ho": typed in lower case (or in capitals, read so), the name closes the message.
  const lower = /\b(?:my )?name is ([a-z][a-z'-]{1,15}(?: [a-z][a-z'-]{1,15}){0,2})\s*[.!]*$/.exec(text);
  if (lower) return lower[1];
  const household = /\bthe\s+([A-Z][a-zA-Z'-]+)\s+(?:family|party|household|group)\b|(?:^\s*|[,:;]\s*)(?!(?:Big|Small|Large|Whole|Extended|Host|Royal|Young|New|Our|My|The|A|One|Two|Birthday|Dinner|Lunch|Office|Team|Hen|Stag|Tea|Pool|Garden|Private|Surprise|Family|Christmas|Xmas|Farewell)\b)([A-Z][a-zA-Z'-]+)\s+(?:family|party|household)\b/.exec(text);
  if (household) return household[1] ?? household[2];
  // "…king bed, jenny ong 917-555-0123": a name typed in lower case, then the number, closing the message.
  const signed = /[,，]\s*([a-z][a-z'-]{1,15}(?: [a-z][a-z'-]{1,15})?)\s+\+?\d[\d\s-]{6,}\s*$/.exec(text);
  if (signed && !/\b(?:pls|please|tel|phone|ph|mobile|mob|cel|cell|celular|call|number|no|hp|contact|whatsapp|wa|line|wechat|viber|zalo|telegram|sdt|nr|num)\b/i.test(signed[1] as string)) return signed[1];
  const zh = /(?:我叫|我是|(?<=[，,。\s])她叫|(?<=[，,。\s])他叫|名字是|名字叫|名字写|名字|写(?:的)?名字|留名|姓名[:：]?|联系人[:：]?|(?:预订人|订房人|订位人|预约人)[:：]?|帮客人|给客人|替客人)\s*(?!订|预|定|开|留|约|安排|登记)([\u4e00-\u9fff]{2,4}?)(?=[，,。.\s]|电话|手机|订|预订|要|$)/.exec(text);
  if (zh) return zh[1];
  // "Please reserve a suite for Dana Whitfield": the one a room or table is kept for, named in full.
  const keptFor = /\b(?:[Rr]eserve|[Bb]ook|[Hh]old|[Kk]eep)\s+(?:a|an|the|one|two)\s+(?:[a-z]+\s+){0,2}for\s+((?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s*[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)?|[A-Z][a-zA-Z'-]+\s+[A-Z][a-zA-Z'-]+)/.exec(text);
  if (keptFor && !/^(?:Christmas|Xmas|New|Easter|Valentine|Thanksgiving|Boxing|Mother|Father|Halloween|National|Chinese|Lunar|Labour|Labor|Independence|Memorial)\b/.test(keptFor[1] as string) && !/^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/.test(keptFor[1] as string)) return (keptFor[1] as string).trim();
  // "Corporate guest 林志远 arriving Monday": a guest named in Chinese within English.
  const guestZh = /\bguest\s+([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])/i.exec(text);
  if (guestZh) return guestZh[1];
  // "给客人Alice订个房": a guest's name typed in Latin letters.
  // "我係 Wendy", "我叫 Amy Lau": the guest's own name in Latin letters.
  const latin = /(?:帮客人|给客人|替客人|客人|我叫|我是|我係)\s*([A-Z][a-zA-Z'-]+(?:\s[A-Z][a-zA-Z'-]+)?)/.exec(text);
  if (latin) return latin[1];
  const sur = /(?:我)?姓([\u4e00-\u9fff])(?![\u4e00-\u9fff]{2})/.exec(text);
  // "我姓林": the surname as written; a title only when the guest wrote one ("姓钟 钟女士").
  if (sur) return new RegExp(`${sur[1]}(?:先生|女士|小姐|太太)`).exec(text)?.[0] ?? sur[1];
  return undefined;
}
