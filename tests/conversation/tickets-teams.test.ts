import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionData } from '../../adapters/teams/cards/submit-data.js';
import { createTeamsDelivery, encodeReference } from '../../adapters/teams/index.js';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/logger.js';
import { deliverTickets } from '../../src/tickets/deliver.js';
import { cardsOf, submitActions, visibleText } from '../teams/card-check.js';
import { messageActivity, startTeamsServer, type TeamsServer } from '../teams/harness.js';

const DECLINED = 'Hur många anställda har stadens Brysselkontor?';
const EVA = { id: '29:user-eva', aadObjectId: 'aad-eva', name: 'Eva Ek' };
let server: TeamsServer;

beforeAll(async () => {
  server = await startTeamsServer({
    // The experts' channel reference is known once the fake connector runs; the run below is given it.
    env: { UTBLICK_EXPERT_CONVERSATION: 'teams:experts', UTBLICK_EXPERTS: 'teams:aad-eva' },
  });
});
afterAll(() => server.stop());

const textOf = (calls: typeof server.connector.calls) =>
  calls
    .flatMap((call) => cardsOf(call.activity))
    .map(visibleText)
    .join('\n');

describe('Teams: asking the unit through the CloudAdapter', () => {
  it('turns a declined question into a ticket in the experts’ channel and delivers the answer to the asker’s chat once', async () => {
    await server.post(messageActivity(server.connector.serviceUrl, DECLINED));
    const ask = submitActions(cardsOf(server.connector.calls[0]?.activity)[0]).find(
      (a) => a.data.id === 'ask_unit',
    );
    expect(ask?.title).toBe('Fråga internationella avdelningen');
    server.connector.clear();
    await server.post(
      messageActivity(server.connector.serviceUrl, '', {
        value: actionData('ask_unit', String(ask!.data.value)),
      }),
    );
    expect(textOf(server.connector.calls)).toContain('som fråga 1');

    const experts = encodeReference(messageActivity(server.connector.serviceUrl, '', { scope: 'channel' }));
    const run = () =>
      deliverTickets({
        store: server.runtime.store,
        adapters: [createTeamsDelivery(loadConfig({}), silentLogger)],
        clock: server.runtime.clock,
        logger: silentLogger,
        config: { expertConversation: experts, timeZone: 'Europe/Stockholm' },
      });
    server.connector.clear();
    expect((await run()).posted).toEqual([1]);
    expect(server.connector.calls[0]?.conversationId).toBe('19:general@thread.tacv2');
    expect(textOf(server.connector.calls)).toContain(DECLINED);

    // Anna is no expert; Eva is.
    server.connector.clear();
    await server.post(messageActivity(server.connector.serviceUrl, 'fråga svara 1 Fyra.'));
    expect(textOf(server.connector.calls)).toContain('Bara internationella avdelningens experter');
    server.connector.clear();
    await server.post(
      messageActivity(server.connector.serviceUrl, 'fråga svara 1 Brysselkontoret har fyra anställda.', {
        scope: 'channel',
        from: EVA,
      }),
    );
    expect(textOf(server.connector.calls)).toContain('Svaret på fråga 1 är sparat');

    server.connector.clear();
    expect((await run()).delivered).toEqual([1]);
    await run();
    const delivered = server.connector.calls.filter((c) => c.conversationId === 'a:personal-chat-anna');
    expect(delivered).toHaveLength(1);
    expect(textOf(delivered)).toContain('Brysselkontoret har fyra anställda.');
    expect(textOf(delivered)).toContain('Svarat av Eva Ek');
  });
});
