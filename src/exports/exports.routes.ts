import type { FastifyInstance } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import type { AppDeps } from '../deps.ts';
import { requireBoardRole } from '../admin/access.ts';
import { listAnswersForExport } from '../answers/answers.queries.ts';
import { absoluteUrl, answerPath } from '../web/paths.ts';

export function exportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  // A spreadsheet of the published answers, for handouts. Cells that a spreadsheet would run as a
  // formula (starting = + - @, a tab or a return) are prefixed with ' so they stay text (TRUST SEC-8).
  app.get<{ Params: { slug: string } }>('/admin/b/:slug/export.csv', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const rows = await listAnswersForExport(db, access.board.id);
    const csv = stringify(
      rows.map((r) => [
        r.questionText,
        r.perspectiveLabel,
        r.body,
        r.displayName ?? 'Anonymous',
        r.isExample ? 'yes' : 'no',
        r.createdAt,
        r.publishedAt ?? '',
        absoluteUrl(deps.config.baseUrl, answerPath(r.id)),
      ]),
      {
        header: true,
        columns: ['Question', 'Perspective', 'Answer', 'Name', 'Example', 'Written', 'Published', 'Link'],
        escape_formulas: true,
        record_delimiter: 'windows',
        quoted_match: /[\r\n]/,
      },
    );
    return (
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${access.board.slug}-answers.csv"`)
        .header('cache-control', 'no-store')
        // A byte-order mark so spreadsheet programs read the text as UTF-8.
        .send(`\uFEFF${csv}`)
    );
  });
}
