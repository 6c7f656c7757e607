import type { Lang } from './lang.js';

export type Platform = 'slack' | 'teams' | 'web' | 'cli';

/** A message from any platform, parsed by its adapter. The core never sees platform objects. */
export type Input = {
  platform: Platform;
  /** The message text, with any bot mention already removed. */
  text: string;
  /** A platform-prefixed user id (`slack:T123:U456`, `teams:<aad id>`, `web:local`, `cli:<name>`). */
  userId: string;
  /** A display name when the platform gives one; kept only where the registers need it. */
  userName?: string;
  /** The platform locale, which decides the language of command replies. */
  locale?: Lang;
  /**
   * The opaque conversation reference (DESIGN.md) of where the message came from, for subscriptions.
   * Only the adapter that wrote it can decode it.
   */
  conversation?: string;
};
