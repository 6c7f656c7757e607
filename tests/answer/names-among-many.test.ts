import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { copyOfKnowledge } from '../support/knowledge.js';

// Eighty fictional membership notes that each name a network with the words "Cities Network" and state its
// fee, read before one fictional web page whose section on "Lantern Cities Network" says the membership is
// free. The page's passage holds the name only in its heading.
const NETWORKS = ['Nordic', 'Harbour', 'River', 'Green', 'Smart', 'Open', 'Safe', 'Young'];

function notes(dir: string): void {
  for (let i = 0; i < 80; i++) {
    const network = `${NETWORKS[i % NETWORKS.length]} Cities Network`;
    writeFileSync(
      path.join(dir, `a-medlemskap-${String(i).padStart(3, '0')}.txt`),
      [
        `Fiktivt dokument skrivet för Utblicks tester.`,
        ``,
        `Medlemskap i ${network}, avgift ${2027 - (i % 5)}`,
        ``,
        `Stockholm är medlem i ${network} sedan ${1995 + (i % 20)}. Avgiften till ${network} uppgår till ${10_000 + i * 100} kronor per år.`,
      ].join('\n'),
    );
  }
  writeFileSync(
    path.join(dir, 'z-natverk-webbsida.txt'),
    [
      'Fiktivt dokument skrivet för Utblicks tester.',
      '',
      'Nätverk där staden är medlem',
      '',
      'Här presenteras några av de nätverk där staden är medlem.',
      '',
      'Lantern Cities Network',
      '',
      'Nätverket samlar städer som arbetar med belysning i offentliga miljöer. Medlemskapet är avgiftsfritt eftersom nätverket finansieras av sina värdstäder.',
    ].join('\n'),
  );
  // An English letter from another network: its name is in the opening lines, and the line that answers
  // "since when" holds only the question's common words.
  writeFileSync(
    path.join(dir, 'z-letter-harbour-lights.txt'),
    [
      'Fictional document written for Utblick tests.',
      '',
      'HARBOUR LIGHTS ALLIANCE',
      'Secretariat, Kade 12, 1011 AB Amsterdam',
      '',
      'Harbour Lights Alliance: renewal of member records 2027',
      '',
      'Dear colleagues,',
      '',
      'The Harbour Lights Alliance is updating its register of member cities before the new work programme.',
      '',
      'Please check the details we hold for your city and tell us of any change.',
      '',
      'According to our records, Stockholm (member since 2014) is placed in group C.',
      'Group C cities send two delegates to the annual assembly.',
      '',
      'Yours sincerely,',
      '',
      'Marit de Vries',
      'Secretary General',
    ].join('\n'),
  );
}

describe('a name of several common words, among many documents that share its words', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    const dir = copyOfKnowledge();
    notes(dir);
    kb = await KnowledgeBase.open({
      dir,
      maxFileBytes: 1_000_000,
      clock: fixedClock('2027-03-01T10:00:00+01:00'),
      timeZone: 'Europe/Stockholm',
    });
  });

  it('finds the passage under the heading that names it, not a note about another "Cities Network"', () => {
    const result = kb.snapshot.engine.answer('Is there a fee for Lantern Cities Network?');
    expect(result.citations[0]?.doc).toBe('z-natverk-webbsida.txt');
    expect(result.citations[0]?.quote).toContain('avgiftsfritt');
  });

  it('reads the case that names the network whole, and answers from its line that does not repeat the name', () => {
    const result = kb.snapshot.engine.answer(
      'Since when has Stockholm been a member of the Harbour Lights Alliance?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe('z-letter-harbour-lights.txt');
    expect(result.citations[0]?.quote).toContain('member since 2014');
  });
});
