// A board is written in one language and may be translated into the other (migration 017). A reader sees each text in
// their page's language when it has been translated, and otherwise the original, marked with its language so screen
// readers pronounce it rightly (WCAG 3.1.2) and the page can say that part of the board is not translated.
import type { Board, Perspective, Question } from '../db/tables.ts';
import type { Locale } from '../i18n/locale.ts';

/** A board, question or perspective as shown in one language: `lang` is the language its main text (title, question,
 * label) is in; a second text translated apart from it (intro, description) says its own. */
export type Shown<T> = T & { lang: Locale };

/** Each text in the reader's language where it has a translation, else as written. */
function pick(board: Pick<Board, 'language'>, original: string, translated: string | null, locale: Locale): { text: string; lang: Locale } {
  return board.language !== locale && translated ? { text: translated, lang: locale } : { text: original, lang: board.language };
}

export function boardIn<B extends Board>(board: B, locale: Locale): Shown<B> & { introLang: Locale } {
  const title = pick(board, board.title, board.translatedTitle, locale);
  const intro = pick(board, board.intro, board.translatedIntro, locale);
  return { ...board, title: title.text, intro: intro.text, lang: title.lang, introLang: intro.lang };
}

export function questionIn(board: Pick<Board, 'language'>, question: Question, locale: Locale): Shown<Question> {
  const text = pick(board, question.text, question.translatedText, locale);
  return { ...question, text: text.text, lang: text.lang };
}

export function perspectiveIn(board: Pick<Board, 'language'>, perspective: Perspective, locale: Locale): Shown<Perspective> & { descriptionLang: Locale } {
  const label = pick(board, perspective.label, perspective.translatedLabel, locale);
  const description = pick(board, perspective.description, perspective.translatedDescription, locale);
  // The plural goes with the name: with the name translated and no plural in that language, sentences use the name.
  const plural = label.lang === board.language ? perspective.plural : perspective.translatedPlural;
  return { ...perspective, label: label.text, plural, description: description.text, lang: label.lang, descriptionLang: description.lang };
}

/** Whether any of the board's texts shows in the other language (the page says so). Empty texts do not count. */
export function partlyUntranslated(
  items: { lang: Locale; introLang?: Locale; descriptionLang?: Locale; intro?: string; description?: string }[],
  locale: Locale,
): boolean {
  return items.some((item) => item.lang !== locale || (item.intro && item.introLang !== locale) || (item.description && item.descriptionLang !== locale));
}

/** The lang attribute a text shown in `lang` needs on a page in `locale` (WCAG 3.1.2): none when they are the same, or when
 * its language is not known (an answer too short to tell). */
export function langOf(lang: Locale | null | undefined, locale: Locale): string | undefined {
  return !lang || lang === locale ? undefined : lang === 'cy' ? 'cy' : 'en-GB';
}
