import type { Messages } from '../en.ts';

export const web: Messages['web'] = {
  forms: {
    errorSummaryTitle: 'Mae problem wedi codi',
  },
  errors: {
    pages: {
      400: ["Mae'n ddrwg gennym, nid oedd modd deall y cais", "Roedd rhywbeth o'i le yn y cais. Gwiriwch y cyfeiriad neu ewch yn ôl a rhoi cynnig arall arni."],
      403: ['Ni allwch wneud hynny', "Nid yw'r weithred hon yn cael ei chaniatáu o'r fan hon."],
      404: [
        "Heb ddod o hyd i'r dudalen",
        "Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Efallai hefyd fod y bwrdd neu'r ateb wedi cael ei dynnu.",
      ],
      405: ["Nid yw'r weithred honno ar gael", "Nid yw'r cyfeiriad hwn yn derbyn y math hwnnw o gais."],
      406: ["Nid yw'r fformat hwnnw ar gael", 'Ni all y cyfeiriad hwn ateb yn y fformat y gofynnwyd amdano.'],
      409: ['Ni ellir gwneud hynny nawr', "Mae'r hyn roeddech yn ceisio'i newid wedi newid yn y cyfamser."],
      413: ["Mae hynny'n ormod i'w anfon", "Roedd y cais yn fwy nag y mae'r wefan hon yn ei dderbyn. Gwnewch ef yn fyrrach a rhowch gynnig arall arni."],
      414: ["Mae'r cyfeiriad hwnnw'n rhy hir", 'Gwnewch y cyfeiriad gwe yn fyrrach a rhowch gynnig arall arni.'],
      415: ["Nid yw'r math hwnnw o gynnwys yn cael ei dderbyn", "Anfonwch y ffurflen o'r wefan hon, neu anfonwch JSON i'r API."],
      422: ['Gwiriwch beth wnaethoch ei roi', "Nid oedd modd derbyn rhywfaint o'r hyn a anfonwyd."],
      429: ['Gormod o geisiadau', 'Arhoswch funud a rhowch gynnig arall arni.'],
      500: ["Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth", "Rhowch gynnig arall arni yn nes ymlaen. Nid oes dim a gadwyd gennych eisoes wedi'i golli."],
    },
    invalidJson: 'Nid yw corff y cais yn JSON dilys.',
    emptyJson: 'Mae corff y cais yn wag: anfonwch wrthrych JSON.',
    badContentLength: "Nid yw'r pennyn Content-Length yn cyfateb i'r corff.",
    homeLink: "Mynd i'r rhestr o fyrddau",
    code: (status: number) => `Cod gwall ${status}`,
  },
};
