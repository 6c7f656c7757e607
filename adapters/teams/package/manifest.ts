import { COMMANDS, groupById } from '../../../src/commands/catalog.js';
import type { Lang } from '../../../src/core/lang.js';
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

/** What Teams lists besides the commands: how to get help and that plain questions work. */
const FIXED: { en: Command; sv: Command }[] = [
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
];

/** Teams shows at most 10 commands in one list. */
export const MAX_TEAMS_COMMANDS = 10;

/**
 * The command list, derived from the command definitions: every command with a menu description, titled
 * with its group's and its own first words in each language (what Teams inserts in the compose box).
 */
export function teamsCommands(): { en: Command; sv: Command }[] {
  const listed = COMMANDS.filter((c) => c.menu).map((c) => {
    const group = groupById(c.group)!;
    const entry = (lang: Lang): Command => ({
      title: `${group.words[lang][0]} ${c.words[lang][0]}`,
      description: c.menu![lang],
    });
    return { en: entry('en'), sv: entry('sv') };
  });
  // More than MAX_TEAMS_COMMANDS fails the package's schema check: choose which to list, never cut silently.
  return [...FIXED, ...listed];
}

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
        commandLists: [
          { scopes: ['personal', 'team', 'groupChat'], commands: teamsCommands().map((c) => c.en) },
        ],
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
  teamsCommands().forEach((command, i) => {
    file[`bots[0].commandLists[0].commands[${i}].title`] = command.sv.title;
    file[`bots[0].commandLists[0].commands[${i}].description`] = command.sv.description;
  });
  return file;
}
