import { describe, expect, it } from 'vitest';
import {
  chooseVideoFormat,
  defaultVideoTitle,
  evenSize,
  noMp4Note,
  noVideoNote,
  videoSupportNote,
  videoWindowAt,
  type VideoSupport,
} from '../../src/features/media-export/video-format';
import type { TimeWindow } from '../../src/domain/time-window';

const ALL: VideoSupport = { mp4: true, webm: true };
const NO_MP4: VideoSupport = { mp4: false, webm: true };
const NOTHING: VideoSupport = { mp4: false, webm: false };

describe('video format choice', () => {
  it('MP4 by default where the browser encodes H.264 at the size', () => {
    expect(chooseVideoFormat(null, ALL)).toBe('mp4');
    expect(videoSupportNote(ALL)).toBeNull();
  });

  it('the user may choose WebM; choosing MP4 where it cannot be encoded gives WebM', () => {
    expect(chooseVideoFormat('webm', ALL)).toBe('webm');
    expect(chooseVideoFormat('mp4', ALL)).toBe('mp4');
    expect(chooseVideoFormat('mp4', NO_MP4)).toBe('webm');
    expect(chooseVideoFormat(null, NO_MP4)).toBe('webm');
  });

  it('without H.264 the note says so plainly, and what plays WebM', () => {
    expect(videoSupportNote(NO_MP4)).toBe(noMp4Note());
    expect(noMp4Note()).toMatch(/cannot encode MP4 \(H\.264\)/);
    expect(noMp4Note()).toMatch(/WebM/);
  });

  it('without any video encoder, or before the browser has answered, there is no format', () => {
    expect(chooseVideoFormat(null, NOTHING)).toBeNull();
    expect(chooseVideoFormat('webm', NOTHING)).toBeNull();
    expect(videoSupportNote(NOTHING)).toBe(noVideoNote());
    expect(noVideoNote()).toMatch(/cannot encode video/);
    expect(chooseVideoFormat('mp4', null)).toBeNull();
    expect(videoSupportNote(null)).toBeNull();
  });
});

describe('video size and title', () => {
  it('odd sides lose a pixel; even sides stay', () => {
    expect(evenSize({ width: 1279, height: 799 })).toEqual({ width: 1278, height: 798 });
    expect(evenSize({ width: 640, height: 360 })).toEqual({ width: 640, height: 360 });
  });

  it('the default title names the range, or the month alone', () => {
    expect(defaultVideoTitle('2015-08', '2015-10')).toBe('Migrant-smuggling routes, Aug 2015 – Oct 2015');
    expect(defaultVideoTitle('2016-03', '2016-03')).toBe('Migrant-smuggling routes, Mar 2016');
  });

  it('a missing or reversed range gives the plain title, never a wrong range', () => {
    expect(defaultVideoTitle('', '2015-10')).toBe('Migrant-smuggling routes');
    expect(defaultVideoTitle('2015-10', '2015-08')).toBe('Migrant-smuggling routes');
  });
});

describe('the window of a video month', () => {
  const month: TimeWindow = { mode: 'month', start: '2015-10', month: '2015-10', trail: true };
  const range: TimeWindow = { mode: 'range', start: '2015-08', month: '2015-10', trail: false };

  it('a single month moves to the frame month and keeps its trail', () => {
    expect(videoWindowAt(month, '2015-03', '2009-01', '2025-04')).toEqual({ mode: 'month', start: '2015-03', month: '2015-03', trail: true });
  });

  it('a range keeps its length, within the data', () => {
    expect(videoWindowAt(range, '2016-01', '2009-01', '2025-04')).toEqual({ mode: 'range', start: '2015-11', month: '2016-01', trail: false });
    expect(videoWindowAt(range, '2009-01', '2009-01', '2025-04')).toEqual({ mode: 'range', start: '2009-01', month: '2009-03', trail: false });
  });
});
