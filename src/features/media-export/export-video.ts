/**
 * WebM of the animation over a month range. WebCodecs' VideoEncoder (VP8) with webm-muxer gives
 * exact frame times and a correct duration in the file; without VideoEncoder the months are
 * pre-rendered and played into MediaRecorder in real time.
 */
import { downloadBlob } from '../download';
import { monthIndex, type MonthKey } from '../../domain/month';
import { createComposer, currentLegend, overlayContent, themeOf, type Composer } from './compose';
import type { AppState } from '../../state/store';
import type { JobContext } from './export-png';
import { videoFileName, type PixelSize } from './file-names';
import { frameSchedule, type FrameSchedule } from './frame-schedule';
import { ExportCancelled, settleMap, sizeMapFor, throwIfAborted } from './map-capture';

export interface VideoOptions {
  from: MonthKey;
  to: MonthKey;
  monthsPerSecond: number;
  size: PixelSize | null;
  title: string;
  fps?: number;
}

const CODEC = 'vp8';
/** Encoder queue depth before waiting: keeps memory flat on long videos. */
const MAX_QUEUE = 8;

/** VP8 wants even sizes; "as on screen" may be odd. */
export function evenSize(size: PixelSize): PixelSize {
  return { width: size.width - (size.width % 2), height: size.height - (size.height % 2) };
}

export async function canEncodeWebCodecs(size: PixelSize): Promise<boolean> {
  if (typeof VideoEncoder !== 'function' || typeof VideoFrame !== 'function') return false;
  const support = await VideoEncoder.isConfigSupported({ codec: CODEC, width: size.width, height: size.height }).catch(() => null);
  return support?.supported === true;
}

export async function exportVideo(job: JobContext, options: VideoOptions): Promise<string> {
  const { store, map, signal, progress } = job;
  const schedule = frameSchedule(options.from, options.to, options.monthsPerSecond, options.fps);
  const before = store.getState();
  const saved = { windowStart: before.windowStart, month: before.month, playing: before.playing };
  store.getState().setPlaying(false);
  progress(0, 'Preparing the map');
  const sized = await sizeMapFor(map, options.size ? evenSize(options.size) : null, signal);
  const size = evenSize(sized.size);
  try {
    moveToMonth(job, schedule.months[0] as MonthKey);
    // One legend for the whole video (everything its months show), so the key stays still while the picture moves.
    const legend = currentLegend({ ...store.getState(), windowMode: 'range', windowStart: options.from, month: options.to });
    const frameContent = (state: AppState) => ({ ...overlayContent(state, { title: options.title, caption: '', legend: false }), legend });
    const composer = await createComposer(size, frameContent(store.getState()));
    const renderMonth = async (month: MonthKey) => {
      moveToMonth(job, month);
      await settleMap(map, signal);
      const state = store.getState();
      composer.compose(sized, frameContent(state), themeOf(state));
    };
    const blob = (await canEncodeWebCodecs(size))
      ? await encodeWebCodecs(schedule, size, composer, renderMonth, job)
      : await recordMediaRecorder(schedule, composer, renderMonth, job);
    const name = videoFileName(options.from, options.to, options.monthsPerSecond);
    progress(1, 'Saving');
    downloadBlob(name, blob);
    return name;
  } finally {
    store.setState(saved);
    await sized.restore();
  }
}

/** Moves the time window so that it ends at `month`; a range keeps its length. */
function moveToMonth({ store }: JobContext, month: MonthKey) {
  const state = store.getState();
  state.stepMonth(monthIndex(month) - monthIndex(state.month));
}

async function encodeWebCodecs(schedule: FrameSchedule, size: PixelSize, composer: Composer, renderMonth: (m: MonthKey) => Promise<void>, { signal, progress }: JobContext): Promise<Blob> {
  const { Muxer, ArrayBufferTarget } = await import('webm-muxer');
  const muxer = new Muxer({ target: new ArrayBufferTarget(), video: { codec: 'V_VP8', width: size.width, height: size.height, frameRate: schedule.fps } });
  let failure: Error | null = null;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
    error: (error) => {
      failure = error;
    },
  });
  encoder.configure({ codec: CODEC, width: size.width, height: size.height, bitrate: Math.round(size.width * size.height * schedule.fps * 0.12), framerate: schedule.fps });
  try {
    let done = 0;
    for (const month of schedule.months) {
      progress(done / schedule.frames.length, `Rendering ${month}`);
      await renderMonth(month);
      for (const frame of schedule.frames) {
        if (frame.month !== month) continue;
        throwIfAborted(signal);
        if (failure) throw failure;
        const videoFrame = new VideoFrame(composer.canvas, { timestamp: frame.timestampUs, ...(frame.durationUs ? { duration: frame.durationUs } : {}) });
        encoder.encode(videoFrame, { keyFrame: frame.monthStart });
        videoFrame.close();
        done++;
        while (encoder.encodeQueueSize > MAX_QUEUE) await new Promise((r) => setTimeout(r, 5));
      }
    }
    progress(0.97, 'Finishing the file');
    await encoder.flush();
    if (failure) throw failure;
    muxer.finalize();
    return new Blob([muxer.target.buffer], { type: 'video/webm' });
  } finally {
    if (encoder.state !== 'closed') encoder.close();
  }
}

async function recordMediaRecorder(schedule: FrameSchedule, composer: Composer, renderMonth: (m: MonthKey) => Promise<void>, { signal, progress }: JobContext): Promise<Blob> {
  if (typeof MediaRecorder !== 'function') throw new Error('This browser can record no video (neither VideoEncoder nor MediaRecorder).');
  // Months are drawn first, so that slow map rendering does not stretch the recording.
  const pictures: ImageBitmap[] = [];
  try {
    for (const [i, month] of schedule.months.entries()) {
      progress((0.5 * i) / schedule.months.length, `Rendering ${month}`);
      await renderMonth(month);
      pictures.push(await createImageBitmap(composer.canvas));
    }
    const ctx = composer.canvas.getContext('2d');
    const stream = composer.canvas.captureStream(schedule.fps);
    const mime = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((m) => MediaRecorder.isTypeSupported(m)) ?? 'video/webm';
    const recorder = new MediaRecorder(stream, { mimeType: mime });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
    recorder.start();
    const holdMs = 1000 / (schedule.months.length / schedule.durationS);
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
