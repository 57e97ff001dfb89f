import type { FileReport } from '../../data/import/types';
import { useAppStore } from '../../state/store';
import { downloadText } from '../download';
import { ColumnMappingForm } from './ColumnMappingForm';
import { rejectedCount, rejectedRowsCsv } from './rejected-rows';
import { reimportWithMapping } from './run-import';

const SHOWN_PROBLEMS = 200;

/** Per file: accepted, repaired (with the repair) and rejected (with the reason), and what to do next. */
export function ImportReport({ reports, onClose }: { reports: FileReport[]; onClose: () => void }) {
  const rejected = rejectedCount(reports);
  return (
    <div className="overlay-panel import-report" role="dialog" aria-labelledby="import-report-title" data-testid="import-report">
      <header>
        <h2 id="import-report-title">Import report</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close report">×</button>
      </header>
      {rejected > 0 ? (
        <p>
          <button type="button" onClick={() => void rejectedRowsCsv(reports).then((csv) => downloadText('routeshift-rejected-rows.csv', csv, 'text/csv'))} data-testid="download-rejected">
            Download the {rejected} rejected row{rejected === 1 ? '' : 's'} (CSV) to fix them
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
  const problems = [
    ...r.fileErrors.map((p) => ({ ...p, what: 'file' })),
    ...r.rejected.map((p) => ({ ...p, what: 'rejected' })),
    ...r.repaired.map((p) => ({ ...p, what: `repaired: ${p.repair}` })),
    // Not problems, but the user should know (a GPX named .kml was read as GPX).
    ...(r.notes ?? []).map((p) => ({ ...p, what: 'note' })),
  ];
  return (
    <section className="report-file" data-testid="report-file">
      <h3>{r.file} <span className="muted">({r.format})</span></h3>
      <p className="report-counts">
        <span data-testid="report-accepted">{r.accepted} accepted</span> · <span data-testid="report-repaired">{r.repaired.length} repaired</span> ·{' '}
        <span data-testid="report-rejected">{r.rejected.length} rejected</span>
        {r.fileErrors.length ? ` · ${r.fileErrors.length} file problem${r.fileErrors.length === 1 ? '' : 's'}` : ''}
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
            <tr><th scope="col">{r.format === 'csv' || r.format === 'tsv' ? 'Line' : r.format === 'parquet' || r.format === 'arrow' ? 'Row' : 'Feature'}</th><th scope="col">Field</th><th scope="col">Problem</th><th scope="col">Outcome</th></tr>
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
      {problems.length > SHOWN_PROBLEMS ? <p className="muted">{problems.length - SHOWN_PROBLEMS} more in the downloadable file.</p> : null}
    </section>
  );
}
