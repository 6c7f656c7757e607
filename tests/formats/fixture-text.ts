/**
 * The fictional referral every format test converts. All names, numbers and dates are made up
 * ("Fiktivt testdokument"); the wording follows Swedish municipal administration.
 */
export const FICTIONAL = {
  marker: 'Fiktivt testdokument. Alla namn, nummer och datum är påhittade.',
  title: 'Riktlinjer för stadens internationella arbete',
  dnr: 'KS-dnr: 412-0873/2026',
  deadline:
    'Kommunstyrelsen har remitterat ärendet till Rinkeby-Kista stadsdelsnämnd för yttrande senast den 15 oktober 2026.',
  listLead: 'Utifrån inriktningen om bevakning läggs följande riktlinjer fast:',
  bullets: [
    'Nämnderna ska bevaka EU-projekt som rör stadens verksamhet.',
    'Förvaltningen ska rapportera till kommunstyrelsen två gånger per år.',
  ],
  decision: ['Tjänsteutlåtandet utgör svar på remissen.', 'Omedelbar justering.'],
} as const;
