import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from '../core/clock.js';
import type { CoreEvent, DeliveryEvent, Metrics } from './metrics.js';

/** What the index gauges read at each scrape (the knowledge base's `status()`). */
export type IndexStatus = () => { documents: number; passages: number; indexedAt: string };

/**
 * Metrics in the Prometheus text format, on a registry of their own (not prom-client's global one), so
 * that several servers can run in one process (tests) without sharing counters.
 */
export type PrometheusMetrics = Metrics & {
  readonly registry: Registry;
  /** Makes the index gauges read this status at each scrape. */
  watchIndex(status: IndexStatus, clock: Clock): void;
  /** The whole exposition: `GET /metrics`. */
  render(): Promise<string>;
  readonly contentType: string;
};

/** Seconds: a question is answered in milliseconds; a re-index of a large folder takes seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createPrometheusMetrics(options: { defaultMetrics?: boolean } = {}): PrometheusMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'utblick_' });

  const requests = new Counter({
    name: 'utblick_requests_total',
    help: 'Requests to the core, by platform, command and outcome.',
    labelNames: ['platform', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'utblick_request_duration_seconds',
    help: 'Time the core took to answer, by platform and command.',
    labelNames: ['platform', 'command'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const answers = new Counter({
    name: 'utblick_answers_total',
    help: 'Questions answered from the documents (answered) or declined for weak evidence (abstained).',
    labelNames: ['platform', 'outcome'] as const,
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'utblick_deliveries_total',
    help: 'Delivery attempts of notifications and admin alerts: sent, failed (retried later) or refused (permanent).',
    labelNames: ['platform', 'purpose', 'result'] as const,
    registers: [registry],
  });
  const retries = new Counter({
    name: 'utblick_delivery_retries_total',
    help: 'Delivery attempts that retried a notification that had failed before.',
    labelNames: ['platform', 'purpose'] as const,
    registers: [registry],
  });
  const duplicates = new Counter({
    name: 'utblick_notification_duplicates_total',
    help: 'Messages sent again after an earlier attempt was sent but never marked (its instance died or lost the database in between): at most this many duplicates reached a conversation.',
    labelNames: ['platform', 'purpose'] as const,
    registers: [registry],
  });
  const metrics: PrometheusMetrics = {
    registry,
    contentType: registry.contentType,
    observeCore(event: CoreEvent) {
      requests.inc({ platform: event.platform, command: event.command, outcome: event.outcome });
      latency.observe({ platform: event.platform, command: event.command }, event.seconds);
      if (event.command === 'question') answers.inc({ platform: event.platform, outcome: event.outcome });
    },
    observeDelivery(event: DeliveryEvent) {
      deliveries.inc({ platform: event.platform, purpose: event.purpose, result: event.result });
      if (event.retry) retries.inc({ platform: event.platform, purpose: event.purpose });
      if (event.duplicate && event.result === 'sent') {
        duplicates.inc({ platform: event.platform, purpose: event.purpose });
      }
    },
    watchIndex(status, clock) {
      indexGauges(registry, status, clock);
    },
    render: () => registry.metrics(),
  };
  return metrics;
}

function indexGauges(registry: Registry, status: IndexStatus, clock: Clock): void {
  new Gauge({
    name: 'utblick_index_documents',
    help: 'Documents in the knowledge index.',
    registers: [registry],
    collect() {
      this.set(status().documents);
    },
  });
  new Gauge({
    name: 'utblick_index_passages',
    help: 'Passages in the knowledge index.',
    registers: [registry],
    collect() {
      this.set(status().passages);
    },
  });
  new Gauge({
    name: 'utblick_index_age_seconds',
    help: 'Seconds since the knowledge index was last built.',
    registers: [registry],
    collect() {
      const built = Date.parse(status().indexedAt);
      this.set(Number.isFinite(built) ? Math.max(0, (clock.now().getTime() - built) / 1000) : -1);
    },
  });
}
