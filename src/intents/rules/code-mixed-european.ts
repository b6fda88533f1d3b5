/**
 * English as German, French, Dutch, Italian, Polish and Scandinavian speakers write it: words carried over from their
 * own language ("annul the room", "Storno", "20:00 Uhr") and word orders ("works now for", "we are with four
 * persons"). Each is put the way an English cue reads it; names and goods are left as typed.
 */

import type { WordRule as Rule } from "./word-rule.ts";

export const EUROPEAN: Rule[] = [
  // "budget approx. 85.000 EUR", "ca. 40 pallets": the abbreviation's dot ends no sentence.
  [/\b(approx|ca|appr|circa)\.(?=\s*\d)/gi, "about"],
  // "I have to annul the room", "Storno for 28 Dec", "please storniere": a booking called off.
  [/\b(?:annul(?:e|led|ling)?|storno|stornieren|storniere|annuler|annulla(?:re)?|anuluj)\b/gi, "cancel"],
  // "annulation of my reservation": the French noun.
  [/\bannul(?:ation|ment)\b/gi, "cancellation"],
  // "Relaunch her the 15 of January", "Which relaunches are in late?", "I recontact him": French relancer, recontacter.
  [/\b(?:relaunch|recontact)(?:ed|ing)? (him|her|them)\b/gi, "follow up with $1"],
  [/\brelaunch(?:es|s)\b/gi, "follow-ups"],
  [/\b(?:relaunch|recontact)\b/gi, "follow up"],
  // "I recall him wednesday next week": rappeler, to call back ("I recall him saying" is memory).
  [/\brecall (him|her|them)\b(?!\s+\w+ing\b|\s+(?:as|being|to be|from)\b)/gi, "call $1 back"],
  // "Which follow-ups are in late?": en retard.
  [/\b(are|is) in late\b/gi, "$1 overdue"],
  // "Reunion with Marco at the hotel", "Rencontre with Jean-François": réunion, rencontre, a meeting.
  [/\b(?:reunion|rencontre)\s+(with|avec)\b/gi, "meeting with"],
  // "Passed at Trattoria Da Nino": passé chez, a visit.
  [/\bpassed (?:at|chez)\b/gi, "visited"],
  // "the coordinates of Marco Rinaldi": coordonnées, contact details.
  [/\bcoordinates of\b/gi, "contact details of"],
  // "prolong our stay until monday": prolonger, extend.
  [/\bprolong (our|my|the) stay\b/gi, "extend $1 stay"],
  // "they search a supplier for coffee machines": cherchent, are looking for.
  [/\b(?:they|he|she) search(?:es)? (?:a|an|new) (supplier|vendor|provider|partner)\b/gi, "they are looking for a $1"],
  // "They demand a quotation for 80 bathrobes": demander, to ask for.
  [/\b(they|he|she|we) demand(?:s|ed)? (a|an|the|some) (quotation|quote|offer|price|prices|sample|samples|catalogue|catalog)\b/gi, "$1 want $2 $3"],
  // "I retry on monday": I will try again.
  [/\bI retry\b/g, "I will try again"],
  // "Is Boulangerie Dubois still a client of us?": still our client.
  [/\b(a )?(client|customer) of us\b/gi, "our $2"],
  // "we are with four persons", "we will be only 2 persons": a head count.
  [/\bwe (?:are|will be|'ll be) (?:with )?(?:only |just )?(\w+) persons\b/gi, "we will be $1 people"],
  // "Erik works now for Nordic Bakery", "she is now by Fjord AS": the new company, said in their order.
  [/\b(?:works|is working) now (?:for|at|by)\b/gi, "now works at"],
  // "20:00 Uhr", "um 19 Uhr": the hour.
  [/\b([01]?\d|2[0-3])(?::([0-5]\d))?\s?Uhr\b/g, (_m, h: string, min: string | undefined) => `${h}:${min ?? "00"}`],
  // "at 19.30", "um 20.15": an hour written with a dot.
  [/(?<=\b(?:at|um|à|alle|om|kl\.?|from|until|till|to|by)\s)([01]?\d|2[0-3])\.([0-5]\d)\b(?!\.\d|\s*(?:€|eur|euros?|chf|per|each|a (?:unit|piece|box|case|kg)))/gi, "$1:$2"],
];
