/**
 * Hindi words inside Indian English, as reps and guests write it: "Follow up kal 11 baje", "kal dinner ke liye 4 logon
 * ka table book kar do", "unko 200 peti Bisleri chahiye", "bathroom mein hot water nahi aa raha". The words a CRM needs
 * (a day, an hour, a head count, what is wanted, what does not work) are put in English; names and goods stay as typed.
 */

import type { WordRule as Rule } from "./word-rule.ts";

export const HINDI: Rule[] = [
  // "kal" is tomorrow or yesterday; asked for, booked, called off or followed up, it is tomorrow.
  [/\bkal\b(?=\s+(?:\d|ka|ke|ki|dinner|lunch|breakfast|subah|shaam|sham|raat|morning|evening|night|tak|tak\b))/gi, "tomorrow"],
  [/(?<=\b(?:follow up|followup|call (?:him|her|them)|call|ring (?:him|her|them)|meet (?:him|her|them)|visit|remind me)\s)kal\b/gi, "tomorrow"],
  [/\bkal\s*(?=[.!?]?\s*$)/gi, "tomorrow"],
  // "11 baje", "9 baje": an hour.
  [/\b(\d{1,2})(?:[:.](\d{2}))?\s*baje\b/gi, (_, h: string, m: string | undefined) => `at ${h}:${m ?? "00"}`],
  // "4 logon ka table", "6 log ke liye": a head count.
  [/\b(\d{1,3})\s*(?:logon|logo|log|jan|members)\s+(?:ka|ke|ki)\s+(table|room)\b/gi, "$2 for $1 people"],
  [/\b(\d{1,3})\s*(?:logon|logo)\b/gi, "$1 people"],
  // "dinner ke liye", "book kar do", "cancel kar dijiye": what is asked, without the Hindi around it.
  [/\s+ke\s+liye\b/gi, ""],
  [/\b(book|cancel|confirm|change|shift|prepone|postpone|update|add|send)\s+kar\s+(?:do|dijiye|dena|dein|de|diya)\b/gi, "$1"],
  // "Kal ka table", "Saturday ki booking": whose day it is.
  [/\b(tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:ka|ki|ke)\s+(?=(?:table|booking|reservation|room|order)\b)/gi, "$1's "],
  // "unko 200 peti Bisleri chahiye": what they want, and crates counted as cases.
  [/\b(?:unko|inko|usko|isko|humko|hume|hamein|mujhe)\s+(.{1,40}?)\s+chahiye\b/gi, "they want $1"],
  [/\b(?:chahiye|chaiye)\b/gi, "wanted"],
  [/(?<=\d)\s*(?:peti|petiyan|petis)\b/gi, " cases"],
  // "hot water nahi aa raha", "AC kaam nahi kar raha": something not working.
  [/\bnahi\s+(?:aa|chal|ho)\s+(?:raha|rahi|rahe)\b/gi, "is not working"],
  [/\bkaam\s+nahi\s+kar\s+(?:raha|rahi|rahe)\b/gi, "is not working"],
  [/\s+mein\b/gi, ""],
];

/** Every rule above needs one of these words; a message with none skips the list (most messages are not Hindi). */
export const HINDI_MARKER = /\b(?:kal|baje|logon|logo|log|ka|ki|ke|kar|chahiye|chaiye|peti|petiyan|petis|nahi|mein)\b/i;
