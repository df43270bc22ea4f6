import { askWhom } from '../boards/share.ts';
import type { Messages } from '../i18n/catalogue.ts';
import { plural } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { questionPath } from '../web/paths.ts';
import { type Coverage, thinBelow } from './coverage.ts';

/** On /admin: which voices each board is missing, as a list of cells with the empty and thin ones first. */
export function CoverageSection({ t, locale, slug, title, coverage }: { t: Messages; locale: Locale; slug: string; title: string; coverage: Coverage }) {
  const { cells, empty, thin } = coverage;
  const words = t.admin.coverage;
  return (
    <details class="details coverage">
      <summary class="details__summary">{words.summary(title, plural(locale, empty, words.emptyCells), thin)}</summary>
      <div class="details__text">
        {cells.length === 0 ? (
          <p>{words.noCells}</p>
        ) : (
          <table class="summary-table">
            <caption class="coverage__caption">{words.caption(title)}</caption>
            <thead>
              <tr>
                <th scope="col">{words.question}</th>
                <th scope="col">{words.perspective}</th>
                <th scope="col" class="number">
                  {words.published}
                </th>
                <th scope="col">{words.ask}</th>
              </tr>
            </thead>
            <tbody>
              {cells.map(({ question, perspective, published }) => (
                <tr key={`${question.key} ${perspective.key}`}>
                  <th scope="row">{question.text}</th>
                  <td>{perspective.label}</td>
                  <td class="number">
                    {published === 0 ? (
                      <strong class="tag tag--warning">{words.none}</strong>
                    ) : published < thinBelow ? (
                      <strong class="tag">{words.thin}</strong>
                    ) : null}{' '}
                    {published}
                  </td>
                  <td>
                    {published < thinBelow ? (
                      <a href={questionPath(slug, question.key, perspective.key)}>
                        {words.askWhom(askWhom(perspective))}
                        <span class="visually-hidden">{words.toAnswer(question.text)}</span>
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </details>
  );
}
