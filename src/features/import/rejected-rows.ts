/** The "rejected rows" file: every problem with its place and the original row, to fix and re-import. */
import type { FileReport } from '../../data/import/types';

export async function rejectedRowsCsv(reports: FileReport[]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const rows = reports.flatMap((r) => [
    ...r.fileErrors.map((p) => ({ file: p.file, row: p.row ?? '', field: p.field ?? '', reason: p.reason, original: '' })),
    ...r.rejected.map((p) => ({ file: p.file, row: p.row ?? '', field: p.field ?? '', reason: p.reason, original: p.raw })),
  ]);
  return Papa.unparse(rows, { columns: ['file', 'row', 'field', 'reason', 'original'] });
}

export function rejectedCount(reports: FileReport[]): number {
  return reports.reduce((n, r) => n + r.rejected.length + r.fileErrors.length, 0);
}
