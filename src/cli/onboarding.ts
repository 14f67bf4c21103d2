import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { inviteBody, setupBody } from '../contract/onboarding.js';
import { planSetup } from '../domain/onboarding/setup.js';
import type { Config } from '../server/config.js';
import type { Db } from '../server/db/database.js';
import { findClinic } from '../server/db/repos/clinics.js';
import { createClinicWithAdmin, SetupRefused } from '../server/db/repos/onboarding.js';
import { hashPassword } from '../server/db/repos/users.js';
import { AppError } from '../server/errors.js';
import { inviteStaff } from '../server/onboarding/invites.js';

/** A mistake in the command line or its input: printed as it is, exit status 2. */
export class UsageError extends Error {}

export const onboardingUsage = `  clinic create --file <clinic.json | ->
                   create a clinic with its first admin, services and practitioners from a JSON
                   file (the shape of POST /api/setup: docs/clinics.md); works next to other clinics
  staff invite --clinic <slug|id> --email <address> --role <clinic_admin|practitioner|reception>
               [--practitioner <slug|id>] [--language <en|es>] [--print-link]
                   mail a one-time invite link (7 days) through the outbox; --print-link also
                   writes the link to standard output, for installations without mail
`;

const zodProblems = (error: z.ZodError) =>
  error.issues.map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n');

async function readInput(file: string, stdin: () => Promise<string>): Promise<unknown> {
  let raw: string;
  try {
    raw = file === '-' ? await stdin() : await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`Cannot read ${file}.`);
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new UsageError(`${file} is not JSON.`);
  }
}

/** `psoas clinic create`: the same checks and the same transaction as the first-run page. */
export async function clinicCreate(
  args: string[],
  db: () => Promise<Db>,
  out: (line: string) => void,
  stdin: () => Promise<string>,
): Promise<void> {
  const { values } = usage(() => parseArgs({ args, options: { file: { type: 'string' } } }));
  if (!values.file)
    throw new UsageError('clinic create needs --file <clinic.json> (or --file - for standard input).');
  const parsed = setupBody.safeParse(await readInput(values.file, stdin));
  if (!parsed.success) throw new UsageError(`The clinic file has mistakes:\n${zodProblems(parsed.error)}`);
  const body = parsed.data;
  const { plan, problems } = planSetup(body);
  if (problems.length)
    throw new UsageError(
      `The clinic cannot take bookings as described:\n${problems.map((p) => `  ${p.field}: ${p.message}`).join('\n')}`,
    );
  const passwordHash = await hashPassword(body.admin.password);
  try {
    const created = await createClinicWithAdmin(await db(), body, plan, passwordHash, {
      firstRunOnly: false,
    });
    out(
      `clinic created: ${body.clinic.name} (slug ${created.slug}, id ${created.clinicId}); admin ${body.admin.email}`,
    );
  } catch (e) {
    if (e instanceof SetupRefused)
      throw new UsageError(
        e.reason === 'slug_taken'
          ? `A clinic with the slug "${plan.clinicSlug}" exists already: choose another name.`
          : `The admin address ${body.admin.email} already has an account.`,
      );
    throw e;
  }
}

/** `psoas staff invite`: the admin's invite, from the command line. */
export async function staffInvite(
  args: string[],
  db: () => Promise<Db>,
  config: Config,
  out: (line: string) => void,
): Promise<void> {
  const { values } = usage(() =>
    parseArgs({
      args,
      options: {
        clinic: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string' },
        practitioner: { type: 'string' },
        language: { type: 'string' },
        'print-link': { type: 'boolean', default: false },
      },
    }),
  );
  if (!values.clinic) throw new UsageError('staff invite needs --clinic <slug or id>.');
  const parsed = inviteBody.safeParse({
    email: values.email,
    role: values.role,
    ...(values.language === undefined ? {} : { language: values.language }),
  });
  if (!parsed.success)
    throw new UsageError(
      `staff invite: ${parsed.error.issues
        .map((i) => `--${String(i.path[0] ?? 'arguments')}: ${i.message}`)
        .join('; ')}`,
    );
  const database = await db();
  const clinic = await findClinic(database, values.clinic);
  if (!clinic) throw new UsageError(`No clinic "${values.clinic}".`);
  try {
    const invite = await inviteStaff(database, {
      clinic,
      email: parsed.data.email,
      role: parsed.data.role,
      ...(values.practitioner === undefined ? {} : { practitioner: values.practitioner }),
      invitedBy: null,
      language: parsed.data.language ?? 'en',
      publicUrl: config.mail.publicUrl,
    });
    out(
      `invite for ${invite.email} (${invite.role}) at ${clinic.name} queued in the outbox; the link works until ${invite.expiresAt.toISOString()}`,
    );
    if (values['print-link']) out(invite.link);
  } catch (e) {
    if (e instanceof AppError) throw new UsageError(e.message);
    throw e;
  }
}

/** parseArgs' own complaints (an unknown option, a missing value) are usage errors. */
function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
