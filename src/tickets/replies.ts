import type { Lang } from '../core/lang.js';
import type { Block, Reply } from '../core/reply.js';
import type { Ticket } from '../registry/ticket.js';
import { t } from './messages.js';

/** Who asked, as the experts see it: the display name, else the id without its platform prefix. */
function asker(ticket: Ticket): string {
  return ticket.askedByName ?? ticket.askedBy.replace(/^[a-z]+:/, '');
}

function day(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(at),
  );
}

export function statusText(lang: Lang, ticket: Ticket): string {
  if (ticket.deliveryFailed) return t(lang, 'undeliverable');
  return t(lang, ticket.status);
}

/** The ticket as it is posted to the experts' conversation (in Swedish: the unit's language). */
export function ticketForExperts(ticket: Ticket, lang: Lang = 'sv'): Reply {
  const heading = t(lang, 'forExpertsHeading', { id: ticket.id });
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    {
      type: 'fields',
      fields: [
        { label: t(lang, 'question'), value: ticket.question },
        { label: t(lang, 'askedBy'), value: asker(ticket) },
        { label: t(lang, 'where'), value: ticket.platform },
        ...(ticket.utblickAnswer ? [{ label: t(lang, 'utblickAnswered'), value: ticket.utblickAnswer }] : []),
      ],
    },
    { type: 'text', text: t(lang, 'howToAnswer', { id: ticket.id }), tone: 'muted' },
  ];
  return { lang, kind: 'notification', blocks, summary: heading };
}

/** The expert's answer as the asker gets it, in the language they asked in. */
export function answerForAsker(ticket: Ticket, timeZone: string): Reply {
  const lang = ticket.lang;
  const heading = t(lang, 'answerHeading');
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    { type: 'fields', fields: [{ label: t(lang, 'yourQuestion'), value: ticket.question }] },
    { type: 'text', text: ticket.answer ?? '' },
    {
      type: 'text',
      tone: 'muted',
      text: t(lang, 'answeredBy', {
        name: ticket.answeredByName ?? ticket.answeredBy ?? '',
        date: ticket.answeredAt ? day(ticket.answeredAt, timeZone) : '',
      }),
    },
  ];
  return { lang, kind: 'notification', blocks, summary: `${heading}: ${ticket.answer ?? ''}`.slice(0, 200) };
}

export function ticketDetail(ticket: Ticket, lang: Lang, timeZone: string): Block[] {
  const fields = [
    { label: t(lang, 'status'), value: statusText(lang, ticket) },
    { label: t(lang, 'question'), value: ticket.question },
    {
      label: t(lang, 'askedBy'),
      value: `${asker(ticket)} (${ticket.platform}), ${day(ticket.createdAt, timeZone)}`,
    },
  ];
  if (ticket.utblickAnswer) fields.push({ label: t(lang, 'utblickAnswered'), value: ticket.utblickAnswer });
  if (ticket.answer) {
    fields.push({ label: t(lang, 'answer'), value: ticket.answer });
    fields.push({
      label: '',
      value: t(lang, 'answeredBy', {
        name: ticket.answeredByName ?? ticket.answeredBy ?? '',
        date: ticket.answeredAt ? day(ticket.answeredAt, timeZone) : '',
      }),
    });
  }
  return [
    { type: 'heading', text: t(lang, 'forExpertsHeading', { id: ticket.id }) },
    { type: 'fields', fields },
  ];
}

export function ticketLine(ticket: Ticket, lang: Lang, timeZone: string): string {
  return `${ticket.id}. ${statusText(lang, ticket)} · ${day(ticket.createdAt, timeZone)} · ${asker(ticket)}: ${ticket.question.slice(0, 120)}`;
}
