import { defineMessages } from '../../src/i18n/messages.js';

/** What `utblick eval` (`npm run eval`) says besides its report. */
export const t = defineMessages({
  sv: {
    usage:
      'Användning: npm run eval -- --bank | --holdout | --holdout2 | --holdout3 | --train | --dev | FIL.jsonl ' +
      '[--corpus seed|bank|holdout|holdout2|holdout3|train] ' +
      '[--json] [--verbose] [--now ISO] [--floor 0.6] [--lang sv|en]\n',
    bad_floor: (p) => `--floor ${p.value} är ingen andel mellan 0 och 1. Skriv t.ex. --floor 0.6.`,
    bad_corpus: (p) =>
      `--corpus ${p.value} känns inte igen. Skriv --corpus seed, bank, holdout, holdout2, holdout3 eller train.`,
    no_fixtures: (p) => `Frågebanken finns inte här (${p.dir}). Kör npm run eval i projektets mapp.`,
    unreadable: (p) => `${p.file} kunde inte läsas.`,
    bad_questions: (p) => `Frågefilen är fel: ${p.problem}`,
    below_floor: (p) => `${p.set}: ${p.score} är under golvet ${p.floor}.`,
    at_floor: (p) => `${p.set}: ${p.score} når golvet ${p.floor}.`,
  },
  en: {
    usage:
      'Usage: npm run eval -- --bank | --holdout | --holdout2 | --holdout3 | --train | --dev | FILE.jsonl ' +
      '[--corpus seed|bank|holdout|holdout2|holdout3|train] ' +
      '[--json] [--verbose] [--now ISO] [--floor 0.6] [--lang sv|en]\n',
    bad_floor: (p) => `--floor ${p.value} is not a share between 0 and 1. Type e.g. --floor 0.6.`,
    bad_corpus: (p) =>
      `--corpus ${p.value} is not recognised. Type --corpus seed, bank, holdout, holdout2, holdout3 or train.`,
    no_fixtures: (p) => `The question bank is not here (${p.dir}). Run npm run eval in the project folder.`,
    unreadable: (p) => `${p.file} could not be read.`,
    bad_questions: (p) => `The question file is wrong: ${p.problem}`,
    below_floor: (p) => `${p.set}: ${p.score} is below the floor of ${p.floor}.`,
    at_floor: (p) => `${p.set}: ${p.score} reaches the floor of ${p.floor}.`,
  },
});
