import { pinyin } from "pinyin-pro";

const HAN = /\p{Script=Han}/u;

/**
 * The text fuzzy search matches a customer (or company) against, lower-case: the name; for Chinese its
 * pinyin spaced and joined and its initials (张伟 → "zhang wei zhangwei zw"); the company and its pinyin;
 * phone digits; email local parts; the WeChat id.
 */
export function buildSearchKey(options: {
  name: string;
  company?: string | null;
  phones?: string[];
  emails?: string[];
  wechatId?: string | null;
}): string {
  const { name, company, phones = [], emails = [], wechatId } = options;
  const parts = [
    ...withPinyin(name, { initials: true }),
    ...(company ? withPinyin(company, { initials: false }) : []),
    ...phones.map((phone) => phone.replace(/\D/g, "")),
    ...emails.map((email) => email.split("@")[0] ?? ""),
    wechatId ?? "",
  ];
  const words = parts.map(fold).filter(Boolean);
  return [...new Set(words)].join(" ");
}

/**
 * The name's words (张伟 → 张伟, zhang, wei, zhangwei, zw): name search looks for a whole word typed in
 * nameWords, then in nameKey (" 张伟 zhang wei zhangwei zw ") for the start of a word or a typo, before
 * the whole search key, whose trigram lists are several times longer.
 */
export function buildNameWords(name: string): string[] {
  return [...new Set(withPinyin(name, { initials: true }).map(fold).filter(Boolean))];
}

/** Every key of a customer, for create and update. */
export function customerKeys(options: Parameters<typeof buildSearchKey>[0]): { searchKey: string; nameWords: string[]; nameKey: string } {
  const nameWords = buildNameWords(options.name);
  return { searchKey: buildSearchKey(options), nameWords, nameKey: ` ${nameWords.join(" ")} ` };
}

/** Lower case, full-width folded to ASCII (Ｊｏｈｎ → john), whitespace collapsed. */
export function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The text itself, and when it holds Chinese, its pinyin spaced, joined and (optionally) as initials. */
export function withPinyin(text: string, options: { initials: boolean }): string[] {
  if (!HAN.test(text)) return [text];
  // surname: "head" reads the first character as a surname, so 单 is "shan" and 曾 is "zeng".
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "removed", surname: "head" });
  const result = [text, syllables.join(" "), syllables.join("")];
  if (options.initials) {
    result.push(pinyin(text, { pattern: "first", toneType: "none", type: "array", nonZh: "removed", surname: "head" }).join(""));
  }
  return result;
}
