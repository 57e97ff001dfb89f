/**
 * Image, storyboard and video exports: sizes, month range and speed, with a progress bar and
 * Cancel while an export runs. Loaded on demand by MediaExportSection.
 */
import { useId, useState } from 'react';
import { addMonths, clampMonth } from '../../domain/month';
import { useAppStore } from '../../state/store';
import { exportPng } from './export-png';
import { IMAGE_SIZES, VIDEO_SIZES, VIDEO_SPEEDS, videoRangeProblem, type SizeChoice } from './export-sizes';
import { readStoryboard } from './export-state';
import { useExportJob } from './use-export-job';
import { useVideoSupport } from './use-video-support';
import { chooseVideoFormat, defaultVideoTitle, VIDEO_FORMATS, videoSupportNote, type VideoFormat } from './video-format';
import './media-export.css';
import { useT } from '../i18n/use-t';

function sizeOf(choices: SizeChoice[], id: string) {
  return choices.find((c) => c.id === id)?.size ?? null;
}

export default function MediaExportPanel() {
  const t = useT();
  const id = useId();
  const months = useAppStore((s) => s.dataset?.months ?? null);
  // The month when the panel opens seeds the video range; a month step after that changes nothing
  // here, so the panel is not subscribed to it.
  const [month] = useState(() => useAppStore.getState().month);
  const hasStoryboard = useAppStore((s) => readStoryboard(s).views.length > 0);
  const { progress, run, cancel } = useExportJob();
  const [title, setTitle] = useState(() => t('mediaExport.defaultTitle'));
  const [caption, setCaption] = useState('');
  const [imageSize, setImageSize] = useState('1920x1080');
  const [includeNotes, setIncludeNotes] = useState(false);
  const first = months?.from ?? month;
  const last = months?.to ?? month;
  const [from, setFrom] = useState(() => clampMonth(addMonths(month, -11), first, last));
  const [to, setTo] = useState(month);
  const [speed, setSpeed] = useState<number>(2);
  const [videoSize, setVideoSize] = useState('1280x720');
  // The video's title follows its range until the user writes one.
  const [editedVideoTitle, setVideoTitle] = useState<string | null>(null);
  const videoTitle = editedVideoTitle ?? defaultVideoTitle(from, to);
  const [videoCaption, setVideoCaption] = useState('');
  // null: MP4 where the browser encodes it at this size, else WebM.
  const [chosenFormat, setChosenFormat] = useState<VideoFormat | null>(null);
  const support = useVideoSupport(sizeOf(VIDEO_SIZES, videoSize));
  const format = chooseVideoFormat(chosenFormat, support);
  const supportNote = videoSupportNote(support);
  const formatPossible = (f: VideoFormat) => chooseVideoFormat(f, support) === f;
  const rangeProblem = videoRangeProblem(from, to, first, last);
  const busy = progress !== null;
  const storySize = sizeOf(IMAGE_SIZES, imageSize) ?? { width: 1920, height: 1080 };

  const exportStoryboardImages = async () => {
    const { exportStoryboardZip } = await import('./export-storyboard');
    await run(t('mediaExport.jobStoryboardImages'), (job) => exportStoryboardZip(job, storySize));
  };
  const exportHandout = async () => {
    const { exportStoryboardHandout } = await import('./export-handout');
    await run(t('mediaExport.jobStoryboardHandout'), (job) => exportStoryboardHandout(job, { includeNotes }));
  };
  const startVideo = async () => {
    if (!format) return;
    const { exportVideo } = await import('./export-video');
    await run(t('mediaExport.jobVideo'), (job) => exportVideo(job, { format, from, to, monthsPerSecond: speed, size: sizeOf(VIDEO_SIZES, videoSize), title: videoTitle, caption: videoCaption }));
  };

  return (
    <div className="media-export" data-testid="media-export">
      <label>
        {t('mediaExport.imageTitle')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="media-title" />
      </label>
      <label>
        {t('mediaExport.imageCaption')}
        <textarea rows={2} value={caption} onChange={(e) => setCaption(e.target.value)} data-testid="media-caption" />
      </label>
      <fieldset>
        <legend>{t('mediaExport.image')}</legend>
        <label>
          {t('mediaExport.size')}
          <select value={imageSize} onChange={(e) => setImageSize(e.target.value)} data-testid="media-image-size">
            {IMAGE_SIZES.map((c) => (
              <option key={c.id} value={c.id}>{c.label}</option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy} onClick={() => void run(t('mediaExport.jobPng'), (job) => exportPng(job, { size: sizeOf(IMAGE_SIZES, imageSize), title, caption }))} data-testid="media-export-png">
          {t('mediaExport.exportPng')}
        </button>
        <button type="button" disabled={busy || !hasStoryboard} onClick={() => void exportStoryboardImages()} data-testid="media-export-story-zip">
          {t('mediaExport.storyboardPngs')}
        </button>
        <label className="media-export-check">
          <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} data-testid="media-handout-notes" />
          {t('mediaExport.includeNotes')}
        </label>
        <button type="button" disabled={busy || !hasStoryboard} onClick={() => void exportHandout()} data-testid="media-export-story-pdf">
          {t('mediaExport.storyboardHandout')}
        </button>
        {hasStoryboard ? null : <p className="muted small">{t('mediaExport.noStoryboard')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('mediaExport.video')}</legend>
        <div className="media-export-row">
          <label>
            {t('mediaExport.from')}
            <input type="month" min={first} max={last} value={from} onChange={(e) => setFrom(e.target.value)} data-testid="media-video-from" />
          </label>
          <label>
            {t('mediaExport.to')}
            <input type="month" min={first} max={last} value={to} onChange={(e) => setTo(e.target.value)} data-testid="media-video-to" />
          </label>
        </div>
        <div className="media-export-row">
          <label>
            {t('mediaExport.speed')}
            <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} data-testid="media-video-speed">
              {VIDEO_SPEEDS.map((s) => (
                <option key={s} value={s}>{t('mediaExport.monthsPerSecond', { speed: s })}</option>
              ))}
            </select>
          </label>
          <label>
            {t('mediaExport.size')}
            <select value={videoSize} onChange={(e) => setVideoSize(e.target.value)} data-testid="media-video-size">
              {VIDEO_SIZES.map((c) => (
                <option key={c.id} value={c.id}>{c.label}</option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="media-export-format">
          <legend>{t('mediaExport.format')}</legend>
          {(['mp4', 'webm'] as const).map((f) => (
            <label key={f}>
              <input
                type="radio"
                name={`${id}-format`}
                value={f}
                checked={format === f}
                disabled={!formatPossible(f)}
                aria-describedby={supportNote ? `${id}-format-note` : undefined}
                onChange={() => setChosenFormat(f)}
                data-testid={`media-video-format-${f}`}
              />
              {VIDEO_FORMATS[f].label}
            </label>
          ))}
        </fieldset>
        {support ? null : <p className="muted small" role="status">{t('mediaExport.checkingFormats')}</p>}
        {supportNote ? <p className="muted small" id={`${id}-format-note`} data-testid="media-video-format-note">{supportNote}</p> : null}
        <label>
          {t('mediaExport.videoTitleLabel')}
          <input value={videoTitle} onChange={(e) => setVideoTitle(e.target.value)} data-testid="media-video-title" />
        </label>
        <label>
          {t('mediaExport.videoCaption')}
          <textarea rows={2} value={videoCaption} onChange={(e) => setVideoCaption(e.target.value)} data-testid="media-video-caption" />
        </label>
        {rangeProblem ? <p className="muted small" id={`${id}-range`} role="alert">{rangeProblem}</p> : null}
        <button type="button" disabled={busy || rangeProblem !== null || format === null} aria-describedby={rangeProblem ? `${id}-range` : undefined} onClick={() => void startVideo()} data-testid="media-export-video">
          {t('mediaExport.exportVideo', { format: format === 'webm' ? 'WebM' : 'MP4' })}
        </button>
      </fieldset>
      {progress ? (
        <div className="media-export-progress" role="status" aria-live="polite" data-testid="media-export-progress">
          <div>
            {t('mediaExport.progress', { what: progress.what, label: progress.label, percent: Math.round(progress.fraction * 100) })}
          </div>
          <progress max={100} value={Math.round(progress.fraction * 100)} aria-label={t('mediaExport.progressLabel', { what: progress.what })} />
          <button type="button" onClick={cancel} data-testid="media-export-cancel" autoFocus>{t('action.cancel')}</button>
        </div>
      ) : null}
    </div>
  );
}
