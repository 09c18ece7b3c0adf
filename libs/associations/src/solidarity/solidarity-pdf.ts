import PDFDocument from 'pdfkit';
import { toWinAnsi } from './rules/win-ansi';
import { SolidarityEntryView } from './solidarity.types';

/** The standard fonts write WinAnsi only: every text goes through the mapping (nothing dropped). */
const printable = toWinAnsi;

/** "1er décembre 2026" from a calendar day. */
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const dateFr = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
};

/**
 * The solidarity page as a half page of A4 (A5, portrait) for the municipal magazine: the
 * entries in two columns of small type, each with who runs it, where, when, for whom, its cost
 * and contact, and a mark on those not checked for 90 days.
 */
export function solidarityPdf(
  entries: readonly SolidarityEntryView[],
  heading: { town: string; council: string | null; today: string },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A5',
    margins: { top: 28, bottom: 28, left: 28, right: 28 },
    info: {
      Title: printable(`Solidarité : où trouver de l’aide – ${heading.council ?? heading.town}`),
      Author: printable(heading.town),
    },
    lang: 'fr-FR',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );

  doc.font('Helvetica-Bold').fontSize(13).text(printable('Solidarité : où trouver de l’aide'));
  doc
    .font('Helvetica')
    .fontSize(8)
    .text(
      printable(
        `${heading.council ?? heading.town} – informations vérifiées avec les associations partenaires, au ${dateFr(heading.today)}. D’autres services sur soliguide.fr.`,
      ),
    )
    .moveDown(0.6);

  const width = (doc.page.width - 56 - 12) / 2;
  const bottom = doc.page.height - 28;
  // Where the columns start: under the heading on the first page, at the margin on the others.
  let top = doc.y;
  let column = 0;
  let y = top;
  const x = () => 28 + column * (width + 12);
  for (const entry of entries) {
    const lines = [
      entry.runBy,
      entry.address && `Où : ${entry.address}`,
      entry.hours && `Quand : ${entry.hours}`,
      entry.audience && `Pour qui : ${entry.audience}`,
      entry.languages.length ? `Langues : ${entry.languages.join(', ')}` : '',
      entry.cost && `Coût : ${entry.cost}`,
      entry.contact && `Contact : ${entry.contact}`,
    ]
      .filter(Boolean)
      .map(printable)
      .join('\n');
    const title = printable(entry.title);
    // A stale entry says so in bold, not only in words lost among the others.
    const stale = entry.stale
      ? printable(`À vérifier : non confirmée depuis le ${dateFr(entry.lastCheckedOn)}`)
      : '';
    const height =
      doc.font('Helvetica-Bold').fontSize(8).heightOfString(title, { width }) +
      doc.font('Helvetica').fontSize(7).heightOfString(lines, { width }) +
      (stale ? doc.font('Helvetica-Bold').fontSize(7).heightOfString(stale, { width }) : 0) +
      6;
    if (y + height > bottom && y > top) {
      if (column === 0) {
        column = 1;
      } else {
        doc.addPage();
        column = 0;
        top = 28;
      }
      y = top;
    }
    doc.font('Helvetica-Bold').fontSize(8).text(title, x(), y, { width });
    doc.font('Helvetica').fontSize(7).text(lines, x(), doc.y, { width });
    if (stale) doc.font('Helvetica-Bold').fontSize(7).text(stale, x(), doc.y, { width });
    y = doc.y + 6;
  }
  if (entries.length === 0) doc.font('Helvetica').fontSize(8).text('Aucun service publié.');
  doc.end();
  return done;
}
