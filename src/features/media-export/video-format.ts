/**
 * Which video file an export writes: MP4 (H.264) where the browser can encode it at the chosen
 * size, else WebM (VP8). Also the window each video month is drawn in and the video's default
 * title. Pure, so the choices can be tested without a browser.
 */
import { formatMonthShort, isMonthKey, monthIndex, type MonthKey } from '../../domain/month';
import { stepWindow, type TimeWindow } from '../../domain/time-window';
import type { PixelSize } from './file-names';
import { t } from '../../domain/i18n';

export type VideoFormat = 'mp4' | 'webm';

export interface VideoFormatInfo {
  label: string;
  extension: VideoFormat;
  mime: string;
  /** The codec, as mediabunny names it. */
  codec: 'avc' | 'vp8';
}

export const VIDEO_FORMATS: Record<VideoFormat, VideoFormatInfo> = {
  mp4: { label: 'MP4 (H.264)', extension: 'mp4', mime: 'video/mp4', codec: 'avc' },
  webm: { label: 'WebM (VP8)', extension: 'webm', mime: 'video/webm', codec: 'vp8' },
};

/** What this browser can encode at one size, each format through WebCodecs' VideoEncoder. */
export interface VideoSupport {
  mp4: boolean;
  webm: boolean;
}

export function noMp4Note(): string {
  return t('mediaExport.noMp4Note');
}
/**
 * No VideoEncoder at all (Firefox before 130, Safari before 16.4). The real-time MediaRecorder
 * fallback was dropped: on a loaded machine its files came out empty, and never frame-exact.
 */
export function noVideoNote(): string {
  return t('mediaExport.noVideoNote');
}

/**
 * The format the export writes: the user's choice when the browser can write it, MP4 when nobody
 * chose (and it can), else WebM; null when no video can be written (or support is not known yet).
 */
export function chooseVideoFormat(chosen: VideoFormat | null, support: VideoSupport | null): VideoFormat | null {
  if (!support) return null;
  if (chosen === 'webm' && support.webm) return 'webm';
  if (support.mp4) return 'mp4';
  return support.webm ? 'webm' : null;
}

/** The plain sentence under the format choice, or null when nothing needs saying. */
export function videoSupportNote(support: VideoSupport | null): string | null {
  if (!support) return null;
  if (!support.mp4 && !support.webm) return noVideoNote();
  return support.mp4 ? null : noMp4Note();
}

/** H.264 and VP8 want even sizes; "as on screen" may be odd. */
export function evenSize(size: PixelSize): PixelSize {
  return { width: size.width - (size.width % 2), height: size.height - (size.height % 2) };
}

/** The video title's base, 'Migrant-smuggling routes', in the active language. */
export function videoTitleBase(): string {
  return t('mediaExport.defaultTitle');
}

/**
 * 'Migrant-smuggling routes, Aug 2015 – Oct 2015' (short months: the frame's month is written out
 * under it); the base alone while a month is missing or the range is reversed.
 */
export function defaultVideoTitle(from: string, to: string): string {
  if (!isMonthKey(from) || !isMonthKey(to) || monthIndex(from) > monthIndex(to)) return videoTitleBase();
  const period = from === to ? formatMonthShort(to) : t('time.monthRange', { from: formatMonthShort(from), to: formatMonthShort(to) });
  return t('mediaExport.videoTitle', { base: videoTitleBase(), period });
}

/**
 * The window a video frame of `month` shows: the user's window moved so that it ends there (a
 * range keeps its length, "since" keeps its start), within the data's months.
 */
export function videoWindowAt(userWindow: TimeWindow, month: MonthKey, first: MonthKey, last: MonthKey): TimeWindow {
  const moved = stepWindow(userWindow, monthIndex(month) - monthIndex(userWindow.month), first, last);
  return { ...userWindow, ...moved };
}
