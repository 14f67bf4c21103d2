import { z } from 'zod';
import { language, text } from './common.js';

/** Accounts (routes/auth.ts): who is signed in, sign up, sign in and out, passwords. */

export const roleSchema = z.enum(['patient', 'practitioner', 'clinic_admin', 'reception']);

export const accountSchema = z.object({
  /** anonymous: no identity yet; guest: data kept by this browser only; user: signed in. */
  kind: z.enum(['anonymous', 'guest', 'user']),
  personId: z.string().uuid().nullable(),
  user: z
    .object({
      id: z.string().uuid(),
      email: z.string(),
      role: roleSchema,
      displayName: z.string(),
    })
    .nullable(),
});

export const emailInput = text({ max: 254 }).toLowerCase().pipe(z.email());
// Length is what makes a password strong; 128 keeps hashing cost bounded. A password is never
// trimmed or shown, but it must still be text: a NUL has no place in it.
const password = (min: number, message?: string) =>
  z
    .string()
    .min(min, message)
    .max(128)
    .refine((v) => !/\0/.test(v), 'must not contain a NUL character');
export const newPassword = password(10, 'Use at least 10 characters.');
export const givenPassword = password(1);

export const signupBody = z
  .object({
    email: emailInput,
    password: newPassword,
    displayName: text({ min: 1, max: 80 }),
    language: language.optional(),
  })
  .strict();
export const signinBody = z.object({ email: emailInput, password: givenPassword }).strict();
export const passwordChangeBody = z.object({ currentPassword: givenPassword, newPassword }).strict();
/** A mailed one-time token (sign-up verification, password reset). */
const mailedToken = text({ min: 20, max: 200 });
/** Sign-up and reset answer the same whether or not the address has an account. */
export const acceptedSchema = z.object({ accepted: z.literal(true) });
export const verifySignupBody = z.object({ token: mailedToken }).strict();
export const passwordResetBody = z.object({ email: emailInput, language: language.optional() }).strict();
export const passwordResetConfirmBody = z.object({ token: mailedToken, newPassword }).strict();
