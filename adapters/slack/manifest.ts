import { SLASH } from './slash-commands.js';

/** One entry of `features.slash_commands` in Slack's app manifest. */
export type ManifestSlashCommand = {
  command: string;
  url: string;
  description: string;
  usage_hint: string;
  should_escape: boolean;
};

/** The manifest's slash commands, derived from the command definitions; all post to `eventsUrl`. */
export function manifestSlashCommands(eventsUrl: string): ManifestSlashCommand[] {
  return SLASH.map((s) => ({
    command: s.command,
    url: eventsUrl,
    description: s.description,
    usage_hint: s.usageHint,
    should_escape: false,
  }));
}

type Manifest = {
  features: { slash_commands: ManifestSlashCommand[] } & Record<string, unknown>;
  settings: { event_subscriptions: { request_url: string } } & Record<string, unknown>;
} & Record<string, unknown>;

/** The manifest with its slash commands brought in line with the definitions; everything else kept. */
export function withDerivedSlashCommands<M extends Manifest>(manifest: M): M {
  const eventsUrl = manifest.settings.event_subscriptions.request_url;
  return {
    ...manifest,
    features: { ...manifest.features, slash_commands: manifestSlashCommands(eventsUrl) },
  };
}
