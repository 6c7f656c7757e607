import type { Capabilities } from '../../src/platform/adapter.js';

/** Form buttons and form pages; the page is the asker's own, so nothing is ephemeral. */
export const CAPABILITIES: Capabilities = { buttons: true, forms: true, ephemeral: false };
