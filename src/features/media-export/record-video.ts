/**
 * The fallback for a browser without WebCodecs' VideoEncoder (e.g. Firefox before 130): the months
 * are drawn first, then played into MediaRecorder in real time. It writes WebM, and its length is
 * as exact as the browser's timers, not frame-exact as the encoder's (encode-video.ts).
 */
import type { MonthKey } from '../../domain/month';
import type { Composer } from './compose';
import type { JobContext } from './export-png';
import type { FrameSchedule } from './frame-schedule';
import { ExportCancelled } from './map-capture';

const RECORDER_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

export async function recordVideo(schedule: FrameSchedule, composer: Composer, renderMonth: (m: MonthKey) => Promise<void>, { signal, progress }: JobContext): Promise<Blob> {
  if (typeof MediaRecorder !== 'function') throw new Error('This browser can record no video (neither WebCodecs nor MediaRecorder).');
  // Months are drawn first, so that slow map rendering does not stretch the recording.
  const pictures: ImageBitmap[] = [];
  try {
    for (const [i, month] of schedule.months.entries()) {
      if (signal.aborted) throw new ExportCancelled();
      progress((0.5 * i) / schedule.months.length, `Rendering ${month}`);
      await renderMonth(month);
      pictures.push(await createImageBitmap(composer.canvas));
    }
    const ctx = composer.canvas.getContext('2d');
    const stream = composer.canvas.captureStream(schedule.fps);
    const mimeType = RECORDER_TYPES.find((m) => MediaRecorder.isTypeSupported(m)) ?? 'video/webm';
    const recorder = new MediaRecorder(stream, { mimeType });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
    recorder.start();
    const holdMs = 1000 / schedule.monthsPerSecond;
    for (const [i, picture] of pictures.entries()) {
      if (signal.aborted) break;
      ctx?.drawImage(picture, 0, 0);
      progress(0.5 + (0.5 * i) / pictures.length, `Recording ${schedule.months[i]}`);
      await new Promise((r) => setTimeout(r, holdMs));
    }
    recorder.stop();
    await stopped;
    stream.getTracks().forEach((t) => t.stop());
    if (signal.aborted) throw new ExportCancelled();
    return new Blob(chunks, { type: 'video/webm' });
  } finally {
    pictures.forEach((p) => p.close());
  }
}
