import { describe, expect, it } from 'vitest';
import { parseCommand, tokenize, tokensFromArgs } from '../../src/commands/index.js';

const ctx = { today: '2026-03-02' };
const parse = (text: string) => parseCommand(text, ctx);
const command = (text: string) => {
  const parsed = parse(text);
  if (parsed?.type !== 'command') throw new Error(`not a command: ${text} → ${JSON.stringify(parsed)}`);
  return { id: parsed.def.id, args: parsed.args };
};
const errors = (text: string) => {
  const parsed = parse(text);
  if (parsed?.type !== 'help') throw new Error(`not help: ${text} → ${JSON.stringify(parsed)}`);
  return { command: parsed.command, codes: parsed.errors.map((e) => e.code), errors: parsed.errors };
};

describe('tokenizer', () => {
  it('keeps quoted values whole and splits key:value options', () => {
    expect(
      tokenize('membership add "Union of the Baltic Cities" benefit:"peer learning" area:bevakning'),
    ).toEqual([
      { type: 'word', value: 'membership', quoted: false },
      { type: 'word', value: 'add', quoted: false },
      { type: 'word', value: 'Union of the Baltic Cities', quoted: true },
      { type: 'option', key: 'benefit', value: 'peer learning', quoted: true },
      { type: 'option', key: 'area', value: 'bevakning', quoted: false },
    ]);
  });

  it('accepts typographic quotes and keeps case numbers with colons as words', () => {
    expect(tokenize('remiss senast “KS-dnr: 006-1137/2007”')[2]).toEqual({
      type: 'word',
      value: 'KS-dnr: 006-1137/2007',
      quoted: true,
    });
    expect(tokenize('KS-dnr: 006-1137/2007').map((t) => t.type)).toEqual(['word', 'word']);
  });

  it('refuses an unclosed quote', () => {
    expect(() => tokenize('membership add "Eurocities')).toThrow('unclosed_quote');
  });

  it('turns shell arguments into the same tokens', () => {
    expect(tokensFromArgs(['membership', 'add', 'Euro Cities', 'benefit:peer learning'])).toEqual([
      { type: 'word', value: 'membership', quoted: false },
      { type: 'word', value: 'add', quoted: false },
      { type: 'word', value: 'Euro Cities', quoted: true },
      { type: 'option', key: 'benefit', value: 'peer learning', quoted: true },
    ]);
  });
});

describe('command or question', () => {
  it.each([
    'remiss från KS – när ska den besvaras?',
    'Remissen om internationella arbetet, när ska den besvaras?',
    'medlemskap i Eurocities, vad kostar det?',
    'membership of Eurocities: who decided?',
    'hjälp mig att hitta strategin',
    'who is responsible for EU monitoring?',
    'help with the EU strategy please',
    '"membership" add Eurocities benefit:x',
  ])('treats %j as a question', (text) => {
    expect(parse(text)).toBeNull();
  });

  it('answers a bare command word, or "help", with help', () => {
    expect(parse('remiss')).toMatchObject({ type: 'help', group: 'referral', command: null, errors: [] });
    expect(parse('/membership')).toMatchObject({ type: 'help', group: 'membership', command: null });
    expect(parse('help')).toMatchObject({ type: 'help', group: null, command: null });
    expect(parse('hjälp')).toMatchObject({ type: 'help', group: null });
    expect(parse('hjälp remiss senast')).toMatchObject({
      type: 'help',
      group: 'referral',
      command: 'referral.deadline',
    });
    expect(parse('membership help add')).toMatchObject({ type: 'help', command: 'membership.add' });
    expect(parse('medlemskap hjälp')).toMatchObject({ type: 'help', group: 'membership', command: null });
  });
});

describe('membership commands', () => {
  it('parses add in English and Swedish, with every option and its aliases', () => {
    expect(
      command(
        'membership add Eurocities benefit:"Learning from peers" body:Kommunstyrelsen kind:network contact:"Anna A" since:2024-01-01 until:"31 december 2027" area:monitoring',
      ),
    ).toEqual({
      id: 'membership.add',
      args: {
        organisation: 'Eurocities',
        benefit: 'Learning from peers',
        body: 'Kommunstyrelsen',
        kind: 'network',
        contact: 'Anna A',
        since: '2024-01-01',
        until: '2027-12-31',
        area: 'bevakning',
      },
    });
    expect(
      command(
        'medlemskap lägg till Union of the Baltic Cities nytta:"Erfarenhetsutbyte" organ:Kulturnämnden typ:projekt kontakt:Bo sedan:"den 1 sep" till:2027-06-30 område:"bevakning och påverkan"',
      ).args,
    ).toEqual({
      organisation: 'Union of the Baltic Cities',
      benefit: 'Erfarenhetsutbyte',
      body: 'Kulturnämnden',
      kind: 'project',
      contact: 'Bo',
      since: '2026-09-01',
      until: '2027-06-30',
      area: 'bevakning',
    });
    expect(command('Medlemskap NY Eurocities nytta:x fokus:Positionering').args).toMatchObject({
      area: 'positionering',
    });
    expect(command('membership add Eurocities benefit:x area:development').args).toMatchObject({
      area: 'verksamhetsutveckling',
    });
  });

  it('opens the form for add without arguments', () => {
    expect(parse('membership add')).toEqual({ type: 'form', form: 'membership_add' });
    expect(parse('medlemskap lägg till')).toEqual({ type: 'form', form: 'membership_add' });
  });

  it('parses list, show and end', () => {
    expect(command('membership list')).toEqual({ id: 'membership.list', args: { ended: false } });
    expect(command('medlemskap lista område:bevakning organ:Kulturnämnden sök:klimat avslutade')).toEqual({
      id: 'membership.list',
      args: { area: 'bevakning', body: 'Kulturnämnden', q: 'klimat', ended: true },
    });
    expect(command('membership show Union of the Baltic Cities')).toEqual({
      id: 'membership.show',
      args: { target: 'Union of the Baltic Cities' },
    });
    expect(command('medlemskap visa 12')).toEqual({ id: 'membership.show', args: { target: '12' } });
    expect(command('membership end Eurocities date:2026-12-31')).toEqual({
      id: 'membership.end',
      args: { target: 'Eurocities', date: '2026-12-31' },
    });
    expect(command('medlemskap avsluta 3')).toEqual({ id: 'membership.end', args: { target: '3' } });
  });

  it.each([
    ['membership add Eurocities', 'benefit_required'],
    ['membership add Eurocities benefit:""', 'benefit_required'],
    ['membership add benefit:"x"', 'organisation_required'],
    ['membership add Eurocities benefit:x since:2026-02-30', 'date_invalid'],
    ['medlemskap lägg till Eurocities nytta:x sedan:igår', 'date_invalid'],
    ['membership add Eurocities benefit:x area:culture', 'area_unknown'],
    ['membership add Eurocities benefit:x kind:club', 'kind_unknown'],
    ['membership add Eurocities benefit:x since:2027-01-01 until:2026-01-01', 'until_before_since'],
    ['membership add Eurocities benfit:x', 'unknown_option'],
    ['membership add Eurocities benefit:x benefit:y', 'duplicate_option'],
    ['membership add Eurocities benefit:x contact:', 'value_empty'],
    ['membership add "Eurocities benefit:x', 'unclosed_quote'],
    ['membership list everything', 'unexpected_text'],
    ['membership list area:nowhere', 'area_unknown'],
    ['membership show', 'target_required'],
    ['membership end', 'target_required'],
    ['membership end Eurocities date:tomorrowish', 'date_invalid'],
  ])('answers %j with help and %s', (text, code) => {
    const result = errors(text);
    expect(result.codes).toContain(code);
    expect(result.command).toMatch(/^membership\./);
  });

  it('reports every problem at once, each with its field', () => {
    const result = errors('membership add Eurocities since:32/13/2026 area:kultur');
    expect(result.errors.map((e) => [e.code, e.field])).toEqual([
      ['benefit_required', 'benefit'],
      ['date_invalid', 'since'],
      ['area_unknown', 'area'],
    ]);
    expect(result.errors[1]!.params).toMatchObject({ value: '32/13/2026' });
  });
});

describe('referral commands', () => {
  it('parses deadline with a case number in any shape, or words from the title', () => {
    for (const text of [
      'referral deadline "KS-dnr: 006-1137/2007"',
      'referral deadline KS-dnr: 006-1137/2007',
      'remiss senast 006-1137/2007',
      'remiss svarsdag 006 1137 2007',
    ]) {
      expect(command(text).id).toBe('referral.deadline');
    }
    expect(command('referral deadline KS-dnr: 006-1137/2007').args).toEqual({
      target: 'KS-dnr: 006-1137/2007',
    });
    expect(command('referral deadline internationella arbetet').args).toEqual({
      target: 'internationella arbetet',
    });
    expect(command('referral deadline dnr:006-1137/2007').args).toEqual({ target: 'dnr:006-1137/2007' });
  });

  it('parses add in both languages', () => {
    expect(
      command(
        'referral add KS 2026/123 title:"EU office" from:Kommunstyrelsen due:2026-09-01 to:Kulturnämnden',
      ),
    ).toEqual({
      id: 'referral.add',
      args: {
        target: 'KS 2026/123',
        title: 'EU office',
        sender: 'Kommunstyrelsen',
        due: '2026-09-01',
        ourBody: 'Kulturnämnden',
      },
    });
    expect(
      command(
        'remiss lägg till "Dnr 2026-152-307" titel:"Ny strategi" från:Kommunstyrelsen senast:"1 september 2026"',
      ).args,
    ).toEqual({
      target: 'Dnr 2026-152-307',
      title: 'Ny strategi',
      sender: 'Kommunstyrelsen',
      due: '2026-09-01',
    });
  });

  it('parses list filters, done, subscribe and unsubscribe', () => {
    expect(command('referral list').args).toEqual({ filter: 'open' });
    expect(command('remiss lista försenade').args).toEqual({ filter: 'overdue' });
    expect(command('referral list answered').args).toEqual({ filter: 'answered' });
    expect(command('remiss lista alla').args).toEqual({ filter: 'all' });
    expect(command('referral done 006-1137/2007')).toEqual({
      id: 'referral.done',
      args: { target: '006-1137/2007' },
    });
    expect(command('remiss besvarad KS-dnr: 006-1137/2007').id).toBe('referral.done');
    expect(command('referral subscribe')).toEqual({ id: 'referral.subscribe', args: {} });
    expect(command('remiss prenumerera organ:Kulturnämnden dagar:10,5,0 sammanfattning:på').args).toEqual({
      body: 'Kulturnämnden',
      days: [10, 5, 0],
      digest: true,
    });
    expect(command('referral subscribe digest:off days:"7 2"').args).toEqual({ digest: false, days: [7, 2] });
    expect(command('referral unsubscribe').id).toBe('referral.unsubscribe');
    expect(command('remiss avprenumerera').id).toBe('referral.unsubscribe');
  });

  it.each([
    ['referral deadline', 'target_required'],
    ['remiss senast', 'target_required'],
    ['referral add title:"x" from:KS due:2026-09-01', 'dnr_required'],
    ['referral add KS 2026/1 from:KS due:2026-09-01', 'title_required'],
    ['referral add KS 2026/1 title:x due:2026-09-01', 'sender_required'],
    ['referral add KS 2026/1 title:x from:KS', 'due_required'],
    ['remiss lägg till KS 2026/1 titel:x från:KS senast:snart', 'date_invalid'],
    ['referral list pending', 'list_filter_unknown'],
    ['referral done', 'target_required'],
    ['referral subscribe days:14,abc', 'days_invalid'],
    ['referral subscribe days:100', 'days_invalid'],
    ['referral subscribe digest:maybe', 'digest_invalid'],
    ['referral subscribe weekly', 'unexpected_text'],
    ['referral unsubscribe now', 'unexpected_text'],
    ['referral subscribe channel:general', 'unknown_option'],
  ])('answers %j with help and %s', (text, code) => {
    const result = errors(text);
    expect(result.codes).toContain(code);
    expect(result.command).toMatch(/^referral\./);
  });
});
