/** How the app sends mail: part of Config (SMTP_URL, MAIL_FROM, PSOAS_PUBLIC_URL, PSOAS_OUTBOX_WORKER). */
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
