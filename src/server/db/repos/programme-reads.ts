import type { Pool } from 'pg';

/** A programme as the API reads it: the stored JSON as text, never parsed on the way out. */
export interface ProgrammeText {
  id: string;
  /** The row version (`xmin`): any write to the row makes a new one. */
  version: string;
  createdAt: Date;
  updatedAt: Date;
  /** The stored programme as PostgreSQL prints it; validated when it was written. */
  programme: string;
}

interface Row {
  id: string;
  version: string;
  created_at: Date;
  updated_at: Date;
  /** Null when the caller already holds this version. */
  programme: string | null;
}

// Named statements, planned once per connection. The owner check and the data are one query;
// the 55 kB programme is read (detoasted, printed, sent) only when the version the app holds
// is not the row's current one, so a repeated read is an index lookup.
const COLUMNS = `id, xmin::text as version, created_at, updated_at,
  case when id::text || ':' || xmin::text = $KNOWN then null else programme::text end as programme`;
const byId = {
  name: 'programme_read_by_id',
  text: `select ${COLUMNS.replace('$KNOWN', '$3')} from programmes where id = $1 and person_id = $2`,
};
const current = {
  name: 'programme_read_current',
  text: `select ${COLUMNS.replace('$KNOWN', '$2')} from programmes where person_id = $1
         order by created_at desc, id desc limit 1`,
};

/** How many programme texts each pool keeps (≈ 60 kB each). */
const CACHED = 200;

/**
 * Programme texts this process has read, by programme id, newest use last. An entry is used only
 * when the database says the row still has that version, so a change made by another instance
 * is seen at once; ownership is checked by every query.
 */
class ProgrammeTexts {
  private readonly texts = new Map<string, ProgrammeText>();
  /** The programme each person's "current" read found last, to offer its version next time. */
  private readonly currentOf = new Map<string, string>();

  known(id: string | undefined): ProgrammeText | undefined {
    return id === undefined ? undefined : this.texts.get(id);
  }

  knownCurrent(personId: string): ProgrammeText | undefined {
    return this.known(this.currentOf.get(personId));
  }

  resolve(row: Row | undefined, held: ProgrammeText | undefined): ProgrammeText | undefined {
    if (!row) return undefined;
    if (row.programme === null && held && held.id === row.id && held.version === row.version) {
      this.touch(held);
      return held;
    }
    // The query hides the text only when the row is the version offered, so it is here now.
    if (row.programme === null) throw new Error('programme read: no text and no matching version held');
    const text: ProgrammeText = {
      id: row.id,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      programme: row.programme,
    };
    this.touch(text);
    return text;
  }

  rememberCurrent(personId: string, text: ProgrammeText | undefined): void {
    this.currentOf.delete(personId);
    if (text) this.currentOf.set(personId, text.id);
    if (this.currentOf.size > CACHED) this.currentOf.delete(this.currentOf.keys().next().value!);
  }

  private touch(text: ProgrammeText): void {
    this.texts.delete(text.id);
    this.texts.set(text.id, text);
    if (this.texts.size > CACHED) this.texts.delete(this.texts.keys().next().value!);
  }
}

const cachePerPool = new WeakMap<Pool, ProgrammeTexts>();
const textsOf = (pool: Pool) => {
  let texts = cachePerPool.get(pool);
  if (!texts) {
    texts = new ProgrammeTexts();
    cachePerPool.set(pool, texts);
  }
  return texts;
};

const versionKey = (held: ProgrammeText | undefined) => (held ? `${held.id}:${held.version}` : null);

/** The programme when it belongs to the person (one query); undefined otherwise. */
export async function readProgrammeOfPerson(
  pool: Pool,
  personId: string,
  id: string,
): Promise<ProgrammeText | undefined> {
  const texts = textsOf(pool);
  const held = texts.known(id);
  const { rows } = await pool.query<Row>({ ...byId, values: [id, personId, versionKey(held)] });
  return texts.resolve(rows[0], held);
}

/** The person's newest programme (one query); undefined when they have none. */
export async function readCurrentProgrammeOfPerson(
  pool: Pool,
  personId: string,
): Promise<ProgrammeText | undefined> {
  const texts = textsOf(pool);
  const held = texts.knownCurrent(personId);
  const { rows } = await pool.query<Row>({ ...current, values: [personId, versionKey(held)] });
  const text = texts.resolve(rows[0], held);
  texts.rememberCurrent(personId, text);
  return text;
}
