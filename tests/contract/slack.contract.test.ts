import { CAPABILITIES } from '../../adapters/slack/capabilities.js';
import { CORE_ACTION_PATTERN, renderReply } from '../../adapters/slack/render-blocks.js';
import type { Lang } from '../../src/core/lang.js';
import { SlackHarness } from '../slack/slack-harness.js';
import { eventBody, interactionBody } from '../slack/slack-requests.js';
import {
  type ContractDriver,
  describeAdapterContract,
  type Seen,
  type SeenButton,
} from './adapter-contract.js';

/** One member per language: Slack tells the bot a user's locale (users.info), which the adapter may keep. */
const USER: Record<Lang, string> = { sv: 'USV', en: 'UEN' };

type Json = Record<string, unknown>;

/** Every text object of a message's blocks (and its fallback text when it has no blocks). */
function textOf(args: Json): string {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const child of node) visit(child);
    else if (node && typeof node === 'object') {
      const o = node as Json;
      if (typeof o.text === 'string') out.push(o.text);
      for (const [key, value] of Object.entries(o))
        if (key !== 'text' || typeof value !== 'string') visit(value);
    }
  };
  visit(args.blocks ?? []);
  return out.length > 0 ? out.join('\n') : String(args.text ?? '');
}

/** The core's buttons of a message as Slack shows them: action id, value and label. */
function buttonsOf(blocks: unknown): SeenButton[] {
  return ((blocks ?? []) as { type: string; elements?: Json[] }[])
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? [])
    .flatMap((e) => {
      const id = CORE_ACTION_PATTERN.exec(String(e.action_id))?.[1];
      const label = (e.text as { text?: string } | undefined)?.text ?? '';
      return id ? [{ id, value: String(e.value), label }] : [];
    });
}

/**
 * Slack: direct messages and button presses posted, signed, to the real Bolt receiver in HTTP mode;
 * what the person sees is the message the bot posts through the fake Web API (or to the press's
 * response_url).
 */
function slackDriver(): ContractDriver {
  const h = new SlackHarness();
  let n = 0;
  const seen = (args: Json): Seen => ({ text: textOf(args), buttons: buttonsOf(args.blocks) });
  return {
    name: 'Slack',
    buttons: CAPABILITIES.buttons,
    forms: CAPABILITIES.forms,
    async start() {
      h.slack.setLocale(USER.sv, 'sv-SE');
      h.slack.setLocale(USER.en, 'en-US');
      await h.start({ UTBLICK_RATE_LIMIT_USER: 'off', UTBLICK_RATE_LIMIT_CONVERSATION: 'off' });
    },
    stop: () => h.stop(),
    store: () => h.runtime.store,
    knowledge: () => h.runtime.knowledge,
    async send(text, lang) {
      const channel = `D${++n}`;
      const event = { type: 'message', channel_type: 'im', user: USER[lang], text, ts: `${n}.1`, channel };
      const res = await h.post(eventBody('T1', `EvC${n}`, event), 'application/json');
      if (res.status !== 200) throw new Error(`Slack endpoint answered ${res.status}`);
      return seen((await h.slack.waitFor('chat.postMessage', (a) => a.channel === channel)).args);
    },
    async offer(actions, lang) {
      return buttonsOf(
        renderReply({ lang, kind: 'clarify', summary: 's', blocks: [{ type: 'actions', actions }] }).blocks,
      );
    },
    async press(button, lang) {
      const name = `press${++n}`;
      const res = await h.post(
        interactionBody({
          type: 'block_actions',
          team: { id: 'T1' },
          user: { id: USER[lang], team_id: 'T1' },
          channel: { id: `D${n}` },
          container: { type: 'message', is_ephemeral: false, channel_id: `D${n}`, message_ts: `${n}.1` },
          trigger_id: `trig-${name}`,
          response_url: h.slack.responseUrl(name),
          actions: [
            {
              type: 'button',
              action_id: `core:${button.id}:0`,
              block_id: 'b1',
              value: button.value,
              action_ts: '1',
            },
          ],
        }),
        'application/x-www-form-urlencoded',
      );
      if (res.status !== 200) throw new Error(`Slack endpoint answered ${res.status}`);
      return seen((await h.slack.waitFor(`response_url:${name}`)).args);
    },
  };
}

describeAdapterContract(slackDriver());
