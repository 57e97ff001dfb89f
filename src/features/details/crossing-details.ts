/** What the detail panel and tooltip say about a border crossing, with its full status history. */
import { formatMonthLong, inPeriod, type MonthKey } from '../../domain/month';
import type { Crossing, Dataset } from '../../domain/types';
import { describeStatusAt, statusHistory, statusPhrase } from '../../domain/crossing-status';
import type { EntityDetails, StatusHistoryRow } from './entity-details';
import { confidenceText as levelText, coordCaveats, derivationRemark, pricesFor } from './detail-text';
import { t } from '../../domain/i18n';

/** "high", or "high; low after the last confirmation" when the unconfirmed part is graded apart. */
function confidenceText(confirmed: string | undefined, unknownPart: string | undefined): string {
  if (!unknownPart || unknownPart === confirmed) return confirmed ? levelText(confirmed) : '';
  return t('details.confidenceUnknownPart', { confirmed: confirmed ? levelText(confirmed) : t('details.notGiven'), unknownPart: levelText(unknownPart) });
}

function historyRows(dataset: Dataset, crossing: Crossing, month: MonthKey): StatusHistoryRow[] {
  const titles = new Map(dataset.sources.map((s) => [s.key, s.title]));
  return statusHistory(crossing).map((e) => ({
    when: t('details.period', { from: e.fromText, to: e.toText }),
    status: e.lastConfirmed ? t('details.statusLastConfirmed', { status: statusPhrase(e.status), date: e.lastConfirmed }) : statusPhrase(e.status),
    endUnknown: e.endUnknown,
    current: inPeriod(month, e.months),
    notes: e.notes,
    ...(e.confidence || e.unknownPartConfidence ? { confidence: confidenceText(e.confidence, e.unknownPartConfidence) } : {}),
    sources: e.sources.map((key) => ({ key, title: titles.get(key) ?? t('details.sourceNotListed') })),
  }));
}

export function crossingDetails(dataset: Dataset, c: Crossing, month: MonthKey): EntityDetails {
  return {
    keyLabel: t('details.rowStatusAt', { month: formatMonthLong(month) }),
    kindLabel: t('details.kindBorderCrossing'),
    title: c.name,
    rows: [
      { label: t('details.rowCountries'), value: c.countries.join(' – ') },
      { label: t('details.rowStatusAt', { month: formatMonthLong(month) }), value: describeStatusAt(c, month, dataset.months.from) },
      ...(c.description ? [{ label: t('details.rowImportantPeriods'), value: c.description }] : []),
      { label: t('details.rowConfidence'), value: levelText(c.confidence) },
    ],
    caveats: coordCaveats(c.coordStatus),
    remarks: derivationRemark(c),
    statusHistory: historyRows(dataset, c, month),
    sources: [...new Set([...c.sources, ...c.statusPeriods.flatMap((p) => p.sources)])],
    ...(c.notes ? { notes: c.notes } : {}),
    prices: pricesFor(dataset, [c.id]),
  };
}
