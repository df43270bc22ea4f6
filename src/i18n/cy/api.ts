// Typed by the English file rather than catalogue.ts's Messages, which would make an import cycle (Biome noImportCycles).
import type { api as English } from '../en/api.ts';

// Names in the API (headers, fields, values) stay as they are: a program reads them.
export const api: typeof English = {
  notJson: 'Anfonwch yr ateb fel JSON gyda Content-Type: application/json.',
  badIdempotencyKey: 'Rhaid i Idempotency-Key fod rhwng 1 a 255 o nodau ASCII gweladwy.',
  notObject: 'Anfonwch wrthrych JSON: { question, perspective, body, displayName?, email?, use: "board" | "workshop" | "facilitators" }.',
  rateLimited: 'Mae gormod o atebion wedi dod o’r cyfeiriad hwn yn ystod y funud ddiwethaf. Arhoswch, yna anfonwch eto.',
  invalid: 'Mae angen cywiro rhai meysydd.',
  closed: 'Mae’r bwrdd hwn ar gau i atebion newydd.',
  keyReused: 'Mae’r Idempotency-Key hwn eisoes wedi’i ddefnyddio ar gyfer ateb gwahanol.',
};
