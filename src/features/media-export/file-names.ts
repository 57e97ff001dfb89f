/**
 * File names that say what an export holds: app, months, title, size or speed. Pure, so that the
 * names can be tested and stay the same in the UI, the zip and the PDF.
 */
import { formatMonthLong, type MonthKey } from '../../domain/month';

export interface PixelSize {
  width: number;
  height: number;
}

const MAX_SLUG = 40;

/** 'Route shifts: Hungary → Croatia' → 'route-shifts-hungary-croatia' (ASCII, at most 40 chars). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}

/** '2015-10', or '2015-08-to-2015-10' for a range. */
export function monthsPart(from: MonthKey, to: MonthKey): string {
  return from === to ? to : `${from}-to-${to}`;
}

function join(parts: (string | null)[]): string {
  return parts.filter((p): p is string => Boolean(p)).join('-');
}

/** routeshift-2015-10-title-1920x1080.png */
export function pngFileName(months: { from: MonthKey; to: MonthKey }, title: string, size: PixelSize): string {
  return `${join(['routeshift', monthsPart(months.from, months.to), slugify(title) || null, `${size.width}x${size.height}`])}.png`;
}

/** '2', '0.5', '1.25': the speed as it reads, without trailing zeros. */
export function speedPart(monthsPerSecond: number): string {
  return `${Number(monthsPerSecond.toFixed(2))}mps`;
}

/** routeshift-2015-01-to-2016-03-2mps.mp4 (or .webm): the extension is the container's. */
export function videoFileName(from: MonthKey, to: MonthKey, monthsPerSecond: number, extension: 'mp4' | 'webm'): string {
  return `${join(['routeshift', monthsPart(from, to), speedPart(monthsPerSecond)])}.${extension}`;
}

/** routeshift-storyboard-01-october-2015-title.png: position, month and title of one view. */
export function storyViewFileName(index: number, month: MonthKey, title: string): string {
  const position = String(index + 1).padStart(2, '0');
  const monthSlug = slugify(formatMonthLong(month));
  const titleSlug = slugify(title);
  return `${join(['routeshift-storyboard', position, monthSlug, titleSlug && titleSlug !== monthSlug ? titleSlug : null])}.png`;
}

/** routeshift-storyboard-3-views-1920x1080.zip */
export function storyboardZipName(viewCount: number, size: PixelSize): string {
  return `routeshift-storyboard-${viewCount}-view${viewCount === 1 ? '' : 's'}-${size.width}x${size.height}.zip`;
}

/** '2026-12-05': the local calendar day of `date`. */
export function dayPart(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/** how-the-route-shifted-2026-12-05-handout.pdf: the storyboard's title and the day it was made. */
export function storyboardPdfName(title: string, made: Date): string {
  return `${join([slugify(title) || 'storyboard', dayPart(made)])}-handout.pdf`;
}
