import type { Lang } from './lang.js';

/**
 * The platform-neutral reply tree. Adapters render it (Block Kit, Adaptive Cards, HTML, terminal text).
 * All strings are plain text: adapters escape them for their own markup. Nothing platform-specific here.
 */
export type Reply = {
  lang: Lang;
  /** What the reply is about; adapters may use it for styling or for choosing where to post. */
  kind: 'answer' | 'abstain' | 'clarify' | 'command' | 'help' | 'error' | 'form' | 'notification';
  blocks: Block[];
  /** A one-line plain-text summary, used for notifications' fallback text and terminal output headers. */
  summary: string;
  /**
   * The reply concerns a document marked confidential (sekretess): either its answer, made for the one
   * person who asked in private, or the notice that stands in for it. Adapters must not move such a
   * reply to a wider audience than it was made for (no "share in channel", no re-posting).
   */
  confidential?: boolean;
};

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string; tone?: 'normal' | 'muted' | 'success' | 'warning' | 'error' }
  | { type: 'quote'; text: string }
  | { type: 'citation'; citation: CitationRef }
  | { type: 'fields'; fields: Field[] }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'actions'; actions: Action[] }
  | { type: 'form'; form: FormSpec };

export type Field = { label: string; value: string };

/** What a citation shows: enough to find the passage again and to print "document, dnr, section". */
export type CitationRef = {
  doc: string;
  title: string;
  dnr: string | null;
  section: string | null;
  passageId: string;
  /** Set when the document has been replaced: the title of the document in force. */
  replacedBy?: string | null;
  /** The document is marked confidential (sekretess); renderers may show a mark beside the citation. */
  confidential?: boolean;
};

/**
 * A button. `id` names what happens (the core's action handlers), `value` is the opaque argument.
 * Adapters round-trip both unchanged.
 */
export type Action = {
  id: ActionId;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
};

/** Every button the core answers; adapters accept exactly these back. */
export const ACTION_IDS = [
  'show_passage',
  'feedback_up',
  'feedback_down',
  'share_answer',
  'referral_done',
  'open_form',
  /** Answers the original question about one case of a clarify list (value: `chooseValue`). */
  'choose',
  /** Sends a declined (or 👎) question to the international unit as a ticket (value: `askUnitValue`). */
  'ask_unit',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export function isActionId(value: string | undefined): value is ActionId {
  return (ACTION_IDS as readonly string[]).includes(value ?? '');
}

export type FormFieldKind = 'text' | 'textarea' | 'select' | 'date';

export type FormField = {
  name: string;
  label: string;
  kind: FormFieldKind;
  required: boolean;
  hint?: string;
  placeholder?: string;
  options?: { value: string; label: string }[];
  maxLength?: number;
};

/** A form (Slack modal, Teams Adaptive Card, web form). Errors are per field, in the reply language. */
export type FormSpec = {
  id: FormId;
  title: string;
  submitLabel: string;
  fields: FormField[];
  values: Record<string, string>;
  errors: Record<string, string>;
};

export type FormId = 'membership_add';
