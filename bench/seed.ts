// Builds the benchmark's database before any server starts: the demo board (11 answers), a
// post-moderated board with 1,000 published answers, and an empty post-moderated board for submits.
import fs from 'node:fs';
import type { Config } from '../src/config.ts';
import { createDatabase, migrate } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import type { NewAnswer } from '../src/db/tables.ts';
import { demoBoardFile } from '../src/boards/boards.input.ts';
import { importBoard, importBoardFile, parseBoardFile } from '../src/exports/board-files.ts';
import { readData } from '../src/safety/crisis/crisis.data.ts';
import { insertAnswers } from '../src/answers/answers.queries.ts';
import { bumpBoardRevision } from '../src/boards/boards.queries.ts';
import { mulberry32 } from '../src/prng.ts';

export const bigBoardSlug = 'bench-1000';
export const submitBoardSlug = 'bench-submits';
export const bigBoardAnswers = 1000;

/** A text of a board file: in the board's language, or in both (src/exports/board-files.ts). */
type Text = string | { en: string; cy?: string };

interface DemoFile {
  slug: string;
  title: Text;
  intro: Text;
  perspectives: { key: string; label: Text; plural?: Text; description: Text }[];
  questions: { key: string; text: Text }[];
}

const inLanguage = (text: Text, language: 'en' | 'cy') => (typeof text === 'string' ? text : (text[language] ?? text.en));

/** A benchmark board's title, in both languages like the demo board it copies (whose intro is in both). */
export const benchTitle = (en: string, cy: string) => ({ en, cy });

/** The demo board's questions and perspectives (5 × 5), for the benchmark's own boards. */
export function demoShape(): DemoFile {
  return JSON.parse(fs.readFileSync(demoBoardFile, 'utf8')) as DemoFile;
}

// Real-looking answers: the crisis corpus's ordinary board answers to the demo's questions (invented, none carrying
// risk), so each answer goes through the safety checks as a real one does (random words would not read as English).
const ordinary = readData('train/ordinary.jsonl')
  .filter((item) => item.label === 'ordinary')
  .map((item) => item.text);

/** A board answer: one of the ordinary answers, or two of them as two paragraphs (about 40–500 characters). */
export function answerText(rand: () => number): string {
  const pick = () => ordinary[Math.floor(rand() * ordinary.length)]!;
  return rand() < 0.3 ? `${pick()}\n\n${pick()}` : pick();
}

const names = ['Sam', 'Priya K.', 'A social worker in Leeds', 'Jo', 'Community nurse', 'Tom (manager)', 'R. Okafor', 'Digital lead, NHS trust'];

export interface Seeded {
  demoSlug: string;
  demoAnswers: number;
  bigSlug: string;
  submitSlug: string;
  submitBoardId: string;
  questionKeys: string[];
  perspectiveKeys: string[];
}

export async function seed(config: Config): Promise<Seeded> {
  const db = createDatabase(config);
  try {
    await migrate(db);
    const demo = await importBoardFile(db, demoBoardFile);
    const shape = demoShape();
    const boardFile = (slug: string, title: Text) =>
      parseBoardFile({
        slug,
        title,
        intro: shape.intro,
        moderation: 'post',
        accepting: true,
        listed: true,
        perspectives: shape.perspectives,
        questions: shape.questions,
        exampleAnswers: [],
      });
    const bigTitle = benchTitle(`${inLanguage(shape.title, 'en')} (1,000 answers)`, `${inLanguage(shape.title, 'cy')} (1,000 o atebion)`);
    const big = await importBoard(db, boardFile(bigBoardSlug, bigTitle));
    const submits = await importBoard(db, boardFile(submitBoardSlug, benchTitle('Benchmark: answer submits', 'Meincnod: anfon atebion')));

    const questions = await db.selectFrom('questions').select(['id', 'key']).where('boardId', '=', big.id).orderBy('position').execute();
    const perspectives = await db.selectFrom('perspectives').select(['id', 'key']).where('boardId', '=', big.id).orderBy('position').execute();
    const rand = mulberry32(20261125);
    const start = Date.parse('2026-09-01T09:00:00Z');
    const rows: NewAnswer[] = [];
    for (let i = 0; i < bigBoardAnswers; i++) {
      // Spread evenly over the 25 cells: 40 answers in each.
      const question = questions[i % questions.length]!;
      const perspective = perspectives[Math.floor(i / questions.length) % perspectives.length]!;
      const at = new Date(start + i * 137_000).toISOString();
      rows.push({
        id: newId(),
        boardId: big.id,
        questionId: question.id,
        perspectiveId: perspective.id,
        body: answerText(rand),
        displayName: rand() < 0.5 ? names[Math.floor(rand() * names.length)]! : null,
        email: null,
        status: 'published',
        isExample: 0,
        consentVersion: '2026-11-25',
        createdAt: at,
        updatedAt: at,
        publishedAt: at,
      });
    }
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 200) await insertAnswers(trx, rows.slice(i, i + 200));
      await bumpBoardRevision(trx, big.id, new Date().toISOString());
    });
    return {
      demoSlug: demo.slug,
      demoAnswers: demo.answers,
      bigSlug: big.slug,
      submitSlug: submits.slug,
      submitBoardId: submits.id,
      questionKeys: shape.questions.map((q) => q.key),
      perspectiveKeys: shape.perspectives.map((p) => p.key),
    };
  } finally {
    await db.destroy();
  }
}
