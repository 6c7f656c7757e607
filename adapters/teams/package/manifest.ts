import { ACCENT } from './icons.js';

/**
 * The Teams app manifest (schema v1.22) and its Swedish localization file. The manifest's own strings are
 * English (the default language); `sv.json` gives Swedish clients Swedish names, descriptions and commands.
 * Command titles are what Teams inserts in the compose box, so they are the command words the bot parses.
 */
export const MANIFEST_SCHEMA_URL =
  'https://developer.microsoft.com/en-us/json-schemas/teams/v1.22/MicrosoftTeams.schema.json';
export const LOCALIZATION_SCHEMA_URL =
  'https://developer.microsoft.com/en-us/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json';

export const ICON_FILES = { color: 'color.png', outline: 'outline.png' } as const;
export const SWEDISH_FILE = 'sv.json';

export type ManifestOptions = {
  appId: string;
  botId: string;
  version: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
};

type Command = { title: string; description: string };

const COMMANDS: { en: Command; sv: Command }[] = [
  {
    en: { title: 'help', description: 'What I can do and how to ask' },
    sv: { title: 'hjälp', description: 'Vad jag kan göra och hur du frågar' },
  },
  {
    en: {
      title: 'Who is responsible for EU monitoring?',
      description: 'Ask anything: I answer from the documents with a quote',
    },
    sv: {
      title: 'Vem ansvarar för bevakningen av EU?',
      description: 'Fråga vad du vill: jag svarar ur dokumenten med citat',
    },
  },
  {
    en: {
      title: 'referral deadline',
      description: 'Reply deadline of a referral: add the case number, e.g. 006-1137/2007',
    },
    sv: {
      title: 'remiss senast',
      description: 'När en remiss ska besvaras: skriv diarienumret, t.ex. 006-1137/2007',
    },
  },
  {
    en: { title: 'referral list', description: 'Open, overdue or answered referrals' },
    sv: { title: 'remiss lista', description: 'Öppna, försenade eller besvarade remisser' },
  },
  {
    en: {
      title: 'referral add',
      description: 'Register a referral: <dnr> title:"…" from:<sender> due:<date>',
    },
    sv: {
      title: 'remiss lägg till',
      description: 'Registrera en remiss: <dnr> titel:"…" från:<avsändare> senast:<datum>',
    },
  },
  {
    en: { title: 'referral done', description: 'Mark a referral as answered: add the case number' },
    sv: { title: 'remiss besvarad', description: 'Markera en remiss som besvarad: skriv diarienumret' },
  },
  {
    en: { title: 'referral subscribe', description: 'Remind this chat or channel before referrals are due' },
    sv: {
      title: 'remiss prenumerera',
      description: 'Påminn den här chatten eller kanalen innan remisser ska besvaras',
    },
  },
  {
    en: {
      title: 'membership add',
      description: 'Register a network or organisation the city belongs to (opens a form)',
    },
    sv: {
      title: 'medlemskap lägg till',
      description: 'Registrera ett nätverk eller en organisation som staden är med i (öppnar ett formulär)',
    },
  },
  {
    en: {
      title: 'membership list',
      description: "The city's international memberships, filtered by body or area",
    },
    sv: {
      title: 'medlemskap lista',
      description: 'Stadens internationella medlemskap, per nämnd, bolag eller område',
    },
  },
  {
    en: { title: 'membership show', description: 'One membership in full: add its name or id' },
    sv: { title: 'medlemskap visa', description: 'Ett medlemskap i sin helhet: skriv namnet eller id' },
  },
];

const TEXT = {
  en: {
    nameShort: 'Utblick',
    nameFull: "Utblick – the City of Stockholm's international affairs assistant",
    descriptionShort: 'Cited answers on international affairs, memberships and referral deadlines',
    descriptionFull:
      "Utblick answers questions from the City of Stockholm's strategy and referral documents with the quoted " +
      'sentence, the document and its case number; keeps the register of the international networks and ' +
      'organisations that committees and companies belong to; and tracks referrals, their reply deadlines and ' +
      'reminders in channels. Commands work in English and Swedish.',
  },
  sv: {
    nameShort: 'Utblick',
    nameFull: 'Utblick – Stockholms stads assistent för internationellt arbete',
    descriptionShort: 'Svar med källa om internationellt arbete, medlemskap och remisstider',
    descriptionFull:
      'Utblick svarar på frågor ur Stockholms stads strategi- och remissdokument med den citerade meningen, ' +
      'dokumentet och dess diarienummer; håller registret över de internationella nätverk och organisationer ' +
      'som nämnder och bolag är med i; och håller reda på remisser, deras svarsdagar och påminnelser i kanaler. ' +
      'Kommandona fungerar på svenska och engelska.',
  },
};

export function buildManifest(options: ManifestOptions): Record<string, unknown> {
  return {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: '1.22',
    version: options.version,
    id: options.appId,
    developer: {
      name: 'Stockholms stad',
      websiteUrl: options.websiteUrl,
      privacyUrl: options.privacyUrl,
      termsOfUseUrl: options.termsOfUseUrl,
    },
    name: { short: TEXT.en.nameShort, full: TEXT.en.nameFull },
    description: { short: TEXT.en.descriptionShort, full: TEXT.en.descriptionFull },
    icons: { color: ICON_FILES.color, outline: ICON_FILES.outline },
    accentColor: ACCENT,
    localizationInfo: {
      defaultLanguageTag: 'en',
      additionalLanguages: [{ languageTag: 'sv', file: SWEDISH_FILE }],
    },
    bots: [
      {
        botId: options.botId,
        scopes: ['personal', 'team', 'groupChat'],
        isNotificationOnly: false,
        supportsFiles: false,
        commandLists: [{ scopes: ['personal', 'team', 'groupChat'], commands: COMMANDS.map((c) => c.en) }],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [],
  };
}

/** The Swedish strings, keyed as the v1.22 localization schema requires. */
export function buildSwedishLocalization(): Record<string, string> {
  const file: Record<string, string> = {
    $schema: LOCALIZATION_SCHEMA_URL,
    'name.short': TEXT.sv.nameShort,
    'name.full': TEXT.sv.nameFull,
    'description.short': TEXT.sv.descriptionShort,
    'description.full': TEXT.sv.descriptionFull,
  };
  COMMANDS.forEach((command, i) => {
    file[`bots[0].commandLists[0].commands[${i}].title`] = command.sv.title;
    file[`bots[0].commandLists[0].commands[${i}].description`] = command.sv.description;
  });
  return file;
}
