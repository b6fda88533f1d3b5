/**
 * A body's or a diet's needs, the same on a booking and on a customer's record: a guide dog, a doorbell that flashes,
 * a room with no steps, no sugar ("我爸有糖尿病，菜麻烦少糖", "travels with a service dog, add that to his profile").
 */
export const NEEDS_ZH = ["无台阶", "导盲犬", "服务犬", "闪光门铃", "淋浴椅", "扶手", "无糖", "少糖", "低糖", "无乳糖", "无麸质", "低盐", "少盐", "少油"];
export const NEEDS_EN = ["guide dog", "service dog", "assistance dog", "hearing dog", "shower chair", "shower seat", "roll-in shower", "grab rails", "grab bars"];

/** Needs named with what they are for: "a low-sugar dessert", "a visual fire alarm", "a chair with a back". */
const NEEDS_NAMED_EN = /\b(?:(?:low|reduced|no)[- ](?:sugar|salt|sodium|fat|carb)(?: (?:desserts?|meals?|menu|options?|food|dishes|drinks?|cake|breakfast))?|(?:visual|vibrating|flashing) (?:fire )?(?:alarms?|doorbells?)|chairs? with (?:a )?back(?:rest)?s?)\b/gi;

/** A phrase put into a regular expression as the letters it is. */
export const escapeForRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
const NEEDS_EN_RE = new RegExp(`\\b(?:${NEEDS_EN.map(escapeForRegExp).join("|")})s?\\b`, "gi");

/** The needs a message names, as written, in the order said. */
export function findNeeds(text: string): Array<{ need: string; at: number }> {
  const out: Array<{ need: string; at: number }> = [];
  for (const word of NEEDS_ZH) {
    const at = text.indexOf(word);
    if (at >= 0) out.push({ need: word, at });
  }
  for (const m of text.matchAll(NEEDS_NAMED_EN)) out.push({ need: m[0].toLowerCase(), at: m.index ?? 0 });
  for (const m of text.matchAll(NEEDS_EN_RE)) {
    // "two shower chairs": the need, counted once.
    const need = m[0].toLowerCase().replace(/s$/, "");
    if (!out.some((o) => o.need.includes(need))) out.push({ need: /^[A-Z]/.test(m[0]) ? m[0] : need, at: m.index ?? 0 });
  }
  return out.sort((a, b) => a.at - b.at);
}
