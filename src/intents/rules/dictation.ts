/**
 * English dictated by voice, as speech-to-text writes it: numbers spelled out ("forty five thousand", "one fifty k",
 * "six fifteen"), phones and emails read aloud ("three one two five five five…", "rachel at summitfit dot com"),
 * "comma" and "period" typed as words, and the homophones a recogniser picks ("table four two", "moved over two",
 * "there interested", "weather we"). Put back the way it would have been typed, so the rest of the parser reads it.
 */

const UNIT: Record<string, number> = { zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEEN: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

const UNIT_WORD = "one|two|three|four|five|six|seven|eight|nine";
const TEEN_WORD = Object.keys(TEEN).join("|");
const TENS_WORD = Object.keys(TENS).join("|");
const SUFFIX = (n: number) => (n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th");

/** A number below a hundred said in words: "seven", "fifteen", "forty five", "twenty-two". */
const BELOW_100 = `(?:(?:${TENS_WORD})(?:[\\s-](?:${UNIT_WORD}))?|${TEEN_WORD}|${UNIT_WORD})`;
/** A whole spoken number: "three hundred and twenty", "forty five thousand", "eleven thousand four hundred", "fifteen hundred". */
const SPOKEN = new RegExp(
  `\\b(${BELOW_100}(?:\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_100})?)?(?:\\s+thousand(?:\\s+(?:and\\s+)?${BELOW_100}(?:\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_100})?)?)?)?)(?:\\s+point\\s+(${UNIT_WORD}|five|zero))?\\b`,
  "gi",
);

function below100(words: string[]): number | undefined {
  const [a, b] = words;
  if (a === undefined) return undefined;
  if (TENS[a] !== undefined) return TENS[a] + (b !== undefined ? UNIT[b] ?? NaN : 0);
  if (words.length > 1) return undefined;
  return TEEN[a] ?? UNIT[a];
}

/** The value of a spoken number, or undefined when its words do not make one. */
function spokenValue(phrase: string): number | undefined {
  let total = 0;
  let current: string[] = [];
  let chunk = 0;
  const flush = () => {
    if (!current.length) return true;
    const v = below100(current);
    current = [];
    if (v === undefined || Number.isNaN(v)) return false;
    chunk += v;
    return true;
  };
  for (const w of phrase.toLowerCase().split(/[\s-]+/)) {
    if (w === "and") continue;
    if (w === "hundred") {
      if (!flush()) return undefined;
      chunk = (chunk || 1) * 100;
    } else if (w === "thousand") {
      if (!flush()) return undefined;
      total += (chunk || 1) * 1000;
      chunk = 0;
    } else if (TENS[w] !== undefined && current.length) {
      if (!flush()) return undefined;
      current.push(w);
    } else current.push(w);
  }
  if (!flush()) return undefined;
  return total + chunk;
}

/** "one fifty k", "one twenty grand": hundreds said as two numbers before a thousand's word. */
const HUNDREDS_PAIR = new RegExp(`\\b(${UNIT_WORD})\\s+(${TENS_WORD}|${TEEN_WORD})(?:[\\s-](${UNIT_WORD}))?(?=\\s+(?:k|grand|thousand)\\b)`, "gi");

/** A phone read digit by digit: seven or more single digits ("nine one two three four five six seven"). */
const DIGIT_WORD = "zero|oh|one|two|three|four|five|six|seven|eight|nine";
const DIGIT_RUN = new RegExp(`\\b(?:${DIGIT_WORD})(?:\\s+(?:${DIGIT_WORD})){6,}\\b`, "gi");

/** An email read aloud: "siobhan dot murphy at brazenhead dot ie". */
const TLD = "com|net|org|io|co|uk|ie|hk|sg|my|au|ca|cn|de|fr|jp|nz|in|us|edu|biz|info|me|app|ai|ph|za|ke|ng";
const SPOKEN_EMAIL = new RegExp(`\\b([a-z][\\w-]*(?:\\s+dot\\s+[a-z][\\w-]*)*)\\s+at\\s+([a-z][\\w-]*(?:\\s+dot\\s+[a-z][\\w-]*)*\\s+dot\\s+(?:${TLD}))\\b`, "gi");

/** "at six fifteen", "seven thirty tonight": a clock time said as two numbers. */
const HOUR_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const SPOKEN_TIME = new RegExp(`\\b(${HOUR_WORD})\\s+(fifteen|thirty|forty[\\s-]five|forty|twenty|fifty|oh\\s+five|o'?clock)(?=\\s+(?:am|pm|a\\.m\\.|p\\.m\\.|tonight|tomorrow|today|this|on|in|please|pls|for|with|and)\\b|\\s*$|[,.])`, "gi");
const HOUR_MERIDIEM = new RegExp(`\\b(${HOUR_WORD})\\s+(am|pm|a\\.m\\.|p\\.m\\.)`, "gi");
const HOURS: Record<string, number> = { ...UNIT, ten: 10, eleven: 11, twelve: 12 };
const MINUTES: Record<string, string> = { fifteen: "15", thirty: "30", "forty five": "45", "forty-five": "45", forty: "40", twenty: "20", fifty: "50", "oh five": "05" };

/** "the twenty ninth", "on the fifteenth", "the first of july": a day of the month said as an ordinal. */
const SPOKEN_ORDINAL = new RegExp(`\\b(?:(${TENS_WORD})[\\s-])?(${Object.keys(ORDINAL).join("|")})\\b`, "gi");

/** Words a recogniser hears for others, put right by what stands around them. */
const HOMOPHONES: Array<[RegExp, string]> = [
  // "table four two", "a room four three nights": "for" heard as "four" before a count.
  [/\b(table|room|booking|reservation|seats?)\s+four\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d)\b)/gi, "$1 for "],
  // "a table for to tonight": "two" heard as "to" after "for" before a time.
  [/\b(table|room|booking|reservation|seats?)\s+for\s+to\s+(?=(?:tonight|today|tomorrow|people|guests|at|on|this|next)\b)/gi, "$1 for two "],
  // "what's the phone number four tom baker": "for" heard as "four" before whose detail it is.
  [/\b(number|details|info|email|address|contact|phone|birthday)\s+four\s+(?=[a-z]+\s+[a-z]+)(?!(?:one|two|three|four|five|six|seven|eight|nine|zero|oh)\b)/gi, "$1 for "],
  // "a fleet deal for for trucks": the second "for" is the count.
  [/\bfor for\b/gi, "for four"],
  // "moved over two Lotus Garden", "able two make it", "comparing us two another dealer": "to" heard as "two".
  [/\b(moved(?: over)?|moving|went|gone|switched|transferred|back|us|them|him|her|able|talk(?:ing)?|speak(?:ing)?|due|next|close|similar|going)\s+two\s+(?=[a-zA-Z])(?!(?:units?|cases?|boxes|bottles|nights?|rooms?|people|guests|adults|kids|days?|weeks?|months?|hours?|of)\b)/gi, "$1 to "],
  // "wants to trial our kegs too start", "the twentieth too the twenty third": "to" heard as "too".
  [/\btoo\s+(?=(?:start|be|do|get|make|see|go|come|buy|order|try|trial|have|take|call|meet|send|the\s+(?:\d|twenty|thirty|first|second|third|\w+th)\b))/gi, "to "],
  // "there interested in our tortillas", "swing back their on friday", "their office" stays.
  [/\bthere\s+(?=(?:interested|looking|keen|happy|going|coming|not|ready|waiting|asking|comparing|planning|thinking|after|still)\b)/gi, "they're "],
  [/\b(back|over|out|down|up|go|get|be)\s+their\s+(?=(?:on|at|by|in|tomorrow|today|tonight|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/gi, "$1 there "],
  // "want to know weather we can", "right them down".
  [/\bweather\s+(?=(?:we|they|he|she|i|you|it|or)\b)/gi, "whether "],
  [/\bright\s+(?=(?:it|them|this|that|him|her)\s+down\b)/gi, "write "],
  // "interested in are chafing dishes": "our" heard as "are" after a verb or preposition.
  [/\b(in|of|with|about|on|try|trying|order|ordering|buy|buying|likes?|loves?|wants?|needs?)\s+are\s+(?=[a-z]+\s+[a-z]+)/gi, "$1 our "],
  [/\bwant's\b/gi, "wants"],
  [/\bits\s+(?=(?:a|an|the|three|two|one|four|five|six|seven|eight|nine)\b|\d)/gi, "it's "],
  // "this weeks tasks": the period owns what follows it.
  [/\b(this|last|next)\s+(week|month|year)s\s+(?=(?:tasks?|numbers|sales|report|summary|figures|calls|meetings|follow[- ]?ups|schedule|bookings|pipeline|revenue|deals|stats|results|to-?dos?|list)\b)/gi, "$1 $2's "],
];

/** True when the message reads as dictated: words, with no punctuation of its own, in English. */
const PUNCTUATED = /[,.;!?，。]/;
/**
 * Words a speaker fills pauses with, dropped from a dictated message: "um", "uh", "you know", and "like" before what it
 * hedges ("pull up like everything we have on…"); "would like", "looks like" and "I like" keep theirs. A filler before a
 * count stays: "for uh four no wait five people" is a slip the count finders read as one.
 */
const FILLER = /(?:^|\s),?\s*\b(?:um+|uh+|erm+|you know)\b,?(?=\s|$)(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)\b)|(?<!\b(?:would|'d|i|we|they|you|he|she|do|don'?t|does|doesn'?t|didn'?t|really|also|just|looks|seems|feels|sounds|look|seem|feel|sound)\s)\blike\s+(?=(?:everything|all|the|a|an|some|maybe|about|around|\d))/gi;

/** Units that goods are counted in, after a number said as a word. */
const COUNTED_UNIT = /^\s+(?:units?|cases|boxes|pallets|cartons|crates|kegs|bags|sacks|drums|rolls|pieces|pcs|dozen)\b/i;

const spokenEmailTyped = (text: string) =>
  text.replace(SPOKEN_EMAIL, (_all, user: string, domain: string) => `${user.replace(/\s+dot\s+/gi, ".")}@${domain.replace(/\s+dot\s+/gi, ".")}`);

/** "新号码是一八六 一二三四 五六七八": a number read out digit by digit in Chinese, after the word for it. */
const ZH_DIGIT: Record<string, string> = { 零: "0", 〇: "0", 幺: "1", 一: "1", 二: "2", 两: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
const ZH_DIGIT_RUN = /(?<=(?:号码|电话|手机|手机号|号|微信)(?:是|为|:|：)?\s*)[零〇幺一二两三四五六七八九](?:\s?[零〇幺一二两三四五六七八九]){6,}(?![十百千万])/g;
const spokenChinesePhone = (text: string) => text.replace(ZH_DIGIT_RUN, (run) => run.replace(/\s/g, "").split("").map((c) => ZH_DIGIT[c] ?? c).join(""));

/**
 * "要 要八十台手持终端", "价格还要再 再商量": a word said twice as the speaker finds the next; "老郑 郑记海鲜" and
 * "李国强 国强五金" are a name and the business named after it.
 */
const ZH_STUTTER = /(?<=^|\s)([\u4e00-\u9fff]{1,2})\s+\1(?=[\u4e00-\u9fff])|([要再就那这我他她在是有给跟和说想去把])\s+\2(?=[\u4e00-\u9fff])/g;

export function asTyped(text: string): string {
  text = spokenChinesePhone(text).replace(ZH_STUTTER, (_all, word?: string, particle?: string) => word ?? particle ?? "");
  if (!/[a-z]{3}/i.test(text)) return text;
  // "email是kevin at sunrisebakery dot com": an email read aloud inside Chinese; nothing else of English dictation applies.
  if (/[\u4e00-\u9fff]/.test(text)) return spokenEmailTyped(text);
  // "seven thirty p m": the half of the day spelt out letter by letter.
  let t = text.replace(/\b([ap])\s+m\b\.?/gi, "$1m");
  // The dots of an email address or a decimal ("new email kevin@petalandstem.com", "2.5k") are no punctuation of the speaker's.
  const dictated = !PUNCTUATED.test(t.replace(/\b(?:comma|period|full stop)\b/gi, "").replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d[.,]\d/g, ""));
  if (dictated) t = t.replace(/\s+comma\b\s*/gi, ", ").replace(/\s+(?:period|full stop)\b(?!\s+(?:of|ending|to|from)\b)\s*/gi, ". ").replace(FILLER, " ").replace(/\s{2,}/g, " ");
  t = spokenEmailTyped(t);
  t = t.replace(DIGIT_RUN, (run) => run.split(/\s+/).map((w) => String(UNIT[w.toLowerCase()] ?? 0)).join(""));
  for (const [re, to] of HOMOPHONES) t = t.replace(re, to);
  t = t.replace(SPOKEN_TIME, (_all, h: string, m: string) => `${HOURS[h.toLowerCase()]}:${/o'?clock/i.test(m) ? "00" : MINUTES[m.toLowerCase().replace(/\s+/g, " ")] ?? "00"}`);
  t = t.replace(HOUR_MERIDIEM, (_all, h: string, m: string) => `${HOURS[h.toLowerCase()]}${m.replace(/\./g, "").toLowerCase()}`);
  t = t.replace(SPOKEN_ORDINAL, (all, tens: string | undefined, ord: string, at: number) => {
    // "the first of july", "on the twenty ninth", "the fifteenth": a day; "first time", "second thoughts" are not.
    const before = t.slice(Math.max(0, at - 8), at);
    const after = t.slice(at + all.length, at + all.length + 12);
    if (!/\b(?:the|on|by|till|until|to)\s+$/i.test(before) && !/^\s+of\s+[a-z]/i.test(after)) return all;
    if (!/^(?:\s*$|\s+(?:of|at|in|please|pls|instead|and|or|to|too|through|till|until|for|next|this)\b|\s*[,.!?])/i.test(after)) return all;
    const n = (tens ? TENS[tens.toLowerCase()] ?? 0 : 0) + (ORDINAL[ord.toLowerCase()] ?? 0);
    return n >= 1 && n <= 31 ? `${n}${SUFFIX(n)}` : all;
  });
  t = t.replace(HUNDREDS_PAIR, (_all, h: string, tens: string, unit: string | undefined) => String(UNIT[h.toLowerCase()]! * 100 + (TENS[tens.toLowerCase()] ?? TEEN[tens.toLowerCase()] ?? 0) + (unit ? UNIT[unit.toLowerCase()] ?? 0 : 0)));
  t = t.replace(SPOKEN, (all, whole: string, decimal: string | undefined, at: number) => {
    // "Forty Winks Hotel": a capitalised number inside a sentence is part of a name.
    if (/^[A-Z]/.test(whole) && ((at > 0 && !/[.!?:]\s*$/.test(t.slice(0, at))) || /^\s+[A-Z]/.test(t.slice(at + all.length)))) return all;
    const words = whole.toLowerCase().split(/[\s-]+/);
    // A lone small number stays a word ("two", "four" may be "to" and "for"); one with tens, teens, hundreds or a
    // thousand, or a point, is a figure.
    const big = words.length > 1 || TEEN[words[0] as string] !== undefined || TENS[words[0] as string] !== undefined || decimal !== undefined;
    // "espresso machines two units": but a small one counting units of goods is a figure too.
    const counting = COUNTED_UNIT.test(t.slice(at + all.length));
    if (!big && !counting) return all;
    const v = spokenValue(whole);
    if (v === undefined) return all;
    return decimal ? `${v}.${UNIT[decimal.toLowerCase()] ?? 5}` : String(v);
  });
  return t;
}
