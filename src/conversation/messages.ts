import { defineMessages } from '../i18n/messages.js';

export const t = defineMessages({
  sv: {
    followUp: (p) => `Om ärendet ${p.case} (från förra svaret):`,
    picked: (p) => `Du valde ${p.case}. Vad vill du veta om ärendet?`,
    caseWithDnr: (p) => `${p.title} (dnr ${p.dnr})`,
  },
  en: {
    followUp: (p) => `About the case ${p.case} (from the previous answer):`,
    picked: (p) => `You chose ${p.case}. What would you like to know about it?`,
    caseWithDnr: (p) => `${p.title} (case number ${p.dnr})`,
  },
});
