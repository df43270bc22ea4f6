// Strings of src/api/ (see catalogue.ts): the `message` of the JSON API's error replies, in the language of the address
// (/cy/api/… answers in Welsh). The codes beside them (`error`) are part of the API and never translated.
export const api = {
  notJson: 'Send the answer as JSON with Content-Type: application/json.',
  badIdempotencyKey: 'Idempotency-Key must be 1 to 255 visible ASCII characters.',
  notObject: 'Send a JSON object: { question, perspective, body, displayName?, email?, use: "board" | "workshop" | "facilitators" }.',
  rateLimited: 'Too many answers from this address in the last minute. Wait and send again.',
  invalid: 'Some fields need correcting.',
  closed: 'This board is closed for new answers.',
  keyReused: 'This Idempotency-Key was already used for a different answer.',
};
