import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { accountSchema } from '../../../contract/auth.js';
import type { consentListSchema, consentSchema } from '../../../contract/privacy.js';
import { ApiError } from '../../api.js';

export type { accountSchema, consentListSchema, consentSchema };
export type Account = z.infer<typeof accountSchema>;
export type ConsentView = z.infer<typeof consentSchema>;

/** The server's refusal in the reader's language (the server's own text is English). */
export function errorText(t: TFunction<'account'>, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (error.code === 'validation_failed') {
    if (error.field?.toLowerCase().includes('password')) return t('errors.password_short');
    if (error.field?.includes('email')) return t('errors.email_invalid');
    return t('errors.generic');
  }
  if (error.code === 'too_many_attempts') {
    return t('errors.too_many_attempts', { seconds: Number(error.body?.retryAfterSeconds ?? 60) });
  }
  const known = [
    'invalid_credentials',
    'email_taken',
    'wrong_password',
    'reset_link_invalid',
    'csrf_refused',
    'offline',
  ] as const;
  return (known as readonly string[]).includes(error.code)
    ? t(`errors.${error.code as (typeof known)[number]}`)
    : t('errors.generic');
}
