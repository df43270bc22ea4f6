import { handouts as english } from '../en/handouts.ts';
import type { Messages } from '../en.ts';

// The handout's printed words are Welsh when the board is written in Welsh (BydTermCymru: taflen, hwylusydd, safbwynt,
// ateb). The builder is the facilitator area's and stays English for now.

export const handouts: Messages['handouts'] = {
  // Not translated yet: the facilitator area is served in English (docs/TRANSLATION.md).
  builder: english.builder,

  printed: {
    handout: 'Taflen',
    largeHandout: 'Taflen print bras',
    title: (kind, board) => `${kind}: ${board}`,
    subject: (board) => `Atebion o “${board}”`,
    readAt: 'Darllenwch bob ateb, ac ychwanegwch eich un chi, yn:',
    qrAlt: (address) => `Cod QR cyfeiriad y bwrdd, ${address}`,
    note: 'Nodyn yr hwylusydd:',
    anonymous: 'Dienw',
    attribution: (name, perspective) => `${name}, ${perspective}`,
    footer: (board, page, pages) => `${board} · tudalen ${page} o ${pages}`,
    nothingPicked: 'Nid oes atebion wedi’u dewis eto: ewch yn ôl i’r adeiladwr i ddewis rhai.',
    themesHeading: 'Themâu yn yr atebion hyn',
    keyPhrases: (phrases) => `Ymadroddion allweddol, a faint o atebion sy’n defnyddio pob un: ${phrases}.`,
    // Welsh puts the verb first ("Mae … yn sôn …"), so the perspective's name needs no capital.
    saysMore: (p, phrases) => `Mae ${p.plural ?? `safbwynt “${p.label}”`} yn sôn am y rhain yn fwy nag eraill: ${phrases}.`,
  },
};
