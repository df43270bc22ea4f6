import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import type PDFKit from 'pdfkit';
import { catalogues } from '../i18n/catalogue.ts';
import { languageTag } from '../i18n/locale.ts';
import type { Handout, HandoutAnswer, HandoutQuestion } from './handouts.actions.ts';
import type { HandoutSize } from './handouts.input.ts';
import { qrRuns } from './qr.ts';

// The handout as a tagged PDF (pdfkit): A4, real headings and reading order, selectable text in an embedded font.

// pdfkit and fontkit (some 14 MiB) load with the first handout, not when the server starts.
const require = createRequire(import.meta.url);

function openFont(file: string): Font {
  const { openSync } = require('fontkit') as typeof import('fontkit');
  const font = openSync(require.resolve(`@expo-google-fonts/noto-sans/${file}`));
  if (!('layout' in font)) throw new Error(`${file} is a font collection`);
  return font;
}

/**
 * Noto Sans, embedded (and subset) in every handout: it covers Latin Extended-A whole, so Welsh ŵ ŷ Ŵ Ŷ and
 * â ê î ô û print, and Greek and Cyrillic as well. Parsed once and shared by every handout: parsing its three
 * files for each PDF took half a second.
 */
let parsed: Record<'regular' | 'bold' | 'italic', Font> | undefined;
function fonts() {
  parsed ??= {
    regular: openFont('400Regular/NotoSans_400Regular.ttf'),
    bold: openFont('700Bold/NotoSans_700Bold.ttf'),
    italic: openFont('400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
  };
  return parsed;
}

/** Sizes in points. Large print keeps every line a reader reads at 18 pt or more. */
const styles = {
  standard: { body: 11.5, meta: 10, h1: 24, h2: 16, h3: 12.5, footer: 9, qr: 96, margin: 56, lineGap: 2 },
  large: { body: 18, meta: 18, h1: 32, h2: 24, h3: 20, footer: 14, qr: 128, margin: 50, lineGap: 4 },
} as const;

const ink = '#0b0c0c';
const quiet = '#505a5f';

/** The words printed on a handout: in the board's language, whatever the page around it is in. */
export function printedWords(handout: Handout) {
  return catalogues[handout.board.language].handouts.printed;
}

/** The title a PDF reader shows in its title bar. */
export function handoutTitle(handout: Handout, size: HandoutSize): string {
  const p = printedWords(handout);
  return p.title(size === 'large' ? p.largeHandout : p.handout, handout.board.title);
}

/** Who wrote an answer and from which perspective, as the handout prints it. */
export function attribution(answer: HandoutAnswer, p: ReturnType<typeof printedWords>): string {
  return p.attribution(answer.displayName?.trim() || p.anonymous, answer.perspectiveLabel);
}

/** Questions with something to print: answers, a note or a summary. */
export function printedQuestions(handout: Handout): HandoutQuestion[] {
  return handout.questions.filter((q) => q.picked.length > 0 || q.note !== '' || q.summary);
}

export function handoutPdf(handout: Handout, size: HandoutSize): Promise<Buffer> {
  const s = styles[size];
  const files = fonts();
  const title = handoutTitle(handout, size);
  const words = printedWords(handout);
  const footerSpace = s.footer * 3;
  const PDFDocument = require('pdfkit') as typeof PDFKit;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: s.margin, left: s.margin, right: s.margin, bottom: s.margin + footerSpace },
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: languageTag[handout.board.language],
    bufferPages: true,
    font: files.regular as unknown as string, // pdfkit takes a parsed fontkit font as well as a file's path
    info: { Title: title, Subject: words.subject(handout.board.title), Creator: 'Roundtable' },
  });
  // pdfkit's types name paths and bytes only; at run time it takes a fontkit font as it is.
  doc.registerFont('regular', files.regular as unknown as string);
  doc.registerFont('bold', files.bold as unknown as string);
  doc.registerFont('italic', files.italic as unknown as string);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = s.margin;
  const width = doc.page.width - 2 * s.margin;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const text = (value: string, font: 'regular' | 'bold' | 'italic', size: number, options: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font(font)
      .fontSize(size)
      .fillColor(options.link ? '#1d70b8' : ink)
      .text(value, left, undefined, { width, lineGap: s.lineGap, ...options });
  const heightOf = (value: string, font: 'regular' | 'bold' | 'italic', size: number) =>
    doc.font(font).fontSize(size).heightOfString(value, { width, lineGap: s.lineGap });
  /** A new page unless `height` fits below. */
  const keep = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  /** What of a block must fit on the page it starts on: all of it, or the first quarter page of a long one, which flows on. */
  const start = (height: number) => Math.min(height, (bottom() - doc.page.margins.top) / 4);
  const answerHeight = (answer: HandoutAnswer) =>
    heightOf(answer.body, 'regular', s.body) + heightOf(`— ${attribution(answer, words)}`, 'bold', s.meta) + s.body;

  const root = doc.struct('Document');
  doc.addStructure(root);

  root.add(doc.struct('H1', {}, () => text(handout.board.title, 'bold', s.h1)));
  doc.moveDown(0.3);
  if (handout.intro) {
    root.add(doc.struct('P', {}, () => text(handout.intro, 'regular', s.body, { paragraphGap: s.body * 0.5 })));
  }

  // Where the board is, in words and as a QR code beside them.
  const qr = qrRuns(handout.address);
  const module = s.qr / qr.size;
  const qrTop = doc.y + s.body * 0.5;
  const besideQr = width - s.qr - s.body * 2;
  doc.y = qrTop;
  root.add(
    doc.struct('P', {}, () => {
      doc.font('regular').fontSize(s.body).fillColor(ink).text(`${words.readAt} `, left, qrTop, { width: besideQr, lineGap: s.lineGap });
      doc.font('bold').fillColor('#1d70b8').text(handout.address, { width: besideQr, lineGap: s.lineGap, link: handout.address, underline: true });
    }),
  );
  const textBottom = doc.y;
  root.add(
    doc.struct('Figure', { alt: words.qrAlt(handout.address) }, () => {
      const x0 = left + width - s.qr;
      for (const r of qr.runs) doc.rect(x0 + r.x * module, qrTop + r.y * module, r.width * module + 0.01, module + 0.01);
      doc.fillColor('#000000').fill();
    }),
  );
  doc.y = Math.max(textBottom, qrTop + s.qr) + s.body * 1.5;

  for (const item of printedQuestions(handout)) {
    const section = doc.struct('Sect');
    root.add(section);
    // A heading stays with what follows it: the note, or the first answer.
    const first = item.note ? heightOf(`${words.note} ${item.note}`, 'italic', s.body) : item.picked[0] ? answerHeight(item.picked[0]) : 0;
    keep(heightOf(item.question.text, 'bold', s.h2) + s.body + start(first));
    section.add(doc.struct('H2', {}, () => text(item.question.text, 'bold', s.h2, { paragraphGap: s.body * 0.4 })));
    if (item.note) {
      section.add(
        doc.struct('P', {}, () => {
          doc.font('bold').fontSize(s.body).fillColor(ink).text(`${words.note} `, left, undefined, { width, lineGap: s.lineGap, continued: true });
          doc.font('italic').text(item.note, { paragraphGap: s.body * 0.6 });
        }),
      );
    }
    if (item.summary) {
      const { heading, lines } = item.summary;
      section.add(doc.struct('H3', {}, () => text(heading, 'bold', s.h3, { paragraphGap: s.body * 0.3 })));
      const list = doc.struct('L');
      section.add(list);
      for (const line of lines) {
        const li = doc.struct('LI');
        list.add(li);
        li.add(doc.struct('LBody', {}, () => text(`• ${line}`, 'regular', s.body, { indent: 0 })));
      }
      doc.moveDown(0.4);
    }
    const list = doc.struct('L');
    section.add(list);
    for (const answer of item.picked) {
      const by = `— ${attribution(answer, words)}`;
      keep(start(answerHeight(answer)));
      const li = doc.struct('LI');
      list.add(li);
      const body = doc.struct('LBody');
      li.add(body);
      body.add(doc.struct('P', {}, () => text(answer.body, 'regular', s.body, { paragraphGap: s.body * 0.2 })));
      body.add(doc.struct('P', {}, () => text(by, 'bold', s.meta, { paragraphGap: s.body * 0.9 })));
    }
    doc.moveDown(0.5);
  }

  // Every page's footer, outside the reading order: the board and the page number.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    const y = doc.page.height - s.margin - s.footer * 1.5;
    doc
      .font('regular')
      .fontSize(s.footer)
      .fillColor(quiet)
      .text(words.footer(handout.board.title, i + 1, range.count), left, y, { width, lineBreak: false, ellipsis: true });
    doc.endMarkedContent();
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
