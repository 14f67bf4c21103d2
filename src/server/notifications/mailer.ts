import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboxRow } from '../db/repos/outbox.js';

export type SendMail = (row: OutboxRow) => Promise<void>;

/**
 * Sends outbox messages through SMTP. The Message-ID is derived from the outbox row, so a
 * receiver can recognise the rare duplicate (SMTP accepted, then the process died before the
 * row was marked sent).
 */
export function smtpMailer(smtpUrl: string, from: string): { send: SendMail; close(): void } {
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(row) {
      const p = row.payload;
      await transport.sendMail({
        from,
        to: p.to,
        subject: p.subject,
        text: p.text,
        messageId: `<outbox-${row.id}@psoas>`,
        headers: { 'X-Psoas-Outbox-Id': String(row.id) },
        icalEvent: p.ics
          ? { filename: p.ics.filename, method: p.ics.method, content: p.ics.content }
          : undefined,
      });
    },
    close: () => transport.close(),
  };
}
