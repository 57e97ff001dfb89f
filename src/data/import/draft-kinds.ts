/**
 * The import's entry per entity kind (see src/domain/entity-kinds.ts): the draft a record whose
 * target is that kind becomes. draftRecord reads the fields every kind reads, then looks the entry
 * up by target. Plain literals below: this runs once per row of files with millions of rows.
 */
import type { Area, Crossing, DatedEvent, EntityKind, Hub, Incident, LonLat, Period, RouteSegment, SafeHouse } from '../../domain/types';
import { t } from '../../domain/i18n';
import { clip } from './dates';
import { countriesNote, fail, joinNotes, readCount, readDating, readMode, requireDate, textOf } from './fields';
import type { Draft, DraftEntity, ListName, RecordReading } from './drafts';
import type { Repair } from './records';

export interface DraftKindEntry {
  /** Throws RowProblem when the record cannot be kept. */
  draft(reading: RecordReading): Draft;
}

export type DraftKinds = Readonly<Record<string, DraftKindEntry>>;

/** The draft of `entity`, to go to `list`, with the record's row, repairs and given id. */
export function draftOf(r: RecordReading, list: ListName, entity: DraftEntity): Draft {
  return {
    row: r.record.row,
    part: r.record.part,
    endsFromWorkspace: r.record.endsFromWorkspace === true,
    list,
    entity,
    repairs: r.repairs,
    givenId: r.id,
    corridor: undefined,
    fromName: undefined,
    toName: undefined,
  };
}

/** A position as the arguments of a name or note ('Place at {lat}, {lon}'): five decimals, as written in data. */
function coordValues([lon, lat]: LonLat): { lat: string; lon: string } {
  return { lat: lat.toFixed(5), lon: lon.toFixed(5) };
}

function periodNote(period: Period | undefined): string | undefined {
  if (!period) return undefined;
  return t('importNotes.datedInFile', { same: period.from === period.to ? 'yes' : 'no', from: period.from, to: period.to });
}

function activePeriod(period: Period | undefined, defaultPeriod: Period, repairs: Repair[], field: string | null): Period {
  if (period) return period;
  repairs.push({ field, reason: t('importRow.noDate'), repair: t('importRow.shownEveryMonth') });
  return defaultPeriod;
}

/** The record's point; throws RowProblem for any other geometry. */
export function pointOf(r: RecordReading): LonLat {
  const geometry = r.record.geometry;
  return geometry.type === 'point' ? geometry.coord : fail('geometry', t('importRow.pointNeeded'));
}

/** A hub, or a crossing when the record names its two countries (else a hub, with a repair). */
function placeDraft(r: RecordReading, asCrossing: boolean): Draft {
  const { fields, repairs, countries, sources, confidence, description } = r;
  const coord = pointOf(r);
  const dating = readDating(fields, repairs, r.range);
  let crossing = asCrossing;
  if (crossing && countries.length !== 2) {
    repairs.push({
      field: fields.country?.name ?? 'countries',
      reason: countries.length === 0 ? t('importRow.crossingNoCountries') : t('importRow.crossingNeedsTwoCountries', { found: countries.join(', ') }),
      repair: t('importRow.importedAsHub'),
    });
    crossing = false;
  }
  const placeName = r.name ?? r.id ?? t(crossing ? 'importNotes.crossingAt' : 'importNotes.placeAt', coordValues(coord));
  const notes = joinNotes(periodNote(dating.period), r.source);
  if (crossing) {
    const place: Crossing = {
      id: '',
      sources,
      confidence,
      name: placeName,
      countries: [countries[0] as string, countries[1] as string],
      coord,
      coordStatus: 'confirmed',
      statusPeriods: [],
    };
    if (description) place.description = description;
    if (notes) place.notes = notes;
    return draftOf(r, 'crossings', place);
  }
  const hub: Hub = { id: '', sources, confidence, name: placeName, kind: r.kind.placeKind ?? 'hub', countries, coord, coordStatus: 'confirmed' };
  if (description) hub.description = description;
  if (notes) hub.notes = notes;
  return draftOf(r, 'hubs', hub);
}

export const DRAFT_KINDS: { readonly [K in EntityKind]: DraftKindEntry } = {
  segment: {
    draft(r) {
      const { fields, repairs, range, name } = r;
      const geometry = r.record.geometry;
      if (geometry.type !== 'line') return fail('geometry', t('importNotes.segmentNeedsLine'));
      const dating = readDating(fields, repairs, range);
      const segment: RouteSegment = {
        id: '',
        sources: r.sources,
        confidence: r.confidence,
        corridorId: '',
        fromPlaceId: '',
        toPlaceId: '',
        path: geometry.path,
        mode: readMode(fields, repairs),
        active: activePeriod(dating.period, range, repairs, r.dateField),
        approximate: r.record.endsFromWorkspace === true,
      };
      const notes = joinNotes(name !== undefined ? t('importNotes.namedInFile', { name }) : undefined, r.description, r.source);
      if (notes) segment.notes = notes;
      const out = draftOf(r, 'segments', segment);
      out.corridor = textOf(fields, 'corridor') ?? textOf(fields, 'route');
      out.fromName = textOf(fields, 'from');
      out.toName = textOf(fields, 'to');
      return out;
    },
  },
  crossing: { draft: (r) => placeDraft(r, true) },
  hub: { draft: (r) => placeDraft(r, false) },
  safeHouse: {
    draft(r) {
      const coord = pointOf(r);
      const dating = readDating(r.fields, r.repairs, r.range);
      const house: SafeHouse = {
        id: '',
        sources: r.sources,
        confidence: r.confidence,
        locality: r.name ?? t('importNotes.safeHouseAt', coordValues(coord)),
        hubId: '',
        coord,
        active: activePeriod(dating.period, r.range, r.repairs, r.dateField),
      };
      const notes = joinNotes(r.description, r.source);
      if (notes) house.notes = notes;
      return draftOf(r, 'safeHouses', house);
    },
  },
  incident: {
    draft(r) {
      const { fields, countries } = r;
      const coord = pointOf(r);
      const date = requireDate(fields, r.repairs, 'incident');
      if (date.precision !== 'day') fail(fields.date?.name ?? 'date', t('importRow.incidentNeedsDay', { found: clip(String(fields.date?.value)) }));
      const incident: Incident = {
        id: '',
        sources: r.sources,
        confidence: r.confidence,
        date: date.iso,
        month: date.month,
        coord,
        deadAndMissing: readCount(fields.dead, 'deadAndMissing'),
        survivors: readCount(fields.survivors, 'survivors'),
      };
      if (r.name !== undefined) incident.location = r.name;
      const route = textOf(fields, 'route') ?? textOf(fields, 'corridor');
      if (route !== undefined) incident.route = route;
      const notes = joinNotes(r.description, countries.length ? countriesNote(countries) : undefined, r.source);
      if (notes) incident.notes = notes;
      return draftOf(r, 'incidents', incident);
    },
  },
  event: {
    draft(r) {
      const { fields } = r;
      const geometry = r.record.geometry;
      const date = requireDate(fields, r.repairs, 'event');
      const title = textOf(fields, 'title') ?? textOf(fields, 'name');
      if (title === undefined) fail(fields.title?.name ?? fields.name?.name ?? 'title', t('importRow.eventNeedsTitle'));
      const where = geometry.type === 'point' ? t('importNotes.locationInFile', coordValues(geometry.coord)) : undefined;
      const event: DatedEvent = {
        id: '',
        sources: r.sources,
        confidence: r.confidence,
        date: date.iso,
        month: date.month,
        title,
        description: r.description ?? '',
        kind: textOf(fields, 'eventKind') ?? 'other',
        placeIds: [],
        countries: r.countries,
        status: 'confirmed',
      };
      const notes = joinNotes(where, r.source);
      if (notes) event.notes = notes;
      return draftOf(r, 'events', event);
    },
  },
  area: {
    draft(r) {
      const geometry = r.record.geometry;
      if (geometry.type !== 'polygon') return fail('geometry', t('importRow.areaNeedsPolygon'));
      // No dates: no period is made up; the area is shown in every month and its details say so.
      const dating = readDating(r.fields, r.repairs, r.range);
      const corner = geometry.polygons[0]?.[0]?.[0];
      const name = r.name ?? r.id ?? (corner ? t('importNotes.areaAt', coordValues(corner)) : t('importNotes.area'));
      const area: Area = { id: '', sources: r.sources, confidence: r.confidence, name, polygons: geometry.polygons };
      if (dating.period) area.active = dating.period;
      if (r.countries.length) area.countries = r.countries;
      const notes = joinNotes(r.description, r.source);
      if (notes) area.notes = notes;
      return draftOf(r, 'areas', area);
    },
  },
};
