import { convertDocument } from '../../src/knowledge/formats/index.js';
import { referralPdf, twoColumnPdf } from './pdf-fixture.js';

console.log((await convertDocument({ path: 'x.pdf', bytes: referralPdf() })).text);
console.log('=====');
console.log((await convertDocument({ path: 'x.pdf', bytes: twoColumnPdf() })).text);
