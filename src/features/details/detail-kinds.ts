/**
 * The detail panel's and tooltip's entry per entity kind (see src/domain/entity-kinds.ts): what they
 * say about an entity. entityDetails only looks the entry up.
 */
import type { MonthKey } from '../../domain/month';
import type { Dataset, EntityKind } from '../../domain/types';
import type { EntityOfKind } from '../../domain/entity-kinds';
import type { CountryFeatures } from '../../domain/geometry-analytics';
import type { EntityDetails } from './entity-details';
import { areaDetails } from './area-details';
import { crossingDetails } from './crossing-details';
import { segmentDetails } from './segment-details';
import { formatNumber } from '../../domain/format-number';
import { confidenceText, coordCaveats, derivationRemark, period, pricesFor } from './detail-text';
import { t } from '../../domain/i18n';

export interface DetailKindEntry<E extends { id: string } = { id: string }> {
  /** `countries` (the borders, loaded late) add the countries a line passes through, where known. */
  describe(dataset: Dataset, entity: E, month: MonthKey, countries: CountryFeatures | null | undefined): EntityDetails;
}

export type DetailKinds = Readonly<Record<string, DetailKindEntry>>;

export const DETAIL_KINDS: { readonly [K in EntityKind]: DetailKindEntry<EntityOfKind[K]> } = {
  segment: { describe: segmentDetails },
  crossing: { describe: crossingDetails },
  hub: {
    describe(dataset, h) {
      return {
        kindLabel: h.kind === 'hub' ? t('details.kindHub') : t('details.kindPlace', { kind: h.kind }),
        title: h.name,
        rows: [
          { label: t('details.rowCountry'), value: h.countries.join(', ') },
          ...(h.description ? [{ label: t('details.rowRole'), value: h.description }] : []),
          { label: t('details.rowConfidence'), value: confidenceText(h.confidence) },
        ],
        caveats: coordCaveats(h.coordStatus),
        remarks: derivationRemark(h),
        sources: h.sources,
        ...(h.notes ? { notes: h.notes } : {}),
        prices: pricesFor(dataset, [h.id]),
      };
    },
  },
  safeHouse: {
    describe(_dataset, s) {
      return {
        kindLabel: t('details.kindSafeHouse'),
        title: t('details.safeHouseTitle', { locality: s.locality }),
        rows: [
          { label: t('details.rowLocality'), value: s.locality },
          { label: t('details.rowShown'), value: period(s.active) },
          { label: t('details.rowConfidence'), value: confidenceText(s.confidence) },
        ],
        caveats: [t('details.safeHouseCaveat')],
        remarks: [],
        sources: s.sources,
        ...(s.notes ? { notes: s.notes } : {}),
        prices: [],
      };
    },
  },
  incident: {
    describe(_dataset, i) {
      return {
        keyLabel: t('details.rowDeadAndMissing'),
        kindLabel: t('details.kindIncident'),
        title: i.location || t('details.incidentTitle', { date: i.date }),
        rows: [
          { label: t('details.rowDate'), value: i.date },
          { label: t('details.rowDeadAndMissing'), value: i.deadAndMissing === null ? t('details.notRecorded') : formatNumber(i.deadAndMissing) },
          { label: t('details.rowSurvivors'), value: i.survivors === null ? t('details.notRecorded') : formatNumber(i.survivors) },
          ...(i.cause ? [{ label: t('details.rowCause'), value: i.cause }] : []),
          ...(i.route ? [{ label: t('details.rowRouteIom'), value: i.route }] : []),
          ...(i.recordType ? [{ label: t('details.rowRecordType'), value: i.recordType }] : []),
        ],
        caveats: i.confidence !== 'high' ? [t('details.incidentCaveat')] : [],
        remarks: [],
        sources: i.sources,
        ...(i.notes ? { notes: i.notes } : {}),
        prices: [],
      };
    },
  },
  event: {
    describe(_dataset, e) {
      return {
        kindLabel: t('details.kindEvent'),
        title: e.title,
        rows: [
          { label: t('details.rowDate'), value: e.date },
          // The event's kind is the data's own word.
          { label: t('details.rowKind'), value: e.kind },
          { label: t('details.rowStatus'), value: t('details.eventStatus', { status: e.status }) },
        ],
        caveats: [],
        remarks: [],
        sources: e.sources,
        notes: e.description,
        prices: [],
      };
    },
  },
  area: { describe: areaDetails },
};
