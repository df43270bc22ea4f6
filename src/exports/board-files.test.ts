import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { createTestApp, dialects, importDemoBoard, type TestApp } from '../../test/helpers.ts';
import { demoBoardFile } from '../boards/boards.input.ts';
import { BoardFileError, exportBoard, importBoard, parseBoardFile } from './board-files.ts';

/** A board file's problems, as import-board prints them. */
function problems(json: unknown): string[] {
  try {
    parseBoardFile(json);
  } catch (err) {
    if (err instanceof BoardFileError) return err.problems;
    throw err;
  }
  return [];
}

const minimal = {
  slug: 'nights',
  perspectives: [{ key: 'nurse', label: 'Nurse' }],
  questions: [{ key: 'awake', text: 'How do you stay awake?' }],
};

describe('board files in two languages', () => {
  test('a plain string is in the board’s language, English unless the file says "cy"', () => {
    const english = parseBoardFile({ ...minimal, title: 'Nights' });
    assert.equal(english.language, 'en');
    assert.deepEqual(english.title, { text: 'Nights', translated: null });
    const welsh = parseBoardFile({ ...minimal, language: 'cy', title: 'Nosweithiau' });
    assert.equal(welsh.language, 'cy');
    assert.deepEqual(welsh.title, { text: 'Nosweithiau', translated: null });
  });

  test('an object gives a text and its translation; the board’s language decides which is which', () => {
    const file = parseBoardFile({
      ...minimal,
      language: 'cy',
      title: { en: 'Nights', cy: 'Nosweithiau' },
      perspectives: [{ key: 'nurse', label: { cy: 'Nyrs', en: 'Nurse' }, plural: { cy: 'nyrsys' }, description: { en: 'You nurse.' } }],
    });
    assert.deepEqual(file.title, { text: 'Nosweithiau', translated: 'Nights' });
    assert.deepEqual(file.perspectives[0], {
      key: 'nurse',
      label: { text: 'Nyrs', translated: 'Nurse' },
      plural: { text: 'nyrsys', translated: null },
      description: { text: '', translated: 'You nurse.' },
    });
  });

  test('errors name the field, and the language within it', () => {
    assert.deepEqual(
      problems({
        ...minimal,
        title: { cy: 'Nosweithiau' },
        intro: 42,
        perspectives: [{ key: 'nurse', label: 'Nurse', plural: { cy: 'nyrsys' } }],
        questions: [{ key: 'awake', text: { en: 'How?', cy: 'x'.repeat(501) } }],
      }),
      ['intro: must be a string, or an object like { "en": "…", "cy": "…" }'],
    );
    assert.deepEqual(
      problems({
        ...minimal,
        title: { cy: 'Nosweithiau' },
        perspectives: [{ key: 'nurse', label: 'Nurse', plural: { cy: 'nyrsys' } }],
        questions: [{ key: 'awake', text: { en: 'How?', cy: 'x'.repeat(501) } }],
      }),
      [
        'title.en: needs a text in English, the board\'s language ("language": "en")',
        'perspectives.0.label: needs a text in Welsh too, as the plural or description has one',
        'questions.0.text.cy: must be 500 characters or fewer',
      ],
    );
    assert.deepEqual(problems({ ...minimal, language: 'fr', title: { en: 'Nights', fr: 'Nuits' } }), [
      'language: must be "en" (English) or "cy" (Welsh)',
      'title: Unrecognized key: "fr"',
    ]);
  });

  test('the demo board ships in English with a Welsh translation of every text', () => {
    const demo = parseBoardFile(JSON.parse(fs.readFileSync(demoBoardFile, 'utf8')));
    assert.equal(demo.language, 'en');
    const texts = [demo.title, demo.intro, ...demo.questions.map((q) => q.text), ...demo.perspectives.flatMap((p) => [p.label, p.plural, p.description])];
    assert.deepEqual(
      texts.filter((t) => !t.text || !t.translated),
      [],
    );
    assert.equal(demo.title.text, 'Social media: what clinicians and care workers really want to know');
  });
});

for (const dialect of dialects) {
  describe(`board files round trip (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test('export writes the object form where a translation exists and a string where none does; import reads it back the same', async () => {
      const json = {
        slug: 'round-trip',
        language: 'cy' as const,
        title: { cy: 'Nosweithiau', en: 'Nights' },
        intro: 'Dim ond yn Gymraeg.',
        moderation: 'post' as const,
        listed: false,
        accepting: true,
        perspectives: [
          { key: 'nurse', label: { cy: 'Nyrs', en: 'Nurse' }, plural: { cy: 'nyrsys', en: 'nurses' }, description: '' },
          { key: 'other', label: 'Arall', description: 'Neb arall' },
        ],
        questions: [
          { key: 'awake', text: { cy: 'Sut ydych chi’n aros yn effro?', en: 'How do you stay awake?' } },
          { key: 'sleep', text: 'Pryd ydych chi’n cysgu?' },
        ],
        exampleAnswers: [{ question: 'awake', perspective: 'nurse', body: 'Dŵr oer.' }],
      };
      await importBoard(t.db, parseBoardFile(json));
      const exported = await exportBoard(t.db, 'round-trip');
      assert.deepEqual(exported, json);
      const row = await t.db
        .selectFrom('boards')
        .select(['language', 'title', 'translatedTitle', 'translatedIntro'])
        .where('slug', '=', 'round-trip')
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { language: 'cy', title: 'Nosweithiau', translatedTitle: 'Nights', translatedIntro: null });

      await importBoard(t.db, parseBoardFile({ ...exported, slug: 'round-trip-2' }));
      assert.deepEqual(await exportBoard(t.db, 'round-trip-2'), { ...json, slug: 'round-trip-2' });
    });

    test('an English file of plain strings exports as plain strings, as before', async () => {
      const json = { ...minimal, slug: 'plain', title: 'Nights' };
      await importBoard(t.db, parseBoardFile(json));
      const exported = await exportBoard(t.db, 'plain');
      assert.equal(exported?.title, 'Nights');
      assert.deepEqual(exported?.questions, json.questions);
      assert.deepEqual(exported?.perspectives, [{ key: 'nurse', label: 'Nurse', description: '' }]);
    });

    test('the demo board reads in Welsh at /cy and in English at its plain address', async () => {
      const slug = await importDemoBoard(t.db);
      const welsh = await t.app.inject(`/cy/b/${slug}`);
      assert.equal(welsh.statusCode, 200);
      assert.match(welsh.body, /<html lang="cy"/);
      assert.match(welsh.body, /<h1>Cyfryngau cymdeithasol: beth mae clinigwyr a gweithwyr gofal wir eisiau ei wybod<\/h1>/);
      assert.match(welsh.body, /<th scope="col">Ymarferydd<\/th>/);
      assert.match(welsh.body, /Sut mae dod o hyd i amser ar gyfer y cyfryngau cymdeithasol\?/);
      const english = await t.app.inject(`/b/${slug}`);
      assert.match(english.body, /<h1>Social media: what clinicians and care workers really want to know<\/h1>/);
      assert.doesNotMatch(english.body, /Cyfryngau cymdeithasol/);
      // Answers stay in the language their authors wrote.
      assert.match(welsh.body, /Start with ten minutes a week/);
    });
  });
}
