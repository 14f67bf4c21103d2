import type { Language, Localized } from '../../domain/i18n.js';
import type { ReminderKind } from '../../domain/reminders/schedule.js';
import type { OutboxEmail } from '../db/schema.js';

interface Texts {
  subject: string;
  lead: string;
  action: string;
}

const TEXTS: Localized<Record<ReminderKind, Texts> & { footer: string; change: string }> = {
  en: {
    session: {
      subject: 'Psoas: time for your exercises',
      lead: 'This is the reminder you asked for: today is one of your exercise days.',
      action: 'Open your session',
    },
    checkin: {
      subject: 'Psoas: how is your back today?',
      lead: 'This is the reminder you asked for: a quick check-in takes under a minute.',
      action: 'Check in',
    },
    nudge: {
      subject: 'Psoas: nothing logged for two days',
      lead: 'Nothing has been logged for two days. A short session or a quick check-in helps you see how your back is doing. If pain stops you, that is worth writing down too.',
      action: 'Open Psoas',
    },
    change: 'Change or switch off your reminders on your programme page:',
    footer:
      'You get this because you switched on reminders in Psoas. Your email app’s “unsubscribe” button switches them off at once.',
  },
  es: {
    session: {
      subject: 'Psoas: es hora de tus ejercicios',
      lead: 'Este es el recordatorio que pediste: hoy es uno de tus días de ejercicios.',
      action: 'Abre tu sesión',
    },
    checkin: {
      subject: 'Psoas: ¿cómo está tu espalda hoy?',
      lead: 'Este es el recordatorio que pediste: registrar cómo estás lleva menos de un minuto.',
      action: 'Registra cómo estás',
    },
    nudge: {
      subject: 'Psoas: dos días sin registrar nada',
      lead: 'Llevas dos días sin registrar nada. Una sesión corta o un registro rápido te ayudan a ver cómo va tu espalda. Si el dolor no te deja, también vale la pena anotarlo.',
      action: 'Abre Psoas',
    },
    change: 'Cambia o desactiva tus recordatorios en la página de tu programa:',
    footer:
      'Recibes esto porque activaste los recordatorios en Psoas. El botón «cancelar suscripción» de tu app de correo los desactiva al momento.',
  },
};

/** The reminder mail, written now in the person's language (stored in the outbox as text). */
export function reminderEmail(input: {
  kind: ReminderKind;
  to: string;
  language: Language;
  publicUrl: string;
  unsubscribeUrl: string;
}): OutboxEmail {
  const all = TEXTS[input.language];
  const t = all[input.kind];
  const target = input.kind === 'checkin' ? '/progress/checkin' : '/programme';
  return {
    to: input.to,
    subject: t.subject,
    language: input.language,
    text: `${t.lead}\n\n${t.action}: ${input.publicUrl}${target}\n\n${all.change}\n${input.publicUrl}/programme\n\n${all.footer}\n`,
    listUnsubscribe: input.unsubscribeUrl,
  };
}
