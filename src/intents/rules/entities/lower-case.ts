/**
 * People and businesses typed in lower case, as chat often is: "jenny from the bakery wants 10 trays",
 * "new lead jake from brooklyn roasters", "left vm for rosa delgado". Only the shapes that name someone
 * are read, and only where nothing capitalised or Chinese names anyone (features.ts).
 */
import type { CompanySpan } from "./company.ts";
import type { NameSpan } from "./person.ts";

/** Words that sit where a lower-case name would and are not one. */
export const NOT_LOWER_NAME =
  /^(?:make|making|reservation|booking|auto-?reply|out-?of-?office|ooo|voicemail|vm|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|mornings?|evenings?|afternoons?|the|a|an|him|her|them|us|me|you|back|again|today|yesterday|tomorrow|tmrw|about|with|to|for|from|at|of|on|in|and|but|re|everyone|client|customer|boss|team|guy|lady|new|lead|this|that|their|his|our|my|your|pls|please|twice|earlier|just|too|also|yet|still|no|not|it|its|always|never|usually|often|sometimes|gonna|going|gotta|wanna|will|would|might|may|can|could|should)$/i;
/** Verbs and particles that follow a name: a second word that is one of these is no surname. */
export const LOWER_VERB =
  /^(?:if|unless|whether|because|is|was|are|were|says?|said|wants?|needs?|asked|thinks|agreed|will|would|can|could|has|had|have|did|does|got|to|ok|okay|re|about|today|tonight|tmrw|tomorrow|yesterday|again|back|this|last|next|earlier|later|pls|please|and|but|so|then|who|he|she|they|we|i)$/i;
/** Who someone is to the writer, or a count: never a customer's name. */
const NOT_SOMEONE =
  /^(?:lead|prospect|contact|someone|somebody|anyone|anybody|nobody|everyone|somewhere|anywhere|someplace|something|anything|people|folks|guy|lady|chap|party|group|family|table|room|one|two|some|most|all|each|any|none|lots|couple|bunch|part|out|because|instead|mum|mom|dad|wife|husband|friend|neighbou?r|colleague|cousin|brother|sister|son|daughter|kids?|staff|manager|mgr|owner|buyer|gm|ceo|cfo|coo|director|chef|head|purchaser|boss)$/i;
const LEAD_IN = /^(?:lead|new|met|called|emailed|texted|visited|add|prospect|contact|guy|lady|chap|one|a|the|with|to|w|and|by|for)$/i;

const FROM = /(?<![.@\w])\b([a-z][a-z'-]{1,15}(?: [a-z][a-z'-]{1,15})?) (?:from|at|of|@) ((?:[a-z0-9&'-]+ ){0,5}?[a-z0-9&'-]+)(?= (?:wants?|needs?|is|are|was|looking|interested|asked|said|says|called|rang|phoned|emailed|texted|messaged|came|dropped|visited|replied|she|he|they|who|and|but|in|keen|pls|please|follow)\b|\s*[,.;]|\s+[-–—]\s|\s+[\w.+-]+@|\s+\+?\d[\d ()-]{6,}|\s*$)/;

/** `fromBusiness`: the name was read from "someone from/at a business" (findLowerCaseFrom). */
type LowerCaseFound = { name?: NameSpan; company?: CompanySpan; fromBusiness?: boolean };

/**
 * Someone typed in lower case, in the first shape that names them: "jake from brooklyn roasters", "new lead
 * jordan whitlock, whitlock brewing co, …", "her name is priya raman she runs sunflower yoga studio", "spoke to
 * rohan on call", "whats the email for dr mbeki", or a business at the head of a terse update ("bondi bay surf co
 * is a goner", "move sunflower yoga to negotiation").
 */
export function findLowerCase(text: string): LowerCaseFound {
  const listed = findLowerCaseListed(text);
  if (listed.name) return listed;
  const from = findLowerCaseFrom(text);
  if (from.name) return { ...from, fromBusiness: true };
  // "mr ramon santos owner of santos bakeshop": the business found, the person is looked for by another shape.
  if (from.company) {
    const person = findLowerCasePerson(text);
    return person ? { name: person, company: from.company } : { ...from, fromBusiness: true };
  }
  // "new prospct jenny kwon from Maple Dental": a lead typed in lower case, before a business written properly.
  const lead = span(text, LEAD_BEFORE_BUSINESS.exec(text), 1);
  if (lead && isSomeone(lead.value)) return { name: { ...lead, titled: false } };
  // "cathy那边发消息说…": an English name typed in lower case inside Chinese, before 那边 or a verb of saying.
  const amidChinese = span(text, NAME_AMID_CHINESE.exec(text), 1);
  if (amidChinese && isSomeone(amidChinese.value) && !/^(?:ok|po|demo|sales|boss|team|pdf|ppt|app|email|wechat|deal)$/i.test(amidChinese.value)) return { name: { ...amidChinese, titled: false } };
  const owner = span(text, DETAIL_OWNER.exec(text), 1) ?? span(text, DETAIL_FOR.exec(text), 1);
  if (owner && isSomeone(owner.value)) return { name: { ...owner, titled: false } };
  const person = findLowerCasePerson(text);
  if (person) return { name: person };
  // "mark the harbor grill deal as lost": a business moved to a stage, else one heading a terse update.
  const company = [span(text, MOVED_TO_STAGE.exec(text), 1), span(text, SUBJECT_AT_STAGE.exec(text), 1), span(text, LOWER_SUBJECT.exec(text), 1)].find((c) => c && !NOT_A_SUBJECT.test(c.value));
  return company ? { company: { ...company, sure: false } } : {};
}

/** Someone by title ("mr ramon santos"), as the one contacted ("spoke w chidi"), sent something, or speaking after a pause. */
function findLowerCasePerson(text: string): NameSpan | undefined {
  const titled = span(text, LOWER_TITLED.exec(text), 1);
  const speaker = span(text, SPEAKER_AFTER_PAUSE.exec(text), 1);
  const contacted = titled ?? span(text, CONTACTED.exec(text), 1) ?? span(text, NOTED_ABOUT.exec(text), 1) ?? span(text, SENT_SOMEONE.exec(text), 1) ?? (speaker && !NOT_A_SPEAKER.test(speaker.value) ? speaker : undefined);
  if (!contacted) return undefined;
  const bare = contacted.value.replace(TITLE_BEFORE, "");
  if (!isSomeone(bare)) return undefined;
  // "mr ramon santos": a full name needs no title; "mr tan" keeps it, or it is only a surname.
  return bare.includes(" ") && bare !== contacted.value ? { index: contacted.end - bare.length, end: contacted.end, value: bare, titled: true } : { ...contacted, titled: !!titled };
}

const TITLE_BEFORE = /^(?:dr|mr|mrs|ms|mdm|madam|uncle|auntie|aunty|encik|puan)\.? /;
const WORD = "[a-z][a-z'-]{1,15}";
/** A second word that is a time, a particle or a pronoun ends the name ("bongani today he is…"). */
const NOT_SECOND = "(?!(?:today|tonight|tomorrow|tmrw|yesterday|again|earlier|later|now|just|about|abt|re|on|at|from|and|but|who|she|he|they|pls|please|is|was|said|says)\\b)";
const NAME = `${WORD}(?: ${NOT_SECOND}${WORD})?`;
/** "new prospct jenny kwon from Maple Dental": a lead in lower case before a capitalised business. */
const LEAD_BEFORE_BUSINESS = new RegExp(`\\b(?:lead|prospe?ct|client|contact|customer)\\b\\s*[:-]?\\s*(?!(?:details|info|information|number|numbers|email|emails|list|person|people|names?|page|form|card|base|record|records)\\b)(${NAME})(?=\\s*(?:,\\s*|\\s+(?:from|at|of|@)\\s+)[A-Z])`);
const BUSINESS_WORDS = "(?:[a-z0-9&'.-]+ ){0,4}?[a-z0-9&'.-]+";
/** A business in a list after a lower-case name may be capitalised ("hannah becker, Café Morgenrot, …"). */
const LISTED_BUSINESS = "(?:[A-Za-zÀ-ÿ0-9&'.-]+ ){0,4}?[A-Za-zÀ-ÿ0-9&'.-]+";

/** "new lead jordan whitlock, whitlock brewing co, …"; "her name is priya raman she runs sunflower yoga studio in pasadena". */
const LISTED_LEAD = new RegExp(`\\b(?:lead|client|prospect|contact|customer)\\b(?:\\s+(?:please|pls))?\\s*[:.,-]?\\s*(${NAME}),\\s*(${LISTED_BUSINESS})\\s*[,.;]`);
// "met a guy named dave kowalski runs kowalski hardware": a stranger named, then what they run.
const NAME_IS = new RegExp(`\\b(?:(?:her|his|their|the guy'?s|the lady'?s|contact'?s?) name(?: is|'s)|(?:a|an|this|some|the) (?:guy|lady|woman|man|chap|bloke|gentleman|girl|fella|fellow|owner|person|contact|customer|client) (?:named|called|by the name of)) (${NAME})(?= (?:she|he|they|and|from|at|of|who|runs|owns|manages|works)\\b|\\s*[,.;]|\\s*$)`);
/** "book a room fri to sun … name sipho dlamini", "name is funmi adeyemi 0803…": the name the booking is under. */
const NAME_GIVEN = new RegExp(`\\b(?:my |the |guest'?s? |booking )?name(?: is|'s|:)?\\s+(${NAME})(?=\\s+\\+?\\d|\\s*[,.;!]|\\s*$|\\s+(?:pls|please|thx|thanks|and|phone|mobile|tel|number|cell)\\b)`);
/** "lead mike tremblay maple leaf catering mike.t@…": a lead's two-word name, their business, then how to reach them. */
const LEAD_NAME_BUSINESS = new RegExp(`\\b(?:new )?(?:lead|prospect|prospct|contact)\\s*[:-]?\\s+(${WORD} ${WORD})\\s+((?:[a-z0-9&'.-]+ ){0,4}?[a-z0-9&'.-]+)\\s+(?=[\\w.+-]+@|\\+?\\d[\\d ()-]{6,}|\\d{1,4}\\s+[a-z])`);
/** "new lead mike torres w/ bluefin grill wants 30 cases": a lead, then the business they are with. */
const LEAD_WITH_BUSINESS = new RegExp(`\\b(?:new )?(?:lead|prospect|prospct)\\s*[:-]?\\s+(${NAME})\\s+with\\s+((?:[a-z0-9&'.-]+ ){0,4}?[a-z0-9&'.-]+)(?=\\s+(?:wants?|needs?|is|interested|looking|keen|asked)\\b|\\s*[,.;])`);
/** "lead sarah kim sarah.kim@pinecrest.io from pinecrest dental", "add lead jenny wu +65 9123 4567 from orchid spa": the name, then how to reach them. */
const LEAD_NAME_CONTACT = new RegExp(`\\b(?:new )?(?:lead|prospect|prospct|contact)\\s*[:-]?\\s+(${WORD} ${WORD})\\s+(?:[\\w.+-]+@[\\w.-]+|\\+?\\d[\\d ()-]{6,}\\d)(?:\\s+(?:from|at|of|with)\\s+((?:[a-z0-9&'.-]+ ){0,4}?[a-z0-9&'.-]+)(?=\\s+(?:wants?|needs?|is|interested|looking|keen|asked)\\b|\\s*[,.;]|\\s*$))?`);
const RUNS = new RegExp(`\\b(?:(?:she|he|they|who) (?:runs|owns|manages|has|works at|is from)|runs|owns|manages|works at) ((?:[a-z0-9&'.-]+ ){0,6}?[a-z0-9&'.-]+)(?= (?:in|at|near|and|she|he|they|who|which|wants?|needs?|is|was|said|says|looking|interested)\\b|\\s*[,.;]|\\s*$)`);
/** "dr mbeki", "mr tan", "uncle lim": a title makes a lower-case word a name. */
const LOWER_TITLED = new RegExp(`\\b((?:dr|mr|mrs|ms|mdm|madam|uncle|auntie|aunty|encik|puan)\\.? ${WORD}(?: (?!(?:owner|of|from|at|is|was|and|said|says|wants?|needs?|called|on|about|to|the|a|an|re|pls|please|today|tomorrow|tonight|again|from|frm|who|he|she|will|has|had|can|\\w+ing)\\b)${WORD})?)\\b`);
/** "spoke to rohan on call", "mtg w jordan whitlock went ok": who was contacted. */
const CONTACTED = new RegExp(
  `\\b(?:spoke (?:to|with)|talked (?:to|with)|chatted (?:to|with)|called|rang|phoned|emailed|texted|messaged|msg'?d|msgd|pinged|dm'?e?d|whatsapp'?e?d|visited|met(?: with| up with)?|(?:mtg|meeting|call|catch ?up|lunch|coffee|demo) (?:w|with)|followed up (?:w|with)|(?:off the |on the )?phone (?:w|with))\\s+(${WORD}(?: (?:de la|de los|van der|van den|de|del|dela|van|von|der|den|da|di|le|la|al|bin|binti|ibn))?(?: ${NOT_SECOND}${WORD})?)(?=\\s+(?:on|about|abt|re|today|yesterday|this|just|from|at|went|again|earlier|and|but|who|she|he|they|over|via|for|to|at)\\b|\\s*[,.;!]|\\s*$)`,
);
/** "dmed brianna the chair options", "emailed priya the quote": one word, then what was sent to them. */
/** "pls note ken ito is vegan": a note about someone, said of them. */
const NOTED_ABOUT = new RegExp(`\\b(?:note|fyi|remember)(?: that)?:?\\s+(${NAME})\\s+(?:is|likes|loves|prefers|hates|only|doesn'?t|does not|can'?t|cannot|wants|drinks|eats)\\b`);
const SENT_SOMEONE = new RegExp(`\\b(?:dm'?e?d|whatsapp'?e?d|emailed|texted|messaged|sent)\\s+(${WORD})(?=\\s+(?:the|a|an|our|some|their|his|her)\\s)`);
/** "visited Lagoon Grill today, chidi showed me…", "…, hannah wasn't in": someone in lower case opening a clause. */
// "stopped by russo bros this morning tony liked the samples": typed without stops, a time word is the pause.
const SPEAKER_AFTER_PAUSE = new RegExp(`(?:[,;.]|\\b(?:today|this morning|this afternoon|this arvo|this evening|tonight|yesterday|earlier|just now|last night))\\s+(${WORD})\\s+(?:showed|said|says|told|wants|wanted|asked|wasn'?t|isn'?t|was not|is not|liked|loved|prefers|mentioned|promised|tasted|tried)\\b`);
/** Things and roles that say or want things in chat and are nobody's name. */
const NOT_A_SPEAKER = /^(?:budget|price|pricing|order|deal|delivery|payment|quote|contract|samples?|boss|team|manager|owner|chef|staff|buyer|client|customer|legal|finance|procurement|purchasing|accounts|everyone|nobody|someone|he|she|they|it|we|you|i|mgmt|management|ops|hq|wife|husband)$/i;
const NAME_AMID_CHINESE = /(?:^|[\s\u4e00-\u9fff，,])([a-z][a-z'-]{2,15})(?=\s?(?:那边|这边|那里|说|讲|回复|反馈|发了?消息|打了?电话))/;
/** "what's the phone number for tom baker": whose detail it is, named after it. */
const DETAIL_FOR = new RegExp(`\\b(?:number|phone|mobile|cell|email|e-mail|contact|details|address|birthday)\\s+(?:for|of)\\s+(${NAME})\\s*[?.!]*\\s*$`);
/** "change chidi okafor's phone to …": whose detail it is, typed in lower case. */
const DETAIL_OWNER = new RegExp(`\\b(${NAME})['’]s (?:new |old |current )?(?:phone|number|mobile|cell|email|e-mail|address|birthday|bday|whatsapp)\\b`);
/** "rossi gelato - qualified", "bondi bay surf co is a goner", "jordan whitlock new email: …": a business at the head. */
const LOWER_SUBJECT =
  /^\s*([a-zà-ÿ][a-zà-ÿ'&.-]+(?:\s+[a-zà-ÿ'&][a-zà-ÿ'&.-]*){1,3}?)\s*(?:[-–—:]\s|,\s(?=(?:proposal|quote|quoted|negotiat\w*|won|lost|closed|signed|paid|moved)\b)|\s?(?:签了|成交|黄了|丢了|拿下)|\s(?:in negotiation|negotiating|proposal|quote sent|quoted|lost|won|closed|went|is|was|has|moved|deal|back to|contact|phone|email|details|prefers|likes|loved|agreed|signed|paid|confirmed|says|said|complained|complains|new (?:email|phone|number|mobile|cell|address))\b|\?)/;
/** "brightwave = lost", "sunrise kopitiam -> negotiation stage": a business and the stage it reached, and nothing else. */
const SUBJECT_AT_STAGE = /^\s*([a-z][a-z'&.-]{2,30}(?:\s+[a-z][a-z'&.-]*){0,3}?)\s*(?:=>|->|→|=|[-–—:])\s*(?:won|lost|closed|negotiation|negotiating|proposal|qualified)(?:\s+stage)?\s*[.!]*\s*$/;
/** "move sunflower yoga to negotiation", "mark rossi gelato as lost". */
const MOVED_TO_STAGE = /^(?:pls |please )?(?:move|mark|set|put|bump|push|update) (?:the )?([a-z][a-z'&.-]+(?:\s+[a-z][a-z'&.-]+){0,3}?)(?: deal| account)? (?:to|as|into|->) (?:negotiation|negotiating|proposal|quote|quoted|won|lost|closed|qualified|new|stage)\b/;
const NOT_A_SUBJECT =
  /\b(?:i|we|you|he|she|they|it|the|a|an|my|our|your|his|her|their|this|that|just|called|met|emailed|texted|visited|new|lead|pls|please|can|could|mark|set|move|update|check|any|what|who|how|when|where|why|is|was|need|want|book|table|room|cancel|change|today|tomorrow|tonight|thanks|hi|hey|hello|ok|sure|sales|team|report|summary|task|tasks|help|all|every|no|not|do|did|have|had|bday|birthday|email|mobile|phone|number|cell|address|company|deal|it|everything|everyone)\b|['’]s\b/;

function span(text: string, m: RegExpExecArray | null, group: number): { index: number; end: number; value: string } | undefined {
  const value = m?.[group];
  if (!m || !value) return undefined;
  const index = m.index + m[0].indexOf(value);
  return { index, end: index + value.length, value };
}

const isSomeone = (name: string) => {
  const words = name.split(" ");
  return !words.some((w) => NOT_LOWER_NAME.test(w) || NOT_SOMEONE.test(w) || LOWER_VERB.test(w) || PLACE_OR_THING.test(w));
};
const PLACE_OR_THING = /^(?:site|office|store|shop|warehouse|factory|plant|supplier|vendor|hq|branch|them|client|customer|clients|customers|bank|accounts|finance|it|everybody|somewhere)$/i;

function findLowerCaseListed(text: string): LowerCaseFound {
  const reached = LEAD_NAME_CONTACT.exec(text);
  const reachedName = span(text, reached, 1);
  if (reachedName && isSomeone(reachedName.value)) {
    const business = span(text, reached, 2);
    return { name: { ...reachedName, titled: false }, company: business && { ...business, sure: false } };
  }
  const withBusiness = LEAD_WITH_BUSINESS.exec(text);
  const withName = span(text, withBusiness, 1);
  const withCompany = span(text, withBusiness, 2);
  if (withName && withCompany && isSomeone(withName.value)) return { name: { ...withName, titled: false }, company: { ...withCompany, sure: false } };
  const pair = LEAD_NAME_BUSINESS.exec(text);
  if (pair) {
    const name = span(text, pair, 1);
    const company = span(text, pair, 2);
    // "dan ortiz ortiz family vineyards email dan@…": the label before the contact is no part of the business.
    const label = company && / (?:email|e-mail|mail|phone|tel|mobile|cell|number|no|at|on|via)$/.exec(company.value);
    const business = company && label ? { ...company, end: company.end - label[0].length, value: company.value.slice(0, -label[0].length) } : company;
    if (name && business && isSomeone(name.value) && !/\b(?:from|frm|at|of|wants?|needs?)\b/.test(business.value)) return { name: { ...name, titled: false }, company: { ...business, sure: false } };
  }
  const given = span(text, NAME_GIVEN.exec(text), 1);
  if (given && isSomeone(given.value)) return { name: { ...given, titled: false } };
  const listed = LISTED_LEAD.exec(text);
  if (listed) {
    const name = span(text, listed, 1);
    const company = span(text, listed, 2);
    if (name && company && isSomeone(name.value)) return { name: { ...name, titled: false }, company: { ...company, sure: false } };
  }
  const name = span(text, NAME_IS.exec(text), 1);
  if (!name || !isSomeone(name.value)) return {};
  const runs = span(text, RUNS.exec(text), 1);
  // "she runs a bakery called sweet crumbs": the name after "called" is the business, not its kind.
  const called = runs && / called (.+)$/.exec(runs.value);
  const company = runs && called ? { index: runs.end - (called[1] as string).length, end: runs.end, value: called[1] as string } : runs;
  return { name: { ...name, titled: false }, company: company && { ...company, sure: false } };
}

/** "jake from brooklyn roasters": the person and, unless it is a place ("the airport"), their business. */
const SPOKEN_COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|several|few)$/i;

function findLowerCaseFrom(text: string): LowerCaseFound {
  const m = FROM.exec(text);
  // "20 sacks of semolina": a count's unit, not someone; "budget confirmed at 18k": a sum, not a business.
  if (!m || !/[a-z]/i.test(m[2] as string) || /^\d/.test(m[2] as string) || /\d\s*$/.test(text.slice(0, m.index))) return {};
  const words = (m[1] as string).split(" ");
  // "quick update on raj at fintrail": what the update is on is the person.
  const updateOn = /\b(?:update|news|notes?|info)\s+$/i.test(text.slice(0, m.index));
  const kept = words.filter((w, i) => i === words.length - 1 || !(LEAD_IN.test(w) || (updateOn && i === 0 && /^(?:on|re|about)$/i.test(w))));
  const name = kept.join(" ");
  // "he is out of station", "he wants references from other breweries": a sentence, not someone from somewhere.
  if (kept.some((w) => LOWER_VERB.test(w) && !/^(?:today|tonight|tmrw|tomorrow|yesterday|again|back|earlier|later)$/i.test(w))) return {};
  // "my mum from home", "guy from corner deli": who they are to the writer is no name (the business still is).
  // "hold four seats at the bar": a count of things is no one either.
  const someone = !kept.some((w) => NOT_SOMEONE.test(w) || /^(?:my|our|his|her|their|your)$/i.test(w)) && !SPOKEN_COUNT.test(kept[0] as string);
  const nameAt = (m.index ?? 0) + (m[1] as string).length - name.length;
  // "the score of the bears game", "the price of the red wine": a thing of something, no one.
  const thingOf = /^(?:the|a|an)$/i.test(words[0] as string) && / of /i.test(m[0]);
  const named = someone && !thingOf && !kept.some((w) => NOT_LOWER_NAME.test(w)) && !LOWER_VERB.test(name);
  if (!named && /^(?:party|group|family|table|room|one|two|some|most|all|each|any|none|lots|couple|bunch|part|out|because|instead)$/i.test(name)) return {};
  const companyAt = (m.index ?? 0) + m[0].length - (m[2] as string).length;
  // "from the harbor grill": a place named by its trade is a business, "the" or not.
  const trade = /\b(?:grill|cafe|café|bar|bakery|hotel|restaurant|bistro|pub|deli|kitchen|diner|salon|clinic|spa|store|shop|market|brewery|winery|roasters|inn|motel|gym)$/i.test(m[2] as string) && /^the\s+\S+\s+\S+/i.test(m[2] as string);
  const placed = !trade && (/^(?:the|a|an|my|our|his|her|their|this|that|it|them|these|those)\b|^(?:home|work|school|church|gym|office|uni|college|hospital|downtown|upstairs|next door|all)$/i.test(m[2] as string));
  return {
    name: named ? { index: nameAt, end: nameAt + name.length, value: name, titled: false } : undefined,
    company: placed ? undefined : trade ? { index: companyAt + 4, end: companyAt + (m[2] as string).length, value: (m[2] as string).slice(4), sure: false } : { index: companyAt, end: companyAt + (m[2] as string).length, value: m[2] as string, sure: false },
  };
}
