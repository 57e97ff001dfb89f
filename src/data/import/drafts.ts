/**
 * One record → one entity draft (id not yet assigned, references not yet resolved). Throws
 * RowProblem when the record cannot be kept. What a record of each target kind becomes is that
 * kind's entry in draft-kinds.ts; here the fields every kind reads are read once.
 */
import type { Area, Confidence, Crossing, DatedEvent, Hub, Incident, Period, RouteSegment, SafeHouse } from '../../domain/types';
import { DATA_PERIOD } from '../../domain/data-period';
import { readConfidence, readCountries, sourceNote, text, textOf } from './fields';
import type { Kind } from './kinds';
import type { FileContext, Fields, RawRecord, Repair } from './records';
import { DRAFT_KINDS, type DraftKinds } from './draft-kinds';

export type ListName = 'hubs' | 'crossings' | 'safeHouses' | 'incidents' | 'events' | 'segments' | 'areas';

export type DraftEntity = Hub | Crossing | SafeHouse | Incident | DatedEvent | RouteSegment | Area;

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

/** A record with the fields every kind reads, read once (in this order: reading may add repairs). */
export interface RecordReading {
  record: RawRecord;
  kind: Kind;
  fields: Fields;
  repairs: Repair[];
  /** The import's default period, else the data period. */
  range: Period;
  /** The id given in the file (with the part number for multi-part features). */
  id: string | undefined;
  sources: string[];
  confidence: Confidence;
  countries: string[];
  description: string | undefined;
  /** The name, else the title. */
  name: string | undefined;
  /** The note on the record's source, if the file gives one. */
  source: string | undefined;
  /** The column or property the dates come from, for repairs. */
  dateField: string | null;
}

function givenId(record: RawRecord): string | undefined {
  const id = text(record.fields.id);
  if (id === undefined) return undefined;
  return record.part === undefined ? id : `${id}-${record.part}`;
}

export function draftRecord(record: RawRecord, kind: Kind, ctx: FileContext, defaultPeriod: Period | undefined, drafters: DraftKinds = DRAFT_KINDS): Draft {
  const repairs = record.repairs;
  const fields = record.fields;
  // Plain literals (no spreads): this runs once per row of files with millions of rows.
  const reading: RecordReading = {
    record,
    kind,
    fields,
    repairs,
    range: defaultPeriod ?? DATA_PERIOD,
    id: givenId(record),
    sources: ctx.sources,
    confidence: readConfidence(fields, repairs),
    countries: readCountries(fields, repairs),
    description: textOf(fields, 'description'),
    name: textOf(fields, 'name') ?? textOf(fields, 'title'),
    source: sourceNote(fields),
    dateField: fields.date?.name ?? fields.dateTo?.name ?? null,
  };
  const drafter = drafters[kind.target];
  if (!drafter) throw new Error(`No import drafts for entities of kind '${kind.target}'`);
  return drafter.draft(reading);
}
