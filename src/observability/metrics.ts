import type { Platform } from '../core/input.js';

/**
 * What the core and the notifier report about their work, platform-neutral and without personal data.
 * The server implements it with Prometheus (prometheus.ts); everywhere else it is `noMetrics`, so the
 * core never depends on a metrics library.
 */
export interface Metrics {
  /** One request to the core. */
  observeCore(event: CoreEvent): void;
  /** One delivery attempt of a notification (or an admin alert) through a platform. */
  observeDelivery(event: DeliveryEvent): void;
}

export type CoreEvent = {
  platform: Platform;
  /**
   * What was asked: a command id (`membership.add`), `question`, `reindex`, `help`, `action`,
   * `form` (opening or submitting one) or `overview`.
   */
  command: string;
  /** `answered` or `abstained` for questions; `ok`, `help` or `error` (refused, invalid, failed) for the rest. */
  outcome: CoreOutcome;
  seconds: number;
};

export type CoreOutcome = 'answered' | 'abstained' | 'clarified' | 'ok' | 'help' | 'error';

export type DeliveryEvent = {
  platform: string;
  /** `sent`; `failed` (retried later); `refused` (permanent: the conversation is suspended). */
  result: 'sent' | 'failed' | 'refused';
  /** True for any attempt after the first of the same notification. */
  retry: boolean;
  /** `notification`, `admin_alert`, or `ticket` (a question for the unit, or its answer to the asker). */
  purpose: 'notification' | 'admin_alert' | 'ticket';
  /**
   * Sent after taking over a claim that was never marked (its process died, or lost the database,
   * between sending and marking): the platform may have shown the message twice.
   */
  duplicate?: boolean;
};

export const noMetrics: Metrics = { observeCore() {}, observeDelivery() {} };
