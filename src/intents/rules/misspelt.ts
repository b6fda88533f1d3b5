/**
 * Words the parser listens for, typed one keystroke wrong on a phone: "cancle my room", "looup Prairie Foods",
 * "thrusday", "reservaton". A word one slip away from a keyword (a letter dropped, doubled or swapped with its
 * neighbour; in words of seven letters or more, also a letter mistyped after the first three) is read as the keyword,
 * unless it is a real word of its own, in English or in the Spanish and Portuguese our guests mix in.
 */

const KEYWORDS = [
  "cancel", "booking", "bookings", "reservation", "reservations", "reserve", "lookup", "meeting", "customer", "customers",
  "tonight", "tomorrow", "yesterday", "schedule", "reschedule", "appointment", "complaint", "negotiation", "proposal",
  "quotation", "deposit", "interested", "confirm", "confirmed", "birthday", "summary", "follow", "contract", "pipeline",
  "quarter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "vendor", "supplier", "weekend",
];

/** Real words one slip from a keyword: never mended. */
const REAL_WORDS = new Set([
  "booing", "cancels", "contrast", "summery", "confirms", "follows", "fallow", "vendors", "supplies",
  "proposals", "deposits", "customs", "costume", "reserves", "schedules", "bookie", "looks", "complain", "complains",
  "contact", "contacts", "reserva", "reservas", "quartet",
]);

const KEYWORD_SET = new Set(KEYWORDS);

/** One slip apart: a letter dropped or added, two neighbours swapped, or (in words of seven letters or more) one mistyped after the first three. */
function oneSlipApart(typed: string, word: string): boolean {
  if (typed === word) return false;
  const [a, b] = [typed, word];
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return true;
    // A letter mistyped in a long word that starts right: "tuesdsy", "negotiatiom".
    return diff.length === 1 && b.length >= 7 && diff[0]! >= 3;
  }
  if (Math.abs(a.length - b.length) !== 1) return false;
  // "Sundays", "meetings", "scheduled": a keyword with an ending is a word of its own.
  if (a.startsWith(b)) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

function keywordFor(token: string): string | undefined {
  const lower = token.toLowerCase();
  if (lower.length < 5 || KEYWORD_SET.has(lower) || REAL_WORDS.has(lower)) return undefined;
  const matches = KEYWORDS.filter((k) => Math.abs(k.length - lower.length) <= 1 && lower[0] === k[0] && oneSlipApart(lower, k));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Returns `text` with keywords typed one slip wrong put right, keeping a capital first letter. */
export function mendMisspelt(text: string): string {
  return text.replace(/(?<![\w@.'-])[A-Za-z]{5,}(?![\w@'-]|\.\w)/g, (token) => {
    const word = keywordFor(token);
    if (!word) return token;
    return /^[A-Z]/.test(token) ? word[0]!.toUpperCase() + word.slice(1) : word;
  });
}
