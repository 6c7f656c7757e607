import { describe, expect, it } from 'vitest';
import { cardText as escapeForCard } from '../../adapters/teams/cards/escape.js';
import { formCard } from '../../adapters/teams/cards/form-card.js';
import { replyCard } from '../../adapters/teams/cards/reply-card.js';
import { parseSubmission } from '../../adapters/teams/cards/submit-data.js';
import { welcomeCard } from '../../adapters/teams/cards/welcome-card.js';
import type { FormSpec, Reply } from '../../src/core/reply.js';
import { cardProblems, officialProblems, schemaProblems, submitActions, visibleText } from './card-check.js';

const hostile =
  'Use *bold* _x_ [link](http://evil.example) `code` ~s~ <at>Boss</at> {{DATE(2017-02-14T06:08:39Z, SHORT)}}';

function everyBlockReply(lang: 'sv' | 'en'): Reply {
  return {
    lang,
    kind: 'answer',
    summary: 'Kommun- och bolagsstyrelser ansvarar för bevakningen.',
    blocks: [
      { type: 'heading', text: 'EU-bevakning' },
      { type: 'text', text: 'Svaret står i strategin.' },
      { type: 'text', text: 'Osäkert', tone: 'muted' },
      { type: 'text', text: 'Klart', tone: 'success' },
      { type: 'text', text: 'Snart', tone: 'warning' },
      { type: 'text', text: 'Fel', tone: 'error' },
      {
        type: 'quote',
        text: 'Fackförvaltningar samt kommun- och bolagsstyrelser ansvarar för aktiv bevakning och påverkan.',
      },
      {
        type: 'citation',
        citation: {
          doc: 'strategi.txt',
          title: 'Strategi för EU-arbete',
          dnr: '006-1137/2007',
          section: '3. Ansvar',
          passageId: 'p1',
          replacedBy: 'Ny strategi',
        },
      },
      {
        type: 'citation',
        citation: { doc: 'x.md', title: 'Utan dnr', dnr: null, section: null, passageId: 'p2' },
      },
      {
        type: 'fields',
        fields: [
          { label: 'Senast', value: 'måndag 1 september 2008' },
          { label: 'Status', value: hostile },
        ],
      },
      { type: 'list', items: ['- första', '2. andra', hostile] },
      { type: 'list', items: ['ett', 'två'], ordered: true },
      {
        type: 'actions',
        actions: [
          { id: 'show_passage', label: 'Visa hela stycket', value: 'p1' },
          { id: 'feedback_up', label: '👍', value: 'p1' },
          { id: 'feedback_down', label: '👎', value: 'p1', style: 'danger' },
          { id: 'referral_done', label: 'Markera besvarad', value: '006-1137/2007', style: 'primary' },
        ],
      },
    ],
  };
}

const form: FormSpec = {
  id: 'membership_add',
  title: 'Nytt medlemskap',
  submitLabel: 'Spara',
  fields: [
    { name: 'organisation', label: 'Organisation', kind: 'text', required: true, maxLength: 200 },
    {
      name: 'benefit',
      label: 'Nytta',
      kind: 'textarea',
      required: true,
      hint: 'Varför *det* gagnar verksamheten',
    },
    {
      name: 'area',
      label: 'Område',
      kind: 'select',
      required: false,
      options: [
        { value: 'bevakning', label: 'Bevakning och påverkan' },
        { value: 'positionering', label: 'Positionering' },
      ],
    },
    { name: 'since', label: 'Sedan', kind: 'date', required: false, placeholder: '2026-09-01' },
  ],
  values: { organisation: 'Eurocities', area: 'bevakning', since: '1 september 2026' },
  errors: { benefit: 'Skriv varför medlemskapet gagnar verksamheten.' },
};

describe('Adaptive Cards rendered from replies', () => {
  it('passes the official parser and the schema 1.5 check for every block type, in both languages', () => {
    for (const lang of ['sv', 'en'] as const) {
      expect(cardProblems(replyCard(everyBlockReply(lang)))).toEqual([]);
    }
  });

  it('shows the quote, the document, the case number and the section', () => {
    const text = visibleText(replyCard(everyBlockReply('en')));
    expect(text).toContain('bolagsstyrelser ansvarar för aktiv bevakning och påverkan');
    expect(text).toContain('Document: Strategi för EU-arbete');
    expect(text).toContain('Case number: 006-1137/2007');
    expect(text).toContain('Section: 3. Ansvar');
    expect(text).toContain('Replaced by: Ny strategi');
    expect(text).toContain('Case number: none');
  });

  it('round-trips each button as the action id and value it was given', () => {
    const actions = submitActions(replyCard(everyBlockReply('sv'))).map((a) => parseSubmission(a.data));
    expect(actions).toEqual([
      { kind: 'action', id: 'show_passage', value: 'p1' },
      { kind: 'action', id: 'feedback_up', value: 'p1' },
      { kind: 'action', id: 'feedback_down', value: 'p1' },
      { kind: 'action', id: 'referral_done', value: '006-1137/2007' },
    ]);
  });

  it('escapes Markdown, mentions and date functions in user and document text', () => {
    const escaped = escapeForCard(hostile);
    expect(escaped).not.toMatch(/(^|[^\\])[*_[\]`~<>]/);
    expect(escaped).not.toContain('{{');
    expect(escapeForCard('- a\n1. b\n# c')).toBe('\\- a\n1\\. b\n\\# c');
    expect(escapeForCard('KS-dnr 006-1137/2007 (bilaga)')).toBe('KS-dnr 006-1137/2007 (bilaga)');
    expect(visibleText(replyCard(everyBlockReply('sv')))).toContain(hostile);
  });

  it('renders a form with every field kind, its values and the server-side error', () => {
    const c = formCard(form, 'sv');
    expect(cardProblems(c)).toEqual([]);
    const text = visibleText(c);
    expect(text).toContain('Rätta fälten');
    expect(text).toContain('Skriv varför medlemskapet gagnar verksamheten.');
    expect(text).toContain('Varför *det* gagnar verksamheten');
    const json = JSON.stringify(c);
    expect(json).toContain('"value":"Eurocities"');
    expect(json).not.toContain('1 september 2026');
    const types = JSON.stringify(c).match(/"type":"Input\.[A-Za-z]+"/g);
    expect(types).toEqual([
      '"type":"Input.Text"',
      '"type":"Input.Text"',
      '"type":"Input.ChoiceSet"',
      '"type":"Input.Date"',
    ]);
  });

  it('reads a submitted form back as field values', () => {
    expect(
      parseSubmission({
        utblick: 'form',
        form: 'membership_add',
        field_organisation: 'Eurocities',
        field_benefit: '',
      }),
    ).toEqual({ kind: 'form', form: 'membership_add', values: { organisation: 'Eurocities', benefit: '' } });
    expect(parseSubmission({ utblick: 'action', id: 'drop_tables', value: 'x' })).toEqual({
      kind: 'unknown',
    });
  });

  it('builds a welcome card with and without an overview', () => {
    const overview: Reply = {
      lang: 'en',
      kind: 'command',
      summary: 'Overview',
      blocks: [{ type: 'list', items: ['Remiss 006-1137/2007 due 1 Sep'] }],
    };
    for (const c of [welcomeCard('en', overview), welcomeCard('sv', null)])
      expect(cardProblems(c)).toEqual([]);
    expect(visibleText(welcomeCard('en', overview))).toContain('Remiss 006-1137/2007 due 1 Sep');
  });

  it('the checks themselves catch what Teams would reject', () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.6',
      body: [
        { type: 'TextBlock', text: '', wrap: true },
        { type: 'Carousel', pages: [] },
        { type: 'FactSet', facts: [{ title: 'a' }] },
        { type: 'Input.Text', id: 'a', label: 'A', isRequired: true },
        { type: 'Input.Text', id: 'a', label: 'B', isRequired: false, colour: 'red' },
      ],
    };
    expect(officialProblems(bad).length).toBeGreaterThan(0);
    const own = schemaProblems(bad).join('\n');
    for (const expected of [
      'version must be 1.5',
      'not a schema 1.5 type Carousel',
      'text must be non-empty',
      'fact is exactly',
      'errorMessage',
      'duplicate id a',
      'no property colour',
    ]) {
      expect(own).toContain(expected);
    }
  });
});

describe('a reply too long for Teams', () => {
  it('is shortened from the end, says so, and still passes the checks', () => {
    const items = Array.from(
      { length: 400 },
      (_, i) => `Nätverk nummer ${i + 1} — ${'beskrivning '.repeat(8)}`,
    );
    const reply: Reply = {
      lang: 'en',
      kind: 'command',
      summary: 'Memberships',
      blocks: [
        { type: 'heading', text: 'Memberships' },
        { type: 'list', items },
      ],
    };
    const c = replyCard(reply);
    expect(Buffer.byteLength(JSON.stringify(c))).toBeLessThan(28_000);
    expect(cardProblems(c)).toEqual([]);
    const text = visibleText(c);
    expect(text).toContain('Nätverk nummer 1 ');
    expect(text).not.toContain('Nätverk nummer 400 ');
    expect(text).toContain('too long for Teams and has been shortened');
  });
});
