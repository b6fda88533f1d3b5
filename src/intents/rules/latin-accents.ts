/**
 * "Lucía Fernández", "Clínica Santa Lucía", "café orgánico", "Müller GmbH": the rules read Latin letters as ASCII
 * ([A-Z][a-z]+), so accented letters are read as their plain letter. Each letter maps to exactly one letter, so the
 * text keeps its length and a slot read from it is found in the message and given back as written.
 */

const PLAIN: Record<string, string> = {};
const GROUPS: [string, string][] = [
  ["àáâãäåāăą", "a"],
  ["ÀÁÂÃÄÅĀĂĄ", "A"],
  ["çćĉċč", "c"],
  ["ÇĆĈĊČ", "C"],
  ["ďđ", "d"],
  ["ĎĐ", "D"],
  ["èéêëēĕėęě", "e"],
  ["ÈÉÊËĒĔĖĘĚ", "E"],
  ["ìíîïĩīĭįı", "i"],
  ["ÌÍÎÏĨĪĬĮİ", "I"],
  ["łľĺļ", "l"],
  ["ŁĽĹĻ", "L"],
  ["ñńňņ", "n"],
  ["ÑŃŇŅ", "N"],
  ["òóôõöøōŏő", "o"],
  ["ÒÓÔÕÖØŌŎŐ", "O"],
  ["ŕřŗ", "r"],
  ["ŔŘŖ", "R"],
  ["śŝşšș", "s"],
  ["ŚŜŞŠȘ", "S"],
  ["ťţț", "t"],
  ["ŤŢȚ", "T"],
  ["ùúûüũūŭůűų", "u"],
  ["ÙÚÛÜŨŪŬŮŰŲ", "U"],
  ["ýÿ", "y"],
  ["ÝŸ", "Y"],
  ["źżž", "z"],
  ["ŹŻŽ", "Z"],
];
for (const [letters, plain] of GROUPS) for (const letter of letters) PLAIN[letter] = plain;

const LETTERS = `[${Object.keys(PLAIN).join("")}]`;
const ACCENTED = new RegExp(LETTERS, "g");
const HAS_ACCENT = new RegExp(LETTERS);

/** The text with each accented Latin letter read as its plain letter; same length, so positions still match. */
export function withoutAccents(text: string): string {
  return text.replace(ACCENTED, (letter) => PLAIN[letter] ?? letter);
}

/** `value` as `written` spells it, when `value` is `written` read without accents; otherwise `value` unchanged. */
export function withAccents(value: string, written: string): string {
  if (!value || !HAS_ACCENT.test(written)) return value;
  const at = withoutAccents(written).indexOf(value);
  return at < 0 ? value : written.slice(at, at + value.length);
}
