// Extra training examples made from the corpus's own first-person crises, to teach the model that the same
// words are not the author's risk when someone else says them: quoted or reported from another person
// (third-person), quoted as an example in advice (professional), or retold as another person's words in the
// third person. Only the training set is augmented; figures are always measured on written examples.
import type { CrisisExample } from './crisis.labels.ts';

const REPORTED = [
  (t: string) => `Someone I support posted "${t}" on Twitter last night and tagged me.`,
  (t: string) => `A client messaged our page: "${t}" What should I do?`,
  (t: string) => `My son put "${t}" on his story and then deleted it.`,
  (t: string) => `One of the residents keeps saying "${t}" to the night staff.`,
  (t: string) => `My friend texted me "${t}" and I don't know how to reply.`,
  (t: string) => `A young person on my caseload wrote "${t}" in a comment.`,
  (t: string) => `She told me "${t}" and I rang the crisis team.`,
  (t: string) => `He sent a DM saying "${t}" so I called 999.`,
];

const ADVICE = [
  (t: string) => `If someone says "${t}", ask them directly whether they are thinking about suicide.`,
  (t: string) => `Posts like "${t}" should always be taken seriously: follow your safeguarding policy.`,
  (t: string) => `In training we practise replying to messages such as "${t}" calmly and quickly.`,
  (t: string) => `Never ignore a comment like "${t}", even on a public page; reply and signpost to Samaritans on 116 123.`,
];

const THIRD: [RegExp, string][] = [
  [/\bI'm\b|\bI am\b|\bim\b/gi, "she's"],
  [/\bI've\b|\bive\b/gi, "she's"],
  [/\bI'd\b/gi, "she'd"],
  [/\bI'll\b/gi, "she'll"],
  [/\bI\b|\bi\b/g, 'she'],
  [/\bmyself\b/gi, 'herself'],
  [/\bme\b/gi, 'her'],
  [/\bmy\b/gi, 'her'],
  [/\bmine\b/gi, 'hers'],
  [/\bam\b/gi, 'is'],
];

function thirdPerson(text: string): string {
  let t = text;
  for (const [re, rep] of THIRD) t = t.replace(re, rep);
  return t;
}

/** The corpus plus one reported, one advice and one third-person example for each short first-person crisis. */
export function augment(corpus: readonly CrisisExample[]): CrisisExample[] {
  const out: CrisisExample[] = [...corpus];
  let i = 0;
  for (const x of corpus) {
    if (x.label !== 'first-person' || x.text.length > 200 || x.text.includes('"')) continue;
    const t = x.text.trim();
    out.push({ text: REPORTED[i % REPORTED.length]!(t), label: 'third-person' });
    out.push({ text: ADVICE[i % ADVICE.length]!(t), label: 'professional' });
    out.push({ text: `My client says ${thirdPerson(t)}`, label: 'third-person' });
    i++;
  }
  return out;
}
