import { defineMessages } from '../i18n/messages.js';

/** The privacy CLI's sentences (utblick admin export-person, forget-person, retention). */
export const t = defineMessages({
  sv: {
    failed: 'Något gick fel och ingenting ändrades. Försök igen.',
    exportWho:
      'Skriv vems uppgifter som ska tas fram: ett användar-id som slack:T0123:U0456, teams:<AAD-id>, web:local eller cli:anna, eller ett visningsnamn.',
    forgetWho:
      'Skriv vems uppgifter som ska tas bort med användar-id:t, t.ex. slack:T0123:U0456 eller teams:<AAD-id>. Ta fram id:t med utblick admin export-person "<namn>".',
    forgetNeedsId: (p) =>
      `"${p.value}" är inget användar-id. forget-person tar bara ett id (slack:…, teams:…, web:…, cli:…), så att ingen annans uppgifter tas bort av misstag. Ta fram id:t med utblick admin export-person "${p.value}".`,
    ambiguous: (p) =>
      `Flera användare har hetat "${p.name}": ${p.candidates}. Skriv det id du menar i stället för namnet.`,
    summaryHead: (p) => `Uppgifter om ${p.who} (${p.at}):`,
    noId: 'Inget användar-id är registrerat under namnet; bara omnämnanden i registren visas.',
    records: 'Allmänna handlingar (sparas enligt arkivreglerna):',
    membershipsRegistered: (p) => `Medlemskap registrerade: ${p.n}`,
    membershipsEnded: (p) => `Medlemskap avslutade: ${p.n}`,
    referralsCreated: (p) => `Remisser registrerade: ${p.n}`,
    referralsStatusChanged: (p) => `Remisser där hen ändrade status: ${p.n}`,
    subscriptionsCreated: (p) => `Bevakningar av remisser som hen startade: ${p.n}`,
    auditEntries: (p) => `Poster i ändringsloggen där hen gjorde ändringen: ${p.n}`,
    personal: 'Personuppgifter som inte är allmänna handlingar (tas bort med forget-person):',
    feedback: (p) => `Omdömen om svar (fråga, röst, datum): ${p.n}`,
    mentionsHead: 'Namnet förekommer som text i registren (allmänna handlingar):',
    contacts: (p) => `Kontaktperson i medlemskap: ${p.list}`,
    caseOfficers: (p) => `Handläggare i remisser: ${p.list}`,
    none: 'inga',
    fullJson: 'Hela utdraget som JSON: kör samma kommando utan --summary.',
    forgetWould: (p) => `forget-person ${p.id} skulle ta bort ${p.feedback} omdömen om svar (med frågorna).`,
    forgetKeeps: (p) =>
      `Sparas som allmänna handlingar: ${p.memberships} medlemskap, ${p.referrals} remisser, ${p.subscriptions} bevakningar och ${p.audit} poster i ändringsloggen.`,
    forgetConfirm: 'Ingenting är borttaget. Kör igen med --yes för att ta bort det.',
    forgotten: (p) =>
      `Klart: ${p.feedback} omdömen om svar om ${p.id} är borttagna. Borttagningen står i ändringsloggen (utan innehållet).`,
    forgetInMemory:
      'Det som bara finns i serverns minne försvinner när servern startas om: webbsamtal, och Slacks namn-cache även efter högst 6 timmar.',
    retentionWould: (p) =>
      `${p.n} omdömen om svar är äldre än ${p.days} dagar (före ${p.cutoff}) och skulle göras anonyma.`,
    retentionDone: (p) =>
      `${p.n} omdömen om svar äldre än ${p.days} dagar (före ${p.cutoff}) är nu bara anonyma antal per dag.`,
  },
  en: {
    failed: 'Something went wrong and nothing was changed. Please try again.',
    exportWho:
      'Say whose data to export: a user id such as slack:T0123:U0456, teams:<AAD id>, web:local or cli:anna, or a display name.',
    forgetWho:
      'Say whose data to remove by user id, e.g. slack:T0123:U0456 or teams:<AAD id>. Find the id with utblick admin export-person "<name>".',
    forgetNeedsId: (p) =>
      `"${p.value}" is not a user id. forget-person takes only an id (slack:…, teams:…, web:…, cli:…), so that no one else's data is removed by mistake. Find the id with utblick admin export-person "${p.value}".`,
    ambiguous: (p) =>
      `Several users have been called "${p.name}": ${p.candidates}. Type the id you mean instead of the name.`,
    summaryHead: (p) => `Data about ${p.who} (${p.at}):`,
    noId: 'No user id is recorded under this name; only mentions in the registers are shown.',
    records: 'Public records (kept under the archive rules):',
    membershipsRegistered: (p) => `Memberships registered: ${p.n}`,
    membershipsEnded: (p) => `Memberships ended: ${p.n}`,
    referralsCreated: (p) => `Referrals registered: ${p.n}`,
    referralsStatusChanged: (p) => `Referrals whose status they changed: ${p.n}`,
    subscriptionsCreated: (p) => `Referral subscriptions they started: ${p.n}`,
    auditEntries: (p) => `Audit log entries where they made the change: ${p.n}`,
    personal: 'Personal data that is not a public record (removed by forget-person):',
    feedback: (p) => `Answer feedback (question, vote, date): ${p.n}`,
    mentionsHead: 'The name appears as text in the registers (public records):',
    contacts: (p) => `Contact of memberships: ${p.list}`,
    caseOfficers: (p) => `Case officer of referrals: ${p.list}`,
    none: 'none',
    fullJson: 'The whole export as JSON: run the same command without --summary.',
    forgetWould: (p) =>
      `forget-person ${p.id} would remove ${p.feedback} pieces of answer feedback (with their questions).`,
    forgetKeeps: (p) =>
      `Kept as public records: ${p.memberships} memberships, ${p.referrals} referrals, ${p.subscriptions} subscriptions and ${p.audit} audit log entries.`,
    forgetConfirm: 'Nothing has been removed. Run again with --yes to remove it.',
    forgotten: (p) =>
      `Done: ${p.feedback} pieces of answer feedback by ${p.id} are removed. The removal is in the audit log (without the content).`,
    forgetInMemory:
      "What only the server holds in memory goes when the server restarts: web conversations, and Slack's name cache also after 6 hours at most.",
    retentionWould: (p) =>
      `${p.n} pieces of answer feedback are older than ${p.days} days (before ${p.cutoff}) and would be anonymised.`,
    retentionDone: (p) =>
      `${p.n} pieces of answer feedback older than ${p.days} days (before ${p.cutoff}) are now only anonymous counts per day.`,
  },
});
