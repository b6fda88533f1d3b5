/**
 * People and businesses typed in lower case, as chat often is: "jenny from the bakery wants 10 trays",
 * "new lead jake from brooklyn roasters", "left vm for rosa delgado". Only the shapes that name someone
 * are read, and only where nothing capitalised or Chinese names anyone (features.ts).
 */
import type { CompanySpan } from "./company.ts";
import type { NameSpan } from "./person.ts";

/** Words that sit where a lower-case name would and are not one. */
export const NOT_LOWER_NAME =
  /^(?:the|a|an|him|her|them|us|back|again|today|yesterday|tomorrow|tmrw|about|with|to|for|from|at|of|on|in|and|but|re|everyone|client|customer|boss|team|guy|lady|new|lead|this|that|their|his|our|my|your|pls|please|twice|earlier|just|too|also|yet|still|no|not)$/i;
/** Verbs and particles that follow a name: a second word that is one of these is no surname. */
export const LOWER_VERB =
  /^(?:is|was|are|were|says?|said|wants?|needs?|asked|thinks|agreed|will|would|can|could|has|had|have|did|does|got|to|ok|okay|re|about|today|tonight|tmrw|tomorrow|yesterday|again|back|this|last|next|earlier|later|pls|please|and|but|so|then|who|he|she|they|we|i)$/i;
/** Who someone is to the writer, or a count: never a customer's name. */
const NOT_SOMEONE =
  /^(?:lead|prospect|contact|someone|somebody|anyone|anybody|nobody|everyone|people|folks|guy|lady|chap|party|group|family|table|room|one|two|some|most|all|each|any|none|lots|couple|bunch|part|out|because|instead|mum|mom|dad|wife|husband|friend|neighbou?r|colleague|cousin|brother|sister|son|daughter|kids?|staff|manager)$/i;
const LEAD_IN = /^(?:lead|new|met|called|emailed|texted|visited|add|prospect|contact|guy|lady|chap|one|a|the)$/i;

const FROM = /\b([a-z][a-z'-]{1,15}(?: [a-z][a-z'-]{1,15})?) (?:from|at|of|@) ((?:[a-z0-9&'-]+ ){0,5}?[a-z0-9&'-]+)(?= (?:wants?|needs?|is|are|was|looking|interested|asked|said|says|called|rang|phoned|emailed|texted|messaged|came|dropped|visited|replied)\b|\s*[,.;]|\s*$)/;

/** "jake from brooklyn roasters": the person and, unless it is a place ("the airport"), their business. */
export function findLowerCaseFrom(text: string): { name?: NameSpan; company?: CompanySpan } {
  const m = FROM.exec(text);
  if (!m || !/[a-z]/i.test(m[2] as string)) return {};
  const words = (m[1] as string).split(" ");
  const kept = words.filter((w, i) => i === words.length - 1 || !LEAD_IN.test(w));
  const name = kept.join(" ");
  // "my mum from home", "guy from corner deli": who they are to the writer is no name (the business still is).
  const someone = !kept.some((w) => NOT_SOMEONE.test(w) || /^(?:my|our|his|her|their|your)$/i.test(w));
  const nameAt = (m.index ?? 0) + (m[1] as string).length - name.length;
  const named = someone && !NOT_LOWER_NAME.test(name) && !LOWER_VERB.test(name);
  if (!named && /^(?:party|group|family|table|room|one|two|some|most|all|each|any|none|lots|couple|bunch|part|out|because|instead)$/i.test(name)) return {};
  const companyAt = (m.index ?? 0) + m[0].length - (m[2] as string).length;
  const placed = /^(?:the|a|an|my|our|his|her|their|this|that)\b|^(?:home|work|school|church|gym|office|uni|college|hospital|downtown|upstairs|next door)$/i.test(m[2] as string);
  return {
    name: named ? { index: nameAt, end: nameAt + name.length, value: name, titled: false } : undefined,
    company: placed ? undefined : { index: companyAt, end: companyAt + (m[2] as string).length, value: m[2] as string, sure: false },
  };
}
