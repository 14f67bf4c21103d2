import { formatLocale, type Language, type Localized } from '../../domain/i18n.js';
import { formatInZone } from '../../domain/time/index.js';
import type { OutboxEmail } from '../db/schema.js';

type Mail = Pick<OutboxEmail, 'subject' | 'text'>;

export interface WaitlistJoinedMail {
  name: string;
  clinicName: string;
  serviceName: string;
  /** The practitioner's name, or '' for anyone. */
  practitionerName: string;
  /** The range as words, e.g. "Monday 7 December – Sunday 13 December". */
  days: string;
  leaveUrl: string;
}

export interface WaitlistOfferMail {
  name: string;
  clinicName: string;
  clinicPhone: string;
  serviceName: string;
  practitionerName: string;
  when: string;
  offerUrl: string;
  leaveUrl: string;
}

const JOINED: Localized<(m: WaitlistJoinedMail) => Mail> = {
  en: (m) => ({
    subject: `${m.clinicName}: you are on the waitlist`,
    text: `Hello ${m.name},\n\nYou are on the waitlist of ${m.clinicName} for ${m.serviceName}${m.practitionerName ? ` with ${m.practitionerName}` : ''}, ${m.days}.\nWhen a time frees up on those days, we email you a link to book it. A few people may get the same email: the first to book gets the time.\n\nTo leave the waitlist:\n${m.leaveUrl}\n`,
  }),
  es: (m) => ({
    subject: `${m.clinicName}: estás en la lista de espera`,
    text: `Hola, ${m.name}:\n\nEstás en la lista de espera de ${m.clinicName} para ${m.serviceName}${m.practitionerName ? ` con ${m.practitionerName}` : ''}, ${m.days}.\nCuando se libere una hora en esos días, te enviamos un enlace para reservarla. Puede que otras personas reciban el mismo correo: la hora es para quien reserve primero.\n\nPara salir de la lista de espera:\n${m.leaveUrl}\n`,
  }),
};

const OFFER: Localized<(m: WaitlistOfferMail) => Mail> = {
  en: (m) => ({
    subject: `${m.clinicName}: a time is free on ${m.when}`,
    text: `Hello ${m.name},\n\nA time has freed up: ${m.serviceName} with ${m.practitionerName}, ${m.when}.\nIf you want it, open this link and press "Book this time". We sent this email to up to three people on the waitlist, in the order they joined: the first to book gets it.\n\n${m.offerUrl}\n\nQuestions: ${m.clinicPhone}.\n\nTo leave the waitlist:\n${m.leaveUrl}\n`,
  }),
  es: (m) => ({
    subject: `${m.clinicName}: hay una hora libre el ${m.when}`,
    text: `Hola, ${m.name}:\n\nSe ha liberado una hora: ${m.serviceName} con ${m.practitionerName}, ${m.when}.\nSi la quieres, abre este enlace y pulsa «Reservar esta hora». Enviamos este correo a un máximo de tres personas de la lista de espera, por orden de llegada: la hora es para quien reserve primero.\n\n${m.offerUrl}\n\nDudas: ${m.clinicPhone}.\n\nPara salir de la lista de espera:\n${m.leaveUrl}\n`,
  }),
};

export const waitlistJoinedMail = (to: string, language: Language, m: WaitlistJoinedMail): OutboxEmail => ({
  to,
  language,
  ...JOINED[language](m),
});

export const waitlistOfferMail = (to: string, language: Language, m: WaitlistOfferMail): OutboxEmail => ({
  to,
  language,
  ...OFFER[language](m),
});

/** A date as words in the mail's language ("Monday, December 7"). */
export const mailDay = (date: string, language: Language) =>
  new Intl.DateTimeFormat(formatLocale(language), {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));

/** A range of dates as words: one day, or "first – last". */
export const mailDays = (from: string, to: string, language: Language) =>
  from === to ? mailDay(from, language) : `${mailDay(from, language)} – ${mailDay(to, language)}`;

/** An instant as the clinic's clock shows it, with the weekday and date. */
export const mailWhen = (instant: Date, timeZone: string, language: Language) =>
  formatInZone(instant, timeZone, formatLocale(language), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
