import type { Messages } from '../en.ts';

export const help: Messages['help'] = {
  title: 'Angen help nawr?',
  lead: "Os ydych chi'n meddwl am niweidio eich hun, neu os ydych chi'n poeni am rywun, mae help ar gael nawr. Bwrdd trafod yw Roundtable, nid gwasanaeth argyfwng: mae hwyluswyr y bwrdd yn darllen yr atebion, ond nid ar unwaith.",
  inCountry: (country: string) => `Yn ${country}`,
  elsewhere: 'Mewn gwledydd eraill',
  directoryBefore: 'Mae ',
  directoryAfter: (description: string) => ` yn rhestru ${description}.`,
  lastChecked: (date: string) => `Cafodd y manylion hyn eu gwirio ddiwethaf ar ${date}.`,
  call: (phone: string) => `ffoniwch ${phone}`,
  text: (number: string, word: string | undefined) => (word ? `anfonwch neges destun yn dweud ${word} i ${number}` : `anfonwch neges destun i ${number}`),
  or: ' neu ',
};
