import type { Language, Localized } from '../../domain/i18n.js';
import type { OutboxEmail } from '../db/schema.js';

type Mail = Pick<OutboxEmail, 'subject' | 'text'>;

const RESET: Localized<(name: string, link: string) => Mail> = {
  en: (name, link) => ({
    subject: 'Psoas: reset your password',
    text: `Hello ${name},\n\nSomeone (we hope you) asked to reset the password of your Psoas account.\nOpen this link within the next hour to choose a new one; it works once only:\n\n${link}\n\nIf it was not you, ignore this message: your password stays as it is.\n`,
  }),
  es: (name, link) => ({
    subject: 'Psoas: cambia tu contraseña',
    text: `Hola, ${name}:\n\nAlguien (esperamos que tú) ha pedido cambiar la contraseña de tu cuenta de Psoas.\nAbre este enlace en la próxima hora para elegir una nueva; solo sirve una vez:\n\n${link}\n\nSi no lo has pedido tú, ignora este mensaje: tu contraseña sigue igual.\n`,
  }),
};

const VERIFICATION: Localized<(name: string, link: string) => Mail> = {
  en: (name, link) => ({
    subject: 'Psoas: confirm your email',
    text: `Hello ${name},\n\nTo finish creating your Psoas account, open this link within the next 24 hours; it works once only:\n\n${link}\n\nIf it was not you, ignore this message: no account will be created.\n`,
  }),
  es: (name, link) => ({
    subject: 'Psoas: confirma tu correo',
    text: `Hola, ${name}:\n\nPara terminar de crear tu cuenta de Psoas, abre este enlace en las próximas 24 horas; solo sirve una vez:\n\n${link}\n\nSi no has sido tú, ignora este mensaje: no se creará ninguna cuenta.\n`,
  }),
};

const ALREADY_REGISTERED: Localized<(ownerName: string, baseUrl: string) => Mail> = {
  en: (ownerName, baseUrl) => ({
    subject: 'Psoas: you already have an account',
    text: `Hello ${ownerName},\n\nSomeone tried to create a Psoas account with your email address, which has one already.\nIf it was you, sign in or reset your password here:\n\n${baseUrl}/account\n\nIf it was not you, ignore this message: your account stays as it is.\n`,
  }),
  es: (ownerName, baseUrl) => ({
    subject: 'Psoas: ya tienes una cuenta',
    text: `Hola, ${ownerName}:\n\nAlguien ha intentado crear una cuenta de Psoas con tu dirección de correo, que ya tiene una.\nSi has sido tú, inicia sesión o cambia tu contraseña aquí:\n\n${baseUrl}/account\n\nSi no has sido tú, ignora este mensaje: tu cuenta sigue igual.\n`,
  }),
};

/** The password-reset mail, in the person's language. */
export function resetMail(to: string, name: string, link: string, language: Language): OutboxEmail {
  return { to, language, ...RESET[language](name, link) };
}

/** The link that proves a new account's address; the account exists only once it is opened. */
export function verificationMail(to: string, name: string, link: string, language: Language): OutboxEmail {
  return { to, language, ...VERIFICATION[language](name, link) };
}

/**
 * Sent instead of a verification link when the address has an account already, so sign-up
 * answers the same either way. It names the owner as stored, never the name the form carried.
 */
export function alreadyRegisteredMail(
  to: string,
  ownerName: string,
  baseUrl: string,
  language: Language,
): OutboxEmail {
  return { to, language, ...ALREADY_REGISTERED[language](ownerName, baseUrl) };
}
