/** The sizes offered for images and videos; `null` is the map's size on screen. */
import { isMonthKey, monthIndex, monthSpan } from '../../domain/month';
import type { PixelSize } from './file-names';
import { t } from '../../domain/i18n';

export interface SizeChoice {
  id: string;
  label: string;
  size: PixelSize | null;
}

export const IMAGE_SIZES: SizeChoice[] = [
  { id: '1280x720', label: '1280 × 720', size: { width: 1280, height: 720 } },
  { id: '1920x1080', get label() {
      return t('mediaExport.sizeFullHd');
    }, size: { width: 1920, height: 1080 } },
  { id: '2560x1440', label: '2560 × 1440', size: { width: 2560, height: 1440 } },
  { id: '3840x2160', get label() {
      return t('mediaExport.size4k');
    }, size: { width: 3840, height: 2160 } },
  { id: 'screen', get label() {
      return t('mediaExport.sizeAsOnScreen');
    }, size: null },
];

/** Videos add a small size for quick drafts and messaging apps. */
export const VIDEO_SIZES: SizeChoice[] = [{ id: '640x360', get label() {
      return t('mediaExport.sizeSmall');
    }, size: { width: 640, height: 360 } }, ...IMAGE_SIZES];

export const VIDEO_SPEEDS = [0.5, 1, 2, 3, 4, 6] as const;

/** Longest video range: twenty years of months keeps memory and time bounded. */
export const MAX_VIDEO_MONTHS = 240;

/** Why a video range cannot be exported, or null when it can. */
export function videoRangeProblem(from: string, to: string, first: string, last: string): string | null {
  if (!isMonthKey(from) || !isMonthKey(to)) return t('mediaExport.rangeChooseBoth');
  if (monthSpan(from, to) === 0) return t('mediaExport.rangeReversed');
  if (monthIndex(from) < monthIndex(first) || monthIndex(to) > monthIndex(last)) return t('mediaExport.rangeOutside', { first, last });
  if (monthSpan(from, to) > MAX_VIDEO_MONTHS) return t('mediaExport.rangeTooLong', { max: MAX_VIDEO_MONTHS });
  return null;
}
