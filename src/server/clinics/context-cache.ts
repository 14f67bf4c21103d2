import type pg from 'pg';
import type { Db } from '../db/database.js';
import { clinicVersion } from '../db/repos/booked-times.js';
import { type ClinicContext, loadClinicContext } from '../db/repos/clinics.js';

/** A clinic's context as of a version of clinic_versions. */
export interface VersionedContext {
  ctx: ClinicContext;
  version: string;
}

// A handful of clinics per installation; the bound only stops a flood of made-up slugs.
const MAX_ENTRIES = 500;

/**
 * The clinic contexts of one app instance (loading one is a relational query whose building
 * alone costs more than the availability computation). An entry is only a guess: every user
 * checks its version against the database in a round trip it makes anyway (the availability
 * read, the booking statement), and reloads on a mismatch, so a change made through another
 * instance is seen at once.
 */
export class ClinicContextCache {
  private readonly entries = new Map<string, VersionedContext>();

  constructor(
    private readonly db: Db,
    private readonly pool: pg.Pool,
  ) {}

  /** The cached context (by id or slug), loading it when unknown; undefined for no such clinic. */
  async get(idOrSlug: string): Promise<VersionedContext | undefined> {
    return this.entries.get(idOrSlug) ?? this.reload(idOrSlug);
  }

  /**
   * Loads the context afresh. The version is read before the context, so a change landing in
   * between makes the entry look older than it is (reloaded next time), never newer.
   */
  async reload(idOrSlug: string, knownClinicId?: string): Promise<VersionedContext | undefined> {
    const id = knownClinicId ?? this.entries.get(idOrSlug)?.ctx.clinic.id;
    const version = id ? await clinicVersion(this.pool, id) : undefined;
    const ctx = await loadClinicContext(this.db, idOrSlug);
    if (!ctx) {
      this.forget(idOrSlug);
      return undefined;
    }
    // Without a known id the version is read after the context: mark it unknown so the first
    // check reloads once more with the id in hand.
    const entry = { ctx, version: version ?? 'unknown' };
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(idOrSlug, entry);
    this.entries.set(ctx.clinic.id, entry);
    return entry;
  }

  private forget(idOrSlug: string) {
    const entry = this.entries.get(idOrSlug);
    this.entries.delete(idOrSlug);
    if (entry) this.entries.delete(entry.ctx.clinic.id);
  }
}
