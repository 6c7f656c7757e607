import type { Capabilities } from '../../src/platform/adapter.js';

/** Block Kit buttons and modals; ephemeral replies to slash commands and buttons. */
export const CAPABILITIES: Capabilities = { buttons: true, forms: true, ephemeral: true };
