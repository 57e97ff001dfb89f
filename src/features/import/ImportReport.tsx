import type { FileReport } from '../../data/import/types';
import { useAppStore } from '../../state/store';
import { downloadText } from '../download';
import { ColumnMappingForm } from './ColumnMappingForm';
import { rejectedCount, rejectedRowsCsv } from './rejected-rows';
import { reimportWithMapping } from './run-import';
import { useT } from '../i18n/use-t';

const SHOWN_PROBLEMS = 200;

/** Per file: accepted, repaired (with the repair) and rejected (with the reason), and what to do next. */
export function ImportReport({ reports, onClose }: { reports: FileReport[]; onClose: () => void }) {
  const rejected = rejectedCount(reports);
  const t = useT();
  return (
    <div className="overlay-panel import-report" role="dialog" aria-labelledby="import-report-title" data-testid="import-report">
      <header>
        <h2 id="import-report-title">{t('import.reportTitle')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('import.closeReport')}>×</button>
      </header>
      {rejected > 0 ? (
        <p>
          <button type="button" onClick={() => void rejectedRowsCsv(reports).then((csv) => downloadText('routeshift-rejected-rows.csv', csv, 'text/csv'))} data-testid="download-rejected">
            {t('import.downloadRejected', { count: rejected })}
          </button>
        </p>
      ) : null}
      {reports.map((r) => (
        <FileSection key={r.file} report={r} />
      ))}
    </div>
  );
}

function FileSection({ report: r }: { report: FileReport }) {
  const t = useT();
  const problems = [
    ...r.fileErrors.map((p) => ({ ...p, what: t('import.outcomeFile') })),
    ...r.rejected.map((p) => ({ ...p, what: t('import.outcomeRejected') })),
    ...r.repaired.map((p) => ({ ...p, what: t('import.outcomeRepaired', { repair: p.repair }) })),
    // Not problems, but the user should know (a GPX named .kml was read as GPX).
    ...(r.notes ?? []).map((p) => ({ ...p, what: t('import.outcomeNote') })),
  ];
  const placeColumn = r.format === 'csv' || r.format === 'tsv' ? t('import.columnLine') : r.format === 'parquet' || r.format === 'arrow' ? t('import.columnRow') : t('import.columnFeature');
  return (
    <section className="report-file" data-testid="report-file">
      <h3>{r.file} <span className="muted">({r.format})</span></h3>
      <p className="report-counts">
        <span data-testid="report-accepted">{t('import.accepted', { count: r.accepted })}</span> · <span data-testid="report-repaired">{t('import.repaired', { count: r.repaired.length })}</span> ·{' '}
        <span data-testid="report-rejected">{t('import.rejected', { count: r.rejected.length })}</span>
        {r.fileErrors.length ? ` · ${t('import.fileProblems', { count: r.fileErrors.length })}` : ''}
      </p>
      {r.needsMapping ? (
        <ColumnMappingForm
          file={r.file}
          headers={r.needsMapping.headers}
          content={r.needsMapping.content}
          guess={r.needsMapping.guess}
          onApply={(content, columns) => reimportWithMapping(useAppStore, r.file, content, columns)}
        />
      ) : null}
      {problems.length ? (
        <table className="problems">
          <thead>
            <tr><th scope="col">{placeColumn}</th><th scope="col">{t('import.columnField')}</th><th scope="col">{t('import.columnProblem')}</th><th scope="col">{t('import.columnOutcome')}</th></tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <tr key={i} data-testid="report-problem">
                <td>{p.row ?? '—'}</td>
                <td>{p.field ?? '—'}</td>
                <td>{p.reason}</td>
                <td>{p.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {problems.length > SHOWN_PROBLEMS ? <p className="muted">{t('import.moreProblems', { count: problems.length - SHOWN_PROBLEMS })}</p> : null}
    </section>
  );
}
