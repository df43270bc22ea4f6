// A board is written in one language and may be translated into the other (migration 017). A reader sees each text in
// their page's language when it has been translated, and otherwise the original, marked with its language so screen
// readers pronounce it rightly (WCAG 3.1.2) and the page can say that part of the board is not translated.
import type { Board, Perspective, Question } from '../db/tables.ts';
import type { Locale } from '../i18n/locale.ts';

/** A board, question or perspective as shown in one language: `lang` is the language its texts are in. */
export type Shown<T> = T & { lang: Locale };

// Each board, question or perspective is shown wholly translated or wholly as written: its texts then carry one
// language between them, so one lang attribute is right for all of them.

export function boardIn<B extends Board>(board: B, locale: Locale): Shown<B> {
  const translated = board.translatedTitle && (board.translatedIntro || !board.intro);
  if (board.language === locale || !translated) return { ...board, lang: board.language };
  return { ...board, title: board.translatedTitle!, intro: board.translatedIntro ?? '', lang: locale };
}

export function questionIn(board: Pick<Board, 'language'>, question: Question, locale: Locale): Shown<Question> {
  if (board.language === locale || !question.translatedText) return { ...question, lang: board.language };
  return { ...question, text: question.translatedText, lang: locale };
}

export function perspectiveIn(board: Pick<Board, 'language'>, perspective: Perspective, locale: Locale): Shown<Perspective> {
  const p = perspective;
  const translated = p.translatedLabel && (p.translatedPlural || !p.plural) && (p.translatedDescription || !p.description);
  if (board.language === locale || !translated) return { ...p, lang: board.language };
  return { ...p, label: p.translatedLabel!, plural: p.translatedPlural ?? null, description: p.translatedDescription ?? '', lang: locale };
}

/** Whether any of the board's texts shows in the other language (the page says so). */
export function partlyUntranslated(items: { lang: Locale }[], locale: Locale): boolean {
  return items.some((item) => item.lang !== locale);
}

/** The lang attribute a text shown in `lang` needs on a page in `locale`: none when they are the same. */
export function langOf(lang: Locale, locale: Locale): string | undefined {
  return lang === locale ? undefined : lang === 'cy' ? 'cy' : 'en-GB';
}
