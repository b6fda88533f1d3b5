/**
 * Phones and emails. A phone keeps its digits and a leading +; mainland mobiles may be typed with spaces
 * or dashes (138 0013 8000), foreign numbers with a country code (+1 415 555 0199), and short local
 * numbers in the 555-0199 style.
 */

export type Span = { index: number; end: number; value: string };

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL_RE)].map((m) => ({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, value: m[0].replace(/\.$/, "") }));
}

// A run of digits with the separators people type inside phone numbers, on one line.
// After a comma only when the comma is not inside a number (NFKC turns "，" into ","); before one only when
// the comma does not start a thousands group ("13600001234，12月1号" is a phone, "12,000" is not).
const PHONE_RE = /(?<![\w./@+-])(?<!\d,)(\+[ \t]?\d{1,3}[ \t-]?)?(\(?\d[\d \t()-]{5,18}\d)(?![\w@]|\.\d|,\d{3}(?!\d)|[:/]\d)/g;

// Phones grouped by dots, as North America (720.555.0184) and France (06.12.34.56.78) write them; a date
// (2026.11.18) or a European amount (1.250.000) has other group lengths.
const DOTTED_PHONE_RE = /(?<![\w.])(?:\+\d{1,3}[ .])?(?:\d{3}\.\d{3}\.\d{4}|0\d(?:\.\d\d){4})(?![\w]|\.\d)/g;

/** Finds phone numbers; dates (2026-11-18), money (12,000) and long IDs are not phones. */
export function findPhones(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(DOTTED_PHONE_RE)) {
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, value: (m[0].startsWith("+") ? "+" : "") + m[0].replace(/\D/g, "") });
  }
  for (const m of text.matchAll(PHONE_RE)) {
    let raw = m[0];
    // Trailing separators belong to the sentence, not the number.
    raw = raw.replace(/[\s()-]+$/, "");
    // "13588204417 2月3号": a date's number typed after the phone is not part of it.
    const tail = /\s+\d{1,2}$/.exec(raw);
    if (tail && /^[\u4e00-\u9fff]/.test(text.slice((m.index ?? 0) + m[0].length))) raw = raw.slice(0, tail.index);
    const digits = raw.replace(/\D/g, "");
    const plus = raw.trim().startsWith("+");
    if (digits.length < 7 || digits.length > 15) continue;
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(raw.trim())) continue;
    // Spaces may separate a phone's groups, but not two unrelated numbers ("5 12000").
    const groups = raw.replace(/^\+/, "").split(/[\s()-]+/).filter(Boolean);
    // "0 99488 77665": a trunk 0 said apart before an Indian mobile is part of it.
    if (groups.length > 1 && groups.some((g, i) => g.length === 1 && !(i === 0 && g === "0" && groups.length === 3)) && !plus) continue;
    const mainlandMobile = /^1[3-9]\d{9}$/.test(digits) || /^861[3-9]\d{9}$/.test(digits);
    const styled = /\d[\s-]\d/.test(raw) || plus || raw.includes("(");
    // A bare digit run is a phone only when it looks like one; else it may be an amount or an order number.
    // "手机 91234567", "HP 9123 4567": a number labelled as a phone is one, however short (Singapore and Hong Kong use eight digits).
    const labelled = /(?:手机|电话|手機|電話|(?:新|的)?(?:号码|號碼|手机号|手机号码)|\b(?:new number|new no\.?|hp|tel|mobile|mob|phone|cell|ph|whatsapp|wa|(?:my|his|her|their|the) number(?: is)?))\s*(?:号码?|no\.?|is)?\s*[:：]?\s*$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 20), (m.index ?? 0) + (m[0].length - m[0].trimStart().length)));
    // "联系人陈老板 91234567", "Ms Wong 6123 4567": eight digits right after a person, as Hong Kong and Singapore mobiles are.
    const besidePerson = /^[5689]\d{7}$/.test(digits) && /(?:联系人|聯絡人|联络人|對接人|对接人)?[\u4e00-\u9fff]{1,3}(?:老板|老闆|生|太|小姐|先生|女士|经理|經理|总|總|姐|哥|师傅|師傅)[\s:：,，]*$|\b(?:Mr|Mrs|Ms|Miss|Mdm|Dr)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?[\s:,]*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 16), (m.index ?? 0) + m[0].length - m[0].trimStart().length)) && !/^\s*(?:元|块|塊|蚊|件|个|個|箱|\$|hkd|sgd|dollars?)/i.test(text.slice((m.index ?? 0) + m[0].length));
    // "Lead:Kenneth Lim,Lim Bros Trading,91234567, want…": eight digits as one field of a contact's comma list.
    const listedField = /^[689]\d{7}$/.test(digits) && /[,，]\s*$/.test(text.slice(0, m.index ?? 0)) && /^\s*(?:[,，;]|$)/.test(text.slice((m.index ?? 0) + m[0].length));
    if (!mainlandMobile && !styled && !labelled && !besidePerson && !listedField && !(digits.length >= 7 && digits.length <= 12 && /^0/.test(digits))) {
      if (digits.length < 10) continue;
    }
    const index = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    if (/(订单|单号|编号|工号|卡号|房号|order|ref|invoice|#|no\.)\s*[:：]?\s*$/i.test(text.slice(Math.max(0, index - 8), index))) continue;
    out.push({ index, end: index + raw.trim().length, value: (plus ? "+" : "") + digits });
  }
  return out.sort((a, b) => a.index - b.index);
}
