// Builds the benchmark's database before any server starts: the demo board (11 answers), a
// post-moderated board with 1,000 published answers, and an empty post-moderated board for submits.
import fs from 'node:fs';
import type { Config } from '../src/config.ts';
import { createDatabase, migrate } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import type { NewAnswer } from '../src/db/tables.ts';
import { demoBoardFile } from '../src/boards/boards.input.ts';
import { importBoard, importBoardFile, parseBoardFile } from '../src/exports/board-files.ts';
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

const inEnglish = (text: Text) => (typeof text === 'string' ? text : text.en);

/** The demo board's questions and perspectives (5 × 5), for the benchmark's own boards. */
export function demoShape(): DemoFile {
  return JSON.parse(fs.readFileSync(demoBoardFile, 'utf8')) as DemoFile;
}

const words = (
  'the a to of and in that it is for you on with as be this they your people someone what if can do not when about ' +
  'team service online post account policy support social media manager practitioner safeguarding crisis privacy ' +
  'time week supervisor record share photo profile message reply colleague public private professional judgement ' +
  'training workshop platform risk advice trust answer question complaint feedback listen calm respond quickly ' +
  'organisation guidance codes conduct help contact emergency number out hours weekend monitor settings friends ' +
  'family screenshot personal boundaries learn small start minutes each day useful network evidence practice care ' +
  'worker nurse social clinician digital communications information governance consent harm wellbeing honest ' +
  'apologise escalate document follow procedure sensible ordinary everyday worried confident feel better worse'
).split(' ');

/** Answer-like English: 1–4 sentences of 6–22 words, sometimes in two paragraphs (about 60–700 characters). */
export function answerText(rand: () => number): string {
  const sentences: string[] = [];
  const count = 1 + Math.floor(rand() * 4);
  for (let s = 0; s < count; s++) {
    const n = 6 + Math.floor(rand() * 17);
    const picked: string[] = [];
    for (let w = 0; w < n; w++) picked.push(words[Math.floor(rand() * words.length)]!);
    const sentence = picked.join(' ');
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + (rand() < 0.15 ? '?' : '.'));
  }
  if (sentences.length > 2 && rand() < 0.4) return `${sentences.slice(0, 2).join(' ')}\n\n${sentences.slice(2).join(' ')}`;
  return sentences.join(' ');
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
    const boardFile = (slug: string, title: string) =>
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
    const big = await importBoard(db, boardFile(bigBoardSlug, `${inEnglish(shape.title)} (1,000 answers)`));
    const submits = await importBoard(db, boardFile(submitBoardSlug, 'Benchmark: answer submits'));

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
