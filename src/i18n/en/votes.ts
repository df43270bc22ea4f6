// Strings of src/votes/ (see catalogue.ts): what a reader sees when the Helpful button is pressed too often.
export const votes = {
  /** Also the JSON reply votes.js shows beside the button. */
  tooMany: 'A lot of answers have been marked helpful from this browser or your network in the last minute. Wait a minute, then try again.',
  tooManyTitle: 'Too many helpful marks',
  backToAnswers: 'Go back to the answers',
};
