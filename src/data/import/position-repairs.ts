/**
 * One rule for every repair that changes a position (latitude and longitude swapped, a decimal
 * comma read as a point): the repaired point is kept only when it lies inside the area the rest of
 * the file covers (the box around its positions read without such a repair, padded a little), or
 * inside RouteShift's data region when the file has too few of those to say. Otherwise the row is
 * rejected with the reason: a guess that lands the point somewhere else is not a repair.
 */
import { t } from '../../domain/i18n';
import { DATA_REGION, inBox, type LonLatBox } from '../../domain/data-region';
import type { RecordGeometry, Repair } from './records';

/** Positions read without a repair that a file needs before its own area is trusted. */
export const MIN_AREA_POSITIONS = 3;
/** The file's area is padded on each side by this share of its width and height … */
export const AREA_PAD_SHARE = 0.1;
/** … and by at least this many degrees (a file of points in one town still has room around it). */
export const AREA_PAD_MIN_DEGREES = 1;

/** The box around the positions of a file's rows read without a position repair. */
export class FileArea {
  count = 0;
  private west = Infinity;
  private south = Infinity;
  private east = -Infinity;
  private north = -Infinity;

  add(lon: number, lat: number): void {
    this.count += 1;
    if (lon < this.west) this.west = lon;
    if (lon > this.east) this.east = lon;
    if (lat < this.south) this.south = lat;
    if (lat > this.north) this.north = lat;
  }

  addGeometry(geometry: RecordGeometry): void {
    if (geometry.type === 'point') this.add(geometry.coord[0], geometry.coord[1]);
    else if (geometry.type === 'line') for (const [lon, lat] of geometry.path) this.add(lon, lat);
  }

  /** The padded box, or null when the file has too few positions to say what it covers. */
  padded(): LonLatBox | null {
    if (this.count < MIN_AREA_POSITIONS) return null;
    const padLon = Math.max(AREA_PAD_MIN_DEGREES, (this.east - this.west) * AREA_PAD_SHARE);
    const padLat = Math.max(AREA_PAD_MIN_DEGREES, (this.north - this.south) * AREA_PAD_SHARE);
    return {
      west: Math.max(-180, this.west - padLon),
      south: Math.max(-90, this.south - padLat),
      east: Math.min(180, this.east + padLon),
      north: Math.min(90, this.north + padLat),
    };
  }
}

/** Where repaired positions of a file must lie, with its description for messages. */
export interface RepairArea {
  box: LonLatBox;
  label: string;
}

export function repairArea(area: FileArea): RepairArea {
  const box = area.padded();
  if (box) return { box, label: t('importGeometry.areaOfFile', { box: boxText(box) }) };
  return {
    box: DATA_REGION,
    label: t('importGeometry.areaOfRegion', { region: t('importGeometry.dataRegion'), box: boxText(DATA_REGION), count: String(area.count) }),
  };
}

/** True when one of the repairs moved the position. */
export function movesPosition(repairs: readonly Repair[]): boolean {
  return repairs.some((r) => r.moved !== undefined);
}

/** The first position repair whose point lies outside the area, as a rejection; null when all lie inside. */
export function outsideArea(repairs: readonly Repair[], area: RepairArea): { field: string | null; reason: string } | null {
  for (const repair of repairs) {
    if (!repair.moved || inBox(repair.moved.to, area.box)) continue;
    const [lon, lat] = repair.moved.to;
    return { field: repair.field, reason: t('importGeometry.outsideArea', { reason: repair.reason, done: repair.moved.done, lat: degrees(lat, 'N', 'S'), lon: degrees(lon, 'E', 'W'), area: area.label }) };
  }
  return null;
}

function degrees(value: number, positive: string, negative: string): string {
  return `${Number(Math.abs(value).toFixed(4))}° ${value >= 0 ? positive : negative}`;
}

function boxText(box: LonLatBox): string {
  const round = (v: number) => Number(v.toFixed(1));
  const lat = (v: number) => `${Math.abs(round(v))}° ${v >= 0 ? 'N' : 'S'}`;
  const lon = (v: number) => `${Math.abs(round(v))}° ${v >= 0 ? 'E' : 'W'}`;
  return t('importGeometry.box', { south: lat(box.south), north: lat(box.north), west: lon(box.west), east: lon(box.east) });
}
