/**
 * The text of a PDF as a reader would copy it, page by page, through pdf.js (the legacy
 * build runs on Node 20 without a DOM). Runs are joined as pdf.js reports them: a line
 * break where it saw one, nothing between the runs of one line.
 */
export async function pdfText(bytes: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
  }
  await document.destroy();
  return pages;
}

/** Whitespace removed, so a string found across a line wrap still matches. */
export const squash = (value: string): string => value.replace(/\s+/g, '');
