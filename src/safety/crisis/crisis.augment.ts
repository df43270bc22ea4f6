// Extra training examples made from the corpus's own first-person crises, to teach the model that the same
// words are not the author's risk when someone else says them: quoted or reported from another person
// (third-person), quoted as an example in advice (professional), or retold as another person's words in the
// third person. Only the training set is augmented; figures are always measured on written examples.
import type { CrisisExample } from './crisis.labels.ts';
import { readsAsWelsh } from './crisis.welsh.ts';

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

// The same for a Welsh crisis, in Welsh.
const REPORTED_CY = [
  (t: string) => `Postiodd rhywun dw i'n ei gefnogi "${t}" ar Twitter neithiwr a fy nhagio i.`,
  (t: string) => `Anfonodd cleient neges at ein tudalen: "${t}" Beth ddylwn i ei wneud?`,
  (t: string) => `Rhoddodd fy mab "${t}" ar ei stori ac wedyn ei ddileu.`,
  (t: string) => `Mae un o'r preswylwyr yn dweud "${t}" wrth y staff nos o hyd.`,
  (t: string) => `Tecstiodd fy ffrind "${t}" ata i a dw i ddim yn gwybod sut i ateb.`,
  (t: string) => `Ysgrifennodd person ifanc ar fy llwyth achosion "${t}" mewn sylw.`,
  (t: string) => `Dywedodd hi "${t}" wrtha i a ffoniais i'r tîm argyfwng.`,
  (t: string) => `Anfonodd e neges yn dweud "${t}" felly ffoniais i 999.`,
];

const ADVICE_CY = [
  (t: string) => `Os yw rhywun yn dweud "${t}", gofynnwch yn uniongyrchol a ydyn nhw'n meddwl am hunanladdiad.`,
  (t: string) => `Dylid cymryd postiadau fel "${t}" o ddifrif bob tro: dilynwch eich polisi diogelu.`,
  (t: string) => `Mewn hyfforddiant rydyn ni'n ymarfer ateb negeseuon fel "${t}" yn bwyllog ac yn gyflym.`,
  (t: string) => `Peidiwch byth ag anwybyddu sylw fel "${t}", hyd yn oed ar dudalen gyhoeddus; atebwch a rhannwch rif y Samariaid, 116 123.`,
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
  let cy = 0;
  for (const x of corpus) {
    if (x.label !== 'first-person' || x.text.length > 200 || x.text.includes('"')) continue;
    const t = x.text.trim();
    if (readsAsWelsh(t)) {
      // Welsh has no simple third-person rewrite (mutations change with the person), so two kinds, not three
      out.push({ text: REPORTED_CY[cy % REPORTED_CY.length]!(t), label: 'third-person' });
      out.push({ text: ADVICE_CY[cy % ADVICE_CY.length]!(t), label: 'professional' });
      cy++;
      continue;
    }
    out.push({ text: REPORTED[i % REPORTED.length]!(t), label: 'third-person' });
    out.push({ text: ADVICE[i % ADVICE.length]!(t), label: 'professional' });
    out.push({ text: `My client says ${thirdPerson(t)}`, label: 'third-person' });
    i++;
  }
  return out;
}
