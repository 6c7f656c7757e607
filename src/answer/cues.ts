import { PERSON_ROLES } from '../text/person-roles.js';
import { unicodeWords } from '../text/unicode-words.js';
import { PROPOSAL_WORDS } from './head.js';
import type { Intent } from './intent.js';

/**
 * What a sentence that answers a kind of question usually holds, in the ways Swedish (and English)
 * administrative text says it. A cue is evidence of an answer type, not of a topic: it is one feature
 * among several, weighed by the fitted model.
 */
const MONTHS =
  'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october';
/** A month cut short after a day ("14 SEP", "3 nov.", "12–14 OKT"), as calendars and event cards print it. */
const DAY_MONTHS = `${MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec`;
/**
 * A day in words or numbers: "15 april", "2027-04-12", the European "12/04/2027" and "12.04.2027", and a day and
 * month after the verb of a paper's handling ("framställd 28/1", "bordlagd 29/4", as council agendas write them).
 */
const DATE = new RegExp(
  `\\b\\d{1,2}(?:–\\d{1,2})?\\s+(?:${DAY_MONTHS})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\b|\\b(?:${MONTHS})\\s+\\d{4}\\b|\\b(?:${MONTHS})\\s+\\d{1,2}\\b|(?<!\\p{L})(?:framställd|inkom|inkommen|bordlagd|bordlades|daterad|besvarad|väckt|anmäld)\\s+\\d{1,2}/\\d{1,2}(?![\\d/])`,
  'iu',
);
const AMOUNT =
  /\d[\d\s ,.]*\s*(?:kronor|kr\b|tkr|mnkr|mkr|miljoner|miljarder|euros?\b|eur\b|sek\b|€|procent|percent|per\s+cent|%)|(?:eur|sek|€)\s?\d|\bavgiftsfri\w*|\bkostnadsfri\w*|\bfree of charge\b|\bno fee\b/iu;
// A size in units of measure ("högst 620 MW", "12 000 kvadratmeter", "400 kV"): how large a thing that is not
// money or a group is, as "Hur stor effekt …?" and "How large is the site's area?" ask.
const PHYSICAL_SIZE =
  /\d[\d\s ,.]*\s*(?:[kMGT]Wh?|kV|ton|tons|tonnes|kg|km|kvm|m²|kvadratmeter|square\s+met(?:re|er)s|hektar|hectares?|meter|met(?:re|er)s|liter|lit(?:re|er)s)(?![\p{L}\d])/u;
// Number words of both languages, to ninety ("åtta" and "två" are read as words: see `unicodeWords`).
export const NUMBER_WORDS =
  'två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen';
// A number that counts: not a year ("MIPIM 2026"), not part of a reference ("Motion (2026:71)", "KS 2026/1402"),
// and not "en"/"ett"/"one", which are as often articles and pronouns as numbers and would make every sentence
// look like a count.
// Nor the day of a date ("6–7 October 2027", "den 14 maj"), nor a street number or a postcode
// ("Oudegracht 140, 3511 AZ Utrecht", "Hälsingegatan 47, 113 31 Stockholm").
const POSTCODE = String.raw`(?:[A-Z]{1,2}-)?(?:\d{3}\s?\d{2}|\d{4,5})`;
const COUNT = new RegExp(
  String.raw`(?<![\d:/.–-])(?<!\d[a-z]?,\s+(?:[A-Z]{1,2}-)?)(?<!\b\d{3}\s)(?!(?:19|20)\d{2}\b)\d+(?![\d:/]|[.-]\d)` +
    String.raw`(?!(?:[–-]\d{1,2})?\.?\s+(?:${DAY_MONTHS})\b)(?![a-z]?,\s+${POSTCODE}\s)|\b(?:${NUMBER_WORDS})\b`,
  'iu',
);
// A size counted in people or staff ("högst 25 personer", "cirka 0,5 årsarbetare", "two full-time posts").
const QUANTITY = new RegExp(
  String.raw`(?:\d+(?:[,.]\d+)?|\b(?:${NUMBER_WORDS}))\s+(?:personer|deltagare|årsarbetare|heltidstjänster|heltidstjänst|tjänster|medarbetare|anställda|ledamöter|people|persons|participants|delegates|staff|employees|full-time\s+\w+|FTEs?|members)\b`,
  'iu',
);
const FREQUENCY =
  /\bgång(?:er)?\s+(?:per|om|i|varje)\b|\bårligen\b|\bmånatligen\b|\bkvartalsvis\b|\bhalvårsvis\b|\bterminsvis\b|\btertialvis\b|\bvarje\s+(?:år|månad|vecka|kvartal|termin|tertial|halvår)\b|\bper\s+(?:tertial|halvår|termin)\b|\btwice\s+a\s+(?:year|month|week)\b|\b(?:semi-?annually|biannually|half-yearly)\b|\bevery\s+(?:two|three|four|six|2|3|4|6)\s+(?:weeks|months|years)\b|\bvart\s*(?:annat|tredje|fjärde)\s+år\b|\bper\s+(?:år|månad|vecka|kvartal)\b|\btimes\s+a\s+(?:year|month|week)\b|\b(?:annually|monthly|weekly|quarterly|yearly)\b|\bonce\s+a\s+(?:year|month|week)\b|\bevery\s+(?:year|month|week|quarter)\b|\bper\s+(?:year|month|week)\b/iu;
// A count of times ("två gånger", "twice", "three times") answers "Hur många gånger …?" and "How many times …?",
// which ask how often as a count rather than a rate.
const TIMES_COUNTED = new RegExp(
  String.raw`\b(?:\d+|${NUMBER_WORDS})\s+(?:gånger|times)\b|\b(?:en|ett|one)\s+(?:enda\s+)?gång\b(?!\s+(?:till|to))|\b(?:once|twice)\b`,
  'iu',
);
// "regularly reviewed", "följs upp regelbundet": how often, without a number.
const REGULARLY = /\b(?:regularly|regelbundet|continuously|kontinuerligt|fortlöpande)\b/iu;
// "Organisers of international congresses … can apply", "Föreningar som … får söka": who may do a thing is a kind
// of people or bodies before "can" or "may".
const WHO_MAY =
  /\b(?:organi[sz]ers?|applicants?|associations?|organi[sz]ations?|members?|employees?|staff|students?|residents?|citizens?|companies|schools|municipalities|arrangörer\p{L}*|sökande|föreningar\p{L}*|organisationer\p{L}*|medlemmar\p{L}*|medarbetare\p{L}*|anställda|förtroendevalda|invånare\p{L}*|företag(?:en)?|skolor\p{L}*|elever\p{L}*|studenter\p{L}*|kommuner\p{L}*)\b[^.;]{0,100}?\b(?:can|may|kan|får)\b/iu;
const SINCE = new RegExp(
  String.raw`\b(?:sedan|since)\s+(?:den\s+)?(?:\d{1,2}\s+)?(?:${MONTHS})\s+\d{4}\b|\bsedan\s+(?:år\s+)?\d{4}\b|` +
    String.raw`\bsince\s+\d{4}\b|\bsedan\s+(?:årsskiftet|början\s+av|slutet\s+av|hösten|våren|sommaren|vintern)\s+(?:år\s+)?\d{4}\b|` +
    String.raw`\bsince\s+(?:the\s+)?(?:turn\s+of\s+the\s+year|beginning\s+of|end\s+of|spring|autumn|summer|winter)\s+(?:of\s+)?\d{4}\b|\b(?:från\s+och\s+med|fr\.\s?o\.\s?m\.)\s+(?:den\s+\d{1,2}\s+\p{L}+\s+)?\d{4}\b|\bmedlem\s+sedan\b`,
  'iu',
);
/**
 * A statement of who holds a power: who decides, approves, is responsible ("beslutas av", "godkänns av",
 * "svarar för samordningen", "bör svara för finansieringen"), or
 * a register's field that names who decided ("Beslutsfattare: Mats Wennerholm, stadsdirektör"), or an agenda
 * item's field that names the rotel or the borgarråd who presents it ("Rotel: Finansroteln, …").
 */
export function statesAuthority(sentence: string): boolean {
  return RESPONSIBLE.test(sentence);
}

const RESPONSIBLE =
  /\bansvar(?:ar|ade|et|ig|iga)?\b|\bhar\s+ansvaret\b|\bsvara(?:r|de)?\s+för\s+(?!att\b)|\bleds\s+av\b|\bsamordnas\s+av\b|\bbeslutar\b|\bbeslutas\s+av\b|\bgodkänns\s+av\b|\bresponsib\w*|\bin\s+charge\b|\bhuvudman\b|\binnehas\s+av\b|\bhandläggs\s+av\b|\bbeslutsfattare\b|\bbeslutad?e?\s+av\b|\bbeslutat\s+av\b|\bgodkänd\w*\s+av\b|\bdecision[- ]maker\b|\b(?:decided|approved)\s+by\b|^(?:rotel(?:\s+[ivxlc]+)?|föredragande(?:\s+[\p{L}-]+)?)\s*:/iu;
// A name, or a body or office: Swedish bodies are compounds ending in the definite form of their kind
// (stadsledningskontoret, kommunstyrelsen, Socialdepartementet). The name pattern is case-sensitive on
// purpose: with the i flag, \p{Lu} matches any letter and every pair of words would look like a name.
const NAME =
  /(?<!\p{L})\p{Lu}\p{Ll}+\s+(?:(?:von|af|de|van|der)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?!\p{L})/u;
// Also in the genitive ("stadsledningskontorets protokollsenhet", "nämndens kansli"). Each alternative is
// tried at word starts only: a match inside a word extends to its start, so the answer is the same, and
// trying every letter cost about 10 µs a sentence.
const BODY =
  /(?<!\p{L})\p{L}*(?:nämnden|styrelsen|förvaltningen|kontoret|avdelningen|enheten|sekretariatet|departementet|myndigheten|borgarrådet|direktören|kansliet|chef\w*|sekreterare\w*)(?!\p{L})|(?<!\p{L})\p{L}+(?:ens|ets|arnas)\s+\p{L}*(?:enhet|avdelning|kansli|sekretariat|förvaltning|kontor|delegation|stämma|styrelse)(?!\p{L})/iu;
// The agent of a passive, named ("leds av Oslo", "is chaired by Riga"): who does it, once the asked verb is
// set aside. Case-sensitive, as NAME is.
// Also named by their role in places ("founded by the mayors of Barcelona …", "grundades av borgmästarna i …"),
// or a body in lower case ("planned by the protocol office", "fattades av [förbundets] förbundsdelegation",
// whose genitive is the question's own word and set aside).
const AGENT =
  /(?<!\p{L})(?:av|by)\s+(?:(?:the\s+)?\p{Lu}\p{L}+|(?:the\s+)?(?:mayors?|leaders?|representatives?|borgmästar\p{L}*|ledar\p{L}*|företrädar\p{L}*)\s+(?:of|for|i|för)\s+\p{Lu}\p{L}+|(?:the|each|a|its|our)\s+(?:[\p{Ll}-]+\s+){0,3}(?:office|department|unit|secretariat|committee|board|administration|agency|ministry|directorate|team|director|manager|officer|coordinator|secretary|association|organi[sz]ation|company|foundation)(?!\p{L})|(?:\p{L}+\s+){0,2}\p{L}*(?:delegation|stämma|styrelse|nämnd|fullmäktige|utskott|beredning|kommitté|förening|organisation|stiftelse)(?:en|et|n)?(?!\p{L}))/u;
// A passive whose agent is each party ("betalas av respektive stad", "paid by each partner"): who does it,
// though no name is written. "av" alone is as often "of"; "av respektive" is the agent.
const SHARED_AGENT = /\b(?:av|by)\s+(?:respektive|var\s+och\s+en|each|the\s+respective)\b/iu;
// A name set beside its role ("med Rostock som ledande partner", "with Tartu as lead partner"): who holds it.
const IN_ROLE = /(?<!\p{L})\p{Lu}\p{Ll}+\s+(?:som|as)(?!\p{L})/u;
// A place, or an address a reply is sent to (an e-mail address, a post box, a postcode and town), or the
// unit a function is placed with ("placeras hos kommunikationsenheten"), also at a sentence's start and after
// English's article ("At the Stockholm Visitor Center in the House of Culture"). Street names are compounds
// ("Hälsingegatan 47"), and notices and agendas label the place ("Plats | …", "Venue:"). A room ("rum") is
// a place, but "äger rum" (takes place) says only that something happens.
// A foreign address is a street number, a comma and a postcode of four or five digits, with the Dutch two
// letters or a country prefix, before the town ("Oudegracht 140, 3511 AZ Utrecht", "Arts 21, 1000 Brussels").
const PLACE =
  /\bhos\s+\p{L}*(?:enheten|avdelningen|förvaltningen|kontoret|kansliet|sekretariatet|nämnden|styrelsen)(?!\p{L})|\d+[a-z]?,\s+(?:[A-Z]{1,2}-)?\d{4,5}(?:\s[A-Z]{2})?\s+\p{Lu}\p{L}+|(?<![\p{L}])(?:[Ii]|[Pp]å|[Vv]id|[Ii]n|[Aa]t)\s+(?:the\s+)?\p{Lu}\p{L}+|\b\p{L}*(?:vägen|gatan|torget|allén|gränd|plan)\s+\d+|\blokal\w*|\bsal(?:en)?\b|\b\p{Lu}\p{L}+salen\b|\bvenue\b|(?<!\bäg(?:er|de|t|a)\s)\brum\b|\b\p{L}*(?:sammanträdes|konferens|mötes)rum\w*|\b(?:[Pp]lats|[Aa]dress|[Vv]enue|[Ll]ocation|[Aa]ddress)\s*[:|]|\b[Bb]ox\s+\d+|\b\d{3}\s?\d{2}\s+\p{Lu}\p{L}+/u;
/**
 * An e-mail address says where to send something, not where a meeting is held or an office lies: a weaker
 * where than a place, a hall or an address.
 */
const MAILBOX = /[\w.-]+@[\w-]+\.[\w.]+/u;
// Where a person is reached: a contact label, questions addressed to someone, a phone number or an e-mail.
export const CONTACT =
  /\bkontakt\w*|\bhandläggare\b|\bfrågor\b|\bupplysningar\b|\bcontact\w*|\bquestions?\b|\benquiries\b|\bqueries\b|\btelefon\b|\btfn\b|\bphone\b|\be-?post\b|\be-?mail\b|[\w.-]+@[\w-]+\.\w+|\b0\d{1,3}-\d/iu;
// A proposal: the verbs a proposal question asks with (head.ts), a motion raised ("Joakim Larsson (M) har väckt en
// motion …"), a claim, a verdict on a proposal, or what should be done ("bör", "ska").
const PROPOSAL = new RegExp(
  String.raw`(?<!\p{L})(?:${[...PROPOSAL_WORDS].join('|')}|föreslås|föreslogs|väck(?:t|te|er)\s+(?:en\s+)?motion|yrka(?:r|de)|förslag(?:et)?\s+till\s+beslut|avstyrker|tillstyrker|bör|ska)(?!\p{L})`,
  'iu',
);
/**
 * A stand taken: a view ("anser", "bedömer", "är positiv"), a verdict on a proposal ("tillstyrker",
 * "avstyrker", "har inga invändningar"), a welcome or an objection, or a reply with its content ("svarar att").
 * A sentence that only says who was asked ("har fått möjlighet att yttra sig") or that a reply was sent
 * ("som svar på remissen") takes none.
 */
const STANCE =
  /\b(?:anser|ansåg|ansett|bedömer|bedömde|bedömning(?:en)?|tillstyrk\w*|avstyrk\w*|välkomna\w*|invänd\w*|erinra\w*|ställer\s+sig|ställde\s+sig|ser\s+(?:positivt|negativt|gärna|med\s+oro|fördelar|risker?)|(?:är|var)\s+(?:mycket\s+|i\s+grunden\s+|odelat\s+)?(?:positiva?|negativa?|kritiska?|tveksamma?)|stöd(?:er|jer|de)|instämm\w*|delar\s+(?:uppfattningen|bedömningen|synen)|menar|understryk\w*|påpekar|framhåller|betonar|motsätter|avvisar|förordar|(?:svarar|svarade)\s+att|synpunkt\w*|tycker|tyckte|considers?|believes?|thinks?|supports?|welcomes?|opposes?|agrees?|disagrees?|objects?|favou?rs?|(?:is|was|are|were)\s+(?:positive|negative|critical|sceptical|skeptical)|concerns?|stresses|argues?|(?:replied|answered|responded)\s+that)\b/iu;
const STATED_STANCE = unicodeWords(STANCE);

/**
 * The words of a sentence up to the stand it takes and the word after it (Swedish puts the subject there
 * after a fronted phrase: "I remissvaret anser nämnden …"), within the stand's clause: who takes the stand.
 * Null when the sentence takes none.
 */
export function beforeStance(sentence: string): string | null {
  const m = STATED_STANCE.exec(sentence);
  if (!m) return null;
  const start = Math.max(0, ...[',', ';', ':'].map((p) => sentence.lastIndexOf(p, m.index) + 1));
  const after = /^\s*[\p{L}-]+/u.exec(sentence.slice(m.index + m[0].length))?.[0] ?? '';
  return sentence.slice(start, m.index + m[0].length) + after;
}

const RESERVATION = /\breserver\w*|\breservation\b|\bdissent\w*|\beget\s+förslag\b|\bröstade\s+emot\b/iu;
const DEADLINE =
  /\bsenast\b|\bsista\s+\w*dag\w*|\bsvarsdag\w*|\bdeadline\b|\bno\s+later\s+than\b|\bby\s+\d{1,2}\s|\blast\s+day\b|\bclos(?:es|ing)\b|\bstänger\b/iu;
const DURATION = new RegExp(
  String.raw`\b(?:\d+|en|ett|one|${NUMBER_WORDS})\s+(?:arbets|working\s+)?(?:dag(?:ar)?|veck(?:a|or)|månad(?:er)?|år|timm(?:e|ar)|minuter|days?|weeks?|months?|years?|hours?|minutes?)\b|\bi\s+förväg\b|\bin\s+advance\b`,
  'iu',
);
// A labelled period, as notices and forms write it ("Duration in months: 24", "Avtalstid: två år").
const PERIOD_LABEL =
  /\b(?:duration|term\s+of\s+the\s+(?:contract|agreement)|varaktighet|avtalstid(?:en)?|löptid(?:en)?|avtalsperiod(?:en)?|giltighetstid(?:en)?)\b[^.;]{0,25}?(?:\d|\b(?:ett|två|tre|fyra|fem|one|two|three|four|five)\b)/iu;
/** A time stated against an event ("inom tre veckor efter mötet", "two weeks before departure"): a when. */
const RELATIVE_TIME = new RegExp(
  `(?:${DURATION.source})\\s+(?:efter|före|innan|from|after|before|prior\\s+to)\\b`,
  'iu',
);
/** A time of day as a sentence or a label states it ("inleds kl 18.00", "Klockan: 17:30", "at 10 am"). */
const CLOCK =
  /\b(?:kl\.?|klockan)\s*:?\s*\d{1,2}(?:[.:]\d{2})?\b|\b(?:at|from)\s+\d{1,2}(?:[.:][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\b(?:time|tid)\s*:\s*\d{1,2}[.:][0-5]\d\b/iu;
/** A span of the day set as a programme's row sets it ("09:30–10:00 | Welcome"): a weaker when. */
const CLOCK_SPAN = /\b(?:[01]?\d|2[0-3])[.:][0-5]\d\s*[–-]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\b/u;
/**
 * A year on its own ("Staden gick med 2022", "in 2019"): when something happened, by the year. Not the year
 * inside a case number or a reference ("Dnr: KS 2026/1365", "UTBN 2027:0219", "1.5.1-067-2027"): such a line
 * names a case and dates nothing.
 */
const YEAR = /(?<![-/:.]|\p{Lu}{1,5}\s)\b(?:19|20)\d{2}\b(?![/:]\d)/u;
/** A time counted from now or from the decision ("efter två år", "inom tre månader", "within six weeks"): a when. */
const AFTER_PERIOD = new RegExp(`\\b(?:efter|inom|after|within)\\s+(?:${DURATION.source})`, 'iu');
/** The end of a period ("till och med 2028", "until March 2027"): how long something lasts. */
const UNTIL = /\b(?:till\s+och\s+med|t\.\s?o\.\s?m\.|fram\s+till|until|up\s+to)\s+(?:den\s+)?\S*\d/iu;
// The decision's own word forms: "Beslutsexpediering", "Beslutsunderlag" and "Beslutande" (the members present)
// are lines about a decision's papers and people, not a decision.
const PROPOSAL_OR_DECISION = /\bbeslut(?:a|ar|ade|at|as|ades|ats|et|ets|en|ens)?\b|\bdecid\w*|\bdecision\b/iu;
/**
 * A reason given ("eftersom resan avser en konferens", "på grund av", "because", "in order to"). A
 * reservation's or a motion's grounds are what its makers "anför" ("Att därutöver anföra …") and a decision's
 * its "motivering".
 */
const REASON =
  /\banför(?:a|as|de|des|t)?\b|\bmotiver\w*|\beftersom\b|\bdärför\b|\bpå grund av\b|\bmed anledning av\b|\bför att\b|\bså att\b|\bskäl\w*|\banledning\w*|\borsak\w*|\bsyfte\w*|\bbecause\b|\bdue to\b|\bowing to\b|\bas a result\b|\bin order to\b|\bso that\b|\breasons?\b|\bpurpose\b/iu;

/** A city or municipality named as a party ("staden Guimarães", "City of Tartu"): who, when cities act. */
const CITY = /(?<!\p{L})(?:staden|kommunen|city of|municipality of)\s+\p{Lu}\p{L}+/u;

const CUE_PATTERNS: Partial<Record<Intent, RegExp[]>> = {
  responsible: [RESPONSIBLE],
  reservation: [RESERVATION],
  opinion: [STANCE],
  proposal: [PROPOSAL, PROPOSAL_OR_DECISION],
  why: [REASON],
  how_much: [AMOUNT],
  how_many: [COUNT],
  how_large: [QUANTITY, PHYSICAL_SIZE],
  how_often: [FREQUENCY, TIMES_COUNTED, REGULARLY],
  since_when: [SINCE],
  how_long: [DURATION, PERIOD_LABEL, DEADLINE, UNTIL],
  where: [PLACE, MAILBOX],
  send_to: [PLACE, MAILBOX],
  who: [NAME, BODY, RESPONSIBLE, AGENT, IN_ROLE, SHARED_AGENT, CITY, WHO_MAY],
  when: [DATE, DEADLINE, RELATIVE_TIME, AFTER_PERIOD, CLOCK, CLOCK_SPAN, YEAR],
  deadline: [DATE, DEADLINE],
  case_officer: [NAME, BODY],
  signatories: [NAME, BODY],
  // A paper's writers are people: "16.00 behandlas interpellationer" names no one who wrote one.
  author: [NAME],
};

/**
 * What a cue of the type must also hold: a contact is a name or a body where one is reached ("Kontakt:
 * Strategiska avdelningen", "Handläggare Anna Berg, 08-508 …"); a body that merely holds a membership is none.
 */
const REQUIRED_PATTERNS: Partial<Record<Intent, RegExp>> = {
  // "Protokollsenheten … handlägger representationsärenden" says who handles them as a contact line does.
  case_officer: new RegExp(
    String.raw`${CONTACT.source}|\bhandlägg(?:er|s|es|de|des)\b|\bhandles\b|\bhandled\s+by\b`,
    'iu',
  ),
};

/**
 * A line labelled as a place or a time ("Plats: Idrottsförvaltningen, sammanträdesrum Stadion", "Tid: …")
 * says where or when, whatever body it names: it answers no who-question.
 */
const PLACE_OR_TIME_LABEL = /^\s*(?:plats|lokal|tid|datum|adress|venue|location|date|time|address)\s*[:|]/iu;
const LABELLED_AS_OTHER: Partial<Record<Intent, RegExp>> = {
  who: PLACE_OR_TIME_LABEL,
  case_officer: PLACE_OR_TIME_LABEL,
  signatories: PLACE_OR_TIME_LABEL,
};

// Read with boundaries and word letters of any alphabet: "\båtta\b" must match "åtta".
const CUES: Partial<Record<Intent, RegExp[]>> = Object.fromEntries(
  Object.entries(CUE_PATTERNS).map(([intent, patterns]) => [intent, patterns.map(unicodeWords)]),
);
const REQUIRED: Partial<Record<Intent, RegExp>> = Object.fromEntries(
  Object.entries(REQUIRED_PATTERNS).map(([intent, pattern]) => [intent, unicodeWords(pattern)]),
);

/** The answer type has a shape a sentence can be checked for (a date, a sum, a name …). */
export function hasCue(intent: Intent): boolean {
  return CUES[intent] !== undefined;
}

/**
 * 1 when the sentence holds a cue for the question's answer type, 0 when not or when the type has none, and
 * in between for a weak cue (a when-sentence whose only time is a period of years).
 */
export function cueStrength(
  intent: Intent,
  sentence: string,
  labelled: string = sentence,
  /** The question counts a unit of measure ("Hur många dagar …"): a number of that unit is a count. */
  unitsCounted = false,
): number {
  const cues = CUES[intent];
  if (!cues) return 0;
  const required = REQUIRED[intent];
  // What a cue must also hold is read in `labelled`: the sentence with the question's own words, when the
  // cue itself is read without them ("Kontakt: EU-samordningen" answers "Vem kan man kontakta …?").
  if (required && !required.test(labelled)) return 0;
  if (LABELLED_AS_OTHER[intent]?.test(sentence)) return 0;
  // A sum ("kostade 1 420 000 kronor") counts no people or things: a count is looked for beside it. Nor does
  // a time, a share or a day ("pågår i åtta timmar", "30 procent", "May 5"), unless units are what is counted.
  const read = SUMS_ASIDE.has(intent)
    ? unitsCounted
      ? sentence
      : sentence.replace(SUMS, ' ').replace(WORD_SUMS, ' ').replace(MEASURES, ' ').replace(DATES, ' ')
    : sentence;
  if (cues.some((cue) => cue !== WEAK_WHEN && cue !== SPAN_WHEN && cue !== MAILBOX_WHERE && cue.test(read)))
    return 1;
  if (cues.includes(MAILBOX_WHERE)) return MAILBOX_WHERE.test(read) ? MAILBOX_ONLY : 0;
  if (!cues.includes(WEAK_WHEN)) return 0;
  // A programme's row ("09:30–10:00 | Welcome …") says when within a day that a date elsewhere gives: it
  // answers "when" less surely than a date or a stated time ("inleds kl 18.00").
  if (!WEAK_WHEN.test(sentence)) return SPAN_WHEN.test(sentence) ? SPAN_ONLY : 0;
  // A year says when ("Staden gick med 2022."); a period of years ("i Program för … 2027–2030") names what
  // lasts that long, and dates the sentence less surely.
  return WEAK_WHEN.test(sentence.replace(YEAR_RANGE, ' ')) ? 1 : PERIOD_ONLY;
}

/** The year cue of a when-question, as compiled in CUES (found by its pattern, not by its place in the list). */
const WEAK_WHEN = CUES.when![CUE_PATTERNS.when!.indexOf(YEAR)]!;
/** Its cue for a span of the day, found the same way. */
const SPAN_WHEN = CUES.when![CUE_PATTERNS.when!.indexOf(CLOCK_SPAN)]!;
/** The e-mail cue of a where-question, found the same way. */
const MAILBOX_WHERE = CUES.where![CUE_PATTERNS.where!.indexOf(MAILBOX)]!;
/** Answer types that count: a sum of money is set aside before their cues are read. */
const SUMS_ASIDE: ReadonlySet<Intent> = new Set(['how_many', 'how_large']);
const SUMS = new RegExp(AMOUNT.source, 'giu');
/** A sum written in words ("över fyra miljoner kronor", "two million euros"): no count either. */
const WORD_SUMS = new RegExp(
  String.raw`\b(?:${NUMBER_WORDS})\s+(?:(?:miljoner|miljarder|million|billion)\s+)?(?:kronor|euro|euros|EUR|SEK)\b`,
  'giu',
);
/**
 * Units a number measures by rather than counts people or things with: time (also in compounds and the
 * genitive: "arbetsdagar", "200 timmars undervisning"), money and shares.
 */
const MEASURE_UNIT = String.raw`(?:\p{L}*(?:dagar|dag|dygn|timmar|timme|veckor|vecka|minuter|minut|månader|månad|sekunder|nätter|natt)s?|års?|kvartals?|terminer|termin|seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|quarters?|semesters?|kronor|kr|sek|euros?|eur|dollars?|usd|procent|procentenheter|percent|per\s+cent|%)`;
/** A number of such a unit, or a range of them ("8 timmar", "tre–fyra veckor", "30 %", "two days"). */
const MEASURES = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d+(?:[\s ]\d{3})*(?:[,.]\d+)?|${NUMBER_WORDS})(?:\s*[–-]\s*(?:\d+(?:[,.]\d+)?|${NUMBER_WORDS}))?(?:\s+|(?<=\d)\s*)${MEASURE_UNIT}(?![\p{L}\p{N}])`,
  'giu',
);
const MEASURE_WORD = new RegExp(`^${MEASURE_UNIT}$`, 'iu');
/** A word that names a unit of time, money or share ("dagar", "hours", "kronor", "procent"). */
export function isMeasureUnit(word: string): boolean {
  return MEASURE_WORD.test(word.trim());
}
const DATES = new RegExp(DATE.source, 'giu');
const YEAR_RANGE = /\b(?:19|20)\d{2}\s*[–-]\s*(?:19|20)?\d{2}\b/gu;
/** The cue of a sentence whose only time is a period of years. */
const PERIOD_ONLY = 0.5;
/** The cue of a sentence whose only time is a span of the day. */
const SPAN_ONLY = 0.5;
/** The cue of a sentence whose only place is an e-mail address. */
const MAILBOX_ONLY = 0.5;

/**
 * A sentence that only leads in to what follows ("… föreslår att kommunfullmäktige beslutar följande:",
 * "Förvaltningen har följande synpunkter."): the answer is in the next sentence or list.
 */
export function isLeadIn(sentence: string): boolean {
  const s = sentence.trim();
  return (
    /:\s*$/.test(s) ||
    /\bföljande\s*[.:]?\s*$/iu.test(s) ||
    /\bthe following\s*[.:]?\s*$/iu.test(s) ||
    // "Kommunfullmäktige väljer följande representanter i styrelsen för …." announces the lines after it,
    // though its sentence goes on past "följande": a sentence that names nothing after it but where.
    (FOLLOWING_NOUN.test(s) && !s.includes(':'))
  );
}

/**
 * "väljer följande representanter", "appoints the following delegates": an election sentence that announces
 * the elected by their kind.
 */
const FOLLOWING_NOUN =
  /^[^,;]*\b(?:väljer|utser|nominerar|elects?|appoints?)\b[^,;]*\b(?:följande|the\s+following)\s+\p{L}+/iu;

/**
 * The sentence names a deadline: a deadline word ("senast", "deadline", "no later than") with a date, or with
 * a time counted from an event ("senast sex veckor efter hemkomsten").
 */
const STATED_DATE = unicodeWords(DATE);
const STATED_RELATIVE_TIME = unicodeWords(RELATIVE_TIME);
const STATED_DEADLINE = unicodeWords(DEADLINE);

/** A role only a person holds (see `PERSON_ROLES`), as the last part of the asked role's word. */
const PERSON_ROLE = new RegExp(`(?:${PERSON_ROLES.join('|')})$`, 'iu');

export function isPersonRole(word: string): boolean {
  return PERSON_ROLE.test(word);
}

/** A person's name in the text: "Anna Berg", "Johan von Sydow". */
export function namesPerson(text: string): boolean {
  return NAME.test(text);
}

/** A sentence that names a day or a month of a year ("i februari 2028", "2027-04-30", "15 June"). */
export function statesDate(sentence: string): boolean {
  return STATED_DATE.test(sentence);
}

export function statesDeadline(sentence: string): boolean {
  let states = deadlinesStated.get(sentence);
  if (states === undefined) {
    states =
      STATED_DEADLINE.test(sentence) && (STATED_DATE.test(sentence) || STATED_RELATIVE_TIME.test(sentence));
    if (deadlinesStated.size >= DEADLINES_KEPT) deadlinesStated.clear();
    deadlinesStated.set(sentence, states);
  }
  return states;
}

/**
 * Whether a sentence states a deadline, kept by its text: a deadline question tests every candidate
 * sentence (some 250) with three patterns, and the same sentences come back with each such question.
 * Emptied at a bound.
 */
const deadlinesStated = new Map<string, boolean>();
const DEADLINES_KEPT = 50_000;
