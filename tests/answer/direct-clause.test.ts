import { describe, expect, it } from 'vitest';
import { directClause } from '../../src/answer/compose.js';

// The direct answer puts the subject of a sentence with a fronted adverbial first. The subject ends where
// the infinitive begins, and many Swedish adjectives and plural nouns end in -a as infinitives do.
describe('the subject first, for a sentence that opens with an adverbial', () => {
  it('puts the subject before the verb and the adverbial after a dash', () => {
    expect(directClause('I valet av partner ska sakfrågan styra.')).toBe(
      'Sakfrågan ska styra – i valet av partner.',
    );
  });

  it('keeps an adjective or a plural noun in -a inside the subject instead of taking it for the verb', () => {
    expect(
      directClause(
        'Inom kort ska stadsdelsnämnden i samverkan med stadsledningskontorets internationella avdelning ta ställning till ansökan.',
      ),
    ).toBe(
      'Stadsdelsnämnden i samverkan med stadsledningskontorets internationella avdelning ska ta ställning till ansökan – inom kort.',
    );
    expect(directClause('Enligt planen ska de svenska deltagarna betala resan själva.')).toBe(
      'De svenska deltagarna ska betala resan själva – enligt planen.',
    );
    expect(directClause('Under 2027 ska den årliga konferensen hållas i Oslo.')).toBe(
      'Den årliga konferensen ska hållas i Oslo – under 2027.',
    );
  });

  it('leaves a sentence whose adverbial only points back to an earlier sentence as it is', () => {
    expect(
      directClause('I den bör det beaktas att avgiften till nätverket sänks med en tredjedel.'),
    ).toBeNull();
    expect(directClause('För detta ska sekretariatet svara.')).toBeNull();
    expect(directClause('Under våren ska det anordnas ett seminarium om EU-frågor.')).toBe(
      'Det ska anordnas ett seminarium om EU-frågor – under våren.',
    );
  });
});
