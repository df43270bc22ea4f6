import type { Messages } from '../en.ts';

export const votes: Messages['votes'] = {
  tooMany:
    "Mae llawer o atebion wedi'u marcio'n ddefnyddiol o'r porwr hwn neu o'ch rhwydwaith yn ystod y funud ddiwethaf. Arhoswch funud, yna rhowch gynnig arall arni.",
  tooManyTitle: 'Gormod o farciau defnyddiol',
  backToAnswers: "Ewch yn ôl i'r atebion",
};
