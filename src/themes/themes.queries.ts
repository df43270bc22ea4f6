import type { Db } from '../db/database.ts';
import type { ThemeChoices } from './themes.ts';

// Every statement that writes theme_choices or theme_settings.

export interface ThemeSettings {
  showPublic: boolean;
  showHandout: boolean;
}

export async function findThemeSettings(db: Db, questionId: string): Promise<ThemeSettings> {
  const row = await db.selectFrom('themeSettings').select(['showPublic', 'showHandout']).where('questionId', '=', questionId).executeTakeFirst();
  return { showPublic: row?.showPublic === 1, showHandout: row?.showHandout === 1 };
}

/** The questions of a board whose themes are shown publicly or in the handout, by question id. */
export async function listThemeSettings(db: Db, boardId: string): Promise<Map<string, ThemeSettings>> {
  const rows = await db.selectFrom('themeSettings').select(['questionId', 'showPublic', 'showHandout']).where('boardId', '=', boardId).execute();
  return new Map(rows.map((r) => [r.questionId, { showPublic: r.showPublic === 1, showHandout: r.showHandout === 1 }]));
}

export async function saveThemeSettings(db: Db, boardId: string, questionId: string, settings: ThemeSettings, at: string): Promise<void> {
  const values = { showPublic: settings.showPublic ? 1 : 0, showHandout: settings.showHandout ? 1 : 0, updatedAt: at };
  await db
    .insertInto('themeSettings')
    .values({ questionId, boardId, ...values })
    .onConflict((oc) => oc.column('questionId').doUpdateSet(values))
    .execute();
}

export async function listThemeChoices(db: Db, questionId: string): Promise<ThemeChoices> {
  const rows = await db.selectFrom('themeChoices').select(['phrase', 'choice', 'mergedInto']).where('questionId', '=', questionId).execute();
  const hidden = new Set<string>();
  const merged = new Map<string, string>();
  for (const r of rows) {
    if (r.choice === 'hidden') hidden.add(r.phrase);
    else if (r.mergedInto !== null) merged.set(r.phrase, r.mergedInto);
  }
  return { hidden, merged };
}

/** Hides a phrase, or merges it into another: one choice per phrase, the latest kept. */
export async function saveThemeChoice(
  db: Db,
  boardId: string,
  questionId: string,
  phrase: string,
  choice: { hidden: true } | { mergedInto: string },
  at: string,
): Promise<void> {
  const values =
    'hidden' in choice
      ? { choice: 'hidden' as const, mergedInto: null, updatedAt: at }
      : { choice: 'merged' as const, mergedInto: choice.mergedInto, updatedAt: at };
  await db
    .insertInto('themeChoices')
    .values({ boardId, questionId, phrase, ...values })
    .onConflict((oc) => oc.columns(['questionId', 'phrase']).doUpdateSet(values))
    .execute();
}

/** Takes back a choice about a phrase: shown again, or no longer merged. */
export async function deleteThemeChoice(db: Db, questionId: string, phrase: string, choice: 'hidden' | 'merged'): Promise<void> {
  await db.deleteFrom('themeChoices').where('questionId', '=', questionId).where('phrase', '=', phrase).where('choice', '=', choice).execute();
}
