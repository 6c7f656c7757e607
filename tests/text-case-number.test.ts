import { describe, expect, it } from 'vitest';
import { caseNumberFit, caseNumberKey, findCaseNumbers, sameCaseNumber } from '../src/text/case-number.js';

describe('case numbers', () => {
  const shapes: [string, string][] = [
    ['Remiss från kommunstyrelsen (KS-dnr: 006-1137/2007)', '006-1137/2007'],
    ['Dnr 2006-152-307', '2006-152-307'],
    ['Ärende dnr T 2010-313-01743 gäller', 'T 2010-313-01743'],
    ['Dnr 1.5.3-219-2012', '1.5.3-219-2012'],
    ['Se dnr 316-259/2012.', '316-259/2012'],
    ['Dnr: 102-274-04', '102-274-04'],
    ['Dnr 2017/KS 0272 10', '2017/KS 0272 10'],
    ['Ärendet KSM-2023-260-214 gäller', 'KSM-2023-260-214'],
    ['Dnr: 006-1137/2007 Övergripande mål', '006-1137/2007'],
    ['Svar på remiss från kommunstyrelsen, KS 2026/1204', 'KS 2026/1204'],
    ['Remiss från Trafiknämnden, dnr T2026-04412', 'T2026-04412'],
    ['Remiss från Finansdepartementet, Fi2027/00741', 'Fi2027/00741'],
    ['Our ref.: UFN/SG/2026/118', 'UFN/SG/2026/118'],
    ['Case no.: UTBN 2027:0219', 'UTBN 2027:0219'],
    ['Ärendenummer: SN 2027/0044', 'SN 2027/0044'],
    ['Dnr 2017KSM0604 301', '2017KSM0604 301'],
    ['Dnr 2016KSM1221.042', '2016KSM1221.042'],
    ['enligt beslut i landstingsstyrelsen (LS 1209-1229).', 'LS 1209-1229'],
    ['SKRIVELSE RS 2027-0131', 'RS 2027-0131'],
  ];
  it.each(shapes)('finds the case number in %s', (text, expected) => {
    expect(findCaseNumbers(text).map((m) => m.value)).toEqual([expected]);
  });

  it('does not take years, reports, decisions, dates or phone numbers for case numbers', () => {
    expect(findCaseNumbers('budget för 2008 med inriktning för 2009 och 2010')).toEqual([]);
    expect(findCaseNumbers('SOU 2026:41, KF 2011:23, COM(2027) 88, den 2026-11-19')).toEqual([]);
    expect(findCaseNumbers('Tfn: 08-508 01 108')).toEqual([]);
    expect(findCaseNumbers('inför nästa långtidsbudget EU 2028-2034')).toEqual([]);
  });

  it('matches whatever prefix, spacing and punctuation a person types', () => {
    for (const typed of [
      'KS-dnr: 006-1137/2007',
      '006-1137/2007',
      '006-1137-2007',
      'dnr 006 1137 2007',
      '00611372007',
      'KS dnr 006-1137/2007',
      '«KS-dnr: 006-1137/2007»',
    ]) {
      expect(sameCaseNumber(typed, '006-1137/2007')).toBe(true);
    }
    expect(sameCaseNumber('006-1137/2008', '006-1137/2007')).toBe(false);
    expect(caseNumberKey('Dnr 2017/KS 0272 10')).toBe('2017-KS-0272-10');
  });

  it('lets a board prefix that the document left out (or wrote) differ, as a weaker match', () => {
    expect(caseNumberFit('KS 006-1137/2007', '006-1137/2007')).toBe('core');
    expect(caseNumberFit('ks-dnr 006-1137/2007', '006-1137/2007')).toBe('exact');
    expect(caseNumberFit('2026/588', 'KS 2026/588')).toBe('core');
    expect(caseNumberFit('KS 2026/588', 'KS 2026/589')).toBeNull();
  });
});
