/**
 * Encodes a video's frames with WebCodecs and muxes them with mediabunny: MP4 (H.264) or WebM
 * (VP8). Each frame gets its computed time, so the file lasts exactly frames / fps however slowly
 * the map draws; the first frame of each month is a key frame, so seeking lands on a month.
 */
import { BufferTarget, CanvasSource, Mp4OutputFormat, Output, WebMOutputFormat } from 'mediabunny';
import type { MonthKey } from '../../domain/month';
import type { Composer } from './compose';
import type { JobContext } from './export-png';
import type { FrameSchedule } from './frame-schedule';
import { ExportCancelled } from './map-capture';
import { encodingConfig } from './video-codec';
import { VIDEO_FORMATS, type VideoFormat } from './video-format';
import { t } from '../../domain/i18n';

export interface EncodeInput {
  format: VideoFormat;
  schedule: FrameSchedule;
  composer: Composer;
  /** Draws `month` into the composer's canvas. */
  renderMonth: (month: MonthKey) => Promise<void>;
  /** Written into the file's metadata. */
  title: string;
}

export async function encodeVideo({ format, schedule, composer, renderMonth, title }: EncodeInput, { signal, progress }: JobContext): Promise<Blob> {
  const output = new Output({
    // In memory: the moov box goes first (fast start), so players begin before the whole file is read.
    format: format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const source = new CanvasSource(composer.canvas, encodingConfig(format));
  // The frame rate sets the MP4 time scale, so that every frame time is a whole number of ticks.
  output.addVideoTrack(source, { frameRate: schedule.fps });
  if (title.trim()) output.setMetadataTags({ title: title.trim() });
  const cancelled = () => signal.aborted;
  try {
    await output.start();
    let done = 0;
    for (const month of schedule.months) {
      if (cancelled()) throw new ExportCancelled();
      progress(done / schedule.frames.length, t('mediaExport.stepRenderingMonth', { month }));
      await renderMonth(month);
      for (const frame of schedule.frames) {
        if (frame.month !== month) continue;
        if (cancelled()) throw new ExportCancelled();
        // Resolves when the encoder and muxer take more: memory stays flat on long videos.
        await source.add(frame.timestampS, frame.durationS, { keyFrame: frame.monthStart });
        done++;
      }
    }
    progress(0.97, t('mediaExport.stepFinishing'));
    await output.finalize();
  } catch (error) {
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel().catch(() => undefined);
    throw error;
  }
  const buffer = output.target.buffer;
  if (!buffer) throw new Error(t('screenText.videoEmpty'));
  return new Blob([buffer], { type: VIDEO_FORMATS[format].mime });
}
