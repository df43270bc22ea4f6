// Strings of the emails people get (see catalogue.ts): each goes out in the language its reader used.
export const email = {
  /** To an author who gave their email: their private link (answers.events.ts answerSubmitted). */
  privateLink: {
    subject: (board: string) => `Your answer on “${board}”`,
    text: (board: string, link: string) =>
      `Thank you for your answer on “${board}”.\n\n` +
      `This is your private link to change or delete it at any time. Anyone who has it can change your answer, so keep it to yourself:\n\n` +
      `${link}\n`,
  },
  // Emails to facilitators (the facilitator area is in English for now: cy/email.ts repeats these English values).
  /** To someone invited to a board's team (team.routes.ts). */
  invitation: {
    subject: (board: string) => `You are invited to moderate “${board}”`,
    text: (inviter: string, board: string, role: string, link: string) =>
      `${inviter} invites you to “${board}” on Roundtable as ${role === 'owner' ? 'an owner' : 'a moderator'}.\n\nThis link works once, for a day:\n${link}\n`,
  },
  /** To a board's team: answers wait to be read, and an answer that needs a moderator now (notifications.ts). */
  notices: {
    waitingSubject: (count: number) => `${count === 1 ? 'A new answer is' : `${count} new answers are`} waiting to be read`,
    waitingText: (count: number, board: string, queue: string) =>
      `${count === 1 ? 'A new answer is' : `${count} new answers are`} waiting to be read on “${board}”.\n\nRead them: ${queue}\n`,
    urgentSubject: (board: string) => `Urgent: an answer on “${board}” needs a moderator now`,
    urgentText: (board: string, queue: string, guidance: string) =>
      `An answer on “${board}” suggests that its author may be at risk, or could put someone at risk. ` +
      `It is held and is not published.\n\nPlease read it now: ${queue}\n\n` +
      `Guidance on responding: ${guidance}\n`,
  },
};
