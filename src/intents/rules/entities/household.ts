/**
 * A party told by who is in it rather than by its size: 两大一小, 四大三小, 两大两老一小, 一家四口加两位老人,
 * 两个大人加一个一岁宝宝, "2 adults and 2 teens", "a couple with a newborn". Every member is counted.
 */
import { NUM_SOURCE, parseCount } from "../numbers.ts";

const EN_COUNT = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?";
const AGE = `(?:${NUM_SOURCE}|半)\\s*(?:个月|岁半?|周岁)(?:大)?的?`;
const ZH_MEMBER = "大人|成人|小孩|孩子|儿童|小朋友|宝宝|婴儿|小宝宝|娃娃?|老人|长辈|老人家|青少年|学生";
const ELDER = "外婆|外公|奶奶|爷爷|姥姥|姥爷|婆婆|公公|岳父|岳母|丈母娘|保姆|我妈|我爸";
const EN_MEMBER = "adults?|grown-?ups|kids?|child(?:ren)?|teens?|teenagers?|toddlers?|bab(?:y|ies)|infants?|newborns?|grandparents?|seniors?|grandkids?";

/** One member group, its size in the first group that is set. */
const PART = new RegExp(
  [
    // 两大 / 一小 / 两老: the bare shorthand, never 两大杯 or 一小时.
    `(${NUM_SOURCE})\\s*[大小老](?![床房号杯份盘碗桌间包点时瓶袋箱件块张片些部分型单早会堆半批笔口])`,
    // 两个大人, 一个一岁宝宝, 两位老人
    `(${NUM_SOURCE})\\s*(?:个|位|名)?\\s*(?:${AGE})?\\s*(?:${ZH_MEMBER})`,
    // 老人俩, 孩子两个
    `(?:${ZH_MEMBER})\\s*(俩|仨|${NUM_SOURCE}\\s*(?:个|位))`,
    // 一家四口, 四口人
    `一家\\s*(${NUM_SOURCE})\\s*口|(${NUM_SOURCE})\\s*口(?:人|之家)`,
    // 2 adults, a newborn, two teens
    `\\b(${EN_COUNT})\\s+(?:\\d+-(?:year|month)-old\\s+)?(?:${EN_MEMBER})\\b`,
    // a couple
    `\\b(?:an?\\s+)?(couple)\\b(?!\\s+(?:of|more|days|nights|weeks|hours))`,
    // 外婆, 我妈: one person, counted only when added to a group
    // "加爷爷奶奶": each elder of a pair named together.
    `(?<=加|加上|带|带上|还有|和|跟|、|${ELDER})(${ELDER})`,
  ].join("|"),
  "gi",
);

const ONE_ELDER = new RegExp(`^(?:${ELDER})$`);

/** What may stand between two members of one party. */
const JOINER = /^\s*(?:[,，、+&]|再加上?|外加|加上?|还有|以及|和|跟|带上?|and|plus|with|w\/)?\s*$/i;

/** A joiner that adds to the group before it, not one that picks some of them out. */
const ADDED = /再加上?|外加|加上?|还有|以及|和|跟|带上?|\band\b|\bplus\b|\bwith\b|w\/|\+/i;

function sizeOf(match: RegExpExecArray): number | undefined {
  const said = match.slice(1).find((g) => g !== undefined) as string;
  if (/^couple$/i.test(said)) return 2;
  if (ONE_ELDER.test(said)) return 1;
  if (/^an?$/i.test(said)) return 1;
  return parseCount(said.replace(/\s*[个位]$/, ""));
}

/** The party's size when the message lists two or more kinds of member; the last list wins ("两大一小变成两大两小"). */
export function findHousehold(text: string): number | undefined {
  let found: number | undefined;
  let total = 0;
  let parts = 0;
  let end = -1;
  let whole = false;
  for (const m of text.matchAll(PART)) {
    const n = sizeOf(m);
    if (n === undefined || n > 100) continue;
    const between = text.slice(end, m.index);
    // "一家12口，两位老人吃素": after the family's whole, a group set off by a comma alone is some of them.
    if (whole && end >= 0 && !ADDED.test(between) && JOINER.test(between)) continue;
    whole = /^一家|口/.test(m[0]);
    const joined = end >= 0 && JOINER.test(between);
    if (!joined) {
      total = 0;
      parts = 0;
    }
    total += n;
    parts += 1;
    end = (m.index ?? 0) + m[0].length;
    if (parts >= 2) found = total;
  }
  return found;
}
