import { dossierFonts, type FontWeight, fontName } from './dossier-fonts.js';
import { scriptRuns } from './script-runs.js';

export const MARGIN = 48;
const FOOTER_SPACE = 28;
const ROW_GAP = 3;

/**
 * fontkit's `ccmp` splits "ị" or "ụ" into a base letter and a combining dot below: it looks
 * right but copies (and extracts) as "i" plus junk, since the mark glyph maps to no
 * character. Noto Sans has every Vietnamese letter precomposed, so the feature is turned
 * off, for every run and measurement of either font, so a glyph is always met through the
 * character it stands for. Japanese runs need it too: pdfkit measures the later runs of a
 * continued line with the first run's options. (Japanese text arrives precomposed.)
 * pdfkit hands `features` to fontkit, which takes an object of switches; @types/pdfkit
 * knows only the array form, hence the cast.
 */
const NO_CCMP = { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

/** Noto Sans's ascender (1069 of 1000 units): the baseline every run is set on. */
const LATIN_ASCENT = 1.069;

export interface TextStyle {
  size?: number;
  weight?: FontWeight;
  color?: string;
}

export interface Column {
  label: string;
  /** A share of the page's text width; the shares of a table add up to 1. */
  share: number;
}

/**
 * The few layout moves the dossier makes on top of pdfkit: text whose every run of one
 * script is set in the font that has its glyphs, headings that never end a page, and tables
 * whose rows never split across pages. Nothing here knows what an agreement is.
 */
export class PdfWriter {
  constructor(readonly doc: PDFKit.PDFDocument) {
    for (const [name, file] of dossierFonts()) doc.registerFont(name, file);
  }

  get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN - FOOTER_SPACE;
  }

  /**
   * Writes `value` at the cursor (or at x, y), switching fonts between scripts. Each line
   * is written on its own (pdfkit drops a line break that ends a continued run), and every
   * run sits on the Latin font's baseline: Noto Sans JP's ascender is lower, and pdfkit
   * hangs each run from its own font's ascender, so kana would float above the line.
   */
  text(
    value: string,
    style: TextStyle = {},
    box: { x?: number; y?: number; width?: number } = {},
  ): void {
    const { doc } = this;
    const size = style.size ?? 9;
    const x = box.x ?? MARGIN;
    doc.fontSize(size).fillColor(style.color ?? '#111111');
    value.split('\n').forEach((line, lineIndex) => {
      const runs = scriptRuns(line === '' ? ' ' : line);
      runs.forEach((run, index) => {
        doc.font(fontName(run.script, style.weight ?? 'regular'));
        const options = {
          width: box.width ?? this.width,
          continued: index < runs.length - 1,
          lineGap: 1,
          baseline: -LATIN_ASCENT * size,
          features: NO_CCMP,
        };
        if (index > 0) doc.text(run.text, options);
        else doc.text(run.text, x, lineIndex === 0 ? (box.y ?? doc.y) : doc.y, options);
      });
    });
  }

  /** A height that is never less than what `value` takes in `width` (kanji are wider). */
  private estimate(value: string, width: number, size: number): number {
    const { doc } = this;
    doc.font(fontName('latin', 'regular')).fontSize(size);
    // Measured with the features the text is set with: a layout with `ccmp` would also
    // leave the decomposed glyphs in fontkit's cache with the wrong characters (see above).
    const height = doc.heightOfString(value === '' ? ' ' : value, {
      width,
      lineGap: 1,
      features: NO_CCMP,
    });
    return scriptRuns(value).some((run) => run.script === 'japanese') ? height * 1.8 : height;
  }

  /** Starts a new page unless `height` still fits above the footer. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(value: string): void {
    // Room for the heading, a table header and a row or two, so a heading never ends a page.
    this.ensureSpace(110);
    this.doc.moveDown(0.8);
    this.text(value, { size: 14, weight: 'bold', color: '#1f3a5f' });
    const y = this.doc.y + 2;
    this.doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + this.width, y)
      .lineWidth(0.6)
      .strokeColor('#1f3a5f')
      .stroke();
    this.doc.y = y + 6;
  }

  paragraph(value: string, style: TextStyle = {}): void {
    this.ensureSpace(this.estimate(value, this.width, style.size ?? 9) + 4);
    this.text(value, style);
    this.doc.moveDown(0.3);
  }

  /** Label and value pairs in two columns: the particulars and the title page. */
  facts(rows: ReadonlyArray<readonly [string, string]>): void {
    this.table(
      [
        { label: '', share: 0.32 },
        { label: '', share: 0.68 },
      ],
      rows.map(([label, value]) => [label, value]),
      { header: false, boldFirst: true },
    );
  }

  table(
    columns: readonly Column[],
    rows: ReadonlyArray<readonly string[]>,
    options: { header?: boolean; boldFirst?: boolean; size?: number } = {},
  ): void {
    const size = options.size ?? 8.5;
    const widths = columns.map((column) => column.share * this.width);
    const drawHeader = () => {
      if (options.header === false) return;
      this.row(
        columns.map((column) => column.label),
        widths,
        { size, weight: 'bold', color: '#1f3a5f' },
      );
    };
    const heightOf = (cells: readonly string[]) =>
      Math.max(...cells.map((cell, index) => this.estimate(cell, (widths[index] ?? 0) - 4, size)));
    // A header alone at the foot of a page reads as an empty table: keep it with a row.
    const first = rows[0];
    if (first !== undefined)
      this.ensureSpace(heightOf(columns.map((c) => c.label)) + heightOf(first) + 2 * ROW_GAP);
    drawHeader();
    for (const cells of rows) {
      if (this.doc.y + heightOf(cells) + ROW_GAP > this.bottom) {
        this.doc.addPage();
        drawHeader();
      }
      this.row(cells, widths, { size }, options.boldFirst === true);
    }
    this.doc.moveDown(0.4);
  }

  private row(
    cells: readonly string[],
    widths: readonly number[],
    style: TextStyle,
    boldFirst = false,
  ): void {
    const { doc } = this;
    const top = doc.y;
    let x = MARGIN;
    let bottom = top;
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      const weight = boldFirst && index === 0 ? 'bold' : style.weight;
      this.text(cell, { ...style, weight }, { x, y: top, width: width - 4 });
      bottom = Math.max(bottom, doc.y);
      x += width;
    });
    doc
      .moveTo(MARGIN, bottom + 1)
      .lineTo(MARGIN + this.width, bottom + 1)
      .lineWidth(0.3)
      .strokeColor('#c8ced6')
      .stroke();
    doc.x = MARGIN;
    doc.y = bottom + ROW_GAP;
  }

  /** The footer of the page just added; the bottom margin is lifted so it cannot overflow. */
  footer(left: string, pageLabel: string, pageNumber: number): void {
    const { doc } = this;
    const { x, y } = doc;
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const footerY = doc.page.height - MARGIN + 4;
    this.text(
      left,
      { size: 7, color: '#666666' },
      { x: MARGIN, y: footerY, width: this.width * 0.8 },
    );
    this.text(
      `${pageLabel} ${pageNumber}`,
      { size: 7, color: '#666666' },
      {
        x: MARGIN + this.width * 0.8,
        y: footerY,
        width: this.width * 0.2,
      },
    );
    doc.page.margins.bottom = margin;
    doc.x = x;
    doc.y = y;
  }
}
