import type { OutboxEmail } from '../db/schema.js';

/** The password-reset mail, in the person's language. */
export function resetMail(to: string, name: string, link: string, language: 'en' | 'es'): OutboxEmail {
  if (language === 'es') {
    return {
      to,
      subject: 'Psoas: cambia tu contraseña',
      text: `Hola, ${name}:\n\nAlguien (esperamos que tú) ha pedido cambiar la contraseña de tu cuenta de Psoas.\nAbre este enlace en la próxima hora para elegir una nueva; solo sirve una vez:\n\n${link}\n\nSi no lo has pedido tú, ignora este mensaje: tu contraseña sigue igual.\n`,
    };
  }
  return {
    to,
    subject: 'Psoas: reset your password',
    text: `Hello ${name},\n\nSomeone (we hope you) asked to reset the password of your Psoas account.\nOpen this link within the next hour to choose a new one; it works once only:\n\n${link}\n\nIf it was not you, ignore this message: your password stays as it is.\n`,
  };
}
