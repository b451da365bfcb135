/**
 * Saves CSV text the api answered as a file. The server's byte order mark was dropped when
 * the response was decoded: it is put back so spreadsheets read the text as UTF-8.
 */
export function downloadCsv(text: string, fileName: string): void {
  const blob = new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
