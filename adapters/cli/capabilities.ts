import type { Capabilities } from '../../src/platform/adapter.js';

/** A terminal shows text only: a form's command is answered with its help, and there are no buttons. */
export const CAPABILITIES: Capabilities = { buttons: false, forms: false, ephemeral: false };
