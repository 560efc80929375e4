// Page furniture of the A4 report with pdfkit: the embedded DejaVu fonts (every French accent,
// and the Latin, Greek and Cyrillic letters names may carry), headings, paragraphs, tables, and
// the footer written on every page once the page count is known.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
export const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export const A4_MARGIN = 48;
export const INK = '#1d2733';
export const MUTED = '#5b6574';

export function newReport(title: string, now: Date): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: A4_MARGIN, bottom: A4_MARGIN + 14, left: A4_MARGIN, right: A4_MARGIN },
    bufferPages: true,
    // The first font is ours: pdfkit's own Helvetica has no metrics for most accents.
    font: FONT_REGULAR,
    lang: 'fr-FR',
    displayTitle: true,
    info: { Title: title, Creator: 'Maillage', Producer: 'Maillage', CreationDate: now },
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  doc.font('regular').fillColor(INK);
  return doc;
}

export const contentWidth = (doc: PDFKit.PDFDocument) =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** A new page when less than `height` points are left on this one. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export function heading(doc: PDFKit.PDFDocument, text: string, size = 14): void {
  // A heading never ends a page: room for it and a few lines of what follows.
  ensureSpace(doc, size * 4 + 60);
  doc.moveDown(0.6);
  doc
    .font('bold')
    .fontSize(size)
    .fillColor(INK)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(10);
}

export function paragraph(
  doc: PDFKit.PDFDocument,
  text: string,
  options: { size?: number; color?: string } = {},
): void {
  doc
    .font('regular')
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? INK)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 2 });
  doc.fillColor(INK);
}

/** A table with a bold header row; long tables continue on the next pages. */
export function table(
  doc: PDFKit.PDFDocument,
  header: string[],
  rows: string[][],
  widths?: (number | string)[],
): void {
  ensureSpace(doc, 40);
  doc.font('regular').fontSize(8.5);
  doc.table({
    position: { x: doc.page.margins.left, y: doc.y },
    maxWidth: contentWidth(doc),
    columnStyles: widths ?? header.map(() => '*'),
    defaultStyle: { padding: [3, 4], border: 0.5, borderColor: '#c9ced6' },
    data: [
      header.map((text) => ({
        text,
        font: { src: 'bold' },
        backgroundColor: '#eef1f5',
        type: 'TH' as const,
      })),
      ...rows,
    ],
  });
  doc.moveDown(0.5);
}

/** "Page n / N" and the confidentiality line on every page, once all pages exist. */
export function footers(
  doc: PDFKit.PDFDocument,
  left: string,
  page: (n: number, total: number) => string,
): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - A4_MARGIN + 4;
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin must not start a new page.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(7.5).fillColor(MUTED);
    doc.text(left, A4_MARGIN, y, { width: 300, lineBreak: false });
    doc.text(page(i + 1, range.count), doc.page.width - A4_MARGIN - 120, y, {
      width: 120,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

export function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
