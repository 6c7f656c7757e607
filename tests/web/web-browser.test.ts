import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type Browser, fitsWidth, hasChromium, launch, screenshot, seen } from './browser.js';
import { KNOWLEDGE_DIR, type Running, startWeb } from './harness.js';

if (!hasChromium) {
  console.warn('Skipping the web browser tests: /usr/bin/chromium is absent (apt-get install chromium).');
}

const knowledgeText = readdirSync(KNOWLEDGE_DIR)
  .map((f) => readFileSync(path.join(KNOWLEDGE_DIR, f), 'utf8'))
  .join('\n');

/** Collects what would show the page is not self-contained: requests elsewhere, CSP or script errors. */
function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`request to ${request.url()}`);
  });
  page.on('console', (message) => {
    // A form sent back with errors is answered 422, which Chromium logs; that is the design, not a fault.
    if (message.type() === 'error' && !message.text().includes('status of 422')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

describe.skipIf(!hasChromium)('the web chat and overview in Chromium', { timeout: 120_000 }, () => {
  let server: Running;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWeb();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers "who is responsible for EU monitoring?" with the quoted sentence and its source', async () => {
    const page = await browser.context.newPage();
    const problems = watch(page, server.url);
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('sv');

    await page.getByLabel('Din fråga eller ditt kommando').fill('who is responsible for EU monitoring?');
    await page.getByRole('button', { name: 'Skicka' }).click();

    const turn = page.locator('#conversation article.turn').last();
    await turn.locator('blockquote').waitFor();
    const quote = (await seen(turn.locator('blockquote'))).trim();
    expect(quote.length).toBeGreaterThan(20);
    expect(knowledgeText.replace(/\s+/g, ' ')).toContain(quote.replace(/…$/, '').replace(/\s+/g, ' '));
    await expect.poll(() => seen(turn.locator('.citation'))).toContain('006-1137/2007');
    expect(await turn.getAttribute('class')).toContain('turn');
    // The answer went into the live region, and the field is ready for the next question.
    expect(await page.locator('#conversation').getAttribute('aria-live')).toBe('polite');
    expect(await page.getByLabel('Din fråga eller ditt kommando').inputValue()).toBe('');

    const turnsBefore = await page.locator('#conversation article.turn').count();
    await turn.getByRole('button', { name: /whole passage|hela stycket/i }).click();
    await expect.poll(() => page.locator('#conversation article.turn').count()).toBe(turnsBefore + 1);
    // The passage comes in the language of the answer it belongs to, with the whole sentence in it.
    const passage = page.locator('#conversation article.turn').last();
    expect(await passage.locator('.reply').getAttribute('lang')).toBe('en');
    expect(await seen(passage.locator('blockquote'))).toContain(quote);

    await expectAccessible(page);
    await screenshot(page, 'chat');

    // The language toggle keeps the conversation.
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await seen(page.locator('#conversation blockquote').first())).toBe(quote);
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('registers a membership from the form, after showing what was wrong, and lists it in the overview', async () => {
    const page = await browser.context.newPage();
    const problems = watch(page, server.url);
    await page.goto(`${server.url}/?lang=sv`);
    await page.getByRole('link', { name: 'Registrera medlemskap' }).click();
    const form = page.locator('form.core-form');
    await form.locator('[name="organisation"]').fill('Eurocities');
    await form.getByRole('button').click();

    const summary = page.getByRole('alert');
    await summary.waitFor();
    const benefit = form.locator('[name="benefit"]');
    expect(await benefit.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await benefit.getAttribute('aria-describedby'))!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect((await seen(page.locator(`#${errorId}`))).length).toBeGreaterThan(5);
    // What was typed is kept.
    expect(await form.locator('[name="organisation"]').inputValue()).toBe('Eurocities');
    await expectAccessible(page);
    await screenshot(page, 'form-errors');

    await benefit.fill('Kunskapsutbyte med andra storstäder om <hållbar> stadsutveckling');
    await form.locator('[name="body"]').fill('Kulturnämnden');
    await form.getByRole('button').click();
    await page.getByRole('status').waitFor();
    expect(await seen(page.getByRole('status'))).toContain('Eurocities');
    await expectAccessible(page);
    await screenshot(page, 'form-saved');

    await page.getByRole('link', { name: 'Översikt', exact: true }).first().click();
    const row = page.locator('table tr', { hasText: 'Eurocities' });
    await row.waitFor();
    expect(await seen(row)).toContain('Kulturnämnden');
    expect(await seen(row)).toContain('<hållbar>');
    // The referral found in the bundled document is listed with its deadline.
    const overdue = page.locator('table', { has: page.locator('caption', { hasText: 'Försenade' }) });
    expect(await seen(overdue)).toContain('006-1137/2007');
    expect(await seen(overdue)).toContain('2008-09-01');

    await page.getByLabel('Nämnd eller bolag').selectOption('Kulturnämnden');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.locator('table tr', { hasText: 'Eurocities' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'overview');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /CSV/ }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"Eurocities";"nätverk";"Kulturnämnden"');
    expect(csv).toContain('\r\n');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('can be used with the keyboard alone: skip link first, then ask with Enter', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?lang=en`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    expect(await page.evaluate('document.activeElement.getBoundingClientRect().top >= 0')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
    const before = await page.locator('#conversation blockquote').count();
    await page.getByLabel('Your question or command').focus();
    await page.keyboard.type('who is responsible for EU monitoring?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#conversation blockquote').count()).toBe(before + 1);
    // Focus stays in the field for the next question; the answer is announced by the live region.
    expect(await page.evaluate('document.activeElement.id')).toBe('ask-text');
    await page.close();
  });

  it('fits a 360-pixel-wide phone on every page', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [name, url] of [
      ['chat', '/'],
      ['form', '/forms/membership_add'],
      ['overview', '/overview?status=all'],
    ] as const) {
      await page.goto(`${server.url}${url}`);
      expect(await fitsWidth(page), `${name} scrolls sideways at 360 px`).toBe(true);
      await expectAccessible(page);
      await screenshot(page, `${name}-360px`);
    }
    await page.close();
  });
});

describe.skipIf(!hasChromium)('the web chat without JavaScript', { timeout: 120_000 }, () => {
  let server: Running;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWeb();
    browser = await launch({ javaScriptEnabled: false });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers through a plain form post and shows the answer in the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?lang=en`);
    await page.getByLabel('Your question or command').fill('who is responsible for EU monitoring?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/#turn-\d+$/);
    const quote = await seen(page.locator('#conversation blockquote'));
    expect(knowledgeText.replace(/\s+/g, ' ')).toContain(quote.replace(/…$/, '').trim().replace(/\s+/g, ' '));
    await page.close();
  });
});
