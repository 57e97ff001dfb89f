/**
 * What a record becomes: from its kind field (case and separators ignored), else from its
 * geometry (line → segment, point → the import's point kind, polygon → area), and whether the
 * geometry fits. A polygon is always an area: a kind value naming a point kind ('camp') keeps it
 * as an area, with a repair.
 */
import type { EntityKind, PlaceKind } from '../../domain/types';
import { t } from '../../domain/i18n';
import { clip } from './dates';
import { fail } from './fields';
import { normalizeHeader } from './columns';
import { own, type RawRecord, type Repair } from './records';
import type { PointKind } from './types';

/** What a record becomes: an entity kind (src/domain/entity-kinds.ts). */
export type Target = EntityKind;

const KINDS: Record<string, { target: Target; placeKind?: PlaceKind }> = {
  segment: { target: 'segment' },
  line: { target: 'segment' },
  leg: { target: 'segment' },
  route: { target: 'segment' },
  routesegment: { target: 'segment' },
  crossing: { target: 'crossing' },
  border: { target: 'crossing' },
  bordercrossing: { target: 'crossing' },
  hub: { target: 'hub', placeKind: 'hub' },
  town: { target: 'hub', placeKind: 'hub' },
  city: { target: 'hub', placeKind: 'hub' },
  place: { target: 'hub', placeKind: 'hub' },
  landing: { target: 'hub', placeKind: 'landing' },
  camp: { target: 'hub', placeKind: 'camp' },
  departure: { target: 'hub', placeKind: 'departure' },
  safehouse: { target: 'safeHouse' },
  incident: { target: 'incident' },
  event: { target: 'event' },
  area: { target: 'area' },
  zone: { target: 'area' },
  polygon: { target: 'area' },
};

/** Property names whose values are often something else entirely (GPX <type>, OSM 'type'): unknown values are ignored silently. */
const LOOSE_FIELDS = new Set(['type', '_gpxtype', 'category', 'class']);

export interface Kind {
  target: Target;
  placeKind?: PlaceKind;
}

function byGeometry(record: RawRecord, pointKind: PointKind): Kind | null {
  if (record.geometry.type === 'line') return { target: 'segment' };
  if (record.geometry.type === 'polygon') return { target: 'area' };
  if (record.geometry.type === 'point') return { target: pointKind, ...(pointKind === 'hub' ? { placeKind: 'hub' as const } : {}) };
  if (record.defaultKind === 'event') return { target: 'event' };
  return null;
}


/** 'a hub', 'an incident', 'a landing' … in the active language, as the subject of a problem. */
function kindName(kind: Target | PlaceKind): string {
  return t('importRow.kindName', { kind });
}

/** The record's kind, checked against its geometry. Throws RowProblem when they do not fit. */
export function kindOf(record: RawRecord, pointKind: PointKind, repairs: Repair[]): Kind {
  const field = record.defaultKind === 'event' ? undefined : record.fields.kind;
  const value = typeof field?.value === 'string' ? field.value.trim() : '';
  let kind: Kind | null = null;
  if (field && value !== '') {
    // Most files write the kind as listed ('incident'): normalise only when that does not match.
    kind = own(KINDS, value) ?? own(KINDS, value.toLowerCase().replace(/[^a-z]/g, '')) ?? null;
    if (!kind && !LOOSE_FIELDS.has(normalizeHeader(field.name))) {
      const fallback = byGeometry(record, pointKind);
      if (fallback) {
        repairs.push({
          field: field.name,
          reason: t('importRow.unknownKind', { value: clip(value, 30) }),
          repair: t('importRow.importedAsKind', { named: kindName(fallback.target), kinds: 'segment, crossing, hub, landing, camp, departure, safeHouse, incident, event, area' }),
        });
      }
    }
  }
  kind = kind ?? byGeometry(record, pointKind);
  if (!kind) fail('geometry', t('importRow.noGeometry'));
  const geometry = record.geometry.type;
  if (geometry === 'polygon' && kind.target !== 'area') return polygonAsArea(kind, field, repairs);
  if (kind.target === 'area' && geometry !== 'polygon') {
    fail('geometry', geometry === 'none' ? t('importRow.areaNeedsPolygonNoGeometry') : t('importRow.areaNeedsPolygonNot', { geometry }));
  }
  if (kind.target === 'segment' && geometry !== 'line') {
    fail('geometry', geometry === 'point' ? t('importRow.segmentNeedsLineNotPoint') : t('importRow.segmentNeedsLineNoGeometry'));
  }
  if (kind.target !== 'segment' && kind.target !== 'event' && kind.target !== 'area' && geometry !== 'point') {
    fail('geometry', t(geometry === 'line' ? 'importRow.needsPointNotLine' : 'importRow.needsPointNoGeometry', { named: kindName(kind.target) }));
  }
  return kind;
}

/** A polygon whose kind field names another kind: an area, with a repair saying so (an event's kind is not this field). */
function polygonAsArea(kind: Kind, field: RawRecord['fields']['kind'], repairs: Repair[]): Kind {
  if (field && !LOOSE_FIELDS.has(normalizeHeader(field.name))) {
    const named = kind.placeKind && kind.placeKind !== 'hub' ? kind.placeKind : kind.target;
    repairs.push({ field: field.name, reason: t('importRow.drawnAsPolygon', { named: kindName(named) }), repair: t('importRow.importedAsArea') });
  }
  return { target: 'area' };
}
