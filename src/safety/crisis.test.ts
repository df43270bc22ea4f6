import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { crisisCorpus, type CrisisExample } from './crisis.corpus.ts';
import { crisisFigures, formatCrisisFigures, formatCrisisMistakes } from './crisis.figures.ts';
import { detectCrisis } from './crisis.ts';

describe('SG-1 crisis detection: corpus figures', () => {
  test('development corpus: recall and false-hold rates', () => {
    assert.ok(crisisCorpus.length >= 340, `${crisisCorpus.length} items`);
    const figures = crisisFigures(crisisCorpus);
    console.log(formatCrisisFigures('SG-1 crisis detection, development corpus', figures));
    console.log('Misclassified development items:\n' + formatCrisisMistakes(figures));
    for (const r of figures.perLabel) {
      if (r.label === 'first-person') assert.ok(r.rate >= 0.97, `first-person recall ${r.rate}`);
      else if (r.label === 'method') assert.ok(r.rate >= 0.9, `method recall ${r.rate}`);
      else assert.ok(r.rate <= 0.05, `${r.label} false-hold rate ${r.rate}`);
    }
  });

  test('held-out corpus: figures only', async () => {
    const file = new URL('./crisis.heldout.ts', import.meta.url);
    if (!fs.existsSync(file)) return;
    const mod = (await import(file.href)) as Record<string, unknown>;
    const corpus = Object.values(mod).find((v): v is CrisisExample[] => Array.isArray(v));
    if (!corpus) return;
    console.log(formatCrisisFigures('SG-1 crisis detection, held-out corpus', crisisFigures(corpus)));
  });
});

describe('SG-1 crisis detection: behaviour', () => {
  test('the finding covers the triggering sentence inside a longer answer', () => {
    const text = 'I would ring the duty team first. Honestly though, I want to end it all. Anyway, follow your policy.';
    const f = detectCrisis(text);
    assert.ok(f);
    assert.equal(f.kind, 'at-risk');
    assert.equal(text.slice(f.start, f.end), 'Honestly though, I want to end it all.');
  });

  test('empty and blank text give null', () => {
    assert.equal(detectCrisis(''), null);
    assert.equal(detectCrisis('   \n '), null);
  });

  test('misspelt lower-case crisis is detected', () => {
    assert.equal(detectCrisis('i wanna kill myslef')?.kind, 'at-risk');
    assert.equal(detectCrisis('cant go on, i dont want to be here anymore')?.kind, 'at-risk');
  });

  test('a method example gives kind method', () => {
    assert.equal(detectCrisis('How many paracetamol would it take to die?')?.kind, 'method');
  });

  test('the lead’s examples', () => {
    assert.ok(detectCrisis("I don't want to be here any more. I've been saving up my tablets and I think tonight is the night."));
    assert.ok(detectCrisis("i dont want to be here anymore. ive been saving my tablets and i think tonight's the night"));
    for (const t of [
      'Talk to your supervisor and follow the policy.',
      'A client rang me on 07700 900123 at home, which was a shock.',
      'Visit my page for the best deals on everything!',
      'Agree the boundaries with your manager before you start.',
      'someone I support posted that they were suicidal',
      "I'm not suicidal",
      'this rota is killing me',
    ]) assert.equal(detectCrisis(t), null, t);
  });
});
