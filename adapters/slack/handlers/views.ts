import type { App } from '@slack/bolt';
import type { Input } from '../../../src/core/input.js';
import type { FormId } from '../../../src/core/reply.js';
import { teamOf } from '../guards.js';
import { parseSlackReference } from '../reference.js';
import {
  FORM_CALLBACK_PATTERN,
  formErrors,
  formValues,
  parseMetadata,
  renderConfirmationModal,
} from '../render-modal.js';
import { buildInput, logFailure, type SlackDeps } from '../slack-context.js';
import { t } from '../slack-messages.js';

const FORM_IDS: FormId[] = ['membership_add'];

/**
 * A submitted form: the core validates and saves. Field errors go back inline (`response_action: "errors"`);
 * a saved form is replaced by a confirmation. The answer must be the HTTP response, so this one waits for the core.
 */
export function registerViewHandlers(app: App, deps: SlackDeps): void {
  app.view(FORM_CALLBACK_PATTERN, async ({ ack, body, view, client }) => {
    const id = FORM_IDS.find((f) => f === FORM_CALLBACK_PATTERN.exec(view.callback_id)?.[1]);
    const firstField = view.blocks.find((block) => block.type === 'input')?.block_id ?? 'organisation';
    let input: Input | undefined;
    try {
      if (!id) throw new Error('unknown form');
      const metadata = parseMetadata(view.private_metadata);
      const target = metadata.conversation ? parseSlackReference(metadata.conversation) : null;
      const teamId = teamOf(body) ?? '';
      input = await buildInput(
        deps,
        client,
        { teamId, userId: body.user.id, channelId: target?.channelId, audience: 'private' },
        '',
      );
      const outcome = await deps.core.submitForm(id, formValues(view.state), input);
      if (!outcome.ok) {
        const errors = formErrors(outcome.form);
        if (Object.keys(errors).length === 0) errors[firstField] = t(input.locale ?? 'sv', 'formNotSaved');
        await ack({ response_action: 'errors', errors });
        return;
      }
      await ack({
        response_action: 'update',
        view: renderConfirmationModal(id, view.title.text, outcome.reply),
      });
    } catch (error) {
      logFailure(deps.logger, 'submitting a form', error);
      await ack({
        response_action: 'errors',
        errors: { [firstField]: t(input?.locale ?? 'sv', 'formNotSaved') },
      });
    }
  });
}
