/**
 * One record → one entity draft (id not yet assigned, references not yet resolved). Throws
 * RowProblem when the record cannot be kept.
 */
import type { Crossing, DatedEvent, Hub, Incident, LonLat, Period, RouteSegment, SafeHouse } from '../../domain/types';
import { DATA_PERIOD } from '../../domain/data-period';
import { clip } from './dates';
import { fail, joinNotes, readConfidence, readCount, readCountries, readDating, readMode, requireDate, sourceNote, text, textOf } from './fields';
import type { Kind } from './kinds';
import type { FileContext, RawRecord, Repair } from './records';

export type ListName = 'hubs' | 'crossings' | 'safeHouses' | 'incidents' | 'events' | 'segments';

export type DraftEntity = Hub | Crossing | SafeHouse | Incident | DatedEvent | RouteSegment;

export interface Draft {
  /** Line or feature number, and part number of a multi-part feature. */
  row: number | null;
  part?: number;
  /** Line ends are places from the workspace (CSV from/to). */
  endsFromWorkspace: boolean;
  list: ListName;
  /** The entity with id '' (and, for segments and safe houses, place ids '') until assembled. */
  entity: DraftEntity;
  repairs: Repair[];
  /** The id given in the file (with the part number for multi-part features). */
  givenId?: string;
  /** Segments: the corridor named in the file, and names of the line ends. */
  corridor?: string;
  fromName?: string;
  toName?: string;
}


function coordText([lon, lat]: LonLat): string {
  return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}

function givenId(record: RawRecord): string | undefined {
  const id = text(record.fields.id);
  if (id === undefined) return undefined;
  return record.part === undefined ? id : `${id}-${record.part}`;
}

function periodNote(period: Period | undefined): string | undefined {
  if (!period) return undefined;
  const span = period.from === period.to ? period.from : `${period.from} to ${period.to}`;
  return `Dated in the file: ${span} (places are shown in every month).`;
}

function activePeriod(period: Period | undefined, defaultPeriod: Period, repairs: Repair[], field: string | null): Period {
  if (period) return period;
  repairs.push({ field, reason: 'no date', repair: 'shown in every month' });
  return defaultPeriod;
}

export function draftRecord(record: RawRecord, kind: Kind, ctx: FileContext, defaultPeriod: Period | undefined): Draft {
  const repairs = record.repairs;
  const fields = record.fields;
  const range = defaultPeriod ?? DATA_PERIOD;
  const id = givenId(record);
  // Plain literals below (no spreads): this runs once per row of files with millions of rows.
  const sources = ctx.sources;
  const confidence = readConfidence(fields, repairs);
  const countries = readCountries(fields, repairs);
  const description = textOf(fields, 'description');
  const name = textOf(fields, 'name') ?? textOf(fields, 'title');
  const source = sourceNote(fields);
  const dateField = fields.date?.name ?? fields.dateTo?.name ?? null;
  const draft = (list: ListName, entity: DraftEntity): Draft => ({
    row: record.row,
    part: record.part,
    endsFromWorkspace: record.endsFromWorkspace === true,
    list,
    entity,
    repairs,
    givenId: id,
    corridor: undefined,
    fromName: undefined,
    toName: undefined,
  });
  const geometry = record.geometry;

  if (kind.target === 'segment') {
    if (geometry.type !== 'line') return fail('geometry', 'a segment needs a line');
    const dating = readDating(fields, repairs, range);
    const segment: RouteSegment = {
      id: '',
      sources,
      confidence,
      corridorId: '',
      fromPlaceId: '',
      toPlaceId: '',
      path: geometry.path,
      mode: readMode(fields, repairs),
      active: activePeriod(dating.period, range, repairs, dateField),
      approximate: record.endsFromWorkspace === true,
    };
    const notes = joinNotes(name !== undefined ? `Named in the file: ${name}.` : undefined, description, source);
    if (notes) segment.notes = notes;
    const out = draft('segments', segment);
    out.corridor = textOf(fields, 'corridor') ?? textOf(fields, 'route');
    out.fromName = textOf(fields, 'from');
    out.toName = textOf(fields, 'to');
    return out;
  }

  if (kind.target === 'event') {
    const date = requireDate(fields, repairs, 'an event');
    const title = textOf(fields, 'title') ?? textOf(fields, 'name');
    if (title === undefined) fail(fields.title?.name ?? fields.name?.name ?? 'title', 'an event needs a title');
    const where = geometry.type === 'point' ? `Location given in the file: ${coordText(geometry.coord)}.` : undefined;
    const event: DatedEvent = {
      id: '',
      sources,
      confidence,
      date: date.iso,
      month: date.month,
      title,
      description: description ?? '',
      kind: textOf(fields, 'eventKind') ?? 'other',
      placeIds: [],
      countries,
      status: 'confirmed',
    };
    const notes = joinNotes(where, source);
    if (notes) event.notes = notes;
    return draft('events', event);
  }

  if (geometry.type !== 'point') return fail('geometry', 'a point is needed');
  const coord = geometry.coord;

  if (kind.target === 'incident') {
    const date = requireDate(fields, repairs, 'an incident');
    if (date.precision !== 'day') fail(fields.date?.name ?? 'date', `an incident needs a full date with the day, found '${clip(String(fields.date?.value))}'`);
    const incident: Incident = {
      id: '',
      sources,
      confidence,
      date: date.iso,
      month: date.month,
      coord,
      deadAndMissing: readCount(fields.dead, 'dead and missing'),
      survivors: readCount(fields.survivors, 'survivors'),
    };
    if (name !== undefined) incident.location = name;
    const route = textOf(fields, 'route') ?? textOf(fields, 'corridor');
    if (route !== undefined) incident.route = route;
    const notes = joinNotes(description, countries.length ? `Countries given in the file: ${countries.join(', ')}.` : undefined, source);
    if (notes) incident.notes = notes;
    return draft('incidents', incident);
  }

  const dating = readDating(fields, repairs, range);
  if (kind.target === 'safeHouse') {
    const house: SafeHouse = {
      id: '',
      sources,
      confidence,
      locality: name ?? `Safe house at ${coordText(coord)}`,
      hubId: '',
      coord,
      active: activePeriod(dating.period, range, repairs, dateField),
    };
    const notes = joinNotes(description, source);
    if (notes) house.notes = notes;
    return draft('safeHouses', house);
  }

  let target = kind.target;
  if (target === 'crossing' && countries.length !== 2) {
    repairs.push({
      field: fields.country?.name ?? 'countries',
      reason: `a crossing needs two country codes (found ${countries.length === 0 ? 'none' : countries.join(', ')})`,
      repair: 'imported as a hub',
    });
    target = 'hub';
  }
  const placeName = name ?? id ?? `${target === 'crossing' ? 'Crossing' : 'Place'} at ${coordText(coord)}`;
  const notes = joinNotes(periodNote(dating.period), source);
  if (target === 'crossing') {
    const crossing: Crossing = {
      id: '',
      sources,
      confidence,
      name: placeName,
      countries: [countries[0] as string, countries[1] as string],
      coord,
      coordStatus: 'confirmed',
      statusPeriods: [],
    };
    if (description) crossing.description = description;
    if (notes) crossing.notes = notes;
    return draft('crossings', crossing);
  }
  const hub: Hub = { id: '',
      sources,
      confidence, name: placeName, kind: kind.placeKind ?? 'hub', countries, coord, coordStatus: 'confirmed' };
  if (description) hub.description = description;
  if (notes) hub.notes = notes;
  return draft('hubs', hub);
}
