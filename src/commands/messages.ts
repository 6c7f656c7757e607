import { defineMessages } from '../i18n/messages.js';

type P = Record<string, string | number>;
const n = (p: P, key: string) => Number(p[key]);
const svDays = (d: number) => `${d} ${d === 1 ? 'dag' : 'dagar'}`;
const enDays = (d: number) => `${d} ${d === 1 ? 'day' : 'days'}`;
const svWork = (d: number) => `${d} ${d === 1 ? 'arbetsdag' : 'arbetsdagar'}`;
const enWork = (d: number) => `${d} working ${d === 1 ? 'day' : 'days'}`;

const FIELD_SV: Record<string, string> = {
  organisation: 'organisationen',
  benefit: 'nyttan (nytta:)',
  body: 'organet (organ:)',
  contact: 'kontakten (kontakt:)',
  since: 'startdatumet (sedan:)',
  until: 'slutdatumet (till:)',
  date: 'datumet (datum:)',
  due: 'svarsdagen (senast:)',
  title: 'titeln (titel:)',
  sender: 'remittenten (från:)',
  ourBody: 'mottagaren (till:)',
  q: 'söktexten (sök:)',
};
const FIELD_EN: Record<string, string> = {
  organisation: 'the organisation',
  benefit: 'the benefit (benefit:)',
  body: 'the body (body:)',
  contact: 'the contact (contact:)',
  since: 'the start date (since:)',
  until: 'the end date (until:)',
  date: 'the date (date:)',
  due: 'the due date (due:)',
  title: 'the title (title:)',
  sender: 'the sender (from:)',
  ourBody: 'the recipient (to:)',
  q: 'the search text (q:)',
};
const fsv = (p: P) => FIELD_SV[String(p.field)] ?? String(p.field);
const fen = (p: P) => FIELD_EN[String(p.field)] ?? String(p.field);

/** Every user-facing string of the commands, in Swedish and English. */
export const t = defineMessages({
  sv: {
    unclosed_quote: 'Ett citattecken öppnas men stängs aldrig. Sätt ett " efter värdet.',
    unknown_option: (p) => `Jag känner inte igen ${p.key}:. Möjliga val: ${p.options}.`,
    duplicate_option: (p) => `${p.key}: anges två gånger. Ange det en gång.`,
    unexpected_text: (p) => `Jag förstår inte ”${p.text}” här. Se exemplen nedan.`,
    organisation_required:
      'Ange organisationens namn direkt efter ”lägg till”, t.ex. medlemskap lägg till Eurocities …',
    benefit_required:
      'Nyttan för verksamheten saknas. Lägg till nytta:"…" – strategin säger att sakfrågan och nyttan styr valet av nätverk.',
    value_empty: (p) => `Värdet för ${fsv(p)} är tomt. Skriv något efter kolonet eller ta bort det.`,
    too_long: (p) => `Texten för ${fsv(p)} är för lång. Korta ner den.`,
    date_invalid: (p) =>
      `”${p.value}” är inget datum jag förstår för ${fsv(p)}. Skriv t.ex. 2026-09-01 eller ”1 september 2026”.`,
    area_unknown: (p) =>
      `”${p.value}” är inget fokusområde. Välj positionering, verksamhetsutveckling eller bevakning (bevakning och påverkan).`,
    kind_unknown: (p) => `”${p.value}” är ingen typ jag känner. Välj nätverk, organisation eller projekt.`,
    until_before_since: 'Slutdatumet (till:) ligger före startdatumet (sedan:). Rätta något av dem.',
    target_required: 'Ange vad kommandot gäller: ett diarienummer, ett id eller ett namn.',
    dnr_required:
      'Ange remissens diarienummer direkt efter ”lägg till”, t.ex. remiss lägg till KS 2026/123 …',
    title_required: 'Remissens titel saknas. Lägg till titel:"…".',
    sender_required: 'Remittenten saknas. Lägg till från:Kommunstyrelsen (den som skickat remissen).',
    due_required: 'Sista svarsdagen saknas. Lägg till senast:2026-09-01.',
    days_invalid: (p) =>
      `”${p.value}” är inga påminnelsedagar. Skriv arbetsdagar före svarsdagen, t.ex. dagar:14,7,2,0.`,
    digest_invalid: (p) => `”${p.value}” förstår jag inte. Skriv sammanfattning:på eller sammanfattning:av.`,
    list_filter_unknown: (p) => `”${p.value}” förstår jag inte. Välj öppna, försenade, besvarade eller alla.`,
    dnr_invalid: (p) =>
      `”${p.value}” ser inte ut som ett diarienummer. Skriv t.ex. KS 2026/123 eller 006-1137/2007.`,
    membership_duplicate: (p) =>
      `${p.organisation}${p.body ? ` för ${p.body}` : ''} finns redan i registret (id ${p.id}), registrerat av ${p.by} den ${p.at}. Visa det med: medlemskap visa ${p.id}`,
    membership_not_found: (p) =>
      `Jag hittar inget medlemskap som heter ”${p.target}”. Se alla med: medlemskap lista`,
    membership_ambiguous: (p) => `Flera medlemskap passar ”${p.target}”. Ange ett id:`,
    membership_already_ended: (p) => `Medlemskapet i ${p.organisation} är redan avslutat (${p.date}).`,
    membership_added: (p) => `Medlemskapet i ${p.organisation} är registrerat (id ${p.id}).`,
    membership_ended: (p) => `Medlemskapet i ${p.organisation} är avslutat från ${p.date}.`,
    membership_list_heading: (p) => `Medlemskap (${p.count})`,
    membership_list_empty: 'Inga medlemskap passar. Registrera ett med: medlemskap lägg till',
    dnr_required_set:
      'Ange remissens diarienummer direkt efter ”ändra”, t.ex. remiss ändra KS 2026/123 senast:2026-09-01',
    set_nothing:
      'Ange vad som ska ändras: senast:<datum> (eller senast:ingen), titel:"…" eller till:<nämnd>.',
    page_invalid: (p) => `”${p.value}” är inget sidnummer. Skriv t.ex. sida:2.`,
    referral_set: (p) =>
      `Remissen ${p.dnr} är rättad: ${p.fields}. Det du angett gäller även när dokumentet läses om.`,
    referral_withdrawn: (p) => `Remissen ${p.dnr} är återkallad. Inga fler påminnelser går ut om den.`,
    knowledge_not_found: (p) =>
      `Jag hittar inget dokument eller ärende för ”${p.target}”. Se alla med: kunskap lista`,
    referral_cited: (p) => `${p.count} remisser har eller hänvisar till diarienumret ${p.target}:`,
    referral_not_found: (p) =>
      `Jag hittar ingen remiss för ”${p.target}”. Skriv diarienumret (t.ex. 006-1137/2007) eller ord ur titeln, eller se alla med: remiss lista alla`,
    referral_ambiguous: (p) => `Flera remisser passar ”${p.target}”. Ange diarienumret för den du menar:`,
    referral_duplicate: (p) =>
      `Remissen ${p.dnr} finns redan: ”${p.title}”. Se den med: remiss senast ${p.dnr}`,
    referral_added: (p) => `Remissen ${p.dnr} är registrerad, sista svarsdag ${p.due}.`,
    referral_done: (p) => `Remissen ${p.dnr} är markerad som besvarad.`,
    referral_already: (p) => `Remissen ${p.dnr} är redan ${p.status} (${p.by}, ${p.at}).`,
    referral_list_heading: (p) =>
      `${({ open: 'Öppna remisser', overdue: 'Försenade remisser', answered: 'Besvarade remisser', all: 'Alla remisser' } as P)[String(p.filter)]} (${p.count})`,
    referral_list_empty: 'Inga remisser i den listan.',
    subscribe_needs_conversation:
      'Prenumerationer gäller en kanal eller chatt. Skriv remiss prenumerera i den kanal som ska få påminnelserna.',
    subscribed: (p) =>
      `Den här konversationen får nu meddelanden om ${p.body ? `remisser till ${p.body}` : 'alla remisser'}: påminnelser ${p.days} arbetsdagar före svarsdagen${p.digest ? ' och en sammanfattning varje måndag' : ''}.`,
    unsubscribed: 'Den här konversationen får inte längre meddelanden om remisser.',
    not_subscribed: 'Den här konversationen prenumererar inte på remisser.',
    not_permitted: (p) => String(p.text),
    unknown_action:
      'Den knappen fungerar inte längre. Skriv kommandot i stället, t.ex. remiss besvarad <diarienummer>.',
    internal_error: 'Något gick fel och ingenting sparades. Försök igen om en stund.',
    label_id: 'Id',
    label_organisation: 'Organisation',
    label_kind: 'Typ',
    label_body: 'Organ',
    label_area: 'Fokusområde',
    label_benefit: 'Nytta för verksamheten',
    label_contact: 'Kontakt',
    label_since: 'Sedan',
    label_until: 'Till',
    label_registered: 'Registrerat',
    label_ended: 'Avslutat',
    label_dnr: 'Diarienummer',
    label_due: 'Sista svarsdag',
    label_left: 'Tid kvar',
    label_status: 'Status',
    label_sender: 'Remittent',
    label_our_body: 'Till',
    label_recipients: 'Även skickad till',
    label_case_officer: 'Handläggare',
    label_source: 'Källa',
    label_received: 'Daterad',
    by_on: (p) => `${p.by}, ${p.at}`,
    days_left: (p) => `${svDays(n(p, 'days'))} kvar (${svWork(n(p, 'working'))})`,
    due_today: 'Sista svarsdagen är i dag',
    overdue_by: (p) => `Försenad med ${svDays(n(p, 'days'))} (${svWork(n(p, 'working'))})`,
    passed_ago: (p) => `Svarsdagen passerade för ${svDays(n(p, 'days'))} sedan`,
    no_due_date: 'Ingen svarsdag känd',
    source_removed: (p) => `${p.doc} (dokumentet finns inte längre)`,
    source_not_read: (p) =>
      `${p.doc} (dokumentet anger inte längre den här remissen; inga påminnelser går ut om den — rätta med remiss ändra eller återkalla)`,
    source_changed: (p) => `${p.doc} (dokumentet har ändrats)`,
    by_command: 'registrerad med kommando',
    deadline_summary: (p) => `${p.dnr}: sista svarsdag ${p.due} – ${p.left}`,
    action_done: 'Markera som besvarad',
    action_show: 'Visa',
  },
  en: {
    unclosed_quote: 'A quotation mark is opened but never closed. Put a " after the value.',
    unknown_option: (p) => `I don't recognise ${p.key}:. Possible options: ${p.options}.`,
    duplicate_option: (p) => `${p.key}: is given twice. Give it once.`,
    unexpected_text: (p) => `I don't understand "${p.text}" here. See the examples below.`,
    organisation_required: 'Give the organisation’s name right after "add", e.g. membership add Eurocities …',
    benefit_required:
      'The benefit to the operations is missing. Add benefit:"…" – the strategy says the subject and the benefit decide which networks to join.',
    value_empty: (p) => `The value for ${fen(p)} is empty. Type something after the colon or leave it out.`,
    too_long: (p) => `The text for ${fen(p)} is too long. Shorten it.`,
    date_invalid: (p) =>
      `"${p.value}" is not a date I understand for ${fen(p)}. Type e.g. 2026-09-01 or "1 September 2026".`,
    area_unknown: (p) =>
      `"${p.value}" is not a focus area. Choose positioning (positionering), development (verksamhetsutveckling) or monitoring (bevakning).`,
    kind_unknown: (p) => `"${p.value}" is not a kind I know. Choose network, organisation or project.`,
    until_before_since: 'The end date (until:) is before the start date (since:). Correct one of them.',
    target_required: 'Say what the command is about: a case number, an id or a name.',
    dnr_required: 'Give the referral’s case number right after "add", e.g. referral add KS 2026/123 …',
    title_required: 'The referral’s title is missing. Add title:"…".',
    sender_required: 'The sender is missing. Add from:Kommunstyrelsen (who sent the referral).',
    due_required: 'The due date is missing. Add due:2026-09-01.',
    days_invalid: (p) =>
      `"${p.value}" are not reminder days. Type working days before the due date, e.g. days:14,7,2,0.`,
    digest_invalid: (p) => `I don't understand "${p.value}". Type digest:on or digest:off.`,
    list_filter_unknown: (p) => `I don't understand "${p.value}". Choose open, overdue, answered or all.`,
    dnr_invalid: (p) =>
      `"${p.value}" does not look like a case number. Type e.g. KS 2026/123 or 006-1137/2007.`,
    membership_duplicate: (p) =>
      `${p.organisation}${p.body ? ` for ${p.body}` : ''} is already in the register (id ${p.id}), registered by ${p.by} on ${p.at}. Show it with: membership show ${p.id}`,
    membership_not_found: (p) =>
      `I can't find a membership called "${p.target}". See them all with: membership list`,
    membership_ambiguous: (p) => `Several memberships match "${p.target}". Give an id:`,
    membership_already_ended: (p) => `The membership of ${p.organisation} has already ended (${p.date}).`,
    membership_added: (p) => `The membership of ${p.organisation} is registered (id ${p.id}).`,
    membership_ended: (p) => `The membership of ${p.organisation} ends as of ${p.date}.`,
    membership_list_heading: (p) => `Memberships (${p.count})`,
    membership_list_empty: 'No memberships match. Register one with: membership add',
    dnr_required_set:
      'Give the referral’s case number right after "set", e.g. referral set KS 2026/123 due:2026-09-01',
    set_nothing: 'Say what to change: due:<date> (or due:none), title:"…" or to:<body>.',
    page_invalid: (p) => `"${p.value}" is not a page number. Type e.g. page:2.`,
    referral_set: (p) =>
      `Referral ${p.dnr} is corrected: ${p.fields}. What you set holds when the document is read again.`,
    referral_withdrawn: (p) => `Referral ${p.dnr} is withdrawn. No more reminders go out about it.`,
    knowledge_not_found: (p) =>
      `I find no document or case for "${p.target}". See them all with: knowledge list`,
    referral_cited: (p) => `${p.count} referrals have or cite the case number ${p.target}:`,
    referral_not_found: (p) =>
      `I can't find a referral for "${p.target}". Type its case number (e.g. 006-1137/2007) or words from its title, or see them all with: referral list all`,
    referral_ambiguous: (p) =>
      `Several referrals match "${p.target}". Give the case number of the one you mean:`,
    referral_duplicate: (p) =>
      `Referral ${p.dnr} already exists: "${p.title}". See it with: referral deadline ${p.dnr}`,
    referral_added: (p) => `Referral ${p.dnr} is registered, due ${p.due}.`,
    referral_done: (p) => `Referral ${p.dnr} is marked as answered.`,
    referral_already: (p) => `Referral ${p.dnr} is already ${p.status} (${p.by}, ${p.at}).`,
    referral_list_heading: (p) =>
      `${({ open: 'Open referrals', overdue: 'Overdue referrals', answered: 'Answered referrals', all: 'All referrals' } as P)[String(p.filter)]} (${p.count})`,
    referral_list_empty: 'No referrals in that list.',
    subscribe_needs_conversation:
      'Subscriptions belong to a channel or chat. Type referral subscribe in the channel that should get the reminders.',
    subscribed: (p) =>
      `This conversation now gets messages about ${p.body ? `referrals to ${p.body}` : 'all referrals'}: reminders ${p.days} working days before the due date${p.digest ? ' and a digest every Monday' : ''}.`,
    unsubscribed: 'This conversation no longer gets messages about referrals.',
    not_subscribed: 'This conversation is not subscribed to referrals.',
    not_permitted: (p) => String(p.text),
    unknown_action:
      'That button no longer works. Type the command instead, e.g. referral done <case number>.',
    internal_error: 'Something went wrong and nothing was saved. Please try again in a moment.',
    label_id: 'Id',
    label_organisation: 'Organisation',
    label_kind: 'Kind',
    label_body: 'Body',
    label_area: 'Focus area',
    label_benefit: 'Benefit to the operations',
    label_contact: 'Contact',
    label_since: 'Since',
    label_until: 'Until',
    label_registered: 'Registered',
    label_ended: 'Ended',
    label_dnr: 'Case number',
    label_due: 'Reply due',
    label_left: 'Time left',
    label_status: 'Status',
    label_sender: 'Sender',
    label_our_body: 'To',
    label_recipients: 'Also sent to',
    label_case_officer: 'Case officer',
    label_source: 'Source',
    label_received: 'Dated',
    by_on: (p) => `${p.by}, ${p.at}`,
    days_left: (p) => `${enDays(n(p, 'days'))} left (${enWork(n(p, 'working'))})`,
    due_today: 'Due today',
    overdue_by: (p) => `Overdue by ${enDays(n(p, 'days'))} (${enWork(n(p, 'working'))})`,
    passed_ago: (p) => `The due date passed ${enDays(n(p, 'days'))} ago`,
    no_due_date: 'No due date known',
    source_removed: (p) => `${p.doc} (the document is gone)`,
    source_not_read: (p) =>
      `${p.doc} (the document no longer states this referral; no reminders go out about it — correct it with referral set or withdraw it)`,
    source_changed: (p) => `${p.doc} (the document has changed)`,
    by_command: 'registered by command',
    deadline_summary: (p) => `${p.dnr}: reply due ${p.due} – ${p.left}`,
    action_done: 'Mark as answered',
    action_show: 'Show',
  },
});

export type MessageKey = Parameters<typeof t>[1];
