import type { Config } from '../config.js';

/** How the app sends mail. Read from the environment unless a test passes its own. */
export interface MailSettings {
  /** nodemailer SMTP URL, e.g. smtp://127.0.0.1:2525; absent = mail disabled, messages stay pending. */
  smtpUrl: string | undefined;
  from: string;
  /** Absolute base of links in emails (cancel / manage links). */
  publicUrl: string;
  /** Run the outbox worker in this process (off: another instance or a test sends). */
  worker: boolean;
  pollMs: number;
  maxAttempts: number;
  /** First retry delay; doubles per attempt. */
  retryBaseMs: number;
}

declare module '../config.js' {
  interface Config {
    /** Mail settings; when absent they come from the environment (see mailSettingsFromEnv). */
    mail?: Partial<MailSettings>;
  }
}

export function mailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    throw new Error('SMTP_URL must start with smtp:// or smtps://');
  return {
    smtpUrl,
    from: env.MAIL_FROM?.trim() || 'Psoas <no-reply@psoas.local>',
    publicUrl: (env.PSOAS_PUBLIC_URL?.trim() || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, ''),
    worker: env.PSOAS_OUTBOX_WORKER !== 'off',
    pollMs: 1000,
    maxAttempts: 6,
    retryBaseMs: 30_000,
  };
}

export function mailSettings(config: Config): MailSettings {
  return { ...mailSettingsFromEnv(), ...config.mail };
}
