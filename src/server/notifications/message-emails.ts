import { type Language, toLanguage } from '../../domain/i18n.js';
import type { Recipient } from '../db/repos/messages.js';
import type { OutboxEmail } from '../db/schema.js';

/**
 * "You have a new message" mails. They never carry the message, the patient's name or anything
 * about their health: mail leaves our hands, so it only says where to look. One mail per unread
 * thread (repos/messages.ts), which the footer tells the reader.
 */
const TEXTS = {
  en: {
    toPatient: (clinic: string) => ({
      subject: `Psoas: new message from ${clinic}`,
      lead: `You have a new message from ${clinic} — open Psoas to read it:`,
    }),
    toClinic: (clinic: string) => ({
      subject: 'Psoas: new message from a patient',
      lead: `You have a new message from a patient of ${clinic} — open Psoas to read it:`,
    }),
    footer:
      'For your privacy this email never contains the message itself. Until you read it, further messages in the same conversation send no more emails.',
  },
  es: {
    toPatient: (clinic: string) => ({
      subject: `Psoas: nuevo mensaje de ${clinic}`,
      lead: `Tienes un mensaje nuevo de ${clinic}. Abre Psoas para leerlo:`,
    }),
    toClinic: (clinic: string) => ({
      subject: 'Psoas: nuevo mensaje de un paciente',
      lead: `Tienes un mensaje nuevo de un paciente de ${clinic}. Abre Psoas para leerlo:`,
    }),
    footer:
      'Por tu privacidad, este correo nunca incluye el mensaje. Hasta que lo leas, los siguientes mensajes de la misma conversación no envían más correos.',
  },
} satisfies Record<Language, unknown>;

export function messageNotice(
  to: Recipient,
  input: { clinicName: string; toPatient: boolean; publicUrl: string; path: string },
): OutboxEmail {
  const language = toLanguage(to.language);
  const t = TEXTS[language];
  const head = input.toPatient ? t.toPatient(input.clinicName) : t.toClinic(input.clinicName);
  return {
    to: to.email,
    language,
    subject: head.subject,
    text: `${head.lead}\n${input.publicUrl}${input.path}\n\n${t.footer}\n`,
  };
}
