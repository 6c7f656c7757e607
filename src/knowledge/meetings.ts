import { findDates } from '../text/dates.js';
import type { Entry } from './entries.js';

/**
 * Agendas (föredragningslista, dagordning, kallelse), minutes (protokoll) and protokollsutdrag are read
 * as their items: a protocol by its §§, an agenda by its numbered items in sequence (1, 2, 3 …).
 */
export type MeetingItem = { label: string; start: number; end: number; rest: string };

export type Meeting = {
  /** The document type as the document writes it, e.g. "Föredragningslista". */
  type: { word: string; entry: Entry };
  body: Entry | null;
  date: { value: string; entry: Entry } | null;
  items: MeetingItem[];
};

const DOC_TYPE =
  /^(föredragningslista|dagordning|kallelse(?: och föredragningslista)?|protokollsutdrag|utdrag ur protokoll|sammanträdesprotokoll|protokoll)(?:\s+\d{4}-\d{2}-\d{2})?$/i;
const PARAGRAPH_ITEM = /^(?:[A-ZÅÄÖ]{1,4}\s+)?§\s*(\d{1,4})\b[\s.:]*(.*)$/u;
const NUMBERED_ITEM = /^(\d{1,2})\.?\s+(\S.*)$/;
const BODY =
  /(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|beredning|beredningen|råd|rådet)$/iu;
const DATE_LINE = /^(?:sammanträde(?:sdatum)?|datum|mötesdatum|date)\b/i;

export function readMeeting(entries: Entry[]): Meeting | null {
  const head = entries.slice(0, 20);
  const typeEntry = head.find((e) => DOC_TYPE.test(e.text.trim()));
  if (!typeEntry) return null;
  const word = DOC_TYPE.exec(typeEntry.text.trim())![1]!;
  const isProtocol = /protokoll/i.test(word);
  const items = isProtocol ? paragraphItems(entries) : numberedItems(entries);
  if (items.length === 0 || (!isProtocol && items.length < 2)) return null;
  const before = entries.slice(0, items[0]!.start);
  return { type: { word, entry: typeEntry }, body: findBody(before), date: findMeetingDate(before), items };
}

function paragraphItems(entries: Entry[]): MeetingItem[] {
  const starts: { at: number; label: string; rest: string }[] = [];
  entries.forEach((e, at) => {
    if (e.type === 'paragraph' && e.text.length > 120) return;
    const m = PARAGRAPH_ITEM.exec(e.text.trim());
    if (m) starts.push({ at, label: `§ ${m[1]}`, rest: m[2]!.trim() });
  });
  return close(starts, entries.length);
}

/** Numbered items count up from 1 without a gap; a number out of sequence is text inside an item. */
function numberedItems(entries: Entry[]): MeetingItem[] {
  const starts: { at: number; label: string; rest: string }[] = [];
  let expected = 1;
  entries.forEach((e, at) => {
    if (e.type === 'paragraph') return;
    let number: number | null = null;
    let rest = '';
    if (e.type === 'list_item' && e.marker !== null) {
      number = e.marker;
      rest = e.text.trim();
    } else {
      const m = NUMBERED_ITEM.exec(e.text.trim());
      if (m) {
        number = Number(m[1]);
        rest = m[2]!.trim();
      }
    }
    if (number !== expected) return;
    starts.push({ at, label: String(number), rest });
    expected++;
  });
  return close(starts, entries.length);
}

function close(starts: { at: number; label: string; rest: string }[], length: number): MeetingItem[] {
  return starts.map((s, i) => ({
    label: s.label,
    start: s.at,
    end: starts[i + 1]?.at ?? length,
    rest: s.rest,
  }));
}

function findBody(head: Entry[]): Entry | null {
  return (
    head.find(
      (e) =>
        e.type !== 'paragraph' && e.text.length <= 70 && BODY.test(e.text.trim()) && !e.text.includes(':'),
    ) ?? null
  );
}

function findMeetingDate(head: Entry[]): { value: string; entry: Entry } | null {
  const dated = head.filter((e) => e.type !== 'paragraph' && findDates(e.text, null).length > 0);
  const best = dated.find((e) => DATE_LINE.test(e.text.trim())) ?? dated[0];
  return best ? { value: findDates(best.text, null)[0]!.date, entry: best } : null;
}

/** "Enskede-Årsta-Vantörs stadsdelsnämnd, föredragningslista 2026-11-19". */
export function meetingTitle(meeting: Meeting): string {
  const type = meeting.type.word.toLocaleLowerCase('sv').replace(/^utdrag ur protokoll$/, 'protokollsutdrag');
  const parts = [meeting.body?.text.trim(), [type, meeting.date?.value].filter(Boolean).join(' ')];
  const title = parts.filter(Boolean).join(', ');
  return title.charAt(0).toLocaleUpperCase('sv') + title.slice(1);
}
