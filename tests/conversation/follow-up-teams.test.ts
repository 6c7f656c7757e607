import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardsOf, visibleText } from '../teams/card-check.js';
import { messageActivity, NOW, startTeamsServer, type TeamsServer } from '../teams/harness.js';
import { CYCLE_CASE, CYCLE_LABEL, twoReferralsKnowledge } from './support.js';

let server: TeamsServer;

beforeAll(async () => {
  server = await startTeamsServer({ env: { UTBLICK_KNOWLEDGE_DIR: twoReferralsKnowledge() } });
});
afterAll(() => server.stop());
beforeEach(() => server.connector.clear());

async function ask(text: string, scope: 'personal' | 'channel' | 'groupChat'): Promise<string> {
  server.connector.clear();
  const res = await server.post(messageActivity(server.connector.serviceUrl, text, { scope }));
  expect(res.status).toBe(200);
  return server.connector.calls
    .flatMap((call) => cardsOf(call.activity))
    .map(visibleText)
    .join('\n');
}

describe('Teams: follow-up questions through the CloudAdapter', () => {
  it('answers a follow-up in a channel reply chain from the chain’s case', async () => {
    expect(await ask('vem ansvarar för att bygga ut cykelstråket?', 'channel')).toContain('Trafikkontoret');
    const second = await ask('vem är handläggare?', 'channel');
    expect(second).toContain('Maja Exempelsson');
    expect(second).toContain(`Om ärendet ${CYCLE_LABEL} (från förra svaret)`);
    const kept = await server.runtime.store.getConversationContext(
      'teams:19:general@thread.tacv2;messageid=1764147600000',
      NOW,
    );
    expect(kept?.cases).toEqual([CYCLE_CASE]);
  });

  it('answers a follow-up in a personal chat, and another chat knows nothing of it', async () => {
    await ask('vem ansvarar för att bygga ut cykelstråket?', 'personal');
    expect(await ask('när går remisstiden ut?', 'personal')).toContain('från förra svaret');
    expect(await ask('när går remisstiden ut?', 'groupChat')).not.toContain('från förra svaret');
  });
});
