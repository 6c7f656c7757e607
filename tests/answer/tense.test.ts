import { describe, expect, it } from 'vitest';
import { askedTense, statedTense, tenseMismatch } from '../../src/answer/tense.js';

const TODAY = '2027-03-01';

describe('the time a when-question asks about', () => {
  it('reads the past from the finite verb after the question word', () => {
    expect(askedTense('När justerades protokollet?')).toBe('past');
    expect(askedTense('När var Stockholm senast värd för konferensen?')).toBe('past');
    expect(askedTense('När hölls mötet i Oslo?')).toBe('past');
    expect(askedTense('When was the memorandum signed?')).toBe('past');
    expect(askedTense('When did the city join the network?')).toBe('past');
  });

  it('reads a question about the next meeting as about what is to come, "har" there being "have"', () => {
    expect(askedTense('När har kulturnämnden sitt nästa sammanträde?')).toBe('future');
    expect(askedTense('When has the board its next meeting?')).toBe('future');
  });

  it('reads what is to come from a present, a modal or a future', () => {
    expect(askedTense('När redovisas studieresan?')).toBe('future');
    expect(askedTense('När ska ansökan lämnas in?')).toBe('future');
    expect(askedTense('När måste ansökan vara inlämnad?')).toBe('future');
    expect(askedTense('When is the exercise planned?')).toBe('future');
    expect(askedTense('When will the results be presented?')).toBe('future');
  });

  it('reads nothing from a question that does not start with when', () => {
    expect(askedTense('Vem justerade protokollet?')).toBeNull();
    expect(askedTense('Where was the meeting held?')).toBeNull();
  });
});

describe('the time a sentence states', () => {
  it('reads dates and years before or after today', () => {
    expect(statedTense('Stockholm var senast värd för en generalkonferens 2009.', TODAY)).toBe('past');
    expect(statedTense('Justerat 2027-02-22', TODAY)).toBe('past');
    expect(statedTense('Staden ansöker om att vara värd i september 2029.', TODAY)).toBe('future');
    expect(statedTense('The results will be presented on 17 June 2027.', TODAY)).toBe('future');
  });

  it('reads neither side from both, from the current year alone, or from a day without a year', () => {
    expect(statedTense('Mötet 2026 beslutade om en övning 2028.', TODAY)).toBeNull();
    expect(statedTense('Under 2027 genomförs en övning.', TODAY)).toBeNull();
    expect(statedTense('Förslaget presenterades vid rådets möte den 17 september.', TODAY)).toBeNull();
  });

  it('reads a month of a year, which no day dates, before or after this month', () => {
    expect(statedTense('Finansiären väntas fatta beslut i maj 2027.', TODAY)).toBe('future');
    expect(statedTense('The report was published in January 2027.', TODAY)).toBe('past');
    expect(
      statedTense(
        'Ansökan lämnades in den 15 januari 2027, och finansiären väntas fatta beslut i maj 2027.',
        TODAY,
      ),
    ).toBeNull();
    expect(statedTense('Arbetet pågår under mars 2027.', TODAY)).toBeNull();
  });

  it('reads no time at all from a period counted from an event', () => {
    expect(statedTense('Överklagandet ska ha kommit in inom tre veckor från justeringen.', TODAY)).toBe(
      'none',
    );
  });

  it('counts a sentence of the other side, and one without a time for a question about the past', () => {
    expect(tenseMismatch('past', 'future')).toBe(1);
    expect(tenseMismatch('future', 'past')).toBe(1);
    expect(tenseMismatch('past', 'past')).toBe(0);
    expect(tenseMismatch('past', 'none')).toBe(1);
    expect(tenseMismatch('future', 'none')).toBe(0);
    expect(tenseMismatch('future', null)).toBe(0);
  });
});
