import { email as english } from '../en/email.ts';
import type { Messages } from '../en.ts';

export const email: Messages['email'] = {
  privateLink: {
    subject: (board: string) => `Eich ateb ar “${board}”`,
    text: (board: string, link: string) =>
      `Diolch am eich ateb ar “${board}”.\n\n` +
      `Dyma eich dolen breifat i newid neu ddileu eich ateb ar unrhyw adeg. Gall unrhyw un sydd â'r ddolen newid eich ateb, felly cadwch hi i chi'ch hun:\n\n` +
      `${link}\n`,
  },
  // Emails to facilitators stay in English for now, as the facilitator area does (docs/TRANSLATION.md).
  invitation: english.invitation,
  notices: english.notices,
};
