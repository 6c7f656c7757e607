import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium, which CI's .ci/run installs; the browser tests are skipped only without it. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../test-results/web');

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type Browser = { context: BrowserContext; close(): Promise<void> };

/** A fresh Chromium profile, headless, with nothing that would reach the internet. */
export async function launch(
  options: { javaScriptEnabled?: boolean; width?: number } = {},
): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'utblick-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1024, height: 800 },
    locale: 'sv-SE',
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core in the page. The page's CSP forbids inline scripts, so the source is evaluated
 * through the DevTools protocol (which CSP does not govern) rather than added as a script tag.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // The test code has no DOM types: what runs in the page is written as page-side source text.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(`(async () => {
    const result = await window.axe.run();
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  })()`) as Promise<AxeViolation[]>;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

/** True when the page fits its viewport without scrolling sideways (a 360-pixel phone). */
export async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate('document.documentElement.scrollWidth <= window.innerWidth') as Promise<boolean>;
}

/** The text a person sees in an element (Playwright's rendered text, not the DOM's raw text). */
export async function seen(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: this is Playwright's Locator, and rendered text is the point.
  return locator.innerText();
}
