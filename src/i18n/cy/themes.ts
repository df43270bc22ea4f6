import { themes as english } from '../en/themes.ts';
import type { Messages } from '../en.ts';

// The themes summary readers see on a Welsh question page. Terms: ateb (atebion), safbwynt, hwylusydd, ymadrodd
// (phrase). Welsh numerals take the singular noun ("3 ateb").

const answerForms = { zero: '{n} ateb', one: '{n} ateb', two: '{n} ateb', few: '{n} ateb', many: '{n} ateb', other: '{n} ateb' };

export const themes: Messages['themes'] = {
  summary: {
    heading: 'Themâu yn yr atebion hyn',
    intro: (answers) =>
      `Yr ymadroddion a ddefnyddir amlaf yn yr atebion cyhoeddedig (${answers}), wedi’u canfod drwy gyfrif geiriau (heb wasanaeth AI), a’u gwirio gan hwyluswyr y bwrdd.`,
    publishedAnswers: answerForms,
    noPhrase: 'Nid oes unrhyw ymadrodd wedi’i ddefnyddio mewn mwy nag un ateb eto.',
    listLabel: 'Ymadroddion allweddol, y rhai a ddefnyddir amlaf yn gyntaf',
    answers: answerForms,
    readThe: (answers) => `Darllenwch yr atebion (${answers})`,
    thatMention: (label) => ` sy’n sôn am “${label}”`,
    moreBelow: (n) => `a ${n} arall isod`,
    perspectivesHeading: 'Beth mae pob safbwynt yn ei ddweud yn fwy na’r lleill',
    strength: { 'very clear': 'gwahaniaeth clir iawn', clear: 'gwahaniaeth clir', slight: 'gwahaniaeth bach' },
    perspectiveName: (label) => `y safbwynt “${label}”`,
    // "o’r safbwynt “…”" rather than "gan reolwyr": after "gan" the name would take a soft mutation, which a template cannot make.
    distinctive: (count, answers, p, strength, z) => `mewn ${count} o ${answers} o’r safbwynt “${p.label}” (${strength}, z = ${z})`,
  },

  // Not translated yet: the facilitator area is served in English (docs/TRANSLATION.md).
  admin: english.admin,
};
