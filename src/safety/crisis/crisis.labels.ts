// The labels of crisis detection's data, written once: the data files, the model's rows and the figures use this list.
// The model has one weight row per label in this order, and reads 'first-person' and 'method' as the first two:
// reordering it changes the weights (run `npm run train`).
export const crisisLabels = ['first-person', 'method', 'third-person', 'professional', 'retraction', 'past', 'figurative', 'ordinary'] as const;

export type CrisisLabel = (typeof crisisLabels)[number];

/** The labels that should be held: the author may be at risk now, or the text describes a method. */
export const heldLabels: ReadonlySet<CrisisLabel> = new Set<CrisisLabel>(['first-person', 'method']);

/** One labelled answer, as a line of data/ holds it. */
export interface CrisisExample {
  text: string;
  label: CrisisLabel;
  /** Which group its writer put it in, where they marked groups. */
  note?: string;
}

export function isCrisisLabel(value: unknown): value is CrisisLabel {
  return (crisisLabels as readonly unknown[]).includes(value);
}
