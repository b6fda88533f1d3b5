/**
 * What a guest says about themselves, as the short phrases a booking carries: "我不抽烟" → 无烟,
 * "always a high floor" → high floor, "我对花生过敏" → 花生过敏. Short canonical phrases, because the
 * next booking applies them word for word and the reply repeats them ("已为您安排无烟…").
 */
/** A pattern and the phrase it stands for; an empty phrase keeps the words as the guest said them. */
const ZH: [RegExp, string][] = [
  [/(不抽烟|不吸烟|无烟|禁烟|戒烟了)/, "无烟"],
  [/(?<!不)(抽烟|吸烟)(?!房)|吸烟房/, "吸烟"],
  [/(高楼层|高层|楼层高)/, "高楼层"],
  [/(低楼层|低层|楼层低)/, "低楼层"],
  [/(安静|怕吵)/, "安静"],
  [/(靠窗|窗边)/, "靠窗"],
  [/(远离电梯|离电梯远)/, "远离电梯"],
  [/大床/, "大床"],
  [/(双床|两张床)/, "双床"],
  [/(素食|吃素)/, "素食"],
  [/(不吃辣|不能吃辣)/, "不吃辣"],
  [/(不要香菜|不吃香菜)/, "不要香菜"],
  [/(延迟退房|晚点退房)/, "延迟退房"],
  [/(婴儿床)/, "婴儿床"],
  [/(荞麦枕|软枕|硬枕|羽绒枕)/, ""],
];
const EN: [RegExp, string][] = [
  [/\b(non[- ]?smok\w*|no smoking|(?:don't|do not|never) smoke)\b/i, "non-smoking"],
  [/\bhigh(?:er)? floor\b/i, "high floor"],
  [/\blow(?:er)? floor\b/i, "low floor"],
  [/\bquiet\b/i, "quiet"],
  [/\bwindow\b/i, "window"],
  [/\b(away from the (?:elevator|lift))\b/i, "away from the elevator"],
  [/\bking\b/i, "king bed"],
  [/\btwin\b/i, "twin beds"],
  [/\b(vegetarian)\b/i, "vegetarian"],
  [/\bvegan\b/i, "vegan"],
  [/\bhalal\b/i, "halal"],
  [/\bgluten[- ]free\b/i, "gluten-free"],
  [/\blate check-?out\b/i, "late checkout"],
  [/\b(?:baby )?cot|crib\b/i, "baby cot"],
];

/** The preferences a first-person statement carries; empty when it carries none. */
export function preferencesInStatement(text: string): string[] {
  const t = text.normalize("NFKC");
  const out: string[] = [];
  const add = (p: string) => {
    if (p && !out.some((o) => o.toLowerCase() === p.toLowerCase())) out.push(p);
  };
  for (const [re, phrase] of ZH) {
    const m = re.exec(t);
    if (m) add(phrase || m[0]);
  }
  // 我对花生过敏 / 花生过敏 / 对海鲜过敏: the allergen is what matters, kept short.
  const allergyZh = /(?:对)?([\u4e00-\u9fff]{1,6}?)过敏/.exec(t);
  if (allergyZh && !/^(有点|有些|严重|会|很|我|都|也)$/.test(allergyZh[1]!)) add(`${allergyZh[1]!.replace(/^(我|本人)?对?/, "")}过敏`);
  for (const [re, phrase] of EN) if (re.test(t)) add(phrase);
  const allergyEn = /\ballergic to ([a-z][a-z -]{1,30}?)(?=[,.;!]|\band\b|$)/i.exec(t);
  if (allergyEn) add(`allergic to ${allergyEn[1]!.trim().toLowerCase()}`);
  return out.filter((p) => !(p === "吸烟" && out.includes("无烟")));
}
