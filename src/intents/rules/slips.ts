/**
 * A slip corrected in the same message: "电话18620093375 打错了 是18620093357", "150 bottles of sake no wait
 * 250 bottles". Only the correction is kept, so every finder reads what was meant. A slip and its correction
 * must have the same shape (two phone numbers, two counts of the same unit); anything else is left as typed.
 */

const SAID_WRONG = "(?:打错了?|写错了?|输错了?|不对|错了|说错了|sorry|oops|no wait|wait no|i mean|actually|correction|make (?:it|that))";

const PHONE = "\\+?\\d[\\d -]{6,}\\d";
const PHONE_CORRECTED = new RegExp(`(${PHONE})[\\s,，。.!！]*${SAID_WRONG}[\\s,，。.:：!！]*(?:是|应该是|正确的是|it'?s|is)?\\s*(${PHONE})`, "gi");

const COUNT = "\\d+|[一二两三四五六七八九十百千]+";
const COUNT_CORRECTED = new RegExp(`(?<![\\d.])(${COUNT})\\s*([a-z]+|[\\u4e00-\\u9fff])([^,，。.!?！？\\d]{0,20}?)[\\s,，。]*${SAID_WRONG}[\\s,，:：]*(?:是)?\\s*(${COUNT})\\s*\\2(?![a-z])`, "gi");

export function keepCorrections(text: string): string {
  return text
    .replace(PHONE_CORRECTED, (_all, _slip: string, meant: string) => meant)
    .replace(COUNT_CORRECTED, (_all, _slip: string, unit: string, rest: string, meant: string) => `${meant}${/[a-z]/i.test(unit) ? " " : ""}${unit}${rest}`);
}
