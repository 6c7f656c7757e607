import { CAPABILITIES } from '../../adapters/web/capabilities.js';
import { renderReply } from '../../adapters/web/render-reply.js';
import type { Lang } from '../../src/core/lang.js';
import { type Running, startWeb } from '../web/harness.js';
import { Client } from '../web/http-client.js';
import {
  type ContractDriver,
  describeAdapterContract,
  type Seen,
  type SeenButton,
} from './adapter-contract.js';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITY[e]!);

/** The page's text as a screen shows it: tags gone, entities resolved. */
function textOf(page: string): string {
  return decode(
    page
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  );
}

/** The buttons of a page: each `/action` form, with the fields the browser posts when it is pressed. */
function buttonsOf(page: string): SeenButton[] {
  return [...page.matchAll(/<form method="post" action="\/action"[\s\S]*?<\/form>/g)].map(([form]) => {
    const field = (name: string) =>
      decode(new RegExp(`name="${name}" value="([^"]*)"`).exec(form)?.[1] ?? '');
    const label = textOf(/<button[^>]*>([\s\S]*?)<\/button>/.exec(form)?.[1] ?? '').trim();
    return { id: field('id'), value: field('value'), label };
  });
}

/**
 * The web chat: a browser session per language (`?lang=`), questions and commands posted to `/ask` and
 * presses to `/action` with the page's CSRF token, as the page's script does; what the person sees is the
 * new turn of the conversation.
 */
function webDriver(): ContractDriver {
  let running: Running;
  const sessions = new Map<Lang, { client: Client; csrf: string }>();
  const session = async (lang: Lang) => {
    const known = sessions.get(lang);
    if (known) return known;
    const client = new Client(running.url);
    const csrf = Client.csrfOf(await (await client.get(`/?lang=${lang}`)).text());
    sessions.set(lang, { client, csrf });
    return { client, csrf };
  };
  const turn = async (lang: Lang, path: string, fields: Record<string, string>): Promise<Seen> => {
    const { client, csrf } = await session(lang);
    const res = await client.post(path, { _csrf: csrf, ...fields }, { 'x-utblick-fragment': '1' });
    const page = await res.text();
    if (res.status !== 200) throw new Error(`the web chat answered ${res.status}: ${textOf(page)}`);
    // The turn opens with what the person typed or pressed; what they see from Utblick follows it.
    const reply = page.replace(/<h2 class="said"[\s\S]*?<\/h2>/, '');
    return { text: textOf(reply), buttons: buttonsOf(reply) };
  };
  return {
    name: 'web',
    buttons: CAPABILITIES.buttons,
    forms: CAPABILITIES.forms,
    async start() {
      running = await startWeb({ UTBLICK_RATE_LIMIT_USER: 'off', UTBLICK_RATE_LIMIT_CONVERSATION: 'off' });
    },
    stop: () => running.close(),
    store: () => running.runtime.store,
    knowledge: () => running.runtime.knowledge,
    send: (text, lang) => turn(lang, '/ask', { text }),
    async offer(actions, lang) {
      const html = renderReply(
        { lang, kind: 'clarify', summary: 's', blocks: [{ type: 'actions', actions }] },
        { csrf: 'x', headingLevel: 3 },
      ).value;
      return buttonsOf(html);
    },
    press: (button, lang) => turn(lang, '/action', { id: button.id, value: button.value }),
  };
}

describeAdapterContract(webDriver());
