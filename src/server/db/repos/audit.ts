import { desc, eq } from 'drizzle-orm';
import type { Db } from '../database.js';
import { auditLog } from '../schema.js';

export interface AuditEntry {
  /** The signed-in user who acted; null for guests and the system. */
  actorUserId: string | null;
  /** Dotted verb, e.g. `account.signin`, `consent.granted`, `assessment.viewed_by_staff`. */
  action: string;
  resourceType: string;
  resourceId?: string | null;
  /** The person the action concerns, if any. */
  personId?: string | null;
  ip?: string | null;
}

/**
 * Appends one audit entry. Pass a transaction as `db` to record it atomically with the change.
 * Never put health values in here: entries outlive erasure.
 */
export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    personId: entry.personId ?? null,
    ip: entry.ip ?? null,
  });
}

export async function auditEntriesAboutPerson(db: Db, personId: string, limit = 500) {
  return db
    .select()
    .from(auditLog)
    .where(eq(auditLog.personId, personId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}
