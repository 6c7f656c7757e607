import type { Capabilities } from '../../src/platform/adapter.js';

/** Adaptive Card Action.Submit buttons and card forms; no message only one member of a chat sees. */
export const CAPABILITIES: Capabilities = { buttons: true, forms: true, ephemeral: false };
