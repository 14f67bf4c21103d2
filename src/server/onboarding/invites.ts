import { randomBytes } from 'node:crypto';
import type { Language, Localized } from '../../domain/i18n.js';
import { hashToken } from '../auth/guest.js';
import type { Db } from '../db/database.js';
import { createInvite, findPractitionerOfClinic, type StaffRoleName } from '../db/repos/onboarding.js';
import { findUserByEmail } from '../db/repos/users.js';
import type { OutboxEmail } from '../db/schema.js';
import { AppError, conflict } from '../errors.js';

/** How long an invite link works. */
export const INVITE_DAYS = 7;

const ROLE_NAMES: Localized<Record<StaffRoleName, string>> = {
  en: { clinic_admin: 'clinic administrator', practitioner: 'practitioner', reception: 'receptionist' },
  es: { clinic_admin: 'administración de la clínica', practitioner: 'profesional', reception: 'recepción' },
};

const INVITE: Localized<
  (clinic: string, role: string, link: string) => Pick<OutboxEmail, 'subject' | 'text'>
> = {
  en: (clinic, role, link) => ({
    subject: `Psoas: you are invited to ${clinic}`,
    text: `Hello,\n\n${clinic} invites you to work with them in Psoas as ${role}.\nOpen this link within ${INVITE_DAYS} days to choose your password; it works once only:\n\n${link}\n\nIf you did not expect this, ignore this message: nothing happens without the link.\n`,
  }),
  es: (clinic, role, link) => ({
    subject: `Psoas: ${clinic} te invita`,
    text: `Hola:\n\n${clinic} te invita a trabajar con su equipo en Psoas (${role}).\nAbre este enlace en los próximos ${INVITE_DAYS} días para elegir tu contraseña; solo sirve una vez:\n\n${link}\n\nSi no lo esperabas, ignora este mensaje: sin el enlace no pasa nada.\n`,
  }),
};

export function inviteMail(
  to: string,
  clinicName: string,
  role: StaffRoleName,
  link: string,
  language: Language,
) {
  return { to, language, ...INVITE[language](clinicName, ROLE_NAMES[language][role], link) };
}

/**
 * Invites someone to the clinic's staff: a one-time link (only its hash is stored) mailed through
 * the outbox. Used by the admin's route and by `psoas staff invite`. The link carries the token
 * in its fragment, so it never reaches a server log.
 */
export async function inviteStaff(
  db: Db,
  input: {
    clinic: { id: string; name: string };
    email: string;
    role: StaffRoleName;
    practitioner?: string;
    invitedBy: string | null;
    language: Language;
    publicUrl: string;
    now?: Date;
  },
): Promise<{ id: string; email: string; role: StaffRoleName; expiresAt: Date; link: string }> {
  if (await findUserByEmail(db, input.email))
    throw conflict('account_exists', 'This address already has a Psoas account; invite another address.');
  let practitionerId: string | null = null;
  if (input.practitioner !== undefined) {
    if (input.role !== 'practitioner')
      throw new AppError(
        400,
        'invalid_invite',
        'Only a practitioner invite can name a practitioner.',
        'body.practitionerId',
      );
    const found = await findPractitionerOfClinic(db, input.clinic.id, input.practitioner);
    if (!found)
      throw new AppError(
        400,
        'invalid_invite',
        'This clinic has no such practitioner.',
        'body.practitionerId',
      );
    practitionerId = found.id;
  }
  const token = randomBytes(32).toString('base64url');
  const link = `${input.publicUrl}/clinic/join#token=${token}`;
  const expiresAt = new Date((input.now ?? new Date()).getTime() + INVITE_DAYS * 86_400_000);
  const invite = await createInvite(db, {
    clinicId: input.clinic.id,
    email: input.email,
    role: input.role,
    practitionerId,
    invitedBy: input.invitedBy,
    language: input.language,
    tokenHash: hashToken(token),
    expiresAt,
    mail: inviteMail(input.email, input.clinic.name, input.role, link, input.language),
  });
  return { id: invite.id, email: invite.email, role: input.role, expiresAt, link };
}
