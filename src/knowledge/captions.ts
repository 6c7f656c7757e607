/**
 * A caption file (WebVTT, SubRip) read as the transcript it holds. A recorded webinar's or a council
 * meeting's captions come as numbered cues, each with a time code line and a line or two of speech cut at
 * the screen's width, often with the speaker in a voice tag (`<v Ida Mörk>`) and, from automatic
 * captioning, without capitals. Read line by line, a sentence falls apart over two or three cues and the
 * time codes stand between its halves. Here the cue numbers, time codes and file headers go, a speaker's
 * cues run on into one paragraph led by the name ("Ida Mörk: …"), a pause of some seconds or a new speaker
 * starts a new paragraph, and a sentence after a full stop starts with a capital, so that it is a sentence
 * of its own.
 */

/** A cue's time line: `00:01:02.002 --> 00:01:06.684` (WebVTT) or `00:01:02,002 --> 00:01:06,684` (SubRip). */
const TIMING =
  /^\s*((?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3})\s+-->\s+((?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3})(?:\s.*)?$/;
/** The fewest time lines that make a text a caption file rather than a text quoting one. */
const MIN_CUES = 3;
/** A pause this long (seconds) between two cues of the same speaker starts a new paragraph. */
const PAUSE_SECONDS = 4;

type Cue = { start: number; end: number; speaker: string | null; text: string };

/** The transcript of a caption file, or null when the text is not one. */
export function captionsToTranscript(text: string): string | null {
  const lines = text.split('\n');
  const timings = lines.filter((l) => TIMING.test(l)).length;
  if (timings < MIN_CUES) return null;
  const firstTiming = lines.findIndex((l) => TIMING.test(l));
  // The first cue's number (or id) stands on the line before its time line.
  const idBefore = firstTiming > 0 && lines[firstTiming - 1]!.trim() !== '' ? 1 : 0;
  const head = headLines(lines.slice(0, firstTiming - idBefore));
  const cues = readCues(lines.slice(firstTiming));
  const paragraphs: string[] = [];
  let current: { speaker: string | null; parts: string[]; end: number } | null = null;
  const flush = () => {
    if (!current) return;
    const body = sentenceCase(current.parts.join(' '));
    paragraphs.push(current.speaker ? `${current.speaker}: ${body}` : body);
    current = null;
  };
  for (const cue of cues) {
    const sameTurn: boolean =
      current !== null &&
      (cue.speaker === null || cue.speaker === current.speaker) &&
      cue.start - current.end < PAUSE_SECONDS;
    if (!sameTurn) {
      flush();
      current = { speaker: cue.speaker, parts: [], end: cue.end };
    }
    current!.parts.push(cue.text);
    current!.end = cue.end;
  }
  flush();
  return [...head, ...paragraphs].join('\n\n');
}

/** The lines before the first cue, without the file's own headers: kept as paragraphs, NOTE's text too. */
function headLines(lines: string[]): string[] {
  const out: string[] = [];
  let block: string[] = [];
  const end = () => {
    if (block.length > 0) out.push(block.join('\n'));
    block = [];
  };
  let skipBlock = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      end();
      skipBlock = false;
      continue;
    }
    if (skipBlock) continue;
    if (/^WEBVTT\b/.test(line) || /^(?:Kind|Language|X-TIMESTAMP-MAP)\s*[:=]/i.test(line)) continue;
    // A STYLE or REGION block is the player's, not the speech.
    if (/^(?:STYLE|REGION)$/.test(line)) {
      skipBlock = true;
      continue;
    }
    const note = /^NOTE(?:\s+(.*))?$/.exec(line);
    if (note) {
      if (note[1]) block.push(note[1]);
      continue;
    }
    block.push(line);
  }
  end();
  return out;
}

function readCues(lines: string[]): Cue[] {
  const cues: Cue[] = [];
  let i = 0;
  while (i < lines.length) {
    const timing = TIMING.exec(lines[i]!);
    if (!timing) {
      i++;
      continue;
    }
    const payload: string[] = [];
    i++;
    while (i < lines.length && lines[i]!.trim() !== '' && !TIMING.test(lines[i]!)) {
      payload.push(lines[i]!.trim());
      i++;
    }
    // The cue number (or id) of the next cue stands on the line before its time line.
    if (i < lines.length && TIMING.test(lines[i]!) && /^\d+$/.test(payload.at(-1) ?? '')) payload.pop();
    let speaker: string | null = null;
    const text = payload
      .map((l) =>
        l.replace(/<v(?:\.[\w.-]+)?\s+([^>]+)>/g, (_m, name: string) => {
          speaker ??= name.trim();
          return '';
        }),
      )
      .map((l) => l.replace(/<\/?[a-z][^>]*>|<\d[\d:.]*>/gi, '').trim())
      .filter((l) => l !== '')
      .join(' ');
    if (text !== '') cues.push({ start: seconds(timing[1]!), end: seconds(timing[2]!), speaker, text });
  }
  return cues;
}

function seconds(stamp: string): number {
  const parts = stamp.replace(',', '.').split(':').map(Number);
  return parts.reduce((sum, p) => sum * 60 + p, 0);
}

/** Automatic captions write speech in lower case: a turn's first word and a word after a full stop start with a capital. */
function sentenceCase(text: string): string {
  return text
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase())
    .replace(/([.!?]\s+)(\p{Ll})/gu, (_m, stop: string, c: string) => stop + c.toUpperCase());
}
