/**
 * Words that carry no topic. The Swedish list is the classic Snowball list (small on purpose: the big lists
 * drop words that matter here, such as beslut, senast, dag, enligt). Question words are stop words for
 * matching; the intent recogniser reads them from the raw question instead.
 */
export const SWEDISH_STOP_WORDS = new Set(
  (
    'och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne ' +
    'då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara ' +
    'vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan ' +
    'varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess ' +
    'inom mellan sådant varför varje vilka ditt vem vilket sådana vart dina vars vårt våra ert era vilkas ' +
    'ska skall även också dock samt får fått ta tar tog bör måste kommer just nu eller the and ' +
    'om ifall väl ens hos genom via än annan annat andra övriga stället ställe angående beträffande rörande ' +
    // A polite frame around the question ("Kan du berätta …", "Jag undrar …") asks nothing of the documents;
    // nor does "Vad händer med …?", which asks what a text says of the thing it names ("händer" would also meet
    // the stem of "hand", as in "i första hand").
    'berätta berättar förklara förklarar undrar undra veta vet snälla tack hej hallå händer hände hänt'
  ).split(/\s+/),
);

export const ENGLISH_STOP_WORDS = new Set(
  (
    'a an the is are was were be been being do does did done of in on at to for with by from about as into onto ' +
    'what which who whom whose when where why how this that these those it its our ours we us you your yours i me ' +
    'my they them their theirs he she his her and or but if then so than there here have has had having should ' +
    'would could can will shall may might must not no any some all each other such own same too very just also up ' +
    'out over again further once more most only there please tell know does anyone anybody something thing things ' +
    'get got like say says said going according regarding concerning within without during upon toward towards among ' +
    'explain wonder wondering thanks thank hi hello hey happens happened happening whether ' +
    // The English of the Swedish list's mot, sedan, efter, mellan, under, genom, till and kan ("be able to").
    'against since after between under through until able'
  ).split(/\s+/),
);

export function isStopWord(word: string): boolean {
  return SWEDISH_STOP_WORDS.has(word) || ENGLISH_STOP_WORDS.has(word);
}

/**
 * Light verbs and vague words: they are kept (they can still help rank) but weigh little, so that a
 * question is not declined because "use" or "göra" does not occur in the documents.
 */
export const WEAK_WORDS = new Set(
  (
    'use used using make makes making made need needs want give gives gave take takes took taken go goes went gone come comes came mean means happen include ' +
    'includes put keep let seem become find see look show try work works way ways kind part new current today ' +
    'exist exists finns finnas fanns funnits there right now latest currently really actually exactly say says written write state states ' +
    'använda används göra gör görs behöva behöver vilja vill ge ger gå går gick gått komma kommer betyda betyder hända ' +
    'innehålla innehåller sätt del nuvarande idag stå står skriva skrivs säga säger gälla gäller handla handlar ' +
    'one two three four five six seven eight nine ten first second third en ett två tre fyra fem sex sju åtta nio tio ' +
    'första andra tredje ' +
    'abroad overseas elsewhere nowadays here think believe consider feel mean involve entail concern cover ' +
    'describe happen role utomlands innebär innebära betyda betyder tycka tycker anse anser tro tror ' +
    'behövs behöva krävs ingår ingå omfattar omfatta beskriver beskriva sker ske fungerar fungera ' +
    // "inför sammanträdet" is "ahead of the meeting": as a preposition it asks for nothing.
    'inför ' +
    // "ett eget kontor", "our own office": whose it is, not what.
    'egen eget egna own ' +
    // Degree words ("de mest besökta lekplatserna", "the most visited"): how much, not what.
    'mest mer minst mindre most more least less very'
  ).split(/\s+/),
);
