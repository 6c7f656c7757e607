import { defineMessages } from '../../src/i18n/messages.js';

/** What the flag parser says about flags, for every `utblick` command alike. */
export const t = defineMessages({
  sv: {
    bad_now: (p) => `--now ${p.value} är ingen tidpunkt. Skriv t.ex. --now 2026-09-01T09:00:00+02:00.`,
    missing_value: (p) => `${p.flag} behöver ett värde, t.ex. ${p.flag} ${p.example}.`,
    unknown_flag: (p) =>
      `${p.flag} känns inte igen. Skriv utblick ${p.command} --help för att se vad som finns.`,
    bad_config: (p) => `Konfigurationen är fel:\n${p.problems}`,
  },
  en: {
    bad_now: (p) => `--now ${p.value} is not a point in time. Type e.g. --now 2026-09-01T09:00:00+02:00.`,
    missing_value: (p) => `${p.flag} needs a value, e.g. ${p.flag} ${p.example}.`,
    unknown_flag: (p) => `${p.flag} is not recognised. Type utblick ${p.command} --help to see the options.`,
    bad_config: (p) => `The configuration is wrong:\n${p.problems}`,
  },
});

/**
 * A `--lang` that is neither sv nor en leaves the reader's language unknown, so the sentence is in both.
 */
export function badLang(value: string): string {
  return (
    `--lang ${value} känns inte igen. Skriv --lang sv eller --lang en. / ` +
    `--lang ${value} is not recognised: --lang takes sv or en.`
  );
}
