/** What the detail panel and tooltip say about a border crossing, with its full status history. */
import { formatMonthLong, inPeriod, type MonthKey } from '../../domain/month';
import type { Crossing, Dataset } from '../../domain/types';
import { describeStatusAt, statusHistory, statusPhrase } from '../../domain/crossing-status';
import type { EntityDetails, StatusHistoryRow } from './entity-details';
import { COORD_CAVEAT, derivationRemark, pricesFor } from './detail-text';

/** "high", or "high; low after the last confirmation" when the unconfirmed part is graded apart. */
function confidenceText(confirmed: string | undefined, unknownPart: string | undefined): string {
  if (!unknownPart || unknownPart === confirmed) return confirmed ?? '';
  return `${confirmed ?? 'not given'}; ${unknownPart} after the last confirmation`;
}

function historyRows(dataset: Dataset, crossing: Crossing, month: MonthKey): StatusHistoryRow[] {
  const titles = new Map(dataset.sources.map((s) => [s.key, s.title]));
  return statusHistory(crossing).map((e) => ({
    when: `${e.fromText} – ${e.toText}`,
    status: `${statusPhrase(e.status)}${e.lastConfirmed ? ` (last confirmed ${e.lastConfirmed})` : ''}`,
    endUnknown: e.endUnknown,
    current: inPeriod(month, e.months),
    notes: e.notes,
    ...(e.confidence || e.unknownPartConfidence ? { confidence: confidenceText(e.confidence, e.unknownPartConfidence) } : {}),
    sources: e.sources.map((key) => ({ key, title: titles.get(key) ?? 'not listed in the dataset' })),
  }));
}

export function crossingDetails(dataset: Dataset, c: Crossing, month: MonthKey): EntityDetails {
  return {
    keyLabel: `Status, ${formatMonthLong(month)}`,
    kindLabel: 'Border crossing',
    title: c.name,
    rows: [
      { label: 'Countries', value: c.countries.join(' – ') },
      { label: `Status, ${formatMonthLong(month)}`, value: describeStatusAt(c, month, dataset.months.from) },
      ...(c.description ? [{ label: 'Important periods', value: c.description }] : []),
      { label: 'Confidence', value: c.confidence },
    ],
    caveats: COORD_CAVEAT[c.coordStatus] ? [COORD_CAVEAT[c.coordStatus] as string] : [],
    remarks: derivationRemark(c),
    statusHistory: historyRows(dataset, c, month),
    sources: [...new Set([...c.sources, ...c.statusPeriods.flatMap((p) => p.sources)])],
    ...(c.notes ? { notes: c.notes } : {}),
    prices: pricesFor(dataset, [c.id]),
  };
}
