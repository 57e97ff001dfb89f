import { useState } from 'react';
import type { ColumnMapping, CsvContent } from '../../data/import/types';
import type { MessageKey } from '../../domain/i18n';
import { useT } from '../i18n/use-t';

const ROLES: Record<CsvContent, { role: keyof ColumnMapping; label: MessageKey }[]> = {
  points: [
    { role: 'lat', label: 'import.roleLatitude' },
    { role: 'lon', label: 'import.roleLongitude' },
    { role: 'name', label: 'import.roleName' },
    { role: 'date', label: 'import.roleDateOrFirstMonth' },
    { role: 'dateTo', label: 'import.roleLastMonth' },
    { role: 'kind', label: 'import.roleKind' },
    { role: 'id', label: 'import.roleId' },
  ],
  segments: [
    { role: 'wkt', label: 'import.roleWkt' },
    { role: 'from', label: 'import.roleFrom' },
    { role: 'to', label: 'import.roleTo' },
    { role: 'corridor', label: 'import.roleCorridor' },
    { role: 'date', label: 'import.roleFirstMonth' },
    { role: 'dateTo', label: 'import.roleLastMonth' },
    { role: 'mode', label: 'import.roleMode' },
  ],
  flows: [
    { role: 'route', label: 'import.roleRoute' },
    { role: 'date', label: 'import.roleMonth' },
    { role: 'count', label: 'import.roleCount' },
  ],
  events: [
    { role: 'date', label: 'import.roleDate' },
    { role: 'title', label: 'import.roleTitle' },
    { role: 'description', label: 'import.roleDescription' },
  ],
};

/** Lets the user say which column is which when the import could not tell. */
export function ColumnMappingForm({
  file,
  headers,
  content: initialContent,
  guess,
  onApply,
}: {
  file: string;
  headers: string[];
  content: CsvContent | null;
  guess: ColumnMapping;
  onApply: (content: CsvContent, columns: ColumnMapping) => void;
}) {
  const [content, setContent] = useState<CsvContent>(initialContent ?? 'points');
  const [columns, setColumns] = useState<ColumnMapping>(guess);
  const t = useT();
  return (
    <form
      className="column-mapping"
      data-testid="column-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(content, columns);
      }}
    >
      <p>{t('import.mappingIntro', { file })}</p>
      <label>
        {t('import.fileHolds')}
        <select value={content} onChange={(e) => setContent(e.target.value as CsvContent)}>
          <option value="points">{t('import.contentPoints')}</option>
          <option value="segments">{t('import.contentSegments')}</option>
          <option value="flows">{t('import.contentFlows')}</option>
          <option value="events">{t('import.contentEvents')}</option>
        </select>
      </label>
      {ROLES[content].map(({ role, label }) => (
        <label key={role}>
          {t(label)}
          <select value={columns[role] ?? ''} onChange={(e) => setColumns({ ...columns, [role]: e.target.value || undefined })}>
            <option value="">—</option>
            {headers.map((h) => (
              <option key={h} value={h}>{h}</option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit">{t('import.applyMapping')}</button>
    </form>
  );
}
