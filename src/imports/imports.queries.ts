import type { Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ImportUpload, ImportUploadTable } from '../db/tables.ts';

// Every statement about uploaded import files. The answers an import creates are written by answers.queries.ts.

export async function insertUpload(db: Db, upload: Insertable<ImportUploadTable>): Promise<void> {
  await db.insertInto('importUploads').values(upload).execute();
}

/** An upload to the board made after `since` (older ones are as good as gone). */
export function findUpload(db: Db, boardId: string, id: string, since: string): Promise<ImportUpload | undefined> {
  return db.selectFrom('importUploads').selectAll().where('id', '=', id).where('boardId', '=', boardId).where('createdAt', '>', since).executeTakeFirst();
}

export async function deleteUpload(db: Db, id: string): Promise<void> {
  await db.deleteFrom('importUploads').where('id', '=', id).execute();
}

/** Uploads nobody imported within a day hold people's answers and emails for no purpose: they go. */
export async function deleteUploadsBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('importUploads').where('createdAt', '<=', before).execute();
}

/** Which of these submission keys are already stored (an earlier import of the same rows). */
export async function listStoredKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  // In slices: SQLite and PostgreSQL both limit how many parameters one statement takes.
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('submissionKeys')
      .select('key')
      .where('key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) found.add(r.key);
  }
  return found;
}
