import { describe, expect, it } from 'vitest';
import { renderChat } from '../../adapters/web/chat-page.js';
import { escapeHtml, html } from '../../adapters/web/html.js';
import { renderForm } from '../../adapters/web/render-form.js';
import { renderReply } from '../../adapters/web/render-reply.js';
import type { FormSpec, Reply } from '../../src/core/reply.js';

const HOSTILE = `<img src=x onerror="alert('x')">&amp;`;

describe('HTML escaping', () => {
  it('escapes the characters that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes interpolated text but keeps fragments built by the template', () => {
    const inner = html`<b>${HOSTILE}</b>`;
    expect(html`<p title="${HOSTILE}">${inner}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp;"><b>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp;</b></p>',
    );
  });
});

describe('rendering a reply', () => {
  const reply: Reply = {
    lang: 'en',
    kind: 'answer',
    summary: 'x',
    blocks: [
      { type: 'heading', text: `Title ${HOSTILE}` },
      { type: 'text', text: `First line ${HOSTILE}\nsecond line\n\nNew paragraph` },
      { type: 'quote', text: `Nämnderna ansvarar för ${HOSTILE}` },
      {
        type: 'citation',
        citation: {
          doc: 'doc.txt',
          title: `Strategy ${HOSTILE}`,
          dnr: '006-1137/2007',
          section: 'Remissen',
          passageId: 'p1',
        },
      },
      { type: 'fields', fields: [{ label: `Due ${HOSTILE}`, value: '2008-09-01' }] },
      { type: 'list', items: [HOSTILE, 'two'], ordered: true },
      {
        type: 'actions',
        actions: [
          { id: 'show_passage', label: `Show the whole passage ${HOSTILE}`, value: `p1" onclick="x` },
        ],
      },
    ],
  };
  const out = renderReply(reply, { csrf: 'token-123', headingLevel: 3 }).value;

  it('never lets document or user text become markup', () => {
    expect(out).not.toContain('<img');
    expect(out).not.toContain('" onclick="');
    expect(out.match(/&lt;img src=x onerror=&quot;alert\(&#39;x&#39;\)&quot;&gt;&amp;amp;/g)?.length).toBe(7);
  });

  it('puts the quoted sentence in a Swedish blockquote and the source in a citation', () => {
    expect(out).toContain('<blockquote lang="sv"><p>Nämnderna ansvarar för');
    expect(out).toMatch(
      /<p class="citation"><span class="label">Source:<\/span> <cite>Strategy [^<]*<\/cite>, case number <span class="dnr">006-1137\/2007<\/span>, section ”Remissen”/,
    );
    expect(out).toContain('<div class="reply reply-answer" lang="en">');
  });

  it('keeps paragraphs and line breaks of plain text', () => {
    expect(out).toContain('<br>second line</p><p class="tone-normal">New paragraph</p>');
    expect(out).toContain('<h3>Title');
    expect(out).toContain('<ol><li>');
  });

  it('makes each button a form post with the CSRF token and the action round-tripped unchanged', () => {
    expect(out).toContain('<form method="post" action="/action" class="action-form">');
    expect(out).toContain('<input type="hidden" name="_csrf" value="token-123">');
    expect(out).toContain('<input type="hidden" name="id" value="show_passage">');
    expect(out).toContain('<input type="hidden" name="value" value="p1&quot; onclick=&quot;x">');
    expect(out).toMatch(/<button type="submit" class="action">Show the whole passage &lt;img/);
  });
});

describe('rendering a form', () => {
  const form: FormSpec = {
    id: 'membership_add',
    title: 'Register a membership',
    submitLabel: 'Save',
    fields: [
      { name: 'organisation', label: 'Organisation', kind: 'text', required: true, maxLength: 200 },
      {
        name: 'benefit',
        label: 'Benefit',
        kind: 'textarea',
        required: true,
        hint: 'Why it serves the operations',
      },
      {
        name: 'area',
        label: 'Focus area',
        kind: 'select',
        required: false,
        options: [
          { value: 'positionering', label: 'Positioning' },
          { value: 'bevakning', label: 'Monitoring' },
        ],
      },
    ],
    values: { organisation: `Euro"cities <b>`, area: 'bevakning' },
    errors: { benefit: 'Write why it serves the operations.' },
  };
  const out = renderForm(form, { lang: 'en', csrf: 'tok', headingLevel: 2 }).value;

  it('labels every field and marks the required ones in words', () => {
    expect(out).toContain(
      '<label for="f-membership_add-organisation">Organisation <span class="required">(required)</span></label>',
    );
    expect(out).toContain('<label for="f-membership_add-area">Focus area</label>');
  });

  it('ties each error to its field and lists it in a summary that links to the field', () => {
    expect(out).toContain(
      '<p class="field-error" id="f-membership_add-benefit-error">Write why it serves the operations.</p>',
    );
    expect(out).toMatch(
      /<textarea id="f-membership_add-benefit" name="benefit" aria-required="true" aria-invalid="true" aria-describedby="f-membership_add-benefit-hint f-membership_add-benefit-error"/,
    );
    expect(out).toContain('<h2>The form has 1 error</h2>');
    expect(out).toContain(
      '<a href="#f-membership_add-benefit">Benefit: Write why it serves the operations.</a>',
    );
    expect(out).not.toContain('name="organisation" aria-required="true" aria-invalid');
  });

  it('keeps what was typed, escaped, and the chosen option', () => {
    expect(out).toContain('value="Euro&quot;cities &lt;b&gt;"');
    expect(out).toContain('<option value="bevakning" selected>Monitoring</option>');
    expect(out).toContain('<input type="hidden" name="_csrf" value="tok">');
    expect(out).toContain('method="post" action="/forms/membership_add" novalidate');
  });
});

describe('the chat page', () => {
  it('offers an empty conversation in a polite live region and a labelled field', () => {
    const out = renderChat({ lang: 'sv', csrf: 't', turns: [] }).value;
    expect(out).toContain('<div id="conversation" role="log" aria-live="polite" aria-relevant="additions">');
    expect(out).toContain('<label for="ask-text">Din fråga eller ditt kommando</label>');
    expect(out).toContain('<button type="submit" class="primary">Skicka</button>');
  });

  it('shows what the person wrote escaped, above the reply', () => {
    const reply: Reply = {
      lang: 'sv',
      kind: 'abstain',
      summary: '',
      blocks: [{ type: 'text', text: 'Vet inte.' }],
    };
    const out = renderChat({ lang: 'sv', csrf: 't', turns: [{ id: 4, said: HOSTILE, reply }] }).value;
    expect(out).toContain('<article class="turn" id="turn-4" aria-labelledby="turn-4-said">');
    expect(out).toContain('Du skrev: </span>&lt;img');
    expect(out).not.toContain('<img');
  });
});
