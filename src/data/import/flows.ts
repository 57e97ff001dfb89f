/**
 * CSV flow rows (route, month, count) → one FlowSeries per route: `start` = earliest month,
 * one value per month, null where the file has no row. Values are copied, never summed or filled:
 * a second value for the same route and month is rejected.
 */
import { t } from '../../domain/i18n';
import { formatMonthShort, monthIndex, monthKey } from '../../domain/month';
import type { Confidence, FlowSeries } from '../../domain/types';
import { clip } from './dates';
import { fail, readConfidence, readCount, requireDate, RowProblem, textOf } from './fields';
import { frontexRouteOf } from './links';
import { slugify, type FileContext, type IdAllocator, type RawRecord, type Repair, type Reporter } from './records';

interface Series {
  name: string;
  values: Map<number, { value: number | null; row: number | null }>;
  firstRow: number | null;
  repairs: Repair[];
  confidence: Confidence;
  sources: Set<string>;
}

export function assembleFlows(records: RawRecord[], ctx: FileContext, ids: IdAllocator, reporter: Reporter, countHeader: string | undefined): FlowSeries[] {
  const series = new Map<string, Series>();
  for (const record of records) {
    const repairs: Repair[] = [...record.repairs];
    try {
      const fields = record.fields;
      const route = textOf(fields, 'route') ?? (fields.route === undefined ? ctx.file : undefined);
      if (route === undefined) fail(fields.route?.name ?? 'route', t('importFlows.routeEmpty'));
      const date = requireDate(fields, repairs, 'monthlyValue');
      if (date.precision === 'year') fail(fields.date?.name ?? 'date', t('importFlows.needsMonth', { year: clip(String(fields.date?.value)) }));
      const value = readCount(fields.count, 'count');
      const confidence = readConfidence(fields, repairs);
      const key = route.toLowerCase();
      let entry = series.get(key);
      const index = monthIndex(date.month);
      const earlier = entry?.values.get(index);
      if (earlier) {
        fail(fields.date?.name ?? 'date', t('importFlows.secondValue', { route: clip(route), month: formatMonthShort(date.month), line: String(earlier.row ?? '?') }));
      }
      if (!entry) {
        entry = { name: route, values: new Map(), firstRow: record.row, repairs: [], confidence, sources: new Set() };
        series.set(key, entry);
      }
      entry.values.set(index, { value, row: record.row });
      entry.repairs.push(...repairs);
      const source = textOf(fields, 'source');
      if (source) entry.sources.add(source);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      reporter.reject(record.row, error.field, error.reason, record.raw());
    }
  }

  const header = countHeader?.trim() || 'count';
  const measure = /arriv/i.test(header) ? 'arrivals' : 'detections';
  const out: FlowSeries[] = [];
  for (const entry of series.values()) {
    const months = [...entry.values.keys()];
    const first = Math.min(...months);
    const last = Math.max(...months);
    const values: (number | null)[] = Array.from({ length: last - first + 1 }, (_, i) => entry.values.get(first + i)?.value ?? null);
    const frontex = frontexRouteOf(entry.name);
    const flow: FlowSeries = {
      id: ids.generated(`flow-${slugify(entry.name) || ctx.slug}`),
      name: entry.name,
      region: frontex?.region ?? 'Other',
      measure,
      unit: header,
      start: monthKey(first),
      values,
      sources: ctx.sources,
      confidence: entry.confidence,
    };
    if (entry.sources.size > 0) flow.notes = t('importNotes.sourceInFile', { source: [...entry.sources].join('; ') });
    reporter.keep(entry.firstRow, entry.repairs);
    out.push(flow);
  }
  return out;
}
