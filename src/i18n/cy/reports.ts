import type { Messages } from '../en.ts';

export const reports: Messages['reports'] = {
  title: 'Rhoi gwybod am ateb',
  anonymous: 'Dienw',
  explain:
    'Bydd un o gymedrolwyr y bwrdd hwn yn darllen eich adroddiad. Os bydd sawl person yn rhoi gwybod am ateb, caiff ei guddio nes bydd cymedrolwr wedi edrych arno.',
  whatIsWrong: "Beth sydd o'i le arno?",
  reasons: {
    abusive: "Mae'n sarhaus neu'n llawn casineb",
    identifying: "Mae'n dangos pwy yw rhywun",
    harmful: 'Gallai roi rhywun mewn perygl',
    spam: 'Sbam neu hysbyseb ydyw',
    other: 'Rhywbeth arall',
  },
  detailsLabel: "Unrhyw beth arall y dylai'r cymedrolwr ei wybod (dewisol)",
  detailsHint: (max: string) => `Hyd at ${max} nod. Peidiwch â chynnwys eich manylion cyswllt eich hun.`,
  send: 'Anfon adroddiad',
  chooseReason: "Dewiswch beth sydd o'i le ar yr ateb",
  thanksTitle: 'Diolch am roi gwybod',
  thanksText: 'Bydd cymedrolwr yn edrych ar yr ateb.',
  backTo: (board: string) => `Yn ôl i “${board}”`,
};
