/**
 * `npm run package:teams [-- --bot-id <GUID>] [--app-id <GUID>] [--out <file>] [--version <x.y.z>]
 * [--website-url <https://…>] [--privacy-url <https://…>] [--terms-url <https://…>]`
 *
 * Builds the Teams app package (manifest.json, sv.json, color.png, outline.png) and checks it against the
 * official v1.22 schemas. The bot id comes from `--bot-id`, else from `MicrosoftAppId`. The process entry
 * is `build.ts`; arguments, environment, folder and output come in here so that tests can run it too.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppPackage } from './app-package.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const CITY_SITE = 'https://start.stockholm/';

export type PackageCommandIo = {
  /** Only `MicrosoftAppId` is read from it. */
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

/**
 * Only the bot id is read from the environment: building the package needs no password, port or data
 * folder, so the rest of the runtime configuration is not loaded (nor required).
 */
function configuredBotId(env: PackageCommandIo['env']): string | undefined {
  const id = env.MicrosoftAppId?.trim();
  return id ? id : undefined;
}

/** Runs the command; resolves to the process exit code (0 written, 1 refused with a sentence on stderr). */
export async function packageTeams(args: string[], io: PackageCommandIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`${message}\n`);
    return 1;
  };
  const { values } = parseArgs({
    args,
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
  let botId = values['bot-id'] ?? configuredBotId(io.env);
  if (botId && !GUID.test(botId))
    return fail(`The bot id "${botId}" is not a GUID. Use the Microsoft App ID of your Azure Bot.`);
  if (!botId) {
    botId = PLACEHOLDER_ID;
    io.stderr(
      'No bot id: set MicrosoftAppId or pass --bot-id <GUID>. Building with the placeholder ' +
        `${PLACEHOLDER_ID}, which Teams will not connect to any bot (see docs/teams.md).\n`,
    );
  }
  const appId = values['app-id'] ?? botId;
  if (!GUID.test(appId)) return fail(`The app id "${appId}" is not a GUID.`);
  const version =
    values.version ?? JSON.parse(readFileSync(path.join(io.cwd, 'package.json'), 'utf8')).version;

  const built = await buildAppPackage({
    appId,
    botId,
    version,
    websiteUrl: values['website-url'],
    privacyUrl: values['privacy-url'],
    termsOfUseUrl: values['terms-url'],
  });
  if (built.problems.length > 0) {
    return fail(
      `The Teams app package does not pass the v1.22 checks:\n${built.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const out = path.resolve(io.cwd, values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, built.zip);
  io.stdout(
    `Wrote ${path.relative(io.cwd, out)} (${[...built.files.keys()].join(', ')}); it passes the v1.22 schema check.\n`,
  );
  return 0;
}
