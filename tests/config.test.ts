import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';

describe('configuration', () => {
  it('starts with defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/utblick');
    expect(config.port).toBe(3978);
    expect(config.host).toBe('0.0.0.0');
    expect(config.knowledgeDir).toBe('/srv/utblick/knowledge');
    expect(config.dataDir).toBe('/srv/utblick/data');
    expect(config.timeZone).toBe('Europe/Stockholm');
    expect(config.slack.botToken).toBeUndefined();
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', UTBLICK_TZ: 'Mars/Olympus' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('UTBLICK_TZ');
    }
  });

  it('splits comma-separated lists', () => {
    const config = loadConfig({ SLACK_ALLOWED_TEAMS: 'T1, T2', UTBLICK_ADMINS: 'slack:T1:U1, slack:T1:S2' });
    expect(config.slack.allowedTeams).toEqual(['T1', 'T2']);
    expect(config.admins).toEqual(['slack:T1:U1', 'slack:T1:S2']);
  });

  it('reads administrators per body, and names an id it cannot use', () => {
    const config = loadConfig({
      UTBLICK_BODY_ADMINS: 'Kulturnämnden=slack:T1:U2 teams:aad-1; Stadsledningskontoret = cli:anna',
    });
    expect(config.bodyAdmins).toEqual([
      { body: 'Kulturnämnden', ids: ['slack:T1:U2', 'teams:aad-1'] },
      { body: 'Stadsledningskontoret', ids: ['cli:anna'] },
    ]);
    expect(() => loadConfig({ UTBLICK_ADMINS: 'U123' })).toThrow(
      /UTBLICK_ADMINS: "U123" is not slack:T…:U… \(a user\), slack:T…:S… \(a user group\)/,
    );
    expect(() => loadConfig({ UTBLICK_BODY_ADMINS: 'Kulturnämnden' })).toThrow(
      /UTBLICK_BODY_ADMINS: "Kulturnämnden" should be <body>=<id> <id>…/,
    );
  });

  it('requires a tenant id for a single-tenant Teams app', () => {
    expect(() =>
      loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }),
    ).toThrow(/MicrosoftAppTenantId/);
  });
});
