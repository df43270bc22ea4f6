import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { h } from 'preact';
import type { PublicAnswer } from '../boards/boards.queries.ts';
import { renderFragment } from '../web/html.ts';
import { foreignMarkup, xssPayloads } from '../../test/app/xss-payloads.ts';
import { extractPhrases, taggerText } from './phrases.ts';
import { analyseThemes, joinSpans, logOddsZ, mergeTarget, strengthOf, type ThemeChoices } from './themes.ts';
import { ThemeSummary } from './themes.views.tsx';

const perspectives = [
  { key: 'p1', label: 'Practitioner', plural: 'practitioners' },
  { key: 'p2', label: 'Manager', plural: 'managers' },
  { key: 'p3', label: 'Student', plural: null },
];

let next = 0;
function answer(perspectiveKey: string, body: string, extra: Partial<PublicAnswer> = {}): PublicAnswer {
  next++;
  return {
    id: `answer-${next}`,
    questionKey: 'q1',
    perspectiveKey,
    body,
    displayName: null,
    isExample: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    helpfulCount: 0,
    ...extra,
  };
}

const keys = (text: string) => extractPhrases(text).map((p) => p.key);
const choices = (hidden: string[], merged: [string, string][] = []): ThemeChoices => ({ hidden: new Set(hidden), merged: new Map(merged) });

/** Ten practitioners on supervision, ten managers on staffing, everyone on time. */
function twoSides(): PublicAnswer[] {
  const answers: PublicAnswer[] = [];
  for (let i = 0; i < 10; i++) {
    answers.push(answer('p1', `Ask for clinical supervision every month, and protect the time for it (${i}).`));
    answers.push(answer('p2', `Staffing levels come first. Without them nobody has the time (${i}).`));
  }
  return answers;
}

describe('key phrases of one answer', () => {
  test('noun phrases with their endings, the last word singular, stop words and vague words left out', () => {
    const found = keys('Talk to your supervisor first, and check the care plans. Things like that help a lot.');
    assert.ok(found.includes('supervisor'));
    assert.ok(found.includes('care plan'), 'plural folded: "care plans" counts as "care plan"');
    assert.ok(found.includes('plan'));
    for (const stop of ['the', 'and', 'your', 'to', 'first', 'thing', 'lot', 'things']) assert.ok(!found.includes(stop), `${stop} is not a phrase`);
    assert.ok(
      found.every((k) => k.split(' ').length <= 3),
      'at most three words',
    );
  });

  test('each phrase once per answer, with every use marked where the author wrote it', () => {
    const text = 'Supervision matters. Good supervision, regular supervision: SUPERVISION.';
    const found = extractPhrases(text).filter((p) => p.key === 'supervision');
    assert.equal(found.length, 1);
    assert.deepEqual(
      found[0]!.spans.map(([s, e]) => text.slice(s, e)),
      ['Supervision', 'supervision', 'supervision', 'SUPERVISION'],
    );
    assert.equal(found[0]!.surface, 'supervision', 'the capital a sentence starts with is not part of the phrase');
  });

  test('a phrase never runs across sentences, possessives or paragraphs', () => {
    const found = keys("The NHS trust's digital team helped.\n\nStaff rota changes. Team meetings");
    assert.ok(found.includes('nhs trust') && found.includes('digital team'));
    assert.ok(!found.some((k) => k.includes('trust digital') || k.includes('change team')));
  });

  test('Welsh letters keep their place: spans point into the text as written, ŵ and ŷ read as w and y', () => {
    assert.equal(taggerText('Ŵyr ŷd Café'), 'wyr yd café');
    const text = 'Siaradwch gyda’r ŵyr a’r rheolwr llinell.';
    const grandson = extractPhrases(text).find((p) => p.key === 'wyr')!;
    assert.equal(grandson.surface, 'ŵyr');
    assert.deepEqual(
      grandson.spans.map(([s, e]) => text.slice(s, e)),
      ['ŵyr'],
    );
    assert.ok(keys(text).includes('rheolwr llinell'));
  });
});

describe('themes of a question', () => {
  test('phrases are counted per answer, the most used first, each with an example quote', () => {
    const answers = [
      answer('p1', 'Supervision, supervision and more supervision. Then the rota.'),
      answer('p1', 'Regular supervision with a named supervisor.'),
      answer('p2', 'The rota decides everything.', { helpfulCount: 3 }),
    ];
    const themes = analyseThemes(answers, perspectives);
    const supervision = themes.phrases.find((p) => p.key === 'supervision')!;
    assert.equal(supervision.count, 2, 'three uses in one answer count once');
    assert.deepEqual(supervision.byPerspective, { p1: 2 });
    const rota = themes.phrases.find((p) => p.key === 'rota')!;
    assert.equal(rota.count, 2);
    assert.equal(rota.example.answerId, answers[2]!.id, 'the most helpful answer is the example');
    assert.deepEqual([rota.example.before, rota.example.match, rota.example.after], ['The ', 'rota', ' decides everything.']);
    assert.equal(themes.phrases[0]!.count, 2);
    assert.ok(!themes.phrases.some((p) => p.count < 2), 'a phrase one answer uses is not a theme');
  });

  test('a shorter phrase used by exactly the same answers as a longer one is left out', () => {
    const themes = analyseThemes(
      [
        answer('p1', 'Mental health first aid.'),
        answer('p2', 'Mental health matters.'),
        answer('p2', 'Health visitors.'),
        answer('p1', 'Health visitors help.'),
      ],
      perspectives,
    );
    const shown = themes.phrases.map((p) => p.key);
    assert.ok(shown.includes('mental health'));
    assert.ok(shown.includes('health'), '"health" is used by four answers, more than "mental health"');
    assert.ok(!shown.includes('mental'), 'not a noun');
    assert.ok(shown.includes('health visitor') && !shown.includes('visitor'), '"visitor" alone adds nothing to "health visitor"');
  });

  test('the weighted log-odds picks each perspective’s own phrase, not the one everyone uses', () => {
    const themes = analyseThemes(twoSides(), perspectives);
    assert.equal(themes.compared, true);
    const [p1, p2] = themes.perspectives;
    assert.equal(p1!.key, 'p1');
    assert.equal(p1!.answers, 10);
    assert.equal(p1!.distinctive[0]!.phrase.key, 'clinical supervision');
    assert.equal(p1!.distinctive[0]!.count, 10);
    assert.equal(p1!.distinctive[0]!.strength, 'clear');
    assert.ok(p1!.distinctive[0]!.z >= 1.645);
    assert.equal(p2!.distinctive[0]!.phrase.key, 'staffing level');
    assert.equal(p2!.distinctive[0]!.phrase.label, 'staffing levels');
    for (const p of themes.perspectives) assert.ok(!p.distinctive.some((d) => d.phrase.key === 'time'), 'both say "time": it belongs to neither');
    assert.equal(themes.perspectives.length, 2, 'a perspective with no answers is not compared');
  });

  test('the z-score: none for the same rate, symmetric, stronger with more answers', () => {
    assert.equal(logOddsZ(10, 100, 10, 100, 4, 40), 0);
    assert.ok(Math.abs(logOddsZ(10, 100, 2, 100, 2, 40) + logOddsZ(2, 100, 10, 100, 2, 40)) < 1e-12);
    assert.ok(logOddsZ(10, 60, 0, 60, 2, 24) > logOddsZ(3, 18, 0, 18, 0.6, 7.2));
    assert.equal(strengthOf(3.1), 'very clear');
    assert.equal(strengthOf(1.7), 'clear');
    assert.equal(strengthOf(1.3), 'slight');
    assert.equal(strengthOf(1), null);
  });

  test('merging: the answers count together under the target’s label, an answer using both once', () => {
    const answers = [
      answer('p1', 'Clinical supervision helps.'),
      answer('p1', 'Clinical supervision and reflective practice.'),
      answer('p2', 'Reflective practice groups.'),
      answer('p2', 'Reflective practice, weekly.'),
    ];
    const before = analyseThemes(answers, perspectives);
    assert.equal(before.phrases.find((p) => p.key === 'reflective practice')!.count, 3);
    const themes = analyseThemes(answers, perspectives, choices([], [['reflective practice', 'clinical supervision']]));
    const merged = themes.phrases.find((p) => p.key === 'clinical supervision')!;
    assert.equal(merged.count, 4, 'answers 1–4, the second once');
    assert.equal(merged.label, 'clinical supervision');
    assert.deepEqual(merged.merged, [{ key: 'reflective practice', label: 'reflective practice' }]);
    assert.ok(!themes.phrases.some((p) => p.key === 'reflective practice'));
    const uses = themes.uses('reflective practice');
    assert.equal(uses.length, 4, 'a merged phrase leads to its group');
    const second = uses.find((u) => u.answer.id === answers[1]!.id)!;
    assert.deepEqual(
      second.spans.map(([s, e]) => answers[1]!.body.slice(s, e)),
      ['Clinical supervision', 'reflective practice'],
    );
  });

  test('merges of merges follow through, and a circle stops', () => {
    assert.equal(
      mergeTarget(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
      'c',
    );
    assert.equal(
      mergeTarget(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'a'],
        ]),
      ),
      'b',
    );
    assert.equal(mergeTarget('z', new Map([['a', 'b']])), 'z');
    assert.deepEqual(
      joinSpans([
        [5, 9],
        [0, 3],
        [2, 4],
      ]),
      [
        [0, 4],
        [5, 9],
      ],
    );
  });

  test('hiding: a hidden phrase is in no list but the hidden one, with its count', () => {
    const themes = analyseThemes(twoSides(), perspectives, choices(['clinical supervision', 'never used']));
    assert.ok(!themes.phrases.some((p) => p.key === 'clinical supervision'));
    assert.ok(!themes.perspectives[0]!.distinctive.some((d) => d.phrase.key === 'clinical supervision'));
    assert.deepEqual(themes.hidden, [
      { key: 'clinical supervision', label: 'clinical supervision', count: 10 },
      { key: 'never used', label: 'never used', count: 0 },
    ]);
    assert.ok(themes.known.has('clinical supervision'));
  });

  test('an empty question, and a question only one perspective answered', () => {
    const empty = analyseThemes([], perspectives);
    assert.deepEqual([empty.answers, empty.phrases, empty.perspectives, empty.compared, empty.hidden], [0, [], [], false, []]);
    const one = analyseThemes([answer('p2', 'Staffing levels again.'), answer('p2', 'Staffing levels, always.'), answer('p2', 'Budgets.')], perspectives);
    assert.equal(one.compared, false);
    assert.deepEqual(
      one.perspectives.map((p) => [p.key, p.answers, p.distinctive.length]),
      [['p2', 3, 0]],
    );
    assert.equal(one.phrases[0]!.key, 'staffing level');
  });

  test('on a Welsh page the summary is in Welsh, with Welsh numerals and plurals; English pages keep their words', () => {
    const answers = [
      ...Array.from({ length: 6 }, (_, i) => answer('p1', `Clinical supervision helps me every week ${i}.`)),
      ...Array.from({ length: 6 }, (_, i) => answer('p2', `Staffing levels are the problem, not clinical supervision ${i}.`)),
      ...Array.from({ length: 4 }, (_, i) => answer('p3', `Placement mentors and staffing levels ${i}.`)),
    ];
    const themes = analyseThemes(answers, perspectives);
    const welsh = renderFragment(h(ThemeSummary, { summary: { questionKey: 'q1', themes }, locale: 'cy' }));
    assert.match(welsh, /<h2 id="themes-q1">Themâu yn yr atebion hyn<\/h2>/);
    assert.match(welsh, /yn yr atebion cyhoeddedig \(16 ateb\)/);
    assert.match(welsh, /<strong>clinical supervision<\/strong> · 12 ateb/);
    assert.match(welsh, /aria-label="Ymadroddion allweddol, y rhai a ddefnyddir amlaf yn gyntaf"/);
    assert.match(welsh, /Darllenwch yr atebion \(12 ateb\)<span class="visually-hidden"> sy’n sôn am “clinical supervision”<\/span>/);
    assert.match(welsh, /<h3>Beth mae pob safbwynt yn ei ddweud yn fwy na’r lleill<\/h3>/);
    assert.match(welsh, /: mewn 6 o 6 ateb o’r safbwynt “Practitioner” \(gwahaniaeth clir, z = \d\.\d\)/);
    for (const english of ['Themes in these answers', 'published answer', 'Read the', 'that mention', 'more than the others', 'difference', ' of 6 answers']) {
      assert.ok(!welsh.includes(english), `no English words on the Welsh summary: ${english}`);
    }
    const english = renderFragment(h(ThemeSummary, { summary: { questionKey: 'q1', themes } }));
    assert.match(english, /The phrases used most in the 16 published answers, found by counting words/);
    assert.match(english, /Read the 12 answers<span class="visually-hidden"> that mention “clinical supervision”<\/span>/);
    assert.match(english, /: in 6 of 6 answers from practitioners \(a clear difference, z = \d\.\d\)/);
  });

  test('the XSS corpus comes out as text in the summary', () => {
    const answers = xssPayloads.flatMap((payload, i) => [
      answer(i % 2 ? 'p1' : 'p2', `${payload} script tags in the handout`),
      answer(i % 2 ? 'p2' : 'p1', `Our handout said ${payload}`),
    ]);
    const themes = analyseThemes(answers, perspectives, undefined, { maxPhrases: 40 });
    assert.ok(themes.phrases.length > 3);
    const html = renderFragment(h(ThemeSummary, { summary: { questionKey: 'q1', themes } }));
    const own = new Set([
      'section',
      'h2',
      'h3',
      'p',
      'table',
      'caption',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'mark',
      'details',
      'summary',
      'span',
      'ul',
      'li',
      'a',
      'div',
      'strong',
    ]);
    assert.deepEqual(foreignMarkup(html, own), []);
    assert.ok(html.includes('&lt;script'), 'the payloads are there, escaped');
  });
});
