import { defineMessages } from '../i18n/messages.js';

const svDays = (n: number | string | undefined) => (Number(n) === 1 ? '1 dag' : `${n} dagar`);
const svWorking = (n: number | string | undefined) => (Number(n) === 1 ? '1 arbetsdag' : `${n} arbetsdagar`);
const enDays = (n: number | string | undefined) => (Number(n) === 1 ? '1 day' : `${n} days`);
const enWorking = (n: number | string | undefined) =>
  Number(n) === 1 ? '1 working day' : `${n} working days`;

/** Every user-facing string of the notifications, in Swedish and English. */
export const t = defineMessages({
  sv: {
    heading_new: (p) => `Ny remiss: ${p.title}`,
    heading_reminder: (p) => `Påminnelse: ${p.title}`,
    heading_due_today: (p) => `Sista svarsdag i dag: ${p.title}`,
    heading_overdue: (p) => `Försenad remiss: ${p.title}`,
    lead_new: (p) => `Remissen ${p.dnr} har kommit in och ska besvaras senast ${p.due}.`,
    lead_new_no_due: (p) => `Remissen ${p.dnr} har kommit in. Den har ingen svarsdag registrerad.`,
    lead_reminder: (p) => `Remissen ${p.dnr} ska besvaras senast ${p.due}.`,
    lead_due_today: (p) => `Remissen ${p.dnr} ska besvaras i dag, ${p.due}.`,
    lead_overdue: (p) =>
      `Remissen ${p.dnr} skulle ha besvarats senast ${p.due} och är inte markerad som besvarad.`,
    left: (p) => `${svDays(p.days)} kvar (${svWorking(p.working)})`,
    left_today: 'Sista svarsdagen är i dag',
    left_overdue: (p) => `Försenad med ${svDays(p.days)} (${svWorking(p.working)})`,
    label_dnr: 'Diarienummer',
    label_due: 'Sista svarsdag',
    label_left: 'Kvar',
    label_from: 'Från',
    label_to: 'Till',
    action_done: 'Markera som besvarad',
    hint_done: (p) => `Du kan också skriva: remiss besvarad ${p.dnr}`,
    summary: (p) => `${p.heading} (${p.dnr}): ${p.left}`,
    digest_heading: (p) => `Remisser vecka ${p.week}`,
    digest_lead: (p) =>
      Number(p.count) === 1
        ? '1 öppen remiss är försenad eller ska besvaras inom fyra veckor.'
        : `${p.count} öppna remisser är försenade eller ska besvaras inom fyra veckor.`,
    digest_overdue: 'Försenade',
    digest_coming: 'De kommande fyra veckorna',
    digest_line: (p) => `${p.dnr} — ${p.title} — ${p.due} (${p.left})`,
    digest_more: (p) => `… och ${p.count} till. Skriv remiss lista för alla.`,
    digest_hint: 'Markera en remiss som besvarad: remiss besvarad <diarienummer>',
    digest_summary: (p) => `Remisser vecka ${p.week}: ${p.count} öppna`,
  },
  en: {
    heading_new: (p) => `New referral: ${p.title}`,
    heading_reminder: (p) => `Reminder: ${p.title}`,
    heading_due_today: (p) => `Due today: ${p.title}`,
    heading_overdue: (p) => `Overdue referral: ${p.title}`,
    lead_new: (p) => `Referral ${p.dnr} has arrived and is due for reply by ${p.due}.`,
    lead_new_no_due: (p) => `Referral ${p.dnr} has arrived. It has no reply date registered.`,
    lead_reminder: (p) => `Referral ${p.dnr} is due for reply by ${p.due}.`,
    lead_due_today: (p) => `Referral ${p.dnr} is due for reply today, ${p.due}.`,
    lead_overdue: (p) => `Referral ${p.dnr} was due for reply by ${p.due} and is not marked as answered.`,
    left: (p) => `${enDays(p.days)} left (${enWorking(p.working)})`,
    left_today: 'The reply is due today',
    left_overdue: (p) => `Overdue by ${enDays(p.days)} (${enWorking(p.working)})`,
    label_dnr: 'Case number',
    label_due: 'Due date',
    label_left: 'Left',
    label_from: 'From',
    label_to: 'To',
    action_done: 'Mark as answered',
    hint_done: (p) => `You can also type: referral done ${p.dnr}`,
    summary: (p) => `${p.heading} (${p.dnr}): ${p.left}`,
    digest_heading: (p) => `Referrals, week ${p.week}`,
    digest_lead: (p) =>
      Number(p.count) === 1
        ? '1 open referral is overdue or due within four weeks.'
        : `${p.count} open referrals are overdue or due within four weeks.`,
    digest_overdue: 'Overdue',
    digest_coming: 'The next four weeks',
    digest_line: (p) => `${p.dnr} — ${p.title} — ${p.due} (${p.left})`,
    digest_more: (p) => `… and ${p.count} more. Type referral list for all of them.`,
    digest_hint: 'Mark a referral as answered: referral done <case number>',
    digest_summary: (p) => `Referrals, week ${p.week}: ${p.count} open`,
  },
});

export type NotifyMessageKey = Parameters<typeof t>[1];
