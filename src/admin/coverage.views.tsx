import { askWhom } from '../boards/share.ts';
import { plural } from '../web/html.ts';
import { questionPath } from '../web/paths.ts';
import { type Coverage, thinBelow } from './coverage.ts';

/** On /admin: which voices each board is missing, as a list of cells with the empty and thin ones first. */
export function CoverageSection({ slug, title, coverage }: { slug: string; title: string; coverage: Coverage }) {
  const { cells, empty, thin } = coverage;
  return (
    <details class="details coverage">
      <summary class="details__summary">
        Coverage of “{title}”: {plural(empty, 'empty cell', 'empty cells')}, {thin} with one answer
      </summary>
      <div class="details__text">
        {cells.length === 0 ? (
          <p>This board has no questions or perspectives yet.</p>
        ) : (
          <table class="summary-table">
            <caption class="coverage__caption">Published answers on “{title}” by question and perspective, fewest first</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Perspective</th>
                <th scope="col" class="number">
                  Published answers
                </th>
                <th scope="col">Ask for answers</th>
              </tr>
            </thead>
            <tbody>
              {cells.map(({ question, perspective, published }) => (
                <tr key={`${question.key} ${perspective.key}`}>
                  <th scope="row">{question.text}</th>
                  <td>{perspective.label}</td>
                  <td class="number">
                    {published === 0 ? <strong class="tag tag--warning">None</strong> : published < thinBelow ? <strong class="tag">Thin</strong> : null}{' '}
                    {published}
                  </td>
                  <td>
                    {published < thinBelow ? (
                      <a href={questionPath(slug, question.key, perspective.key)}>
                        Ask {askWhom(perspective)}
                        <span class="visually-hidden"> to answer “{question.text}”</span>
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
