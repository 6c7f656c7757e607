import { describe, expect, it } from 'vitest';
import { bodyOf, otherBodies } from '../../src/answer/entities.js';

// Fictional bodies of the city; the asked one is the sports administration.
const ASKED = bodyOf('idrottsförvaltningen')!;

describe('the bodies of the asked kind a text names', () => {
  it('names another administration however the text writes its case', () => {
    expect(otherBodies('Riktlinjer för KULTURFÖRVALTNINGENS inköp', ASKED)).toEqual(['KULTURFÖRVALTNINGENS']);
    expect(otherBodies('Beslut av Kulturförvaltningen och idrottsförvaltningen', ASKED)).toEqual([
      'Kulturförvaltningen',
    ]);
  });

  it('names none when the text holds no word of the kind, or only the asked body', () => {
    expect(otherBodies('Kulturnämnden beslutar om stöd', ASKED)).toEqual([]);
    expect(otherBodies('Idrottsförvaltningens budget för 2031', ASKED)).toEqual([]);
  });
});
