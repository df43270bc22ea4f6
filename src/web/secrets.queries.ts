import type { Db } from '../db/database.ts';

// The only statements that write secrets.

export async function findSecret(db: Db, name: string): Promise<string | undefined> {
  return (await db.selectFrom('secrets').select('value').where('name', '=', name).executeTakeFirst())?.value;
}

/** Stores the secret unless one of that name exists; returns the one stored, whoever stored it first. */
export async function insertSecretIfAbsent(db: Db, name: string, value: string, at: string): Promise<string> {
  await db
    .insertInto('secrets')
    .values({ name, value, createdAt: at })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const stored = await findSecret(db, name);
  if (stored === undefined) throw new Error(`the secret "${name}" was not stored`);
  return stored;
}
