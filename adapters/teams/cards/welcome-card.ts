import type { Lang } from '../../../src/core/lang.js';
import type { Reply } from '../../../src/core/reply.js';
import { t } from '../messages.js';
import { type AdaptiveCard, card, type Element } from './card-types.js';
import { cardText } from './escape.js';
import { blockElements, fitCard } from './reply-card.js';

const EXAMPLES = [
  'exampleQuestion',
  'exampleDeadline',
  'exampleMembership',
  'exampleSubscribe',
  'exampleHelp',
] as const;

/** Sent once when the bot is added to a chat or team: what it does, how to talk to it, and the core's overview. */
export function welcomeCard(lang: Lang, overview: Reply | null): AdaptiveCard {
  const body: Element[] = [
    {
      type: 'TextBlock',
      text: cardText(t(lang, 'welcomeTitle')),
      wrap: true,
      size: 'Large',
      weight: 'Bolder',
      style: 'heading',
    },
    { type: 'TextBlock', text: cardText(t(lang, 'welcomeIntro')), wrap: true },
    { type: 'TextBlock', text: cardText(t(lang, 'welcomeHowTo')), wrap: true },
    { type: 'TextBlock', text: cardText(t(lang, 'welcomeExamples')), wrap: true, weight: 'Bolder' },
    {
      type: 'TextBlock',
      text: EXAMPLES.map((key) => `- ${cardText(t(lang, key))}`).join('\r'),
      wrap: true,
      spacing: 'None',
    },
  ];
  const overviewBody = overview
    ? overview.blocks.flatMap((block) => blockElements(block, overview.lang))
    : [];
  if (overviewBody.length > 0) {
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: cardText(t(lang, 'overviewHeading')), wrap: true, weight: 'Bolder' },
        ...overviewBody,
      ],
    });
  }
  return fitCard(card(body, `${t(lang, 'welcomeTitle')} ${t(lang, 'welcomeHowTo')}`), lang);
}
