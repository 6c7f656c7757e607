import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../../src/config/config.js';

/**
 * The one place that turns configuration into a botbuilder adapter. With no app id, requests are accepted
 * without a token and replies are sent without one (local mode, Bot Framework Emulator); with one, every
 * request must carry a Bot Connector token for that app id.
 */
export function createBotAdapter(config: Config): CloudAdapter {
  const { appId, appPassword, appType, tenantId } = config.teams;
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: appId ?? '',
    MicrosoftAppPassword: appPassword ?? '',
    MicrosoftAppType: appType ?? (appId ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: tenantId ?? '',
  });
  return new CloudAdapter(auth);
}

export function isLocalMode(config: Config): boolean {
  return !config.teams.appId;
}
