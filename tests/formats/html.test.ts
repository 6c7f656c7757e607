import { describe, expect, it } from 'vitest';
import { convertDocument } from '../../src/knowledge/formats/index.js';
import { FICTIONAL } from './fixture-text.js';
import { readErrorReason } from './read-error.js';

const INTRANET_PAGE = `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Remiss – Intranätet</title>
  <style>body { font-family: sans-serif }</style>
  <script>window.sparning = "Besöksstatistik";</script>
</head>
<body>
  <a class="skip" href="#innehall">Till innehållet</a>
  <header>
    <div class="logo">Stockholms stad</div>
    <nav><ul><li><a href="/">Startsida</a></li><li><a href="/nyheter">Nyheter</a></li></ul></nav>
  </header>
  <main id="innehall">
    <article>
      <header><h1>Riktlinjer f&ouml;r stadens internationella arbete</h1></header>
      <p>Fiktivt testdokument. Alla namn, nummer och datum &auml;r p&#229;hittade.</p>
      <p>Remiss från kommunstyrelsen (KS-dnr:&nbsp;412-0873/2026)</p>
      <h2>Remissen</h2>
      <p>Kommunstyrelsen har remitterat ärendet till Rinkeby-Kista stadsdelsnämnd
         för yttrande <strong>senast den 15&nbsp;oktober 2026</strong>.</p>
      <div class="share"><button>Dela sidan</button></div>
      <p>* * *</p>
      <p>Utifrån inriktningen om bevakning läggs följande riktlinjer fast:</p>
      <ul>
        <li>Nämnderna ska bevaka <a href="/eu">EU-projekt</a> som rör stadens verksamhet.</li>
        <li><p>Förvaltningen ska rapportera till kommunstyrelsen två gånger per år.</p></li>
      </ul>
      <h2>Förslag till beslut</h2>
      <ol>
        <li>Tjänsteutlåtandet utgör svar på remissen.</li>
        <li>Omedelbar justering.</li>
      </ol>
      <aside>Relaterade sidor: Eurocities, Union of the Baltic Cities</aside>
      <footer>Senast granskad av webbredaktionen</footer>
    </article>
  </main>
  <footer>Stockholms stad &middot; Kontakt &middot; Kakor</footer>
  <script>spåraSidvisning()</script>
</body>
</html>`;

async function html(source: string | Buffer): Promise<string> {
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  const { format, text } = await convertDocument({ path: 'remiss.html', bytes });
  expect(format).toBe('html');
  return text;
}

describe('web pages (.html, .htm)', () => {
  it('keeps the main content with its headings, paragraphs and lists', async () => {
    const text = await html(INTRANET_PAGE);
    const paragraphs = text.trim().split('\n\n');
    expect(paragraphs).toEqual([
      `# ${FICTIONAL.title}`,
      FICTIONAL.marker,
      `Remiss från kommunstyrelsen (${FICTIONAL.dnr})`,
      '## Remissen',
      FICTIONAL.deadline,
      FICTIONAL.listLead,
      FICTIONAL.bullets.map((b) => `- ${b}`).join('\n'),
      '## Förslag till beslut',
      FICTIONAL.decision.map((d, i) => `${i + 1}. ${d}`).join('\n'),
    ]);
  });

  it('leaves out navigation, banners, footers, asides, buttons, scripts and styles', async () => {
    const text = await html(INTRANET_PAGE);
    for (const chrome of [
      'Startsida',
      'Till innehållet',
      'Kontakt',
      'Relaterade sidor',
      'Dela sidan',
      'sparning',
      'font-family',
      'Senast granskad',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads a page without <main> from its body, without the page header and footer', async () => {
    const page = `<html><head><title>Fiktivt testdokument</title></head><body>
      <header><nav><a href="/">Startsida</a></nav></header>
      <h1>Remissvar</h1><div>Förvaltningen tillstyrker förslaget.</div><div>Beslutet justeras omedelbart.</div>
      <footer>Kontakt</footer></body></html>`;
    expect(await html(page)).toBe(
      '# Remissvar\n\nFörvaltningen tillstyrker förslaget.\n\nBeslutet justeras omedelbart.\n',
    );
  });

  it('keeps the headers of several articles on a page without <main>', async () => {
    const page = `<body><header>Intranätet</header>
      <article><header><h2>Remiss om nätverk (fiktiv)</h2></header><p>Svar senast den 1 december 2026.</p></article>
      <article><header><h2>Remiss om vänorter (fiktiv)</h2></header><p>Svar senast den 8 december 2026.</p></article>
      </body>`;
    expect(await html(page)).toBe(
      '## Remiss om nätverk (fiktiv)\n\nSvar senast den 1 december 2026.\n\n## Remiss om vänorter (fiktiv)\n\nSvar senast den 8 december 2026.\n',
    );
  });

  it('uses the page title as the heading when the content has no <h1>', async () => {
    const page = `<html><head><title>Remiss om nätverk (fiktiv)</title></head>
      <body><main><p>Yttrande senast den 1 december 2026.</p></main></body></html>`;
    expect(await html(page)).toBe('# Remiss om nätverk (fiktiv)\n\nYttrande senast den 1 december 2026.\n');
  });

  it('writes nested list items as items of their own, and numbers an ordered list from its start', async () => {
    const page = `<main><h1>Nätverk (fiktiva)</h1><ul>
      <li>Eurocities
        <ul><li>arbetsgruppen för kultur</li><li>arbetsgruppen för miljö</li></ul>
      </li>
      <li>Union of the Baltic Cities</li></ul>
      <ol start="3"><li>Tredje punkten.</li><li>Fjärde punkten.</li></ol></main>`;
    expect(await html(page)).toBe(
      [
        '# Nätverk (fiktiva)',
        '',
        '- Eurocities',
        '- arbetsgruppen för kultur',
        '- arbetsgruppen för miljö',
        '- Union of the Baltic Cities',
        '3. Tredje punkten.',
        '4. Fjärde punkten.',
        '',
      ].join('\n'),
    );
  });

  it('writes table rows as Markdown rows, one line each, cells separated by a bar', async () => {
    const page = `<main><h1>Remissinstanser (fiktiva)</h1><table>
      <tr><th>Instans</th><th>Svar senast</th></tr>
      <tr><td>Södermalms stadsdelsnämnd</td><td>15 oktober 2026</td></tr></table></main>`;
    expect(await html(page)).toContain(
      '| Instans | Svar senast |\n\n| Södermalms stadsdelsnämnd | 15 oktober 2026 |',
    );
  });

  it('turns the hand-made bullets and numbers of a page saved from Word into list items', async () => {
    const page = `<html><body lang=SV><div class=WordSection1>
      <h1>Förslag till beslut (fiktivt)</h1>
      <p class=MsoListParagraphCxSpFirst><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span>Nämnderna ska bevaka EU-projekt.</p>
      <p class=MsoListParagraphCxSpLast><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span>Bolagen ska samråda.</p>
      <p class=MsoNormal>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span>Tjänsteutlåtandet utgör svar på remissen.</p>
      <p class=MsoNormal>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span>Omedelbar justering.</p>
      </div></body></html>`;
    expect(await html(page)).toBe(
      '# Förslag till beslut (fiktivt)\n\n- Nämnderna ska bevaka EU-projekt.\n- Bolagen ska samråda.\n1. Tjänsteutlåtandet utgör svar på remissen.\n2. Omedelbar justering.\n',
    );
  });

  it('reads a table used for page layout as ordinary content', async () => {
    const page = `<body><table><tr><td class="meny"><a href="/">Startsida</a></td>
      <td><h1>Remiss (fiktiv)</h1><p>Svar senast den 1 december 2026.</p><ul><li>Kulturnämnden</li><li>Södermalm</li></ul></td>
      </tr></table></body>`;
    expect(await html(page)).toBe(
      'Startsida\n\n# Remiss (fiktiv)\n\nSvar senast den 1 december 2026.\n\n- Kulturnämnden\n- Södermalm\n',
    );
  });

  it('decodes a page saved as Windows-1252', async () => {
    const page =
      '<html><head><meta charset="windows-1252"></head><body><h1>Förslag till beslut</h1><p>Fiktiv text – yttrande på remissen.</p></body></html>';
    const bytes = Buffer.from(page.replace('–', '\u0096'), 'latin1');
    expect(await html(bytes)).toBe('# Förslag till beslut\n\nFiktiv text – yttrande på remissen.\n');
  });

  it('reports a page with no text', async () => {
    const empty = `<html><head><title>Tom sida</title><script>laddaMeny()</script></head>
      <body><nav><a href="/">Startsida</a></nav><main><img src="karta.png" alt=""></main></body></html>`;
    expect(await readErrorReason(convertDocument({ path: 'tom.htm', bytes: Buffer.from(empty) }))).toBe(
      'the page has no text',
    );
  });
});
