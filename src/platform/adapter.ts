import type express from 'express';
import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import type { Core } from '../core/core.js';
import type { Logger } from '../core/logger.js';

/**
 * What a platform adapter (adapters/slack, adapters/teams, adapters/web) is given and how it plugs into
 * the one server. An adapter turns its platform's events into `Input`, hands them to the core, renders
 * the `Reply` its own way, and, for notifications, offers a `DeliveryAdapter` (src/core/delivery.ts) that
 * sends a reply to a conversation reference only it can decode. This folder sits below the adapters and
 * above the kernel, so that an adapter never imports the server that mounts it.
 */

/** Everything an adapter may use. Adapters hold no business logic: they talk to the core. */
export type AdapterContext = {
  config: Config;
  core: Core;
  clock: Clock;
  logger: Logger;
};

/**
 * Mounts one adapter's routes on the shared app. Slack's receiver needs the raw body, so no global
 * JSON parser is installed by the server: each adapter adds the body parser its own routes need.
 */
export type Mount = (app: express.Express, context: AdapterContext) => void | Promise<void>;

/**
 * What a platform can do beyond showing a reply. Optional capabilities are declared by each adapter, never
 * assumed: the contract suite (tests/contract) checks what an adapter declares and skips what it does not.
 */
export type Capabilities = {
  /** Buttons whose presses come back to `Core.action` with the action id and value unchanged. */
  buttons: boolean;
  /** Forms (a modal, a card, a page) whose submissions come back to `Core.submitForm`. */
  forms: boolean;
  /** A reply only the asker sees inside a shared conversation. */
  ephemeral: boolean;
};
