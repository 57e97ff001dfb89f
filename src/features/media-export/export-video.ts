/**
 * A video of the animation over a month range: MP4 (H.264) or WebM (VP8), encoded frame by frame
 * with WebCodecs and muxed by mediabunny (encode-video.ts).
 *
 * The user's month never moves: the map is told to draw each video month through the store's
 * `exportWindow` (only the map follows it), under a still of the frame the user had. The timeline,
 * panels, link and workspace keep showing the user's month, and the camera and size come back
 * exactly at the end, on an error and on Cancel.
 */
import { downloadBlob } from '../download';
import type { MonthKey } from '../../domain/month';
import { DATA_PERIOD } from '../../domain/data-period';
import type { TimeWindow } from '../../domain/time-window';
import { selectTimeWindow } from '../../state/slices/time-slice';
import type { AppState } from '../../state/store';
import { createComposer, currentLegend, overlayContent, themeOf } from './compose';
import type { JobContext } from './export-png';
import { videoFileName, type PixelSize } from './file-names';
import { frameSchedule } from './frame-schedule';
import { frameBounds, visibleBounds } from './frame-view';
import { settleMap, sizeMapFor } from './map-capture';
import { encodeVideo } from './encode-video';
import { canEncode } from './video-codec';
import { evenSize, noMp4Note, noVideoNote, videoWindowAt, type VideoFormat } from './video-format';
import { t } from '../../domain/i18n';

export interface VideoOptions {
  format: VideoFormat;
  from: MonthKey;
  to: MonthKey;
  monthsPerSecond: number;
  size: PixelSize | null;
  title: string;
  caption: string;
  fps?: number;
}

/** The store as it would be with `window` as the time window: what a frame's text and legend describe. */
function stateIn(state: AppState, window: TimeWindow): AppState {
  return { ...state, windowMode: window.mode, windowStart: window.start, month: window.month, trail: window.trail };
}

export async function exportVideo(job: JobContext, options: VideoOptions): Promise<string> {
  const { store, map, signal, progress } = job;
  const schedule = frameSchedule(options.from, options.to, options.monthsPerSecond, options.fps);
  const before = store.getState();
  const userWindow = selectTimeWindow(before);
  const period = before.dataset?.months ?? DATA_PERIOD;
  const windowAt = (month: MonthKey) => videoWindowAt(userWindow, month, period.from, period.to);
  const wasPlaying = before.playing;
  before.setPlaying(false);
  progress(0, t('mediaExport.stepPreparing'));
  // The area on screen is what the video shows, fitted into the part its text and legend leave free.
  const area = visibleBounds(map.map);
  const sized = await sizeMapFor(map, options.size ? evenSize(options.size) : null, signal).catch((error: unknown) => {
    store.setState({ playing: wasPlaying });
    throw error;
  });
  const size = evenSize(sized.size);
  try {
    const first = windowAt(schedule.months[0] as MonthKey);
    store.getState().setExportWindow(first);
    // One legend for the whole video (everything its months show), so the key stays still while the picture moves.
    const legend = currentLegend(stateIn(store.getState(), { ...userWindow, mode: 'range', start: options.from, month: options.to }), undefined, area);
    const frameContent = (window: TimeWindow) => ({ ...overlayContent(stateIn(store.getState(), window), { title: options.title, caption: options.caption, legend: false }), legend });
    const composer = await createComposer(size, frameContent(first));
    // One camera for the whole video, framed around the first frame's overlay.
    frameBounds(map.map, sized, frameContent(first), area);
    const renderMonth = async (month: MonthKey) => {
      const window = windowAt(month);
      store.getState().setExportWindow(window);
      await settleMap(map, signal);
      composer.compose(sized, frameContent(window), themeOf(store.getState()));
    };
    if (!(await canEncode(options.format, size, schedule.fps))) throw new Error(options.format === 'mp4' ? noMp4Note() : noVideoNote());
    const blob = await encodeVideo({ format: options.format, schedule, composer, renderMonth, title: options.title }, job);
    const name = videoFileName(options.from, options.to, options.monthsPerSecond, options.format);
    progress(1, 'Saving');
    downloadBlob(name, blob);
    return name;
  } finally {
    // The map goes back to the user's window while the still still covers it.
    store.getState().setExportWindow(null);
    store.setState({ playing: wasPlaying });
    await sized.restore();
  }
}
