import path from 'node:path';
import { z } from 'zod';
import { parseRateSpec, type RateSpec } from '../core/rate-limit.js';

const csv = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  );

/**
 * A person or group as the platforms name them: `slack:T…:U…` (a user), `slack:T…:S…` (a user group),
 * `teams:<aad object id>`, `web:local`, `cli:<name>`.
 */
const PRINCIPAL = /^(slack:[A-Z0-9]+:[UWS][A-Z0-9]+|teams:[\w.:@-]+|web:[\w.@-]+|cli:[\w.@-]+)$/;
const PRINCIPAL_HINT =
  'slack:T…:U… (a user), slack:T…:S… (a user group), teams:<id>, web:local or cli:<name>';

const principals = csv.superRefine((ids, issue) => {
  for (const id of ids) {
    if (!PRINCIPAL.test(id)) issue.addIssue({ code: 'custom', message: `"${id}" is not ${PRINCIPAL_HINT}` });
  }
});

/** `Body=id id; Other body=id`: the administrators of each committee or company, by body name. */
const bodyAdmins = z
  .string()
  .optional()
  .transform((value, issue) => {
    const result: { body: string; ids: string[] }[] = [];
    for (const part of (value ?? '').split(';')) {
      if (part.trim().length === 0) continue;
      const eq = part.indexOf('=');
      const body = eq > 0 ? part.slice(0, eq).trim() : '';
      const ids =
        eq > 0
          ? part
              .slice(eq + 1)
              .split(/[\s,]+/)
              .filter(Boolean)
          : [];
      if (!body || ids.length === 0) {
        issue.addIssue({
          code: 'custom',
          message: `"${part.trim()}" should be <body>=<id> <id>…, e.g. Kulturnämnden=slack:T1:U2 slack:T1:S3`,
        });
        continue;
      }
      for (const id of ids) {
        if (!PRINCIPAL.test(id))
          issue.addIssue({ code: 'custom', message: `"${id}" is not ${PRINCIPAL_HINT}` });
      }
      result.push({ body, ids });
    }
    return result;
  });

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value && value.trim().length > 0 ? value.trim() : undefined));

/** An on/off setting: `true`/`false` (also `1`/`0`, `yes`/`no`, `on`/`off`); absent or empty means the default. */
const onOff = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const v = (value ?? '').trim().toLowerCase();
      if (v === '') return fallback;
      if (['true', '1', 'yes', 'on'].includes(v)) return true;
      if (['false', '0', 'no', 'off'].includes(v)) return false;
      ctx.addIssue({ code: 'custom', message: `must be true or false, not "${value}"` });
      return z.NEVER;
    });

const timeZone = z
  .string()
  .default('Europe/Stockholm')
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { error: 'must be an IANA time zone such as Europe/Stockholm' },
  );

const rate = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, issue) => {
      const spec = parseRateSpec(value);
      if (spec === undefined) {
        issue.addIssue({
          code: 'custom',
          message: `must be a rate such as 30/min, 5/s, 100/hour or 10/30s, or off (got "${value}")`,
        });
        return z.NEVER;
      }
      return spec;
    });

const EnvSchema = z.object({
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be between 0 and 65535' })
    .max(65535, { error: 'must be between 0 and 65535' })
    .default(3978),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/[^\s]+$/i, {
        error:
          'must be a PostgreSQL URL such as postgres://utblick:<password>@db.example.org:5432/utblick, or unset for the embedded SQLite database',
      })
      .refine((value) => URL.canParse(value), {
        error: 'is not a valid URL (check the characters in the password: %-encode them)',
      })
      .optional(),
  ),
  UTBLICK_KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  UTBLICK_DATA_DIR: z.string().min(1).default('data'),
  UTBLICK_TZ: timeZone,
  UTBLICK_ADMINS: principals,
  UTBLICK_BODY_ADMINS: bodyAdmins,
  UTBLICK_WEB_TOKEN: optionalString,
  UTBLICK_ALLOWED_TENANTS: csv,
  UTBLICK_MAX_FILE_MB: z.coerce.number({ error: 'must be a number of megabytes' }).positive().default(25),
  UTBLICK_INDEX_CONFIDENTIAL: onOff(false),
  UTBLICK_RATE_LIMIT_USER: rate('30/min'),
  UTBLICK_RATE_LIMIT_CONVERSATION: rate('60/min'),
  UTBLICK_METRICS_TOKEN: optionalString.pipe(
    z
      .string()
      .min(16, {
        error: 'must be at least 16 characters (a long random string, e.g. from openssl rand -hex 32)',
      })
      .optional(),
  ),
  UTBLICK_ADMIN_CONVERSATION: optionalString.pipe(
    z
      .string()
      .regex(/^(slack:[A-Z0-9]+:[A-Z0-9]+|teams:[A-Za-z0-9_-]+)$/, {
        error:
          'must be a conversation reference as stored for subscriptions: slack:<team id>:<channel id> (e.g. slack:T012AB3C4:C0123456789) or teams:<reference>',
      })
      .optional(),
  ),
  UTBLICK_EXPERT_CONVERSATION: optionalString.pipe(
    z
      .string()
      .regex(/^(slack:[A-Z0-9]+:[A-Z0-9]+|teams:[A-Za-z0-9_-]+)$/, {
        error:
          "must be the experts' conversation reference: slack:<team id>:<channel id> (e.g. slack:T012AB3C4:C0123456789) or teams:<reference>",
      })
      .optional(),
  ),
  UTBLICK_EXPERTS: principals,
  UTBLICK_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // An empty value (`UTBLICK_RETENTION_DAYS=` in a .env file) means the default, not 0 days.
  UTBLICK_RETENTION_DAYS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: 'must be a number of days such as 90' })
      .int({ error: 'must be a whole number of days such as 90' })
      .min(1, { error: 'must be at least 1 day (the default is 90)' })
      .max(3650, { error: 'must be at most 3650 days (10 years); the default is 90' })
      .default(90),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalString.pipe(
    z.url({ error: 'must be a URL such as https://slack.com/api/' }).optional(),
  ),
  SLACK_ALLOWED_TEAMS: csv,
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: optionalString,
});

/** The whole configuration, parsed once at start and passed down. Nothing below start-up reads `process.env`. */
export type Config = {
  host: string;
  port: number;
  knowledgeDir: string;
  dataDir: string;
  /**
   * `DATABASE_URL`: every register in this PostgreSQL database, shared by several instances. Unset:
   * the embedded SQLite file in `dataDir`.
   */
  databaseUrl: string | undefined;
  timeZone: string;
  /** Utblick administrators: user ids and Slack user groups (platform-prefixed). */
  admins: string[];
  /** Administrators of one body (committee or company) each: they may change that body's entries. */
  bodyAdmins: { body: string; ids: string[] }[];
  webToken: string | undefined;
  allowedTenants: string[];
  maxFileBytes: number;
  /**
   * Index documents marked confidential (sekretess). Off by default; when on, their answers are still
   * never quoted into a channel, only to the person asking in private.
   */
  indexConfidential: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Messages per person and per conversation (null: no limit). */
  rateLimit: { user: RateSpec | null; conversation: RateSpec | null };
  /** Days that questions in answer feedback are kept before retention anonymises them. */
  retentionDays: number;
  /** When set, `GET /metrics` also answers other addresses that present it as a bearer token. */
  metricsToken: string | undefined;
  /** Where failed and refused deliveries are reported (a conversation reference), if anywhere. */
  adminConversation: string | undefined;
  /** Where questions for the international unit go as tickets (a conversation reference); unset: nowhere. */
  expertConversation: string | undefined;
  /** Who may answer tickets: user ids and Slack user groups (platform-prefixed). */
  experts: string[];
  slack: {
    signingSecret: string | undefined;
    botToken: string | undefined;
    appToken: string | undefined;
    apiUrl: string | undefined;
    allowedTeams: string[];
  };
  teams: {
    appId: string | undefined;
    appPassword: string | undefined;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' | undefined;
    tenantId: string | undefined;
  };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN)',
    );
  }
  if (e.MicrosoftAppId && !e.MicrosoftAppPassword && e.MicrosoftAppType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && !e.MicrosoftAppTenantId) {
    problems.push('MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    host: e.HOST,
    port: e.PORT,
    knowledgeDir: path.resolve(cwd, e.UTBLICK_KNOWLEDGE_DIR),
    dataDir: path.resolve(cwd, e.UTBLICK_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    timeZone: e.UTBLICK_TZ,
    admins: e.UTBLICK_ADMINS,
    bodyAdmins: e.UTBLICK_BODY_ADMINS,
    webToken: e.UTBLICK_WEB_TOKEN,
    allowedTenants: e.UTBLICK_ALLOWED_TENANTS,
    maxFileBytes: Math.round(e.UTBLICK_MAX_FILE_MB * 1024 * 1024),
    indexConfidential: e.UTBLICK_INDEX_CONFIDENTIAL,
    logLevel: e.UTBLICK_LOG_LEVEL,
    rateLimit: { user: e.UTBLICK_RATE_LIMIT_USER, conversation: e.UTBLICK_RATE_LIMIT_CONVERSATION },
    retentionDays: e.UTBLICK_RETENTION_DAYS,
    metricsToken: e.UTBLICK_METRICS_TOKEN,
    adminConversation: e.UTBLICK_ADMIN_CONVERSATION,
    expertConversation: e.UTBLICK_EXPERT_CONVERSATION,
    experts: e.UTBLICK_EXPERTS,
    slack: {
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      allowedTeams: e.SLACK_ALLOWED_TEAMS,
    },
    teams: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
  };
}
