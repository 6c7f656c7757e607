import type { Lang } from '../../src/core/lang.js';
import { html, type SafeHtml } from './html.js';
import { t } from './messages.js';

export type PageNav = 'chat' | 'overview' | 'add' | 'tickets' | null;

export type Page = {
  lang: Lang;
  title: string;
  nav: PageNav;
  /** The current path and query, for the language toggle's link. */
  path: string;
  query: Record<string, string>;
  main: SafeHtml;
};

/** The link that shows the same page in the other language, keeping the page's other parameters. */
export function otherLangHref(path: string, query: Record<string, string>, lang: Lang): string {
  const params = new URLSearchParams({ ...query, lang: lang === 'sv' ? 'en' : 'sv' });
  return `${path}?${params.toString()}`;
}

function navLink(href: string, label: string, current: boolean): SafeHtml {
  return html`<li><a href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a></li>`;
}

/**
 * The shell of every page: language, skip link, header with navigation and language toggle, one main
 * landmark, footer. Styles and the progressive-enhancement script are served from this server, so the
 * page works offline and under `default-src 'self'`.
 */
export function layout(page: Page): SafeHtml {
  const { lang } = page;
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} – Utblick</title>
<link rel="stylesheet" href="/assets/utblick.css">
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
<script src="/assets/utblick.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${t(lang, 'skip')}</a>
<header class="site-header">
<p class="brand"><a href="/">${t(lang, 'brand')}</a></p>
<nav aria-label="${t(lang, 'navLabel')}"><ul>
${navLink('/', t(lang, 'navChat'), page.nav === 'chat')}
${navLink('/overview', t(lang, 'navOverview'), page.nav === 'overview')}
${navLink('/forms/membership_add', t(lang, 'navAdd'), page.nav === 'add')}
${navLink('/tickets', t(lang, 'navTickets'), page.nav === 'tickets')}
</ul></nav>
<p class="lang-toggle"><a href="${otherLangHref(page.path, page.query, lang)}" lang="${other}" hreflang="${other}" aria-label="${t(lang, 'otherLangLabel')}">${t(lang, 'otherLang')}</a></p>
</header>
<main id="main" tabindex="-1">
${page.main}
</main>
<footer class="site-footer"><p>${t(lang, 'footer')}</p></footer>
</body>
</html>
`;
}
