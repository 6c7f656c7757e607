/** The two languages every user-facing string exists in. */
export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

/** Maps a platform locale such as `sv-SE`, `en_US` or `en` to a reply language; Swedish when unknown. */
export function langFromLocale(locale: string | undefined | null): Lang {
  if (!locale) return 'sv';
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'sv';
}
