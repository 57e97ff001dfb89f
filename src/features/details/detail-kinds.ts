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
import { COORD_CAVEAT, derivationRemark, period, pricesFor } from './detail-text';

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
        kindLabel: h.kind === 'hub' ? 'Hub' : h.kind[0]?.toUpperCase() + h.kind.slice(1),
        title: h.name,
        rows: [
          { label: 'Country', value: h.countries.join(', ') },
          ...(h.description ? [{ label: 'Role', value: h.description }] : []),
          { label: 'Confidence', value: h.confidence },
        ],
        caveats: COORD_CAVEAT[h.coordStatus] ? [COORD_CAVEAT[h.coordStatus] as string] : [],
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
        kindLabel: 'Safe house (illustrative)',
        title: `Safe house, ${s.locality}`,
        rows: [
          { label: 'Locality', value: s.locality },
          { label: 'Shown', value: period(s.active) },
          { label: 'Confidence', value: s.confidence },
        ],
        caveats: ['Illustrative: no public source locates safe houses. This marker only stands for the town.'],
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
        keyLabel: 'Dead and missing',
        kindLabel: 'Incident (IOM Missing Migrants)',
        title: i.location || `Incident of ${i.date}`,
        rows: [
          { label: 'Date', value: i.date },
          { label: 'Dead and missing', value: i.deadAndMissing === null ? 'not recorded' : formatNumber(i.deadAndMissing) },
          { label: 'Survivors', value: i.survivors === null ? 'not recorded' : formatNumber(i.survivors) },
          ...(i.cause ? [{ label: 'Cause', value: i.cause }] : []),
          ...(i.route ? [{ label: 'Route (IOM)', value: i.route }] : []),
          ...(i.recordType ? [{ label: 'Record type', value: i.recordType }] : []),
        ],
        caveats: i.confidence !== 'high' ? ['Aggregated or split record: the location is approximate.'] : [],
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
        kindLabel: 'Event',
        title: e.title,
        rows: [
          { label: 'Date', value: e.date },
          { label: 'Kind', value: e.kind },
          { label: 'Status', value: e.status },
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
