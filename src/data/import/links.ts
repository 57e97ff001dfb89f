/**
 * References the dataset format requires: segment ends must be hubs or crossings, a segment
 * belongs to a corridor, a safe house to a hub. Places of the file are used where they match (by
 * id, name or exact coordinate); otherwise the import makes the place, says so in its notes, and
 * does not count it as an imported entity.
 */
import type { Corridor, Hub, LonLat, Period, Region, RouteSegment, SafeHouse } from '../../domain/types';
import { monthIndex, monthKey } from '../../domain/month';
import { t } from '../../domain/i18n';
import type { Draft } from './drafts';
import { slugify, type FileContext, type IdAllocator } from './records';

/**
 * How the English notes of every entity the import makes rather than reads (line ends, safe-house
 * towns, corridors) begin. The notes are written in the import's language: code tells a made
 * entity by madeByImport, never by its note.
 */
export const MADE_BY_IMPORT = 'Made by the import:';

/** Entities the import made (line ends, safe-house towns, corridors), for madeByImport. */
const made = new WeakSet<object>();

/** True for an entity the import made to satisfy a reference rather than read from the file. */
export function madeByImport(entity: object): boolean {
  return made.has(entity);
}

export const FRONTEX_REGIONS: Readonly<Record<string, Region>> = {
  'western balkan route': 'Western Balkans',
  'eastern mediterranean route': 'Eastern Mediterranean',
  'central mediterranean route': 'Central Mediterranean',
  'western mediterranean route': 'Western Mediterranean',
};

/** The Frontex route a name stands for ('Western Balkan Route', 'western balkans route', 'Western Balkan'), if any. */
export function frontexRouteOf(name: string): { route: string; region: Region } | null {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ').replace(/ balkans\b/, ' balkan');
  for (const [route, region] of Object.entries(FRONTEX_REGIONS)) {
    if (key === route || `${key} route` === route) return { route: route.replace(/\b\w/g, (c) => c.toUpperCase()), region };
  }
  return null;
}

function coordKey([lon, lat]: LonLat): string {
  return `${lon.toFixed(6)},${lat.toFixed(6)}`;
}

type PlaceEntry = { id: string; given: string | undefined; name: string; coord: LonLat; hub: boolean };

function setFirst(index: Map<string, string>, key: string, id: string): void {
  if (!index.has(key)) index.set(key, id);
}

function indexIds(index: Map<string, string>, place: PlaceEntry): void {
  setFirst(index, place.id.toLowerCase(), place.id);
  if (place.given !== undefined && place.given !== place.id) setFirst(index, place.given.toLowerCase(), place.id);
}

function indexName(index: Map<string, string>, place: PlaceEntry): void {
  setFirst(index, place.name.toLowerCase(), place.id);
}

/** Safe houses need a hub (not a crossing) for their town. */
function indexHubName(index: Map<string, string>, place: PlaceEntry): void {
  if (place.hub) setFirst(index, place.name.toLowerCase(), place.id);
}

function indexCoord(index: Map<string, string>, place: PlaceEntry): void {
  setFirst(index, coordKey(place.coord), place.id);
}

export class Places {
  private readonly places: PlaceEntry[] = [];
  /** Built on first use: most files have no lines or safe houses to resolve. */
  private idIndex: Map<string, string> | null = null;
  private nameIndex: Map<string, string> | null = null;
  private hubNameIndex: Map<string, string> | null = null;
  private coordIndex: Map<string, string> | null = null;
  readonly made: Hub[] = [];

  constructor(
    private readonly ctx: FileContext,
    private readonly ids: IdAllocator,
  ) {}

  /** Registers a hub or crossing of the file. */
  add(id: string, given: string | undefined, name: string, coord: LonLat, hub: boolean): void {
    const place = { id, given, name, coord, hub };
    this.places.push(place);
    if (this.idIndex) indexIds(this.idIndex, place);
    if (this.nameIndex) indexName(this.nameIndex, place);
    if (this.hubNameIndex) indexHubName(this.hubNameIndex, place);
    if (this.coordIndex) indexCoord(this.coordIndex, place);
  }

  private index(which: 'idIndex' | 'nameIndex' | 'hubNameIndex' | 'coordIndex', add: (index: Map<string, string>, place: PlaceEntry) => void): Map<string, string> {
    let index = this[which];
    if (!index) {
      index = new Map<string, string>();
      for (const place of this.places) add(index, place);
      this[which] = index;
    }
    return index;
  }

  /** A place of the file by id (as given or assigned) or name, case-insensitively. */
  private byKey(key: string): string | undefined {
    const lower = key.toLowerCase();
    return this.index('idIndex', indexIds).get(lower) ?? this.index('nameIndex', indexName).get(lower);
  }

  /** The place at a line end: by name, else by coordinate, else a new hub. */
  at(name: string | undefined, coord: LonLat, fromWorkspace: boolean): string {
    const known = name ? this.byKey(name) : this.index('coordIndex', indexCoord).get(coordKey(coord));
    if (known) return known;
    const [lon, lat] = coord;
    const id = this.ids.generated(name ? slugify(name) || 'place' : `${this.ctx.slug}-place`);
    const file = this.ctx.file;
    const notes = fromWorkspace
      ? t('importNotes.madeWorkspacePlace', { name: name ?? '', file })
      : name
        ? t('importNotes.madeNamedLineEnd', { name, file })
        : t('importNotes.madeLineEnd', { file });
    const hub: Hub = {
      id,
      name: name ?? t('importNotes.lineEndAt', { lat: lat.toFixed(4), lon: lon.toFixed(4) }),
      kind: 'hub',
      countries: [],
      coord,
      coordStatus: fromWorkspace ? 'approximate' : 'confirmed',
      sources: this.ctx.sources,
      confidence: 'medium',
      notes,
    };
    made.add(hub);
    this.made.push(hub);
    this.add(id, undefined, hub.name, coord, true);
    return id;
  }

  /** The hub standing for a safe house's town: a hub of the file with that name, else a new one. */
  town(house: SafeHouse): string {
    const known = this.index('hubNameIndex', indexHubName).get(house.locality.toLowerCase());
    if (known) return known;
    const id = this.ids.generated(`${house.id}-town`);
    const town: Hub = {
      id,
      name: house.locality,
      kind: 'hub',
      countries: [],
      coord: house.coord,
      coordStatus: 'confirmed',
      sources: this.ctx.sources,
      confidence: house.confidence,
      notes: t('importNotes.madeTown', { id: house.id, file: this.ctx.file }),
    };
    made.add(town);
    this.made.push(town);
    this.add(id, undefined, house.locality, house.coord, true);
    return id;
  }
}

function span(periods: Period[]): Period {
  let from = Infinity;
  let to = -Infinity;
  for (const p of periods) {
    from = Math.min(from, monthIndex(p.from));
    to = Math.max(to, monthIndex(p.to));
  }
  return { from: monthKey(from), to: monthKey(to) };
}

/**
 * Gives each segment draft its corridor (the one named in the file, else the file's own corridor
 * `file-<slug>`), its id (`<corridor>-<n>` when the file gives none) and its end places.
 */
export function linkSegments(drafts: Draft[], ctx: FileContext, ids: IdAllocator, places: Places): Corridor[] {
  const corridors = new Map<string, { corridor: Corridor; segments: RouteSegment[]; placeIds: Set<string> }>();
  for (const draft of drafts) {
    const segment = draft.entity as RouteSegment;
    const key = draft.corridor?.toLowerCase() ?? '';
    let entry = corridors.get(key);
    if (!entry) {
      const frontex = draft.corridor ? frontexRouteOf(draft.corridor) : null;
      const corridor: Corridor = {
        id: draft.corridor ? ids.generated(slugify(draft.corridor) || 'corridor') : ids.generated(`file-${ctx.slug}`),
        name: draft.corridor ?? ctx.file,
        region: frontex?.region ?? 'Other',
        active: segment.active,
        placeIds: [],
        sources: ctx.sources,
        confidence: 'medium',
        notes: t(draft.corridor ? 'importNotes.madeNamedCorridor' : 'importNotes.madeFileCorridor', { file: ctx.file }),
      };
      if (frontex) corridor.frontexRoute = frontex.route;
      entry = { corridor, segments: [], placeIds: new Set() };
      corridors.set(key, entry);
    }
    entry.segments.push(segment);
    segment.corridorId = entry.corridor.id;
    segment.region = entry.corridor.region;
    // Ids given in the file were assigned before; the others are `<corridor>-<n>`.
    if (draft.givenId === undefined) segment.id = ids.generated(`${entry.corridor.id}-${entry.segments.length}`);
    const fromWorkspace = draft.endsFromWorkspace;
    segment.fromPlaceId = places.at(draft.fromName, segment.path[0] as LonLat, fromWorkspace);
    segment.toPlaceId = places.at(draft.toName, segment.path[segment.path.length - 1] as LonLat, fromWorkspace);
    for (const placeId of [segment.fromPlaceId, segment.toPlaceId]) {
      if (!entry.placeIds.has(placeId)) {
        entry.placeIds.add(placeId);
        entry.corridor.placeIds.push(placeId);
      }
    }
  }
  return [...corridors.values()].map(({ corridor, segments }) => {
    const linked = { ...corridor, active: span(segments.map((s) => s.active)) };
    made.add(linked);
    return linked;
  });
}
