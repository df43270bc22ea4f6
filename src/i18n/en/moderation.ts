// Strings of src/moderation/ (see catalogue.ts): the queue, editing an answer, the audit log. Facilitators only, in English for now.
import type { PluralForms } from '../format.ts';

/** Plural forms, typed wide so a translation may give all six (format.ts). */
const forms = (f: PluralForms): PluralForms => f;

export const moderation = {
  /** The queue's tabs, by the answers' status. */
  statusTabs: { pending: 'Waiting to be read', published: 'Published', rejected: 'Rejected', hidden: 'Hidden' },
  /** Followed by the words of useWording's short form, in bold. */
  authorAllows: 'Its author allows:',
  heldForYou: 'Held for you to read:',
  atRiskLink: 'How to respond when an answer suggests someone is at risk',
  /** `found` is describeFound's list, such as "a phone number and a name". */
  marked: (found: string) => `Marked: ${found} that may identify someone.`,
  /** `placeholder` such as [phone]. */
  replaceWith: (placeholder: string) => `Replace with ${placeholder}`,
  anonymous: 'Anonymous',
  example: 'Example',
  urgent: 'Urgent: read this first',
  reported: 'Reported',
  /** After the "Reported" tag: "by 2 readers", then hiddenUntil when hidden, then a colon. */
  reportedBy: forms({ one: 'by {n} reader', other: 'by {n} readers' }),
  hiddenUntil: ', and hidden until you decide',
  firstWrote: 'What the author first wrote (private)',
  rejectedBecause: (reason: string) => `Reason for rejecting: ${reason}`,
  /** "Select this answer for bulk approval", with "this answer" for screen readers only. */
  select: 'Select',
  selectHidden: ' this answer',
  forBulk: ' for bulk approval',
  publishAgain: 'Publish again',
  approve: 'Approve',
  keepPublished: 'Keep published',
  hide: 'Hide',
  markExample: 'Mark as example',
  unmarkExample: 'Unmark as example',
  editOrRedact: 'Edit or redact',
  reject: 'Reject',
  reasonLabel: 'Reason (kept privately, for moderators)',
  rejectThis: 'Reject this answer',

  queue: {
    title: (tab: string, board: string) => `${tab}: ${board}`,
    back: 'Your boards',
    answersOn: 'Answers on',
    seeBoard: 'See the board as readers see it',
    live: 'Live session',
    download: 'Download the published answers:',
    excel: 'Excel workbook',
    csv: 'CSV',
    markdown: 'Markdown for a blog post',
    json: 'JSON',
    import: 'Import answers from a Google Form',
    themes: 'Themes by perspective',
    handout: 'Build a handout to print',
    audit: 'Audit log',
    tabsLabel: 'Answers by status',
    guidance: 'Guidance: responding to answers that suggest someone is at risk',
    /** The keyboard shortcuts, each key shown in <kbd> before its word. */
    shortcutsIntro: 'Keyboard shortcuts when an answer has focus:',
    shortcuts: { j: 'next', k: 'previous', a: 'approve', r: 'reject', e: 'edit', h: 'hide' },
    nothingWaiting: 'Nothing is waiting to be read.',
    noAnswers: 'No answers here.',
    approveSelected: 'Approve selected',
  },

  /** What the queue says after each change (?done=). */
  notices: {
    approve: 'The answer is published.',
    reject: 'The answer is rejected. It will not be published.',
    hide: 'The answer is hidden from readers.',
    edit: 'Your edit is saved.',
    redact: 'The detail is replaced with a placeholder. What the author wrote is kept privately.',
    'mark-example': 'The answer is marked as an example and shown first in its cell.',
    'unmark-example': 'The answer is no longer marked as an example.',
    bulk: 'The selected answers are published.',
    'bulk-none': 'No answers were selected, so nothing was published. Tick the answers to approve first.',
    imported: 'The answers are imported; they wait for moderation.',
  },
  /** After an import that said how many: "3 answers imported; …". */
  importedCount: forms({ one: '{n} answer imported; they wait for moderation.', other: '{n} answers imported; they wait for moderation.' }),

  /** Why an edit or a redaction was not saved (moderation.actions.ts); `max` is formatted. */
  errors: {
    emptyText: 'Enter the text to publish',
    textTooLong: (max: string) => `The text must be ${max} characters or fewer`,
    changed: 'The answer has changed since you opened the page. Look at it again before redacting.',
  },

  edit: {
    title: 'Edit or redact an answer',
    back: 'Back to the answers',
    lead: "Readers will see your text instead of the author's. Replace what identifies someone with a placeholder, such as [name], [phone] or [place]. The original is kept privately for moderators.",
    label: 'Text to publish',
    save: 'Save',
  },

  audit: {
    title: (board: string) => `Audit log: ${board}`,
    back: 'Back to the answers',
    heading: 'Audit log for',
    nothing: 'Nothing has been done yet.',
    caption: 'Who did what, newest first',
    when: 'When',
    who: 'Who',
    what: 'What',
    answer: 'Answer',
    removedAccount: 'A removed account',
    /** The time as the log shows it, in UTC. */
    at: (time: string) => `${time} UTC`,
    actions: {
      approve: 'Approved',
      reject: 'Rejected',
      hide: 'Hid',
      edit: 'Edited or redacted',
      redact: 'Replaced a detail with a placeholder',
      'mark-example': 'Marked as example',
      'unmark-example': 'Unmarked as example',
    } as Record<string, string>,
  },
};
