import type { Lang } from './lang.js';

export type Platform = 'slack' | 'teams' | 'web' | 'cli';

/** A message from any platform, parsed by its adapter. The core never sees platform objects. */
export type Input = {
  platform: Platform;
  /** The message text, with any bot mention already removed. */
  text: string;
  /**
   * The words as a shell already split them (the CLI): each is one word or one `key:value` option, so
   * `benefit:Learning from peers` and `KS-dnr: 006-1137/2007` stay whole. `text` is then their join.
   */
  args?: string[];
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
  /** The user's own workspace or organisation: the Slack team id, or the Microsoft tenant id. */
  workspace?: string;
  /**
   * A guest: a Slack Connect user from another organisation, a Slack guest account, or a Teams guest
   * account. Guests may only ask.
   */
  guest?: boolean;
  /** Platform-prefixed groups the user belongs to (Slack user groups `slack:T…:S…`), for `UTBLICK_ADMINS`. */
  groups?: string[];
  /**
   * Who sees the reply: only the person asking (`private`: a DM, an ephemeral Slack reply, the web page,
   * the CLI) or others too (`shared`: a channel or group chat). Unknown counts as shared.
   */
  audience?: 'private' | 'shared';
  /**
   * The thread a follow-up question belongs to (DESIGN.md "Context, not a log"), when the platform has
   * one: a Slack thread, a Teams reply chain, a direct message, a web chat session. Absent: every
   * question starts from nothing (the CLI's `ask`, a slash command).
   */
  thread?: Thread;
  /**
   * Where a later answer to this message goes (an answer from the international unit): an opaque
   * reference its adapter can send to, the thread itself where the platform allows. Absent: `conversation`.
   */
  replyTo?: string;
};

/**
 * `id` is opaque and platform-prefixed; `kind` decides how long the context lasts: a thread is about one
 * subject for longer, a direct message or a session moves on after a pause.
 */
export type Thread = { id: string; kind: 'thread' | 'direct' | 'session' };
