/**
 * A calendar export (iCalendar, as Outlook or Teams writes it and people save it as text) read as the events it
 * holds. Read line by line, an event is a heap of property lines (`DTSTART;TZID=W. Europe Standard
 * Time:20270408T130000`), its description is one line with escaped line breaks (`\n`) and commas (`\,`),
 * folded at 75 characters in the middle of words ("anmäla d" / " eltagare"), and the time-zone rules and
 * ids stand between the events. Here each event becomes its title on a line of its own, with its time,
 * place, organiser, status and repetition as labelled lines under it, then its description as paragraphs;
 * the calendar's name heads the whole. Time-zone blocks, ids, stamps and the client's own properties go.
 * The result is Markdown: an event's title may hold a colon ("INSTÄLLT: Frukostseminarium …"), which a
 * plain-text heading may not, and it must head its event's lines all the same.
 */

type Property = { name: string; params: Map<string, string>; value: string };

/** Labels for the lines under an event's title, in the calendar's language. */
const LABELS = {
  sv: {
    time: 'Tid',
    instead: 'i stället för',
    place: 'Plats',
    organiser: 'Arrangör',
    attendees: 'Deltagare',
    status: 'Status',
    cancelled: 'inställt',
    tentative: 'preliminärt',
    repeats: 'Återkommer',
    until: 'till och med',
    except: 'utom',
    freq: { DAILY: 'varje dag', WEEKLY: 'varje vecka', MONTHLY: 'varje månad', YEARLY: 'varje år' },
  },
  en: {
    time: 'Time',
    instead: 'instead of',
    place: 'Location',
    organiser: 'Organiser',
    attendees: 'Attendees',
    status: 'Status',
    cancelled: 'cancelled',
    tentative: 'tentative',
    repeats: 'Repeats',
    until: 'until',
    except: 'except',
    freq: { DAILY: 'every day', WEEKLY: 'every week', MONTHLY: 'every month', YEARLY: 'every year' },
  },
} as const;
type Labels = (typeof LABELS)[keyof typeof LABELS];

/** The text of a calendar export, or null when the text is not one. */
export function calendarToText(text: string): string | null {
  const lines = unfold(text.replace(/\r\n?/g, '\n'));
  const begin = lines.findIndex((l) => /^BEGIN:VCALENDAR\s*$/i.test(l));
  if (begin < 0) return null;
  const events = eventBlocks(lines.slice(begin));
  if (events.length === 0) return null;
  const head = lines.slice(0, begin).join('\n').trim();
  const calendar = lines
    .slice(begin)
    .map(property)
    .filter((p): p is Property => p !== null);
  const name = calendar.find((p) => p.name === 'X-WR-CALNAME')?.value;
  const english = lines.some((l) => /LANGUAGE=en/i.test(l)) && !lines.some((l) => /LANGUAGE=sv/i.test(l));
  const labels = english ? LABELS.en : LABELS.sv;
  const parts = [head, name ? `# ${textValue(name)}` : '', ...events.map((e) => eventText(e, labels))];
  return parts.filter((p) => p !== '').join('\n\n');
}

/** Undoes line folding: a line that starts with a space or a tab goes on the line before, without that one character. */
function unfold(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (/^[ \t]/.test(line) && out.length > 0 && /^[A-Z][A-Z0-9-]*[;:]/i.test(out[out.length - 1]!)) {
      out[out.length - 1] += line.slice(1);
    } else out.push(line);
  }
  return out;
}

/** The property lines of each VEVENT, nested blocks (alarms) left out. */
function eventBlocks(lines: string[]): Property[][] {
  const events: Property[][] = [];
  let current: Property[] | null = null;
  let depth = 0;
  for (const line of lines) {
    if (/^BEGIN:VEVENT\s*$/i.test(line)) {
      current = [];
      depth = 0;
      continue;
    }
    if (/^END:VEVENT\s*$/i.test(line)) {
      if (current) events.push(current);
      current = null;
      continue;
    }
    if (!current) continue;
    if (/^BEGIN:/i.test(line)) depth++;
    else if (/^END:/i.test(line)) depth--;
    else if (depth === 0) {
      const p = property(line);
      if (p) current.push(p);
    }
  }
  return events;
}

/** `NAME;PARAM=value;PARAM="quoted":value` → its parts; null for a line that is no property. */
function property(line: string): Property | null {
  const m = /^([A-Z][A-Z0-9-]*)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^;:"]*))*):(.*)$/i.exec(line);
  if (!m) return null;
  const params = new Map<string, string>();
  for (const p of m[2]!.matchAll(/;([A-Z0-9-]+)=("[^"]*"|[^;:"]*)/gi)) {
    params.set(p[1]!.toUpperCase(), p[2]!.replace(/^"|"$/g, ''));
  }
  return { name: m[1]!.toUpperCase(), params, value: m[3]! };
}

/** A text value's escapes: `\n` a line break, `\,` `\;` `\\` the character. */
function textValue(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** `20270408T130000`, `20270408T130000Z` or `20270318` as `2027-04-08 13:00` (UTC marked) or `2027-03-18`. */
function dateTime(value: string): { date: string; time: string | null } | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})\d{2}(Z?))?$/.exec(value.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return { date, time: m[4] ? `${m[4]}:${m[5]}${m[6] ? ' UTC' : ''}` : null };
}

/** The day before a date: a whole-day event's end is the day after its last day. */
function dayBefore(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** An event's time: one day and its hours, whole days from the first to the last, or a span over days. */
function timeText(start: Property | undefined, end: Property | undefined): string | null {
  const s = start ? dateTime(start.value) : null;
  if (!s) return null;
  const e = end ? dateTime(end.value) : null;
  if (s.time === null) {
    const last = e && e.time === null ? dayBefore(e.date) : null;
    return last && last > s.date ? `${s.date}–${last}` : s.date;
  }
  if (!e || e.time === null) return `${s.date} ${s.time}`;
  return e.date === s.date ? `${s.date} ${s.time}–${e.time}` : `${s.date} ${s.time}–${e.date} ${e.time}`;
}

/** A person's name from `CN="Grahn Elin (SLK)"`, or the address without `mailto:`. */
function person(p: Property): string {
  return p.params.get('CN') ?? p.value.replace(/^mailto:/i, '');
}

/** A repetition rule in words: how often, until when, and the dates left out. */
function repeatText(rule: Property | undefined, except: Property[], labels: Labels): string | null {
  if (!rule) return null;
  const fields = new Map(rule.value.split(';').map((f) => f.split('=') as [string, string]));
  const freq = fields.get('FREQ') as keyof Labels['freq'] | undefined;
  if (!freq || !(freq in labels.freq)) return null;
  const until = fields.get('UNTIL') ? dateTime(fields.get('UNTIL')!) : null;
  const skipped = except.flatMap((p) => p.value.split(',').flatMap((v) => dateTime(v)?.date ?? []));
  return [
    labels.freq[freq],
    until ? `${labels.until} ${until.date}` : '',
    skipped.length > 0 ? `${labels.except} ${skipped.join(', ')}` : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
}

/** One event: its title, labelled lines under it, then its description's paragraphs. */
function eventText(props: Property[], labels: Labels): string {
  const get = (name: string) => props.find((p) => p.name === name);
  const title = textValue(get('SUMMARY')?.value ?? '').trim();
  const fields: string[] = [];
  const time = timeText(get('DTSTART'), get('DTEND'));
  const moved = get('RECURRENCE-ID') ? dateTime(get('RECURRENCE-ID')!.value) : null;
  if (time) fields.push(`${labels.time}: ${time}${moved ? ` (${labels.instead} ${moved.date})` : ''}`);
  const repeats = repeatText(
    get('RRULE'),
    props.filter((p) => p.name === 'EXDATE'),
    labels,
  );
  if (repeats) fields.push(`${labels.repeats}: ${repeats}`);
  const place = textValue(get('LOCATION')?.value ?? '').trim();
  if (place) fields.push(`${labels.place}: ${place}`);
  const organiser = get('ORGANIZER');
  if (organiser) fields.push(`${labels.organiser}: ${person(organiser)}`);
  const attendees = props.filter((p) => p.name === 'ATTENDEE').map(person);
  if (attendees.length > 0) fields.push(`${labels.attendees}: ${attendees.join(', ')}`);
  const status = get('STATUS')?.value.trim().toUpperCase();
  if (status === 'CANCELLED') fields.push(`${labels.status}: ${labels.cancelled}`);
  if (status === 'TENTATIVE') fields.push(`${labels.status}: ${labels.tentative}`);
  const description = textValue(get('DESCRIPTION')?.value ?? '')
    .split('\n')
    // A line of underscores sets a meeting link's boilerplate apart: no text.
    .filter((l) => !/^\s*_{5,}\s*$/.test(l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return [title ? `## ${title}` : '', fields.map((f) => `- ${f}`).join('\n'), description]
    .filter((p) => p !== '')
    .join('\n\n');
}
