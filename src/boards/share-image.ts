import { deflateSync } from 'node:zlib';
import { catalogues } from '../i18n/catalogue.ts';
import { plural } from '../i18n/format.ts';
import { type Locale, languageTag } from '../i18n/locale.ts';

// The picture social sites show with a link to a board (og:image), drawn here so no other service is involved:
// the board's questions × perspectives as a grid, each cell as full as its answers, the empty ones — the
// missing voices — left pale with a dashed edge, under the name and a count of answers and missing voices in a
// tiny built-in pixel font, in the language of the page it is shared from. A PNG, the format every site accepts, with no dependency.

export const shareImageSize = { width: 1200, height: 630 } as const;

type Rgb = readonly [number, number, number];

const brand: Rgb = [0x12, 0x43, 0x6d];
const stripe: Rgb = [0x1d, 0x70, 0xb8];
const white: Rgb = [0xff, 0xff, 0xff];
const empty: Rgb = [0xf3, 0xf2, 0xf1];
const dash: Rgb = [0x50, 0x5a, 0x5f];
const header: Rgb = [0xb1, 0xb4, 0xb6];
const shades: Rgb[] = [
  [0xd2, 0xe2, 0xf1],
  [0x8e, 0xb8, 0xdc],
  [0x56, 0x94, 0xca],
  [0x1d, 0x70, 0xb8],
];

// A 5 × 7 pixel font for the few words the image says, in English and Welsh: rows top to bottom, '#' for ink.
// Capitals A–Z without accents (the Welsh words chosen need none), digits and the comma.
const glyphs: Record<string, string> = {
  A: '.###. #...# #...# ##### #...# #...# #...#',
  B: '####. #...# #...# ####. #...# #...# ####.',
  C: '.###. #...# #.... #.... #.... #...# .###.',
  D: '####. #...# #...# #...# #...# #...# ####.',
  E: '##### #.... #.... ####. #.... #.... #####',
  F: '##### #.... #.... ####. #.... #.... #....',
  G: '.###. #...# #.... #.### #...# #...# .####',
  H: '#...# #...# #...# ##### #...# #...# #...#',
  I: '.###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.',
  J: '..### ...#. ...#. ...#. ...#. #..#. .##..',
  K: '#...# #..#. #.#.. ##... #.#.. #..#. #...#',
  L: '#.... #.... #.... #.... #.... #.... #####',
  M: '#...# ##.## #.#.# #.#.# #...# #...# #...#',
  N: '#...# #...# ##..# #.#.# #..## #...# #...#',
  O: '.###. #...# #...# #...# #...# #...# .###.',
  P: '####. #...# #...# ####. #.... #.... #....',
  Q: '.###. #...# #...# #...# #.#.# #..#. .##.#',
  R: '####. #...# #...# ####. #.#.. #..#. #...#',
  S: '.#### #.... #.... .###. ....# ....# ####.',
  T: '##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..',
  U: '#...# #...# #...# #...# #...# #...# .###.',
  V: '#...# #...# #...# #...# #...# .#.#. ..#..',
  W: '#...# #...# #...# #.#.# #.#.# #.#.# .#.#.',
  X: '#...# #...# .#.#. ..#.. .#.#. #...# #...#',
  Y: '#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..',
  Z: '##### ....# ...#. ..#.. .#... #.... #####',
  '0': '.###. #...# #..## #.#.# ##..# #...# .###.',
  '1': '..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.',
  '2': '.###. #...# ....# ...#. ..#.. .#... #####',
  '3': '####. ....# ....# .###. ....# ....# ####.',
  '4': '...#. ..##. .#.#. #..#. ##### ...#. ...#.',
  '5': '##### #.... ####. ....# ....# #...# .###.',
  '6': '..##. .#... #.... ####. #...# #...# .###.',
  '7': '##### ....# ...#. ..#.. .#... .#... .#...',
  '8': '.###. #...# #...# .###. #...# #...# .###.',
  '9': '.###. #...# #...# .#### ....# ...#. .##..',
  ',': '..... ..... ..... ..... ..... ..#.. .#...',
};

class Canvas {
  readonly pixels: Buffer;
  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = Buffer.alloc(width * height * 3);
    this.rect(0, 0, width, height, background);
  }

  rect(x: number, y: number, w: number, h: number, [r, g, b]: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let row = y0; row < y1; row++) {
      for (let col = x0; col < x1; col++) {
        const at = (row * this.width + col) * 3;
        this.pixels[at] = r;
        this.pixels[at + 1] = g;
        this.pixels[at + 2] = b;
      }
    }
  }

  dashedOutline(x: number, y: number, w: number, h: number, colour: Rgb, thickness = 3, on = 12, off = 8): void {
    for (let d = 0; d < w; d += on + off) {
      this.rect(x + d, y, Math.min(on, w - d), thickness, colour);
      this.rect(x + d, y + h - thickness, Math.min(on, w - d), thickness, colour);
    }
    for (let d = 0; d < h; d += on + off) {
      this.rect(x, y + d, thickness, Math.min(on, h - d), colour);
      this.rect(x + w - thickness, y + d, thickness, Math.min(on, h - d), colour);
    }
  }

  /** Capital letters, digits, commas and spaces at `scale` pixels per font pixel; other characters are skipped. */
  text(x: number, y: number, words: string, scale: number, colour: Rgb): void {
    let at = x;
    for (const char of words) {
      const rows = glyphs[char]?.split(' ');
      rows?.forEach((row, r) => {
        for (let c = 0; c < row.length; c++) if (row[c] === '#') this.rect(at + c * scale, y + r * scale, scale, scale, colour);
      });
      at += 6 * scale;
    }
  }

  png(): Buffer {
    const rowBytes = this.width * 3;
    const raw = Buffer.alloc((rowBytes + 1) * this.height);
    for (let row = 0; row < this.height; row++) {
      raw[row * (rowBytes + 1)] = 0; // filter: none
      this.pixels.copy(raw, row * (rowBytes + 1) + 1, row * rowBytes, (row + 1) * rowBytes);
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.width, 0);
    ihdr.writeUInt32BE(this.height, 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // truecolour
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function shade(count: number): Rgb {
  if (count >= 6) return shades[3]!;
  if (count >= 3) return shades[2]!;
  if (count === 2) return shades[1]!;
  return shades[0]!;
}

/** Whether the image's font can draw every character of `words` (spaces included). */
export function drawable(words: string): boolean {
  return [...words].every((char) => char === ' ' || char in glyphs);
}

/** The line under the grid, in capitals: "12 ANSWERS, 5 VOICES MISSING" / "12 ATEB, 5 LLAIS AR GOLL". */
export function shareImageLine(answers: number, missing: number, locale: Locale): string {
  const t = catalogues[locale].embed;
  return `${plural(locale, answers, t.shareImageAnswers)}, ${plural(locale, missing, t.shareImageMissing)}`.toLocaleUpperCase(languageTag[locale]);
}

/** The share image for a board: `counts[question][perspective]` published answers (at most 10 × 8 are drawn), its words in `locale`. */
export function drawShareImage(counts: number[][], locale: Locale = 'en'): Buffer {
  const { width, height } = shareImageSize;
  const canvas = new Canvas(width, height, brand);
  canvas.rect(0, height - 16, width, 16, stripe);
  const card = { x: 60, y: 60, w: width - 120, h: height - 136 };
  canvas.rect(card.x, card.y, card.w, card.h, white);
  const answers = counts.flat().reduce((sum, n) => sum + n, 0);
  const missing = counts.flat().filter((n) => n === 0).length;
  canvas.text(card.x, 16, 'ROUNDTABLE', 4, white);
  canvas.text(card.x, card.y + card.h + 16, shareImageLine(answers, missing, locale), 4, white);

  const rows = counts.slice(0, 10);
  const columns = Math.min(8, Math.max(1, ...rows.map((r) => r.length)));
  const gap = 12;
  const pad = 36;
  // A wider first column stands for the questions, a header row for the perspectives, as on the board page.
  const questionWidth = 200;
  const headerHeight = 36;
  const cellW = (card.w - 2 * pad - questionWidth - gap * columns) / columns;
  const cellH = (card.h - 2 * pad - headerHeight - gap * Math.max(1, rows.length)) / Math.max(1, rows.length);
  const top = card.y + pad;
  const left = card.x + pad;
  for (let c = 0; c < columns; c++) canvas.rect(left + questionWidth + gap + c * (cellW + gap), top, cellW, headerHeight, header);
  rows.forEach((row, r) => {
    const y = top + headerHeight + gap + r * (cellH + gap);
    canvas.rect(left, y, questionWidth, cellH, header);
    for (let c = 0; c < columns; c++) {
      const x = left + questionWidth + gap + c * (cellW + gap);
      const count = row[c] ?? 0;
      if (count === 0) {
        canvas.rect(x, y, cellW, cellH, empty);
        canvas.dashedOutline(x, y, cellW, cellH, dash);
      } else {
        canvas.rect(x, y, cellW, cellH, shade(count));
      }
    }
  });
  return canvas.png();
}
