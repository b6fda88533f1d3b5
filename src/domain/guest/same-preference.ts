/**
 * One preference said in two languages ("window" and "靠窗", "non-smoking" and "无烟") is one preference: a guest
 * who booked once in English and once in Chinese should not be told "window, 靠窗". Each group below is one
 * thing a guest asks for; a preference outside every group is only the same as itself, case aside.
 */
const SAME: string[][] = [
  ["window", "window seat", "window table", "靠窗", "窗边", "窗口位", "靠窗口", "靠窗的位"],
  ["non-smoking", "nonsmoking", "non smoking", "no smoking", "无烟", "禁烟", "不吸烟", "无烟房"],
  ["smoking", "吸烟", "吸烟房"],
  ["quiet", "quiet room", "安静", "安静的房间"],
  ["high floor", "高楼层", "高层"],
  ["low floor", "低楼层", "低层"],
  ["sea view", "ocean view", "海景"],
  ["high chair", "highchair", "baby chair", "儿童椅", "宝宝椅", "婴儿椅", "宝宝餐椅", "儿童座椅", "bb凳", "bb椅"],
  ["baby cot", "cot", "crib", "婴儿床"],
  ["extra bed", "加床"],
  ["late checkout", "late check-out", "延迟退房"],
  ["early check-in", "early checkin", "提前入住"],
  ["booth", "卡座", "卡位"],
  ["terrace", "terraza", "露台", "patio"],
  ["outdoor", "outside", "户外"],
  ["private room", "包间", "包厢"],
  ["vegetarian", "素食", "吃素"],
  ["halal", "清真"],
  ["wheelchair", "accessible", "轮椅", "无障碍"],
];

const GROUP = new Map<string, number>(SAME.flatMap((words, group) => words.map((w) => [w.toLowerCase(), group] as [string, number])));

/** A key equal for the same preference in any of its words. */
export function preferenceKey(preference: string): string {
  const word = preference.trim().toLowerCase();
  const group = GROUP.get(word);
  return group === undefined ? word : `#${group}`;
}

/** Whether two preferences ask for the same thing. */
export const samePreference = (a: string, b: string) => preferenceKey(a) === preferenceKey(b);

/** The list with each preference once, the first wording kept. */
export function distinctPreferences(preferences: string[]): string[] {
  const seen = new Set<string>();
  return preferences.filter((p) => {
    const key = preferenceKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
