/**
 * The pages' only stylesheet, served from this server (`default-src 'self'`, no internet needed).
 * Colours keep at least 4.5:1 contrast on their backgrounds (WCAG 2.1 AA); focus is always visible;
 * tables turn into labelled cards below 48em so that a 360-pixel phone can read them.
 */
export const STYLE = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0; }
a { color: #0b57a4; }
a:hover { color: #063c73; }
:focus-visible { outline: 3px solid #c25e00; outline-offset: 2px; }
main:focus { outline: none; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #fff; color: #0b57a4; padding: 0.5rem 1rem; z-index: 10; border: 2px solid #0b57a4; }
.skip-link:focus { top: 0.5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.site-header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding: 0.75rem 1rem; background: #0b3d6b; color: #fff; }
.site-header a { color: #fff; }
.site-header a:focus-visible { outline-color: #ffd166; }
.brand { margin: 0; font-weight: 700; font-size: 1.25rem; }
.brand a { text-decoration: none; }
.site-header nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
.site-header nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.lang-toggle { margin: 0 0 0 auto; }
main { display: block; max-width: 60rem; margin: 0 auto; padding: 1rem; }
.site-footer { max-width: 60rem; margin: 2rem auto 0; padding: 1rem; border-top: 1px solid #ccc; color: #4a4a4a; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
.intro, .hint, .muted, .doc { color: #4a4a4a; }
.hint { margin: 0.25rem 0; font-size: 0.95rem; }
.notice { background: #fff4e5; border-left: 4px solid #a35200; padding: 0.5rem 1rem; }
.turn { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
.turn:target, .turn:focus { border-color: #0b57a4; box-shadow: 0 0 0 2px #0b57a4; }
.said { font-size: 1rem; margin: 0 0 0.5rem; padding: 0.5rem 0.75rem; background: #eef3f8; border-radius: 4px; overflow-wrap: anywhere; }
.reply { overflow-wrap: anywhere; }
blockquote { margin: 0.75rem 0; padding: 0.5rem 1rem; border-left: 4px solid #0b57a4; background: #f5f8fb; font-style: italic; }
blockquote p { margin: 0.25rem 0; }
.citation { font-size: 0.95rem; }
.citation .label { font-weight: 700; }
.tone-muted { color: #4a4a4a; }
.tone-success { color: #1e6b2f; font-weight: 600; }
.tone-warning { color: #7a4100; font-weight: 600; }
.tone-error, .field-error { color: #b00020; font-weight: 600; }
dl.fields { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; }
dl.fields div { display: contents; }
dl.fields dt { font-weight: 700; }
dl.fields dd { margin: 0; }
dl.fields dd p { margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.5rem; }
.action-form { margin: 0; }
button, .button { font: inherit; display: inline-block; padding: 0.5rem 1rem; min-height: 44px; border: 2px solid #0b57a4; border-radius: 4px; background: #fff; color: #0b57a4; cursor: pointer; text-decoration: none; }
button.primary, .button.primary { background: #0b57a4; color: #fff; }
button.danger { border-color: #b00020; color: #b00020; }
button:hover, .button:hover { background: #063c73; border-color: #063c73; color: #fff; }
label { display: block; font-weight: 600; }
.required { font-weight: 400; color: #4a4a4a; }
input[type="text"], textarea, select { font: inherit; width: 100%; padding: 0.5rem; min-height: 44px; border: 2px solid #5a5a5a; border-radius: 4px; background: #fff; color: #1a1a1a; }
[aria-invalid="true"] { border-color: #b00020; }
.field { margin: 0 0 1rem; }
.field-error { margin: 0.25rem 0; }
.ask { margin-top: 1rem; padding: 1rem; background: #f5f8fb; border-radius: 6px; }
.ask-row { display: flex; gap: 0.5rem; margin-top: 0.25rem; }
.ask-row input { flex: 1; min-width: 0; }
.error-summary { border: 3px solid #b00020; padding: 0.5rem 1rem; margin-bottom: 1rem; }
.error-summary h2, .error-summary h3 { margin-top: 0.25rem; }
.success { border-left: 4px solid #1e6b2f; padding: 0.25rem 1rem; margin-bottom: 1rem; }
fieldset { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem 1rem; }
legend { font-weight: 700; padding: 0 0.25rem; }
.filters fieldset { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; }
.filters .field { flex: 1 1 12rem; }
.filters button { margin-bottom: 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid #d0d7de; overflow-wrap: break-word; hyphens: auto; }
.table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; }
.table-scroll table { margin: 0; }
thead th { border-bottom: 2px solid #5a5a5a; }
@media (max-width: 48em) {
  .site-header { padding: 0.5rem; }
  .lang-toggle { margin-left: 0; }
  main { padding: 0.75rem; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; width: 100%; }
  table.stack tr { border: 1px solid #d0d7de; border-radius: 6px; margin-bottom: 0.75rem; padding: 0.25rem 0.5rem; }
  table.stack th, table.stack td { border: 0; padding: 0.2rem 0; }
  table.stack caption { display: block; }
  table.stack td:empty { display: none; }
  .table-scroll { overflow-x: visible; }
  table.stack th[data-label]::before, table.stack td[data-label]::before { content: attr(data-label) ": "; font-weight: 700; }
  dl.fields { grid-template-columns: 1fr; }
  .ask-row { flex-direction: column; }
}
`;
