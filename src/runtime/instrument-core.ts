import { performance } from 'node:perf_hooks';
import type { Core, FormOutcome, Outcome } from '../core/core.js';
import type { Input } from '../core/input.js';
import type { Reply } from '../core/reply.js';
import type { Metrics } from '../observability/metrics.js';
import { outcomeOf } from './command-label.js';

/**
 * Wraps a core so that every call reports its platform, command label, outcome and duration. Durations
 * are measured on the monotonic clock, not the injected one: they are about this process, not the
 * calendar. `labelOf` names a message (a command id or `question`), never with its text.
 */
export function instrumentCore(core: Core, metrics: Metrics, labelOf: (text: string) => string): Core {
  const observed = async <T>(
    input: Input,
    command: string,
    run: () => Promise<T>,
    replyOf: (value: T) => Reply | null,
  ): Promise<T> => {
    const started = performance.now();
    let outcome: ReturnType<typeof outcomeOf> = 'error';
    try {
      const value = await run();
      const reply = replyOf(value);
      outcome = reply ? outcomeOf(reply) : 'error';
      return value;
    } finally {
      metrics.observeCore({
        platform: input.platform,
        command,
        outcome,
        seconds: (performance.now() - started) / 1000,
      });
    }
  };
  const same = (reply: Reply) => reply;
  const formReply = (outcome: FormOutcome) => (outcome.ok ? outcome.reply : null);

  const outcomeReply = (outcome: Outcome) => outcome.reply;
  const run: Core['run'] = (input, options) =>
    observed(
      input,
      options?.only === 'question' ? 'question' : labelOf(input.text),
      () => core.run(input, options),
      outcomeReply,
    );

  return {
    run,
    handle: async (input) => (await run(input)).reply,
    action: (id, value, input) => observed(input, 'action', () => core.action(id, value, input), same),
    openForm: (id, input) => {
      const form = core.openForm(id, input);
      metrics.observeCore({ platform: input.platform, command: 'form', outcome: 'ok', seconds: 0 });
      return form;
    },
    submitForm: (id, values, input) =>
      observed(input, 'form', () => core.submitForm(id, values, input), formReply),
    overview: (input) => observed(input, 'overview', () => core.overview(input), same),
  };
}
