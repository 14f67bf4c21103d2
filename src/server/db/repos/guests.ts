import { eq } from 'drizzle-orm';
import type { Db } from '../database.js';
import { guests } from '../schema.js';

export type Guest = typeof guests.$inferSelect;

export async function createGuest(db: Db, tokenHash: string, language: string): Promise<Guest> {
  const [row] = await db.insert(guests).values({ tokenHash, language }).returning();
  return row!;
}

export async function findGuestByTokenHash(db: Db, tokenHash: string): Promise<Guest | undefined> {
  const [row] = await db.select().from(guests).where(eq(guests.tokenHash, tokenHash)).limit(1);
  return row;
}

export async function setGuestLanguage(db: Db, id: string, language: string): Promise<Guest | undefined> {
  const [row] = await db
    .update(guests)
    .set({ language, lastSeenAt: new Date() })
    .where(eq(guests.id, id))
    .returning();
  return row;
}
