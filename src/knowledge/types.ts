import type { Case } from './case.js';
import type { ConfidentialMarking } from './confidential.js';
import type { CaseReferences } from './references.js';

/** What the bot knows about one source document, extracted from its text or its front matter. */
export type DocumentKind = 'strategy' | 'referral' | 'report' | 'policy' | 'other';

export type DocumentStatus = 'in_force' | 'replaced' | 'draft' | 'unknown';

export type Evidence = {
  /** The verbatim sentence the value came from (for citations). */
  sentence: string;
  passageId: string;
};

export type DocumentMeta = {
  title: string;
  kind: DocumentKind;
  /** The case number as written, e.g. `KS-dnr: 006-1137/2007` → `006-1137/2007` (prefix dropped). */
  dnr: string | null;
  /** Every case number mentioned in the document's head, as written. */
  dnrs: string[];
  /** The document's own date (ISO yyyy-mm-dd), when it states one. */
  date: string | null;
  /** The reply deadline (ISO yyyy-mm-dd) with the sentence it came from. */
  deadline: (Evidence & { date: string }) | null;
  /** Who sent the referral (remittent), e.g. Kommunstyrelsen. */
  sender: (Evidence & { name: string }) | null;
  /** The body the document is addressed to ("Till …"). */
  addressee: string | null;
  /** Other bodies that received the referral (remissinstanser). */
  recipients: (Evidence & { names: string[] }) | null;
  caseOfficer: (Evidence & { name: string; phone: string | null }) | null;
  signatories: { name: string; role: string | null }[];
  status: DocumentStatus;
  /** Titles of documents this one replaces / is replaced by (from text or front matter). */
  replaces: string[];
  replacedBy: string | null;
  /**
   * Set when the document is marked confidential (front matter, or a secrecy stamp in its text or page
   * headers). Such a document is indexed only when configured, and never quoted into a channel.
   */
  confidential: ConfidentialMarking | null;
  /** True when the document has no title line of its own and `title` is its file name. */
  titleFromFileName?: boolean;
  /**
   * What a web page says of itself ("Senast uppdaterad: 3 februari 2027"): layout, so not a passage,
   * kept here for a question about when the page was updated.
   */
  updated?: { date: string; line: string } | null;
};

export type Passage = {
  /** Stable id: `<doc id>#<ordinal>`. */
  id: string;
  docId: string;
  /** The section heading the passage falls under (nearest heading), or null before the first heading. */
  section: string | null;
  kind: 'heading' | 'paragraph' | 'list_item' | 'line';
  /** The passage text as in the source (whitespace normalised, Markdown emphasis markers removed). */
  text: string;
  /** For list items: the paragraph that introduces the list ("… läggs följande riktlinjer fast:"). */
  lead: string | null;
  ordinal: number;
};

export type KnowledgeDocument = {
  /** The path relative to the knowledge folder, with forward slashes. */
  id: string;
  path: string;
  format: 'txt' | 'md' | 'html' | 'docx' | 'pdf';
  meta: DocumentMeta;
  passages: Passage[];
  /** The cases the document states: one for most documents, one per item for agendas and minutes. */
  cases: Case[];
  /** sha256 of the file's bytes, for change detection. */
  hash: string;
  /** Last modification time (ISO). */
  mtime: string;
  /**
   * Each case's reference keys, in the order of `cases`, computed when the document is read
   * (`caseReferences`). Absent on a document made elsewhere (a test's, the bench's): then computed on use.
   */
  references?: CaseReferences[];
};

export type SkippedFile = { file: string; reason: string };
