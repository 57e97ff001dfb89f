/**
 * Figures a named source reports for one corridor (derived/reported-figures.csv), e.g. "about 300
 * people a month" for the Kosovo → Slovenia network. The same reported monthly figure is given to
 * each month of the stated period (an average the source states, not a monthly count); the series
 * says so, and the corridor's legs take it instead of a Frontex route total.
 */
import { addMonths, monthIndex, monthOfDate } from '../../domain/month';
import type { FlowSeries, Region } from '../../domain/types';
import { cell, parseCsv, requireNumber, splitList } from './csv';
import type { OwnFigure } from './build-routes';

export const REPORTED_TABLE = 'derived/reported-figures.csv';

export function buildReportedFigures(text: string): { series: FlowSeries[]; own: Map<string, OwnFigure> } {
  const series: FlowSeries[] = [];
  const own = new Map<string, OwnFigure>();
  parseCsv(text, REPORTED_TABLE, ['series_id', 'name', 'corridor_id', 'region', 'from', 'to', 'per_month', 'unit', 'source', 'note']).forEach((row, i) => {
    const where = `${REPORTED_TABLE} row ${i + 1}`;
    const sources = splitList(cell(row, 'source'));
    if (sources.length === 0) throw new Error(`${where}, source: a reported figure needs a source`);
    const from = monthOfDate(cell(row, 'from'), 'start');
    const to = monthOfDate(cell(row, 'to'), 'end');
    const count = monthIndex(to) - monthIndex(from) + 1;
    if (count < 1) throw new Error(`${where}: to is before from`);
    const value = requireNumber(cell(row, 'per_month'), `${where}, per_month`);
    const id = cell(row, 'series_id');
    series.push({
      id,
      name: cell(row, 'name'),
      region: cell(row, 'region') as Region,
      measure: 'reported',
      unit: cell(row, 'unit'),
      start: from,
      values: Array.from({ length: count }, () => value),
      sources,
      confidence: 'medium',
      notes: `${cell(row, 'note')} The same reported monthly figure is shown in each month from ${from} to ${addMonths(from, count - 1)}: an average the source states, not a monthly count.`,
    });
    own.set(cell(row, 'corridor_id'), { seriesId: id, how: `Figure: the network's own, as reported (${sources.join(', ')}): ${cell(row, 'name')}, not a Frontex route total.` });
  });
  return { series, own };
}
