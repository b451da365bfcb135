import type { VerificationReport } from './verify-export.js';

/** The report for a person: OK or FAILED, the counts, then each finding with its line. */
export function formatReport(report: VerificationReport, eventsPath: string): string {
  const out: string[] = [];
  out.push(`${report.ok ? 'OK' : 'FAILED'}: ${eventsPath}`);
  if (report.scope !== null) {
    out.push(
      `  scope:       ${report.scope}${report.completeness === 'not-provable' ? ' (completeness cannot be proven)' : ''}`,
    );
    out.push(
      `  lines:       ${report.lines} read, ${report.eventsChecked} events checked in ${report.streams} streams (manifest: ${report.expectedRows ?? '?'})`,
    );
  }
  if (report.checkpoint !== null) {
    const { position, keyId, trustedKey, signatureValid } = report.checkpoint;
    const verdict = signatureValid === true ? 'valid signature' : 'signature NOT valid';
    out.push(
      `  checkpoint:  position ${position ?? 'none'}, ${verdict}, key ${keyId ?? 'none'}${trustedKey ? ' (your key)' : ' (key from the manifest)'}`,
    );
  } else if (report.scope !== null) {
    out.push('  checkpoint:  none');
  }
  if (report.findings.length > 0) {
    out.push(
      '',
      `${report.findings.length} problem${report.findings.length === 1 ? '' : 's'}, most precise first:`,
    );
    for (const found of report.findings) {
      const where = found.line !== null ? `line ${found.line}` : 'file';
      out.push(`  ${where.padEnd(11)} ${found.code.padEnd(28)} ${found.message}`);
    }
  }
  if (report.notes.length > 0) {
    out.push('', 'Notes:');
    for (const note of report.notes) out.push(`  - ${note}`);
  }
  return `${out.join('\n')}\n`;
}
