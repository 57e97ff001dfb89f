// @vitest-environment jsdom
/** The import report shows a file's notes (the content, not the name, decided its format) beside its problems. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { importFile } from '../../src/data/import/import-file';
import { ImportReport } from '../../src/features/import/ImportReport';

afterEach(cleanup);

it('shows the note of a GPX named .kml as a row of its file, row and field empty', () => {
  const parsed = importFile('gpx-named.kml', new Uint8Array(readFileSync('tests/fixtures/import/gpx-named.kml')), { pointKind: 'hub' });
  render(<ImportReport reports={[parsed.report]} onClose={() => undefined} />);
  const rows = screen.getAllByTestId('report-problem').map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
  expect(rows).toEqual([['—', '—', 'read as GPX: the name says .kml, but the content is GPX (it starts with <gpx>)', 'note']]);
  expect(screen.getByTestId('report-file').querySelector('h3')?.textContent).toBe('gpx-named.kml (gpx)');
});
