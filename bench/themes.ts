// Themes by perspective for one question with 1,000 published answers (issue 12 point 5), for `npm run bench`:
// loadQuestionThemes (the facilitators' page: the SQL read, wink-nlp's tagging, the counts and the log-odds) on a
// SQLite database of its own. Goal: under 1 s, the first time too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../src/config.ts';
import { createDatabase, migrate } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import type { NewAnswer } from '../src/db/tables.ts';
import { demoBoardFile } from '../src/boards/boards.input.ts';
import { findBoardBySlug } from '../src/boards/boards.queries.ts';
import { importBoardFile } from '../src/exports/board-files.ts';
import { insertAnswers } from '../src/answers/answers.queries.ts';
import { mulberry32 } from '../src/prng.ts';
import { loadQuestionThemes } from '../src/themes/themes.actions.ts';
import { forgetExtracted } from '../src/themes/themes.ts';
import { answerText } from './seed.ts';
import { fmt, percentile, table } from './stats.ts';

export const themesGoalMs = 1000;
const answers = 1000;

export async function themesBench(options: { quick: boolean; log(line?: string): void }): Promise<void> {
  const { log } = options;
  const rounds = options.quick ? 3 : 10;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-bench-themes-'));
  const db = createDatabase(parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  try {
    await migrate(db);
    const { slug } = await importBoardFile(db, demoBoardFile);
    const board = (await findBoardBySlug(db, slug))!;
    const question = await db.selectFrom('questions').select(['id', 'key']).where('boardId', '=', board.id).orderBy('position').executeTakeFirstOrThrow();
    const perspectives = await db.selectFrom('perspectives').select('id').where('boardId', '=', board.id).orderBy('position').execute();
    const rand = mulberry32(20261207);
    const at = new Date().toISOString();
    const rows: NewAnswer[] = Array.from({ length: answers }, (_, i) => ({
      id: newId(),
      boardId: board.id,
      questionId: question.id,
      perspectiveId: perspectives[i % perspectives.length]!.id,
      body: answerText(rand),
      displayName: null,
      email: null,
      status: 'published',
      isExample: 0,
      consentVersion: 'bench',
      createdAt: at,
      updatedAt: at,
      publishedAt: at,
    }));
    for (let i = 0; i < rows.length; i += 200) await insertAnswers(db, rows.slice(i, i + 200));
    const words = rows.reduce((n, r) => n + r.body.split(/\s+/).length, 0);

    const time = async () => {
      const started = performance.now();
      const loaded = await loadQuestionThemes(db, board, question.key);
      return { ms: performance.now() - started, phrases: loaded!.themes.known.size };
    };
    // The first call in this process also loads wink-nlp's English model.
    const first = await time();
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < rounds; i++) {
      forgetExtracted();
      cold.push((await time()).ms);
      warm.push((await time()).ms);
    }
    cold.sort((a, b) => a - b);
    warm.sort((a, b) => a - b);
    const worst = Math.max(first.ms, cold[cold.length - 1]!);
    log(`6. Themes by perspective: one question with ${fmt.int(answers)} published answers (${fmt.int(words)} words) from 5 perspectives`);
    log(`   loadQuestionThemes: SQL read, wink-nlp tagging, counts per answer, weighted log-odds per perspective; ${fmt.int(first.phrases)} distinct phrases`);
    log(
      table([
        ['', 'p50 ms', 'max ms', 'runs'],
        ['first in the process (loads the model)', fmt.ms(first.ms), fmt.ms(first.ms), '1'],
        ['every answer tagged afresh', fmt.ms(percentile(cold, 50)), fmt.ms(cold[cold.length - 1]!), String(rounds)],
        ['answers tagged before (kept per answer)', fmt.ms(percentile(warm, 50)), fmt.ms(warm[warm.length - 1]!), String(rounds)],
      ]),
    );
    log(`   slowest ${fmt.ms(worst)} ms — goal < ${fmt.int(themesGoalMs)} ms: ${worst < themesGoalMs ? 'MET' : 'NOT MET'}`);
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
