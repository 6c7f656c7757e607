import { commandOfForm } from '../commands/catalog.js';
import { parseCommand } from '../commands/parser.js';
import type { Reply } from '../core/reply.js';
import type { CoreOutcome } from '../observability/metrics.js';

/**
 * The metric label of a message: the command id when the command grammar takes it (the same rule as
 * the core), `help` for help, `question` otherwise. Never the text itself: labels are public.
 */
export function commandLabel(text: string): string {
  // `today` only matters for dates inside a command, not for which command it is.
  const parsed = parseCommand(text, { today: '2000-01-01' });
  if (!parsed) return 'question';
  if (parsed.type === 'form') return commandOfForm(parsed.form)?.id ?? 'form';
  if (parsed.type === 'help') return parsed.command ?? 'help';
  return parsed.def.id;
}

/** The outcome label of a reply. */
export function outcomeOf(reply: Reply): CoreOutcome {
  switch (reply.kind) {
    case 'answer':
      return 'answered';
    case 'abstain':
      return 'abstained';
    case 'clarify':
      return 'clarified';
    case 'error':
      return 'error';
    case 'help':
      return 'help';
    default:
      return 'ok';
  }
}
