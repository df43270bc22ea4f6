// The labelled corpora the crisis model is trained on, each written separately, by who they imagine writing.
// The held-out corpora (../crisis.heldout*.ts) are never part of training.
import type { CrisisExample } from '../crisis.corpus.ts';
import { crisisCorpus } from '../crisis.corpus.ts';
import { everydayCorpus } from './crisis.everyday.ts';
import { hardCorpus } from './crisis.hard.ts';
import { longCorpus } from './crisis.long.ts';
import { ordinaryCorpus } from './crisis.ordinary.ts';
import { othersCorpus } from './crisis.others.ts';
import { peopleCorpus } from './crisis.people.ts';
import { postsCorpus } from './crisis.posts.ts';
import { repliesCorpus } from './crisis.replies.ts';
import { practitionersCorpus } from './crisis.practitioners.ts';
import { voicesCorpus } from './crisis.voices.ts';

export const trainingSources: Record<string, readonly CrisisExample[]> = {
  /** the rules' development corpus */
  development: crisisCorpus,
  /** short replies and everyday sentences with words that also appear in talk of risk */
  everyday: everydayCorpus,
  /** methods, and indirect wording with none of the obvious words */
  hard: hardCorpus,
  /** long answers to the demo questions with one revealing (or safe) sentence */
  long: longCorpus,
  /** the site's everyday answers, and idioms */
  ordinary: ordinaryCorpus,
  /** someone else's risk, and advice, in the words of risk */
  others: othersCorpus,
  /** people who use services and carers */
  people: peopleCorpus,
  /** short phone-typed posts */
  posts: postsCorpus,
  /** workshop replies, questions to each other, idioms */
  replies: repliesCorpus,
  /** nurses, social workers, managers and digital staff */
  practitioners: practitionersCorpus,
  /** many lives, mostly indirect */
  voices: voicesCorpus,
};

export const trainingCorpus: readonly CrisisExample[] = Object.values(trainingSources).flat();
