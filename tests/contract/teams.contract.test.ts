import { CAPABILITIES } from '../../adapters/teams/capabilities.js';
import { replyCard } from '../../adapters/teams/cards/reply-card.js';
import type { Lang } from '../../src/core/lang.js';
import { cardProblems, cardsOf, submitActions, visibleText } from '../teams/card-check.js';
import { messageActivity, startTeamsServer, type TeamsServer } from '../teams/harness.js';
import {
  type ContractDriver,
  describeAdapterContract,
  type Seen,
  type SeenButton,
} from './adapter-contract.js';

const LOCALE: Record<Lang, string> = { sv: 'sv-SE', en: 'en-US' };

/** The buttons of a card as Teams shows them: each Action.Submit and the data it sends back. */
function buttonsOf(card: unknown): SeenButton[] {
  return submitActions(card).map((a) => ({
    id: String(a.data.id),
    value: String(a.data.value),
    label: a.title,
  }));
}

/**
 * Teams: activities posted to the real CloudAdapter in a personal chat with Anna (no administrator), her
 * Teams locale on each; what she sees is the Adaptive Card sent to the fake Bot Connector, checked
 * against schema 1.5 by the official parser.
 */
function teamsDriver(): ContractDriver {
  let server: TeamsServer;
  const exchange = async (activity: unknown): Promise<Seen> => {
    server.connector.clear();
    const res = await server.post(activity);
    if (res.status !== 200) throw new Error(`Teams endpoint answered ${res.status}`);
    const cards = server.connector.sent.flatMap((call) => cardsOf(call.activity));
    for (const card of cards)
      if (cardProblems(card).length > 0) throw new Error(cardProblems(card).join('; '));
    const texts = server.connector.sent.map((call) => call.activity?.text ?? '');
    return {
      text: [...texts, ...cards.map(visibleText)].join('\n'),
      buttons: cards.flatMap(buttonsOf),
    };
  };
  return {
    name: 'Teams',
    buttons: CAPABILITIES.buttons,
    forms: CAPABILITIES.forms,
    async start() {
      server = await startTeamsServer();
    },
    stop: () => server.stop(),
    store: () => server.runtime.store,
    knowledge: () => server.runtime.knowledge,
    send: (text, lang) =>
      exchange(messageActivity(server.connector.serviceUrl, text, { locale: LOCALE[lang] })),
    async offer(actions, lang) {
      return buttonsOf(
        replyCard({ lang, kind: 'clarify', summary: 's', blocks: [{ type: 'actions', actions }] }),
      );
    },
    press: (button, lang) =>
      exchange(
        messageActivity(server.connector.serviceUrl, '', {
          locale: LOCALE[lang],
          value: { utblick: 'action', id: button.id, value: button.value },
        }),
      ),
  };
}

describeAdapterContract(teamsDriver());
