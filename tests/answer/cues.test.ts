import { describe, expect, it } from 'vitest';
import { cueStrength } from '../../src/answer/cues.js';
import type { Intent } from '../../src/answer/intent.js';

/** What a sentence that answers each kind of question looks like: [answer type, sentence, holds the cue]. */
const CASES: [Intent, string, number][] = [
  // A body that answers who, also in the genitive with the unit it owns.
  ['who', 'Stadsledningskontorets protokollsenhet samordnar besöken.', 1],
  ['who', 'Ärendet bereds av nämndens kansli.', 1],
  ['who', 'Besöken samordnas centralt.', 0],
  // A day and month after a paper's handling, as council agendas write them; a bare fraction is none.
  ['when', 'Dnr 329-1847/2027 (framställd 28/1, bordlagd 29/4)', 1],
  ['when', 'Hälften av kostnaden, 1/2, betalas av staden.', 0],
  // A name with a nobiliary particle is a name ("Johan von Sydow").
  ['who', 'Johan von Sydow, Storsthlm', 1],
  // An address a reply is sent to answers where to send it.
  ['send_to', 'Svaren skickas till registrator.slk@stockholm.se.', 1],
  ['where', 'Ansökan skickas till Box 4711.', 1],
  ['where', 'Svaren skickas så snart som möjligt.', 0],
  // A street address is a compound ("Kungsgatan 12"); a notice labels its place.
  ['where', 'Anmälan lämnas hos Kulturförvaltningen, Kungsgatan 12.', 1],
  ['where', 'Plats | Kulturförvaltningen, sammanträdesrum Ljusgården', 1],
  ['where', 'Venue: City Hall', 1],
  ['where', 'Plats: Stadshuset', 1],
  ['where', 'Mötet planeras till hösten.', 0],
  ['case_officer', 'Kontakt: Strategiska avdelningen, trafikkontoret', 1],
  ['case_officer', 'Handläggare: Anna Berg, 08-508 11 111', 1],
  ['case_officer', 'Questions can be addressed to Ms Ana Ruiz, Policy Officer.', 1],
  ['case_officer', 'Medlemskapet innehas av trafiknämnden.', 0],
  ['who', 'Plats: Idrottsförvaltningen, sammanträdesrum Stadion', 0],
  ['who', 'Ett konsortium av hamnstäder, med Kiel som ledande partner, har bjudit in staden.', 1],
  ['who', 'The consortium, with Tartu as lead partner, invites Stockholm.', 1],
  ['who', 'Projektet pågår som planerat.', 0],
  ['who', 'Nämnden utser Lars Berg (S) att justera protokollet.', 1],
  ['where', 'Secretariat: Keizersgracht 212, 1016 DZ Amsterdam', 1],
  ['where', 'Head office: Rue Belliard 18, 1040 Etterbeek', 1],
  ['where', 'The 2027 Annual Meeting was a success.', 0],
  // How often: every four months, every half year, twice a year.
  ['how_often', 'Förvaltningen rapporterar till nämnden varje tertial.', 1],
  ['how_often', 'Planen följs upp halvårsvis.', 1],
  ['how_often', 'The board meets twice a year.', 1],
  ['how_often', 'Planen följs upp i årsredovisningen.', 0],
  // A count: numbers and number words (those that begin or end with å, ä or ö too), not a year or "en".
  ['how_many', 'Från staden deltog 12 personer.', 1],
  ['how_many', 'The conference takes place on 6–7 October 2027.', 0],
  ['how_many', 'Mötet hålls den 14 maj.', 0],
  // A calendar's day and month cut short ("14 SEP", "3 nov.") is a date, no count.
  ['how_many', '14 SEP', 0],
  ['when', '14 SEP', 1],
  ['when', 'Seminariet flyttas till 3 nov.', 1],
  ['how_many', 'The network brings together 38 cities.', 1],
  ['how_many', 'Secretariat: Keizersgracht 212, 1016 DZ Amsterdam', 0],
  ['how_many', 'Besöksadress: Hälsingegatan 47, 113 31 Stockholm', 0],
  ['how_many', 'Konferensen samlar 450 deltagare.', 1],
  ['how_many', 'Delegationen består av tre förtroendevalda.', 1],
  ['how_many', 'Delegationen begränsas till högst åtta personer.', 1],
  ['how_many', 'Staden skickar två tjänstepersoner.', 1],
  ['how_long', 'Bokningen görs senast åtta veckor före besöket.', 1],
  // A labelled period, as a procurement notice or a form writes it.
  ['how_long', 'Duration in months: 36, starting on 01/01/2028.', 1],
  ['how_long', 'Avtalstid: två år från tecknandet.', 1],
  ['how_long', 'Avtalet tecknas med den leverantör som vinner.', 0],
  // A time counted from the decision is a when.
  ['when', 'Ett medlemskap ska följas upp efter två år.', 1],
  ['when', 'The network reports within six weeks.', 1],
  ['when', 'Ett medlemskap ska följas upp regelbundet.', 0],
  // A year alone says when something happened.
  ['when', 'Staden gick med 2022.', 1],
  // A reason given.
  ['why', 'Beslutet fattades av stadsdirektören eftersom resan avser en konferens.', 1],
  ['why', 'Beslutsfattare: Mats Wennerholm, stadsdirektör', 0],
  // "äger rum" (takes place) names no room.
  ['where', 'Nästa sammanträde äger rum den 10 december 2026 kl. 18.00.', 0],
  ['where', 'Gruppen träffas i rum 4 på tredje våningen.', 1],
  // A period of years in a name dates the sentence less surely than a year or a day.
  ['when', 'Samarbetet ligger i linje med Program för internationellt samarbete 2027–2030.', 0.5],
  ['when', 'Ansökningsomgången stänger den 14 oktober 2027, enligt programmet för 2027–2030.', 1],
  // A time of day stated or labelled says when a meeting begins; a programme's span of the day less surely.
  ['when', 'Allmänhetens frågestund inleds kl 17.45 i samma lokal.', 1],
  ['when', 'Klockan: 18:30', 1],
  ['when', '09:30–10:00 | Välkomstord från nätverkets ordförande', 0.5],
  ['when', 'Lokalen rymmer 18 personer.', 0],
  // A start written short ("fr.o.m.") is a since-when; a hall's name is a place.
  ['since_when', 'Riktlinjerna gäller fr.o.m. den 1 september 2027.', 1],
  ['where', '17:00 - 18:10 Rådssalen, Stadshuset', 1],
  // The agent of a passive, named: a city or an organisation, not only a person.
  ['who', 'Samarbetet leds av Oslo.', 1],
  // A passive's agent named by their role in places: who did it.
  ['who', 'The network was founded in 1991 by the mayors of Kiel and Turku.', 1],
  ['who', 'Nätverket grundades av borgmästarna i Kiel och Åbo.', 1],
  ['who', 'Samarbetet leds gemensamt.', 0],
  ['how_many', 'Nätverket samlar kulturförvaltningar i fjorton städer.', 1],
  ['how_many', 'The network brings together sixteen cities.', 1],
  // The digits of a reference count nothing.
  ['how_many', 'Motion (2026:71) av Lena Ström (L) i ärende KS 2026/1402', 0],
  ['how_many', 'Staden deltog i MIPIM i Cannes 2026.', 0],
  ['how_many', 'Staden har en representation i Bryssel.', 0],
  // A sum of money counts nothing; "38 European cities" is a count, not euros.
  ['how_many', 'Det samlade deltagandet kostade 1 420 000 kronor.', 0],
  ['how_many', 'The network brings together 38 European cities.', 1],
  ['how_much', 'The network brings together 38 European cities.', 0],
  ['how_much', 'The fee is 38 euros per delegate.', 1],
  // A group's or the staff's size: people counted, not money.
  ['how_large', 'Gruppen får vara högst 25 personer.', 1],
  ['how_large', 'Nämnden uppskattar arbetsinsatsen till cirka 0,5 årsarbetare.', 1],
  ['how_large', 'Uppdraget kräver minst två heltidstjänster.', 1],
  ['how_large', 'Resan kostar 48 000 kronor.', 0],
  // Each party as the agent of a passive: who pays.
  ['who', 'Deltagarnas resor och logi betalas av respektive stad.', 1],
  ['who', 'Travel is paid by each partner.', 1],
  ['who', 'En kopia av beslutet skickas ut.', 0],
  // The unit a function is placed with.
  ['where', 'Funktionen placeras hos kommunikationsenheten.', 1],
  // An e-mail address says where to send something, and only weakly where a meeting is held.
  ['where', 'Förhinder anmäls till Greta Alm, e-post: greta.alm@norrmalm.example.se', 0.5],
  ['where', 'Plats: Tegnérsalen, Tulegatan 11', 1],
  // A register's field that names who decided.
  ['who', 'Beslutsfattare: Lars Ek, förvaltningens stabschef', 1],
  // A council agenda's list of rotels and their borgarråd, numbered as the council numbers them.
  ['responsible', 'Rotel VI: Kulturroteln; borgarrådet Ida Wiklund', 1],
  ['responsible', 'Föredragande borgarråd: Ida Wiklund (S)', 1],
  ['responsible', 'Rotelns budget ökar med två procent.', 0],
  // A paper's writers are people named.
  ['author', '2 Nr 2027:14 av Siri Holm (C) om stadens vänortsresor.', 1],
  ['author', 'Kl. 16.00 behandlas interpellationer.', 0],
  // A case number dates nothing: its year is part of the number.
  ['when', 'Dnr: IDN 2027/0019', 0],
  ['when', 'Motion (2026:31) om fler parkbänkar', 0],
  ['when', 'Dnr 1.5.1-067-2027', 0],
  ['when', 'Staden gick med 2022.', 1],
  // A reason given.
  ['why', 'Beslutet fattades av stadsdirektören eftersom resan avser en konferens.', 1],
  ['why', 'Beslutsfattare: Mats Wennerholm, stadsdirektör', 0],
  // "äger rum" (takes place) names no room.
  ['where', 'Nästa sammanträde äger rum den 10 december 2026 kl. 18.00.', 0],
  ['where', 'Gruppen träffas i rum 4 på tredje våningen.', 1],
];

describe('answer-type cues', () => {
  it.each(CASES)('%s: "%s" → %i', (intent, sentence, expected) => {
    expect(cueStrength(intent, sentence)).toBe(expected);
  });
});
