import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { nowIso } from '../db/ids.ts';
import { requireBoardRole } from '../admin/access.ts';
import { listAnswersForExport } from '../answers/answers.queries.ts';
import { listPerspectives, listQuestions } from '../boards/boards.queries.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { answersCsv, answersJson, answersMarkdown, answersXlsx, type BoardExport } from './answer-files.ts';

/** Each export: its file type and how it is made from the board's published answers. */
const formats = {
  csv: { type: 'text/csv; charset=utf-8', make: answersCsv },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make: answersXlsx },
  md: { type: 'text/markdown; charset=utf-8', make: answersMarkdown },
  json: { type: 'application/json; charset=utf-8', make: (data: BoardExport) => `${JSON.stringify(answersJson(data, nowIso()), null, 2)}\n` },
} as const;

export function exportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  // The board's published answers to take away (answer-files.ts), for the board's team, in the board's language.
  for (const [extension, format] of Object.entries(formats)) {
    app.get<{ Params: { slug: string } }>(`/admin/b/:slug/export.${extension}`, async (request, reply: FastifyReply) => {
      const access = await requireBoardRole(request, reply, db, request.params.slug);
      if (!access) return reply;
      const { board } = access;
      const [questions, perspectives, answers] = await Promise.all([
        listQuestions(db, board.id),
        listPerspectives(db, board.id),
        listAnswersForExport(db, board.id),
      ]);
      const file = await format.make({ baseUrl: config.baseUrl, board, questions, perspectives, answers });
      return (
        reply
          .type(format.type)
          // Named in the board's language, as the file's words are (a slug is ASCII letters, digits and hyphens).
          .header('content-disposition', `attachment; filename="${catalogues[board.language].exports.fileName(board.slug, extension)}"`)
          .header('cache-control', 'no-store')
          .send(file)
      );
    });
  }
}
