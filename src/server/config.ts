import path from 'node:path';
import { z } from 'zod';
import type { PressureSettings } from './http/under-pressure.js';
import type { MailSettings } from './notifications/settings.js';

/**
 * Runtime configuration, read once from the environment (by the CLI, or a test from the env it
 * passes) and handed down as app.config: nothing else in src/ reads process.env.
 */
export interface Config {
  port: number;
  host: string;
  /** External PostgreSQL; when absent the app starts its own embedded server. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Directory holding the built web app; served when it exists. */
  webDir: string;
  /** True when the app sits behind TLS (sets Secure cookies and HSTS). */
  behindTls: boolean;
  /**
   * Which proxies' X-Forwarded-* headers to believe (Fastify's trustProxy): a hop count or
   * addresses/CIDRs. false = none, so a client cannot choose its own IP (throttles, audit).
   */
  trustedProxies: number | string[] | false;
  /** Base URL of the app as people reach it, for links in email; never taken from a request. */
  publicUrl: string | undefined;
  /** PostgreSQL connections per app instance (N instances open up to N × this many). */
  dbPoolSize: number;
  /** Longest a single SQL statement may run before PostgreSQL cancels it; 0 = no limit. */
  dbStatementTimeoutMs: number;
  /** Outbox mail: SMTP server, sender, link base, whether this instance runs the worker. */
  mail: MailSettings;
  /** Load shedding thresholds (http/under-pressure.ts). */
  pressure: PressureSettings;
  /**
   * Re-check every response against its zod schema before sending (tests turn it on). Off in
   * production: responses are built from validated data, and the check cost a fifth of the CPU
   * of a small route (docs/performance.md).
   */
  validateResponses: boolean;
  /**
   * Serve the developer pages (/dev/figures, the figure gallery). Off in production: on only
   * with PSOAS_DEV_PAGES=on, or when unset and NODE_ENV is development or test.
   */
  devPages: boolean;
  /**
   * The operator's own privacy notice and terms (Markdown-light text files, one per language),
   * shown at /privacy and /terms instead of the built-in text. Undefined = the built-in text.
   */
  legalTexts: LegalTextPaths;
}

/** Paths of an operator's own legal texts; each one optional. */
export interface LegalTextPaths {
  privacy: { en?: string; es?: string };
  terms: { en?: string; es?: string };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PSOAS_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PSOAS_WEB_DIR: z.string().min(1).optional(),
  PSOAS_BEHIND_TLS: z.enum(['true', 'false', '1', '0']).optional(),
  PSOAS_PUBLIC_URL: z
    .string()
    .refine((v) => /^https?:\/\/[^\s/]+/.test(v), 'must be an http:// or https:// URL')
    .optional(),
  PSOAS_DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  PSOAS_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  PSOAS_TRUSTED_PROXIES: z
    .string()
    .trim()
    .refine(
      (v) => /^\d{1,2}$/.test(v) || v.split(',').every((a) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(a.trim())),
      'must be a number of proxy hops (e.g. 1) or comma-separated proxy addresses/CIDRs',
    )
    .optional(),
  SMTP_URL: z
    .string()
    .trim()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().trim().min(1).default('Psoas <no-reply@psoas.local>'),
  PSOAS_OUTBOX_WORKER: z.enum(['on', 'off']).default('on'),
  PSOAS_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().min(0).default(1000),
  PSOAS_MAX_EVENT_LOOP_UTILIZATION: z.coerce.number().min(0).max(1).default(0.98),
  PSOAS_RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  PSOAS_PRESSURE_SAMPLE_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  PSOAS_VALIDATE_RESPONSES: z.enum(['true', 'false', '1', '0']).optional(),
  PSOAS_DEV_PAGES: z.enum(['on', 'off']).optional(),
  NODE_ENV: z.string().optional(),
  PSOAS_PRIVACY_EN: z.string().min(1).optional(),
  PSOAS_PRIVACY_ES: z.string().min(1).optional(),
  PSOAS_TERMS_EN: z.string().min(1).optional(),
  PSOAS_TERMS_ES: z.string().min(1).optional(),
});

/** Parses the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, packageRoot = defaultPackageRoot()): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(variable, `(${JSON.stringify(env[variable] ?? '')}): ${issue.message}`);
  }
  const e = parsed.data;
  // Links in mail must never come from a request header, so mail needs the public address.
  if (e.SMTP_URL && !e.PSOAS_PUBLIC_URL)
    throw new ConfigError(
      'PSOAS_PUBLIC_URL',
      'is required when SMTP_URL is set: links in mail (reset, verification, bookings) are built from it',
    );
  const publicUrl = e.PSOAS_PUBLIC_URL?.replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.PSOAS_DATA_DIR),
    logLevel: e.LOG_LEVEL,
    webDir: path.resolve(e.PSOAS_WEB_DIR ?? path.join(packageRoot, 'dist', 'web')),
    behindTls: e.PSOAS_BEHIND_TLS === 'true' || e.PSOAS_BEHIND_TLS === '1',
    trustedProxies: trustedProxies(e.PSOAS_TRUSTED_PROXIES, e.PSOAS_BEHIND_TLS),
    publicUrl,
    dbPoolSize: e.PSOAS_DB_POOL_SIZE,
    dbStatementTimeoutMs: e.PSOAS_DB_STATEMENT_TIMEOUT_MS,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      publicUrl: publicUrl ?? `http://localhost:${e.PORT}`,
      worker: e.PSOAS_OUTBOX_WORKER === 'on',
      pollMs: 1000,
      maxAttempts: 6,
      retryBaseMs: 30_000,
    },
    pressure: {
      maxEventLoopDelayMs: e.PSOAS_MAX_EVENT_LOOP_DELAY_MS,
      maxEventLoopUtilization: e.PSOAS_MAX_EVENT_LOOP_UTILIZATION,
      retryAfterSeconds: e.PSOAS_RETRY_AFTER_SECONDS,
      sampleIntervalMs: e.PSOAS_PRESSURE_SAMPLE_MS,
    },
    validateResponses: e.PSOAS_VALIDATE_RESPONSES === 'true' || e.PSOAS_VALIDATE_RESPONSES === '1',
    devPages:
      e.PSOAS_DEV_PAGES === undefined
        ? e.NODE_ENV === 'development' || e.NODE_ENV === 'test'
        : e.PSOAS_DEV_PAGES === 'on',
    legalTexts: {
      privacy: { en: resolved(e.PSOAS_PRIVACY_EN), es: resolved(e.PSOAS_PRIVACY_ES) },
      terms: { en: resolved(e.PSOAS_TERMS_EN), es: resolved(e.PSOAS_TERMS_ES) },
    },
  };
}

const resolved = (file: string | undefined) => (file ? path.resolve(file) : undefined);

/** Behind TLS there is a terminating proxy, so one hop is trusted unless said otherwise. */
function trustedProxies(value: string | undefined, behindTls: string | undefined): number | string[] | false {
  if (value === undefined) return behindTls === 'true' || behindTls === '1' ? 1 : false;
  if (/^\d+$/.test(value)) return Number(value) === 0 ? false : Number(value);
  return value.split(',').map((a) => a.trim());
}

/** Fastify's trustProxy for the setting (its types lack the hop count its runtime accepts). */
export function trustProxyOption(
  trusted: Config['trustedProxies'],
): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trusted === 'number' ? (_address, hop) => hop < trusted : trusted;
}

/** The package root, whether running from src/ (tsx, vitest) or from dist/. */
export function defaultPackageRoot(): string {
  return path.resolve(import.meta.dirname, '..', '..');
}
