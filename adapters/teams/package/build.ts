/**
 * `npm run package:teams [-- --bot-id <GUID>] [--app-id <GUID>] [--out <file>] [--version <x.y.z>]
 * [--website-url <https://…>] [--privacy-url <https://…>] [--terms-url <https://…>]`
 *
 * Builds the Teams app package (manifest.json, sv.json, color.png, outline.png) and checks it against the
 * official v1.22 schemas. The bot id comes from `--bot-id`, else from `MicrosoftAppId`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppPackage } from './app-package.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const CITY_SITE = 'https://start.stockholm/';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/**
 * Only the bot id is read from the environment: building the package needs no password, port or data
 * folder, so the rest of the runtime configuration is not loaded (nor required).
 */
function configuredBotId(): string | undefined {
  const id = process.env.MicrosoftAppId?.trim();
  return id ? id : undefined;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'bot-id': { type: 'string' },
      'app-id': { type: 'string' },
      out: { type: 'string', default: 'dist/teams/utblick-teams.zip' },
      version: { type: 'string' },
      'website-url': { type: 'string', default: CITY_SITE },
      'privacy-url': { type: 'string', default: CITY_SITE },
      'terms-url': { type: 'string', default: CITY_SITE },
    },
  });
  let botId = values['bot-id'] ?? configuredBotId();
  if (botId && !GUID.test(botId))
    fail(`The bot id "${botId}" is not a GUID. Use the Microsoft App ID of your Azure Bot.`);
  if (!botId) {
    botId = PLACEHOLDER_ID;
    process.stderr.write(
      'No bot id: set MicrosoftAppId or pass --bot-id <GUID>. Building with the placeholder ' +
        `${PLACEHOLDER_ID}, which Teams will not connect to any bot (see docs/teams.md).\n`,
    );
  }
  const appId = values['app-id'] ?? botId;
  if (!GUID.test(appId)) fail(`The app id "${appId}" is not a GUID.`);
  const version = values.version ?? JSON.parse(readFileSync('package.json', 'utf8')).version;

  const built = await buildAppPackage({
    appId,
    botId,
    version,
    websiteUrl: values['website-url'],
    privacyUrl: values['privacy-url'],
    termsOfUseUrl: values['terms-url'],
  });
  if (built.problems.length > 0) {
    fail(
      `The Teams app package does not pass the v1.22 checks:\n${built.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const out = path.resolve(values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, built.zip);
  process.stdout.write(
    `Wrote ${path.relative(process.cwd(), out)} (${[...built.files.keys()].join(', ')}); it passes the v1.22 schema check.\n`,
  );
}

await main();
