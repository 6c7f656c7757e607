import { unicodeWords } from '../text/unicode-words.js';

/**
 * What a question asks for. Metadata intents (deadline, case number, case officer, recipients, sender) are
 * answered from what was extracted from the documents; the others pick a passage and a sentence.
 */
export type Intent =
  | 'deadline'
  | 'case_number'
  | 'case_officer'
  | 'recipients'
  | 'sender'
  | 'author'
  | 'signatories'
  | 'title'
  | 'responsible'
  | 'reservation'
  | 'proposal'
  | 'how_much'
  | 'how_large'
  | 'how_many'
  | 'how_often'
  | 'since_when'
  | 'how_long'
  | 'where'
  | 'send_to'
  | 'who'
  | 'when'
  | 'updated'
  | 'which'
  | 'yes_no'
  | 'opinion'
  | 'why'
  | 'what';

const RULES: [Intent, RegExp][] = [
  // "Varför beslutade stadsdirektören …?", "Why was the trip approved …?": a reason, whatever the topic.
  [
    'why',
    /^\s*(varför|why|how come|av vilken anledning|av vilket skäl|vad (är|var) (skälet|anledningen|orsaken)|what (is|was) the reason)\b/i,
  ],
  [
    'case_number',
    /(?<![\p{L}\d])(diarienummer|diarienumret|diarienumren|diarienumrena|diarienr|dnr|ärendenummer|ärendenumret)(?![\p{L}\d])|\b(case|reference|registration|file) (number|no)\b/iu,
  ],
  // "Where will the district put its contact person?", "När ska kontaktpersonen utses?": the question word
  // asks for a place or a time; the contact person is only what it is about.
  [
    'where',
    /^\s*(var|where)\b(?!.*\b(vänder|vända|turn|go with)\b).*\b(kontaktperson\w*|contact persons?|handläggar\w*|case officers?)\b/i,
  ],
  ['when', /^\s*(när|when)\b.*\b(kontaktperson\w*|contact persons?|handläggar\w*|case officers?)\b/i],
  [
    'case_officer',
    /\bhandläggare[n]?\b|\bkontaktperson(en)?\b|\bvem (kan|ska|bör) (jag|man|vi) (kontakta|ringa|fråga)\b|\bcase (officer|handler)\b|\bcontact person\b|\bwho (can|should) (i|we) (contact|call|ask)\b|\bwho handles\b|\bwho(?:'s| is| will be) handling\b|\bofficer (in charge|responsible)\b|\b(vart|till vem) (vänder|ska|kan) (jag|man|vi) (vända )?(mig|sig|oss)\b|\bvem (vänder|ska|kan) (jag|man|vi) (vända )?(mig|sig|oss) till\b|\bwho (do|should|can) (i|we) (turn to|contact|write to)\b|\bwhere (do|should|can) (i|we) (turn|go) with (questions|queries)\b/i,
  ],
  [
    'recipients',
    /\bremissinstans\w*|\bvilka (fler|andra|mer|övriga)\b.*\b(fått|får|fick|fler)\b|\b(fått|fick) (också )?remiss\w*\b|\bskickats (på remiss )?till\b|\bwho else\b.*\b(got|received|receive|sent)\b|\b(which|what) (other )?(bodies|organisations|organizations|committees|consultees)\b.*\b(received|got|consulted|sent)\b|\breferral bodies\b|\bconsultees?\b|\bwho (was|were|has been|have been) consulted\b|\bsent to\b|\b(which|what|who)\b.*\b(received|got|get|receive)\b.*\b(referral|consultation)\b|\bvilka\b.*\b(fått|får|fick)\b.*\bremiss\w*|\btill vilken (nämnd|instans|förvaltning|styrelse)\b|\bvem (har fått|fick|får) remiss\w*|\b(sent|addressed) to\b|\b(remitterats|remitterades|har remitterat\w*) till\b|\b(referred|been sent) to\b|^\s*vart\b.*\b(har|hade|blev)\b.*\b(remitterats|skickats)\b|^\s*vart\b.*\b(remitterades|skickades)\b|^\s*where\b.*\b(was|were|has|have)\b.*\b(referred|sent)\b(?!.*\bfrom\b)|\b(which|what|who)\b.*\b(asked|invited) to (comment|respond|reply|give (their )?views|submit (comments|views))\b|\bvilka\b.*\b(ombetts|ombeds|ombads|har fått|får|fick|ska) (att )?(yttra sig|lämna synpunkter|svara på remiss\w*)\b/i,
  ],
  [
    'title',
    /\b(what is the (title|name) of|what is the (referral|document|case|report) called|what are the (referral|document)s? called)\b|\bvad heter\b|\bvad är (rubriken|titeln)\b|\bärendemening\w*/i,
  ],
  // "När uppdaterades sidan?", "When was the page last updated?": the date a page gives for itself.
  [
    'updated',
    /^\s*(när|when)\b.*\b(uppdaterades|uppdaterats|uppdaterad|updated|last changed|last modified)\b/i,
  ],
  // "When was the agreement signed?" asks for the date of signing, not who signed.
  [
    'when',
    /^\s*(när|when|what date|vilket datum)\b.*\b(signed|undertecknades|undertecknad\w*|signerades|skrevs under)\b/i,
  ],
  // Who wrote a councillor's paper: "Vem har skrivit motionen?", "Who tabled the interpellation?". Before
  // signatories: "Vem har skrivit under …" is a signature, and so is who answered the paper.
  [
    'author',
    /^\s*(vem|vilka|vilken( \p{L}+)?|vilket parti)\s+(har |hade )?(skrivit|skrev|lämnat|lämnade|väckt|väckte|ställt|ställde|författat|författade|står bakom|stod bakom|ligger bakom|låg bakom)(?! under)\b.*\b(motion\p{L}*|interpellation\p{L}*|skrivelse\p{L}*|fråg\p{L}*)|\bvems (motion|interpellation|skrivelse|fråga)|\bvem är (motionär\p{L}*|interpellant\p{L}*)|^\s*(who|which( \w+)?)\s+(wrote|has written|had written|submitted|has submitted|tabled|has tabled|filed|put forward|authored|raised|asked|is behind|was behind|are behind|were behind)\b.*\b(motions?|interpellations?|questions?|letters?)\b|\bwhose (motion|interpellation|question)\b|\bauthors? of the (motion|interpellation|letter)\b/iu,
  ],
  // Who answered an interpellation or wrote a reply is who signed it: "Which vice mayor answered the
  // interpellation?", "Vem besvarade motionen?".
  [
    'signatories',
    /^\s*(who|which( \w+){1,2}|vem|vilke[nt]( \w+){1,2})\s+(answered|replied to|besvarade|svarade på)\b|\b(signed|signatories|signatory|signature)\b|\b(undertecknat|undertecknade|skrivit under|skrev under|signerat|signerade|undertecknare)\b/i,
  ],
  // "Vad tycker socialnämnden om promemorian?", "How did the board respond to the audit?": a body's view,
  // which a sentence gives by taking a stand ("avstyrker", "anser", "welcomes"). "What does the programme say
  // about …" asks what a text says, not a view, and stays a what-question.
  [
    'opinion',
    /^\s*vad\s+(tycker|tyckte|anser|ansåg|tänker|tänkte|svarade|svarar)\b|^\s*hur\s+(ser|såg)\b.*\bpå\b|^\s*hur\s+(reagerade|reagerar|ställer sig|ställde sig)\b|\b(vilken|vilket)\s+(syn|inställning|uppfattning|ståndpunkt|hållning)\b|^\s*what\s+(does|did|do|has|have)\b.*\b(think|thought|answer|answered|reply|replied|respond|responded|feel|felt)\b|^\s*how\s+(did|does|do|has|have)\b.*\b(respond|responded|react|reacted|reply|replied|view|see)\b|\b(opinion|view|views|position|stance)\s+(on|of|about|regarding)\b/i,
  ],
  [
    'sender',
    /\bvem (har )?(skickat|remitterat|skickade)\b|\bremittent(en)?\b|\bfrån vem\b|\bvem kommer remissen från\b|\bwho (sent|referred|issued)\b|\bwho is the referral from\b|\bwhere does the referral come from\b|\b(which|what)\b.*\b(sent|issued)\b.*\b(referral|consultation)\b|\bvilke[tn]\b.*\b(skickat|skickade|remitterat|remitterade)\b.*\bremiss/i,
  ],
  [
    'deadline',
    /\bsista (dag|dagen|datum)\b|\blast (day|date)\b|\bsvarsdatum\b|\bremisstid(en)?\b|\bdeadline\b|\bdue date\b|\bnär\b.*\b(besvara\w*|svar\w*|yttr\w*|inne|lämna\w*|skicka\w*|in)\b|\b(when|by when|what date)\b.*\b(due|reply|respond|response|answer|submit|submitted|comments?|in by|handed in|sent in|(?:be|are|is) in)\b|\bwhen is\b.*\bdue\b|\bhow (long|much time)\b.*\b(reply|respond|answer)\b|\bhur lång tid\b.*\b(svara|besvara)\b/i,
  ],
  // The question word decides the answer type before the topic does: "When was the proposal presented?"
  // asks for a date, not for a proposal.
  // "Until when does the agreement apply?", "Till när gäller avtalet?": how long it lasts, which an end date
  // ("gäller till och med den 31 december 2028") says and a start year does not.
  ['how_long', /^\s*(until when|till when|up to when|till när|fram till när)\b/i],
  ['when', /^\s*(när|when|what date|vilket datum|by when|by what date|senast när)\b/i],
  // "What is the new date of the breakfast?", "Vilket är det nya datumet för mötet?": the date is what is asked.
  [
    'when',
    /^\s*(?:what(?:'s| is| was| will be)|vad är|vilket är|vilket blir)\s+(?:the\s+|det\s+)?(?:(?:new|next|exact|planned|final|nya|exakta|planerade)\s+)?(?:date|datum(?:et)?)\b/i,
  ],
  // "Vid vilket sammanträde behandlas ärendet?": the meeting asked for is a day.
  ['when', /^\s*(vid|på|at|in) (vilket|which) (sammanträde|möte|meeting)\b/i],
  // "Från när gäller riktlinjerna?", "From what date …": the day something takes effect.
  ['when', /^\s*(från när|från och med när|från vilket datum|from when|as of when|from what date)\b/i],
  // Asked by its question words, whatever the topic ("Since when do the guidelines on responsibility apply?").
  [
    'since_when',
    /\bsedan när\b|\bsedan vilket år\b|\bsedan hur länge\b|\bhur länge har\b|\bsince when\b|\bhow long ha(s|ve)\b|\bsince what year\b/i,
  ],
  // The time of day: "Vilken tid börjar sammanträdet?", "Hur dags …", "What time does the meeting start?".
  [
    'when',
    /^\s*(?:vilken tid (?:börjar|startar|slutar|öppnar|stänger|är|hålls)|hur dags|(?:at )?what time (?:does|do|is|will|are))\b/i,
  ],
  // Where to send something: an address or a mailbox answers it, as a place does.
  [
    'send_to',
    /^\s*(vart|till vilken (adress|e-postadress|mejladress|brevlåda))\b.*\b(skicka\p{L}*|sänd\p{L}*|lämna\p{L}*|mejla\p{L}*|maila\p{L}*|postas)\b|^\s*where\b.*\b(send|sent|submit\w*|e-?mail\w*|post(ed)?|hand(ed)? in)\b(?!.*\bfrom\b)|\b(which|what) (e-?mail |postal )?address\b.*\b(send|sent|submit\w*)\b/iu,
  ],
  // "In which parts of the city …", "I vilka stadsdelar …": a place asked for by its kind. "In which areas …"
  // asks for fields of work unless it names what they are areas of ("areas of the city").
  [
    'where',
    /^\s*(var|vart|where)\b|\bvar (hålls|ligger|äger)\b|\bwhere (is|are|will|does|do)\b|^\s*(in|at) (which|what) (parts?|places?|districts?|areas? of|cit(y|ies)|countr(y|ies)|venues?|buildings?|rooms?)\b|^\s*(i|på) (vilken|vilket|vilka) (del|delar|stadsdel|stadsdelar|stad|städer|land|länder|lokal|lokaler|plats|platser|ort|orter)\b/i,
  ],
  ['responsible', /\bansvar\w*|\bresponsib\w*|\bin charge\b|\baccountab\w*/i],
  [
    'reservation',
    /\breserver\w*|\breservation\w*|\breserved against\b|\bdissent\w*|\bvoted against\b|\bröstade emot\b/i,
  ],
  // A length of time: "Inom vilken tid …", "Hur långt i förväg …", "How early do we need to …".
  [
    'how_long',
    /\binom vilken tid\b|\bhur (lång|långt|länge|tidigt|snart)\b|\bi förväg\b|\bhow (long|early|soon)\b|\b(with)?in what time\b|\bhow much time\b|\bin advance\b/i,
  ],
  [
    'how_often',
    /\bhur ofta\b|\bhur många gånger\b|\bhow often\b|\bhow many times\b|\bhow frequently\b|\bhur regelbundet\b/i,
  ],
  // "Who pays the fee?" asks for a payer, not a sum: the question word wins over the topic's money words;
  // "Vem föreslår att avgiften höjs?" asks for a proposal.
  ['proposal', /^\s*(vem|who)\b.*\b(föresl\w*|propos\w*|recommend\w*|suggest\w*)/i],
  ['who', /^\s*(vem|who)\b/i],
  // "How big can a group be?", "Hur mycket personal krävs?": a size, of a group or of the staff, not a sum; so is a
  // size measured in units ("Hur stor bränsleeffekt …", "How large is the floor area?").
  // "Hur stor är budgeten?", "Hur stor del …" stay sums and shares: only a group's, the staff's or a measure's
  // size is one.
  [
    'how_large',
    /\b(hur (stor|stort|stora)|how (big|large))\b.*\b(grupp\w*|delegation\w*|personal\w*|bemanning\w*|team\w*|group\w*|staff\w*|workforce|personnel)|\b(hur (stor|stort|stora|hög|högt)|how (big|large|high))\b.*(effekt|kapacitet|yta|ytan|areal|storlek|volym|längd|bredd|höjd|vikt|capacity|output|power|floor area|surface|volume|length|width|height|weight)\b|\bhur mycket (personal|arbetstid)\b|\bhow much (staff|personnel|manpower)\b/i,
  ],
  // "Hur räknas avgiften upp?", "How is the fee paid?": how a sum is set, paid or changed is a manner, not a
  // sum, though the question names a fee.
  [
    'what',
    /^\s*hur\s+(?:räknas|beräknas|betalas|bestäms|fastställs|fördelas|justeras|indexeras|faktureras|debiteras|finansieras|uppräknas|höjs|sänks|ändras|tas\s+ut)\b|^\s*how\s+(?:is|are|was|were|will|should|must|can|do|does)\b(?!\s+much\b).*\b(?:paid|calculated|adjusted|set|determined|decided|distributed|allocated|indexed|invoiced|charged|financed|funded|updated|raised|increased|reduced|pay|calculate|adjust|set|determine|decide|distribute|allocate|index|invoice|charge|finance|fund|update|raise|increase|reduce)\b/iu,
  ],
  // "Hur påverkas kostnaderna av förslagen?", "How does the proposal affect …?": an effect, not a proposal, though
  // the question names one.
  [
    'what',
    /^\s*hur\s+påverka[sr]\b|^\s*how\s+(?:does|do|did|will|would|could|might)\b.*\baffects?\b|\b(?:vilka|vilken)\s+(?:konsekvenser|effekter|påverkan|effekt|konsekvens)\b|\bwhat\s+(?:effects?|impacts?|consequences?)\b/iu,
  ],
  // "Vad ska delegationerna betala för ett besök?" asks a sum, as "What do visitors pay?" does; "What does the
  // grant pay for?" asks what it covers.
  [
    'how_much',
    /\bhur (mycket|stor|höga?|dyr)\b|\bvad kostar\b|\bvad (blir|är|var) (kostnaden|avgiften|budgeten|priset|beloppet|årsavgiften)\b|\bhow much\b|\bwhat (does|did|will) .* cost\b|\bhow (large|big|high)\b|\bwhat (is|was) the (cost|fee|budget|price|amount|deficit|surplus)\b|\b(vilken|vilket) (belopp|avgift|budget|kostnad|underskott|överskott)\b|\bwhat (fee|budget|deficit|surplus|amount)\b|\bcost\b|\bkosta\w*|\b(fee|fees|avgift\w*|årsavgift\w*|budget)\b|\bvad (ska|skall|måste|behöver|får) .*\bbetala\b|\bwhat (do|does|did|will|must|should) .*\bpay\b(?! for\s*\??\s*$)/i,
  ],
  ['how_many', /\bhur många\b|\bhow many\b|\bantal\b|\bnumber of\b/i],
  [
    'proposal',
    /\bföresl\w*|\bförslag\w*|\bpropos\w*|\brecommend\w*|\bsuggest\w*|\bavstyrk\w*|\btillstyrk\w*/i,
  ],
  // "Vilka har skrivit motionen?", "Vilka ska ingå i delegationen?": "vilka" before a verb asks who.
  [
    'who',
    /^\s*(vem|vilka personer|who|whom)\b|^\s*vilka (har|hade|ska|skall|kommer att|kan|får|bör|måste)\b/i,
  ],
  ['which', /^\s*(vilken|vilket|vilka|which|what (kind|type|sort) of)\b/i],
  [
    'yes_no',
    /^\s*(is|are|does|do|did|can|could|should|will|has|have|was|were|finns|fanns|ska|skall|har|hade|kan|får|är|var|bör|måste)\b/i,
  ],
];

/**
 * The rules with word boundaries of any alphabet: with ASCII's, "miljöavgifter" held the word "avgifter" and
 * made "Vilka motioner begärde en folkomröstning om miljöavgifter?" a question for a sum.
 */
const UNICODE_RULES: [Intent, RegExp][] = RULES.map(([intent, pattern]) => [intent, unicodeWords(pattern)]);

export function recognizeIntent(question: string): Intent {
  for (const [intent, pattern] of UNICODE_RULES) if (pattern.test(question)) return intent;
  return 'what';
}

/** Metadata intents that name the referral itself rather than a topic. */
export function isMetadataIntent(intent: Intent): boolean {
  return [
    'deadline',
    'case_number',
    'case_officer',
    'recipients',
    'sender',
    'author',
    'signatories',
    'title',
  ].includes(intent);
}

/**
 * Words that only restate what a metadata question asks ("when is the *referral reply due*"), as stems of
 * both languages. They are not topic words: a question made only of them asks about the referral at hand.
 */
export const INTENT_WORDS: Record<string, string[]> = {
  common: [
    'remiss',
    'referral',
    'ärend',
    'case',
    'dokument',
    'document',
    'tjänsteutlåtand',
    'utlåtand',
    'report',
    'matter',
    'consult',
    'consultation',
    // Where the asker saw it ("på webbsidan om …", "on the page about …") and whose side ("på Stockholms
    // sida"): the page or the side is no topic a sentence must hold.
    'sid',
    'sida',
    'sidan',
    'webbsid',
    'webbsida',
    'webbsidan',
    'page',
    'pag',
    'webpag',
    'webpage',
  ],
  deadline: [
    // "När går remisstiden ut?": the verb of "går ut" only asks when the time ends.
    'går',
    'löp',
    'löper',
    'expir',
    'svar',
    'besvar',
    'yttr',
    'yttrand',
    'inne',
    'remissvar',
    // The stem of "remissvaret" and "remissvaren".
    'remissv',
    'reply',
    'respond',
    'respons',
    'answer',
    'due',
    'deadline',
    'deadlin',
    'repli',
    'submit',
    'lämn',
    'datum',
    'date',
    'dag',
    'day',
    'sist',
    'last',
    'senast',
    'remisstid',
    'svarsdatum',
    'comment',
    'statement',
    'opinion',
    'in',
  ],
  // The words that ask for a view: a sentence takes a stand in its own words ("avstyrker", "anser").
  opinion: [
    'tyck',
    'tyckt',
    'anser',
    'ans',
    'ansåg',
    'tänk',
    'tänkt',
    'svar',
    'svarad',
    'reager',
    'syn',
    'inställning',
    'uppfattning',
    'ståndpunkt',
    'hållning',
    'think',
    'thought',
    'answer',
    'repli',
    'reply',
    'respond',
    'respons',
    'react',
    'feel',
    'felt',
    'opinion',
    'view',
    'position',
    'stanc',
    'stance',
  ],
  case_number: [
    'diarienumm',
    // The stem of "diarienumret".
    'diarienumr',
    'diarienr',
    'dnr',
    'ärendenumm',
    'numm',
    'number',
    'referenc',
    'registr',
    'file',
    'no',
  ],
  case_officer: [
    'telefon',
    'telefonnumm',
    'phon',
    'phone',
    'numm',
    'number',
    'tfn',
    'mobil',
    'email',
    'handläggar',
    'kontaktperson',
    'kontakt',
    'contact',
    'offic',
    'officer',
    'handler',
    'handl',
    'person',
    'call',
    'ring',
    'fråg',
    'ask',
    'vänd',
    'vänder',
    'turn',
    'question',
    'queri',
  ],
  recipients: [
    'address',
    'addressed',
    'gick',
    'ställd',
    'instans',
    'remissinstans',
    'fler',
    'andr',
    'övrig',
    'fått',
    'fick',
    'skick',
    'receiv',
    'got',
    'sent',
    'bodi',
    'bodies',
    'organis',
    'organ',
    'consulte',
    'els',
    'other',
    'committe',
  ],
  title: ['titl', 'title', 'nam', 'name', 'call', 'called', 'het', 'heter', 'rubrik', 'ärendemening'],
  signatories: [
    'sign',
    'signed',
    'signatori',
    'signatur',
    'underteckn',
    'underteckna',
    'skriv',
    'skrivit',
    'signer',
    'report',
    'rapport',
  ],
  author: [
    'skriv',
    'skrivit',
    'skrev',
    'lämn',
    'väck',
    'ställ',
    'författ',
    'vem',
    'vems',
    'bakom',
    'motionär',
    'wrote',
    'written',
    'writ',
    'submit',
    'tabl',
    'file',
    'put',
    'forward',
    'author',
    'rais',
    'ask',
    'whos',
    'behind',
  ],
  sender: ['skick', 'skickat', 'remitter', 'remittent', 'sent', 'send', 'referr', 'issu', 'come', 'from'],
  how_much: [
    'kost',
    'kostn',
    'kosta',
    'cost',
    'much',
    'mycket',
    'belopp',
    'amount',
    'pris',
    'price',
    'hög',
    'high',
  ],
  how_many: ['mång', 'many', 'antal', 'number'],
  how_large: ['stor', 'big', 'larg', 'storlek', 'size'],
  how_often: ['oft', 'often', 'gång', 'times', 'time', 'frequent', 'frequently'],
  since_when: ['sedan', 'since', 'läng', 'long'],
  how_long: [
    'förväg',
    'advanc',
    'advance',
    'early',
    'tidig',
    'tid',
    'time',
    'soon',
    'snart',
    'läng',
    'long',
    'lång',
  ],
  // "Who entered a reservation", "Vem anmälde reservation": the verb only makes the reservation.
  reservation: [
    'reserver',
    'reservation',
    'reserverad',
    'reserv',
    'enter',
    'lodg',
    'anmäl',
    'anmäld',
    'anför',
    'anförd',
  ],
  proposal: ['föreslå', 'föreslag', 'förslag', 'propos', 'propose', 'suggest', 'recommend'],
  // "När uppdaterades sidan?": the page and its updating are what the question asks, not its topic.
  updated: [
    'uppdater',
    'updat',
    'sen',
    'senast',
    'last',
    'sid',
    'sidan',
    'page',
    'webbsid',
    'webpag',
    'chang',
    'modifi',
  ],
  // "By what date …", "Vilket datum …": the date is what a when-question asks for, not its topic.
  // "När löper avtalet ut?", "When does it expire?": the verb asks when something ends, not what; "Vilken
  // tid …" asks for the time of day.
  when: [
    'datum',
    'dat',
    'date',
    'dag',
    'day',
    'tidpunk',
    'tidpunkt',
    'tid',
    'time',
    'tim',
    'dags',
    'löp',
    'löper',
    'går',
    'expir',
    // "When does the project run?", "När pågår projektet?": the verb asks for the span, not about running.
    'run',
    'pågår',
    'pågå',
  ],
  // "Var hålls konferensen?", "Where is the office located?": the verb only asks where.
  where: ['var', 'vart', 'where', 'plats', 'place', 'håll', 'ligg', 'held', 'hold', 'locat', 'situat'],
  // The verb of sending stays in the topic: the answer says it ("Svaren skickas till …").
  send_to: ['vart', 'where', 'adress', 'address', 'in'],
};
