import { useState } from 'react';
import type { ColumnMapping, CsvContent } from '../../data/import/types';

const ROLES: Record<CsvContent, { role: keyof ColumnMapping; label: string }[]> = {
  points: [
    { role: 'lat', label: 'Latitude' },
    { role: 'lon', label: 'Longitude' },
    { role: 'name', label: 'Name' },
    { role: 'date', label: 'Date or first month' },
    { role: 'dateTo', label: 'Last month' },
    { role: 'kind', label: 'Kind' },
    { role: 'id', label: 'Id' },
  ],
  segments: [
    { role: 'wkt', label: 'WKT line' },
    { role: 'from', label: 'From place' },
    { role: 'to', label: 'To place' },
    { role: 'corridor', label: 'Corridor' },
    { role: 'date', label: 'First month' },
    { role: 'dateTo', label: 'Last month' },
    { role: 'mode', label: 'Mode' },
  ],
  flows: [
    { role: 'route', label: 'Route' },
    { role: 'date', label: 'Month' },
    { role: 'count', label: 'Count' },
  ],
  events: [
    { role: 'date', label: 'Date' },
    { role: 'title', label: 'Title' },
    { role: 'description', label: 'Description' },
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
  return (
    <form
      className="column-mapping"
      data-testid="column-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(content, columns);
      }}
    >
      <p>RouteShift could not tell with confidence what the columns of {file} hold. Say which is which:</p>
      <label>
        The file holds
        <select value={content} onChange={(e) => setContent(e.target.value as CsvContent)}>
          <option value="points">points (latitude/longitude)</option>
          <option value="segments">route segments (WKT or from/to places)</option>
          <option value="flows">monthly flows (route, month, count)</option>
          <option value="events">dated events</option>
        </select>
      </label>
      {ROLES[content].map(({ role, label }) => (
        <label key={role}>
          {label}
          <select value={columns[role] ?? ''} onChange={(e) => setColumns({ ...columns, [role]: e.target.value || undefined })}>
            <option value="">—</option>
            {headers.map((h) => (
              <option key={h} value={h}>{h}</option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit">Import with these columns</button>
    </form>
  );
}
