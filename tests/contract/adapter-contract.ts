import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseValue } from '../../src/answer/reply.js';
import { commandById } from '../../src/commands/catalog.js';
import type { Lang } from '../../src/core/lang.js';
import type { Action } from '../../src/core/reply.js';
import type { Store } from '../../src/registry/store.js';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';

/**
 * The adapter contract suite: the same inputs through every adapter (Slack through the real Bolt
 * receiver, Teams through the real CloudAdapter, the web pages, the CLI) must show a person the same
 * things. A new platform is done when its driver passes this suite.
 *
 * A driver speaks to its adapter the way the platform does (signed HTTP requests, activities, form posts,
 * argv) and reads back what the platform would show (Block Kit, Adaptive Cards, HTML, terminal text).
 */

/** What a person sees: all readable text, and the buttons they could press. */
export type Seen = { text: string; buttons: SeenButton[] };

/** A button as the platform shows it, with what the platform sends back when it is pressed. */
export type SeenButton = { id: string; value: string; label: string };

export type ContractDriver = {
  readonly name: string;
  /** Optional capability: the platform shows buttons and sends presses back. */
  readonly buttons: boolean;
  /** Optional capability: the platform shows forms (a modal, a card, a page). */
  readonly forms: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The store and knowledge behind the adapter, for setting up an entry and computing expected text. */
  store(): Store | Promise<Store>;
  knowledge(): KnowledgeBase | Promise<KnowledgeBase>;
  /** A member (no administrator) whose platform language is `lang` types `text`. */
  send(text: string, lang: Lang): Promise<Seen>;
  /** Renders buttons with the adapter's own renderer and reads them back as the platform shows them. */
  offer?(actions: Action[], lang: Lang): Promise<SeenButton[]>;
  /** Presses a button the way the platform sends the press back. */
  press?(button: SeenButton, lang: Lang): Promise<Seen>;
};

/**
 * Text as a person reads it, whatever the markup: entities and Markdown escapes resolved, emphasis,
 * quote marks of Markdown and line breaks gone, typographic and straight quotes alike.
 */
export function readable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<([^>|]+)\|([^>]+)>/g, '$2')
    .replace(/&quot;|&#34;|&#x22;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\(.)/g, '$1')
    .replace(/[\u200B*_`>]/g, '')
    .replace(/[”“„"]/g, '"')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function expectShows(seen: Seen, ...phrases: string[]): void {
  const shown = readable(seen.text);
  for (const phrase of phrases) expect(shown).toContain(readable(phrase));
}

const EU_QUOTE = 'bolagsstyrelser ansvarar för aktiv bevakning och påverkan';
const SEED_DNR = '006-1137/2007';
const QUESTION = { sv: 'Vem ansvarar för EU-bevakningen?', en: 'Who is responsible for EU monitoring?' };
const UNANSWERABLE = {
  sv: 'Vad kostar en parkeringsplats i Tokyo?',
  en: 'How much does a parking space in Tokyo cost?',
};
/** A membership's start date that is no date. */
const BAD_DATE = {
  sv: {
    text: 'medlemskap lägg till Eurocities nytta:utbyte sedan:2026-13-45',
    says: '"2026-13-45" är inget datum jag förstår för startdatumet (sedan:)',
  },
  en: {
    text: 'membership add Eurocities benefit:exchange since:2026-13-45',
    says: '"2026-13-45" is not a date I understand for the start date (since:)',
  },
};
const OWNER = 'Olle Owner';

export function describeAdapterContract(driver: ContractDriver): void {
  describe(`the adapter contract: ${driver.name}`, () => {
    let theirs = 0;

    beforeAll(async () => {
      await driver.start();
      // A membership someone else registered: ending it is refused to the member the driver speaks as.
      const store = await driver.store();
      const entry = await store.addMembership(
        { organisation: 'Union of the Baltic Cities', benefit: 'Erfarenhetsutbyte' },
        { by: 'slack:T1:UOWNER', at: '2008-08-01T09:00:00.000Z', name: OWNER },
      );
      theirs = entry.id;
    });
    afterAll(() => driver.stop());

    const answerOf = async (question: string) => {
      const result = (await driver.knowledge()).snapshot.engine.answer(question);
      return result;
    };

    for (const lang of ['sv', 'en'] as const) {
      it(`answers a question in ${lang} with the answer, the quoted sentence and its case number`, async () => {
        const expected = await answerOf(QUESTION[lang]);
        expect(expected.abstained).toBe(false);
        expect(expected.lang).toBe(lang);
        const seen = await driver.send(QUESTION[lang], lang);
        expectShows(seen, expected.answer, EU_QUOTE, SEED_DNR);
        expectShows(seen, expected.citations[0]!.title);
      });

      it(`declines a question in ${lang} that the documents do not answer, quoting nothing`, async () => {
        const expected = await answerOf(UNANSWERABLE[lang]);
        expect(expected.abstained).toBe(true);
        const seen = await driver.send(UNANSWERABLE[lang], lang);
        expectShows(seen, expected.answer);
        expect(readable(seen.text)).not.toContain(EU_QUOTE);
      });

      it(`answers a command with bad input in ${lang} with one clear sentence and the command's usage`, async () => {
        const seen = await driver.send(BAD_DATE[lang].text, lang);
        expectShows(seen, BAD_DATE[lang].says);
        expectShows(
          seen,
          lang === 'sv' ? 'medlemskap lägg till <organisation>' : 'membership add <organisation>',
        );
        expect((await (await driver.store()).listMemberships()).map((m) => m.organisation)).not.toContain(
          'Eurocities',
        );
      });

      it(`refuses, in ${lang}, to end someone else's membership and says who can`, async () => {
        const seen = await driver.send(
          lang === 'sv' ? `medlemskap avsluta ${theirs}` : `membership end ${theirs}`,
          lang,
        );
        expectShows(
          seen,
          lang === 'sv'
            ? `Bara den som registrerade medlemskapet (${OWNER}) eller en Utblick-administratör kan avsluta medlemskapet.`
            : `Only the person who registered the membership (${OWNER}) or a Utblick administrator can end the membership.`,
        );
        const still = (await (await driver.store()).listMemberships()).find((m) => m.id === theirs);
        expect(still?.endedAt ?? null).toBeNull();
      });
    }

    it('answers an English question in English even when the platform speaks Swedish', async () => {
      const expected = await answerOf(QUESTION.en);
      const seen = await driver.send(QUESTION.en, 'sv');
      expectShows(seen, expected.answer, EU_QUOTE);
    });

    for (const lang of ['sv', 'en'] as const) {
      it(`answers the bare command that opens a form, in ${lang}: the form or a way to it, else its usage`, async () => {
        const form = commandById('membership.add')!.form!;
        const spec = form.open(lang);
        const seen = await driver.send(lang === 'sv' ? 'medlemskap lägg till' : 'membership add', lang);
        if (!driver.forms) {
          expectShows(
            seen,
            lang === 'sv' ? 'medlemskap lägg till <organisation>' : 'membership add <organisation>',
          );
          return;
        }
        // The form itself (its fields), a page or card named by its title, or a button that opens it.
        const shown = readable(seen.text);
        const opens = seen.buttons.some((b) => b.id === 'open_form' && b.value === form.id);
        expect(
          opens || shown.includes(readable(spec.fields[0]!.label)) || shown.includes(readable(spec.title)),
          shown,
        ).toBe(true);
      });
    }

    describe.skipIf(!driver.buttons)('buttons', () => {
      it('offers the buttons of an answer and answers a press of "show the whole passage"', async () => {
        const seen = await driver.send(QUESTION.en, 'en');
        expect(seen.buttons.map((b) => b.id)).toEqual(
          expect.arrayContaining(['show_passage', 'feedback_up', 'feedback_down']),
        );
        const passage = seen.buttons.find((b) => b.id === 'show_passage')!;
        const shown = await driver.press!(passage, 'en');
        expectShows(shown, EU_QUOTE, SEED_DNR);
      });

      it('round-trips a `choose` button (a case of a clarify list) unchanged and answers about that case', async () => {
        const expected = await answerOf(QUESTION.en);
        const chosen = expected.cases[0];
        expect(chosen).toBeDefined();
        // The value is JSON with the question in it: quote marks and braces must come back unchanged.
        const question = 'Who is responsible for "EU monitoring"?';
        const action: Action = {
          id: 'choose',
          label: `${SEED_DNR}: Övergripande mål`,
          value: chooseValue(question, chosen!),
        };
        const [button] = await driver.offer!([action], 'en');
        expect(button).toEqual({ id: 'choose', value: action.value, label: action.label });
        const seen = await driver.press!(button!, 'en');
        expectShows(seen, EU_QUOTE, SEED_DNR);
      });

      it('answers a press of an unknown value with a sentence, never an error page', async () => {
        const seen = await driver.press!({ id: 'choose', value: 'not json', label: 'x' }, 'sv');
        expect(readable(seen.text).length).toBeGreaterThan(10);
        expect(readable(seen.text)).not.toMatch(/stack|TypeError|undefined/i);
      });
    });
  });
}
