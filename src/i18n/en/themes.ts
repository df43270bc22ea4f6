// Strings of src/themes/ and src/admin/themes.* (see catalogue.ts). `summary`: what readers see on the public question
// page (ThemeSummary), in the page's language. `admin`: the facilitators' themes pages, in English for now.
import type { PluralForms } from '../format.ts';

/** Plural forms, typed wide so the Welsh catalogue may give all six (format.ts). */
const forms = (f: PluralForms): PluralForms => f;

export const themes = {
  summary: {
    heading: 'Themes in these answers',
    /** `answers`: the publishedAnswers plural. */
    intro: (answers: string) => `The phrases used most in the ${answers}, found by counting words (no AI service), and checked by the board’s facilitators.`,
    publishedAnswers: forms({ one: '{n} published answer', other: '{n} published answers' }),
    noPhrase: 'No phrase is used in more than one answer yet.',
    listLabel: 'Key phrases, the most used first',
    answers: forms({ one: '{n} answer', other: '{n} answers' }),
    /** `answers`: the answers plural. */
    readThe: (answers: string) => `Read the ${answers}`,
    /** For screen readers, after readThe. */
    thatMention: (label: string) => ` that mention “${label}”`,
    moreBelow: (n: string) => `and ${n} more below`,
    perspectivesHeading: 'What each perspective says more than the others',
    /** How sure a difference is (Strength in themes.ts). */
    strength: { 'very clear': 'a very clear difference', clear: 'a clear difference', slight: 'a slight difference' },
    /** A perspective with no plural, named in a sentence. */
    perspectiveName: (label: string) => `the “${label}” perspective`,
    /** "in 6 of 10 answers from managers (a clear difference, z = 2.1)": `answers` is the answers plural; `p` the perspective. */
    distinctive: (count: string, answers: string, p: { label: string; plural: string | null }, strength: string, z: string) =>
      `in ${count} of ${answers} from ${p.plural ?? `the “${p.label}” perspective`} (${strength}, z = ${z})`,
  },

  admin: {
    notices: {
      hidden: 'The phrase is hidden.',
      unhidden: 'The phrase is shown again.',
      merged: 'The phrases are merged.',
      unmerged: 'The phrases are apart again.',
      saved: 'Your choice of where the themes are shown is saved.',
    },
    index: {
      title: (board: string) => `Themes: ${board}`,
      back: (board: string) => `Answers on ${board}`,
      heading: 'Themes by perspective',
      in: (board: string) => `in ${board}`,
      lead: 'For each question: the phrases its published answers use most, and what each perspective says that the others do not. Worked out on this server by counting words: no answer is sent to an AI service.',
      noQuestions: 'This board has no questions yet.',
      caption: (board: string) => `Questions on ${board}`,
      question: 'Question',
      published: 'Published answers',
      shown: 'Shown',
    },
    shownWhere: {
      both: 'On the question page and in the handout',
      public: 'On the question page',
      handout: 'In the handout',
      neither: 'To facilitators only',
    },
    page: {
      title: (question: string) => `Themes: ${question}`,
      back: (board: string) => `Themes of every question on ${board}`,
      heading: 'Themes in the answers to',
      /** `answers`: the publishedAnswers plural of `summary`. */
      lead: (answers: string) =>
        `From the ${answers} readers can see, counting each phrase once per answer. Worked out on this server: no answer is sent to an AI service.`,
      whereLegend: 'Where these themes are shown',
      whereHint: 'Facilitators always see them here. Readers see the phrases and perspectives below, not the hidden ones.',
      onPublic: 'On the question’s public page',
      inHandout: 'In the handout',
      saveWhere: 'Save where they are shown',
      seePublic: 'See them on the question page',
      keyPhrases: 'Key phrases',
      noAnswers: 'This question has no published answers yet.',
      noPhrase: 'No phrase is used in more than one answer yet.',
      caption: 'Key phrases in the answers, the most used first',
      phrase: 'Phrase',
      answers: 'Answers',
      forExample: 'For example',
      change: 'Change',
      readAnswers: ': read the answers that use it',
      includes: 'Includes',
      undo: 'Undo',
      undoMerge: (merged: string, into: string) => ` the merge of “${merged}” into “${into}”`,
      hideLabel: (label: string) => `Hide “${label}”`,
      hide: 'Hide',
      mergeHeading: 'Merge two phrases',
      mergeHint: 'When two phrases say the same thing. Their answers count together under the second one’s name; you can undo it.',
      mergeThis: 'Merge this phrase',
      intoThis: 'into this one',
      merge: 'Merge',
      nothingToCompare: 'Nothing to compare yet.',
      onlyOne: 'Only one perspective has answered so far, so there is nothing to compare it with.',
      method:
        'Phrases one perspective uses more than all the others together, by the weighted log-odds ratio (Monroe, Colaresi and Quinn, 2008). z is how many standard errors the difference is from none: 1.6 or more is a clear difference.',
      /** `whom`: the perspective's plural, or summary.perspectiveName. */
      nothingStandsOut: (whom: string) => `Nothing stands out yet: no phrase is used clearly more by ${whom} than by the others.`,
      hiddenHeading: 'Hidden phrases',
      showAgain: 'Show again',
      usesHeading: (label: string) => `Answers that use “${label}”`,
      noneUse: 'No published answer uses this phrase now.',
      anonymous: 'Anonymous',
    },
    errors: {
      badPhrase: 'That is not one of the phrases of this question’s answers. Go back to the themes page and choose one it lists.',
      noQuestion: 'This board has no such question. It may have been retired.',
      samePhrase: 'Choose a different phrase to merge it into',
      mergedAlready: (into: string, phrase: string) => `“${into}” is already merged into “${phrase}”: undo that merge first`,
      choosePhrase: 'Choose a phrase',
      notListed: 'That is not one of the phrases listed',
    },
  },
};
