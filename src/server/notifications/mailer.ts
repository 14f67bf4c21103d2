import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboxEmail } from '../db/schema.js';

/** A rendered outbox message on its way out. */
export interface OutgoingMail {
  outboxId: number;
  /** The outbox row's random key: the Message-ID's left part. */
  messageKey: string;
  email: OutboxEmail & { html: string };
}

export type SendMail = (mail: OutgoingMail) => Promise<void>;

/**
 * Sends outbox messages through SMTP. The Message-ID is the row's random key at the public
 * host's domain: unique across installations (a bare row id repeats in every one), and the same
 * on every retry of a row, so a receiver can recognise the rare duplicate (SMTP accepted, then
 * the process died before the row was marked sent). Auto-Submitted tells mail systems not to
 * answer with vacation replies.
 */
export function smtpMailer(
  smtpUrl: string,
  from: string,
  messageDomain: string,
): { send: SendMail; close(): void } {
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send({ outboxId, messageKey, email }) {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: `<${messageKey}@${messageDomain}>`,
        headers: {
          'Auto-Submitted': 'auto-generated',
          'X-Psoas-Outbox-Id': String(outboxId),
          ...(email.listUnsubscribe
            ? {
                'List-Unsubscribe': `<${email.listUnsubscribe}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              }
            : {}),
        },
        icalEvent: email.ics
          ? { filename: email.ics.filename, method: email.ics.method, content: email.ics.content }
          : undefined,
      });
    },
    close: () => transport.close(),
  };
}

/** The domain of Message-IDs: the host people reach the app at (PSOAS_PUBLIC_URL). */
export const messageDomainOf = (publicUrl: string) => new URL(publicUrl).hostname || 'localhost';
