/** The "rejected rows" file: every problem with its place and the original row, to fix and re-import. */
import type { FileReport } from '../../data/import/types';
import { t } from '../../domain/i18n';

export async function rejectedRowsCsv(reports: FileReport[]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const rows = reports.flatMap((r) => [
    ...r.fileErrors.map((p) => [p.file, p.row ?? '', p.field ?? '', p.reason, '']),
    ...r.rejected.map((p) => [p.file, p.row ?? '', p.field ?? '', p.reason, p.raw]),
  ]);
  // The header in the interface language: the file is for people to read and fix.
  const fields = [t('import.csvFile'), t('import.csvRow'), t('import.csvField'), t('import.csvReason'), t('import.csvOriginal')];
  return Papa.unparse({ fields, data: rows });
}

export function rejectedCount(reports: FileReport[]): number {
  return reports.reduce((n, r) => n + r.rejected.length + r.fileErrors.length, 0);
}
