import { describe, expect, it } from 'vitest';
import {
  pngFileName,
  slugify,
  speedPart,
  storyboardPdfName,
  storyboardZipName,
  storyViewFileName,
  videoFileName,
} from '../../src/features/media-export/file-names';
import { videoRangeProblem } from '../../src/features/media-export/export-sizes';
import { storyboardTitle } from '../../src/features/media-export/handout-content';

describe('media export file names', () => {
  it('PNG: month, title and pixel size', () => {
    expect(pngFileName({ from: '2015-10', to: '2015-10' }, 'Title', { width: 1920, height: 1080 })).toBe('routeshift-2015-10-title-1920x1080.png');
    expect(pngFileName({ from: '2015-08', to: '2015-10' }, 'Route shifts', { width: 3840, height: 2160 })).toBe('routeshift-2015-08-to-2015-10-route-shifts-3840x2160.png');
  });

  it('PNG without a title still says month and size', () => {
    expect(pngFileName({ from: '2016-03', to: '2016-03' }, '  ', { width: 1280, height: 720 })).toBe('routeshift-2016-03-1280x720.png');
  });

  it('video: range and speed in months per second, and the container as extension', () => {
    expect(videoFileName('2015-01', '2016-03', 2, 'mp4')).toBe('routeshift-2015-01-to-2016-03-2mps.mp4');
    expect(videoFileName('2015-01', '2016-03', 2, 'webm')).toBe('routeshift-2015-01-to-2016-03-2mps.webm');
    expect(videoFileName('2015-01', '2015-06', 0.5, 'mp4')).toBe('routeshift-2015-01-to-2015-06-0.5mps.mp4');
    expect(videoFileName('2015-10', '2015-10', 4, 'webm')).toBe('routeshift-2015-10-4mps.webm');
    expect(speedPart(1.25)).toBe('1.25mps');
  });

  it('storyboard: position, month in words and title; zip and handout count the views', () => {
    expect(storyViewFileName(0, '2015-10', 'Title')).toBe('routeshift-storyboard-01-october-2015-title.png');
    expect(storyViewFileName(11, '2016-03', 'Closure of the route')).toBe('routeshift-storyboard-12-march-2016-closure-of-the-route.png');
    expect(storyViewFileName(1, '2015-10', 'October 2015')).toBe('routeshift-storyboard-02-october-2015.png');
    expect(storyboardZipName(3, { width: 1920, height: 1080 })).toBe('routeshift-storyboard-3-views-1920x1080.zip');
  });

  it('handout: the storyboard title and the day it was made', () => {
    expect(storyboardPdfName('How the route shifted', new Date(2026, 11, 5, 23, 59))).toBe('how-the-route-shifted-2026-12-05-handout.pdf');
    expect(storyboardPdfName('Storyboard, 3 views', new Date(2027, 0, 9))).toBe('storyboard-3-views-2027-01-09-handout.pdf');
    expect(storyboardPdfName('→ …', new Date(2027, 0, 9))).toBe('storyboard-2027-01-09-handout.pdf');
  });

  it('the storyboard is named after the built-in briefing while it is that briefing, else by its views', () => {
    const briefing = [{ id: 'how-the-route-shifted-1' }, { id: 'how-the-route-shifted-13' }];
    expect(storyboardTitle(briefing)).toBe('How the route shifted');
    expect(storyboardTitle([...briefing, { id: 'view-lq8x2k-1' }])).toBe('Storyboard, 3 views');
    expect(storyboardTitle([{ id: 'view-lq8x2k-1' }])).toBe('Storyboard, 1 view');
  });

  it('slugs are ASCII, short and safe in any file system', () => {
    expect(slugify('Šid → Tovarnik: “closure”')).toBe('sid-tovarnik-closure');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('x'.repeat(80))).toHaveLength(40);
    expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script');
  });
});

describe('video range checks', () => {
  it('accepts a range inside the data and refuses a reversed, missing or too long one', () => {
    expect(videoRangeProblem('2015-08', '2015-10', '2009-01', '2025-04')).toBeNull();
    expect(videoRangeProblem('2015-10', '2015-08', '2009-01', '2025-04')).toMatch(/ends before it starts/);
    expect(videoRangeProblem('', '2015-08', '2009-01', '2025-04')).toMatch(/Choose both/);
    expect(videoRangeProblem('2008-01', '2015-08', '2009-01', '2025-04')).toMatch(/covers 2009-01 to 2025-04/);
    expect(videoRangeProblem('1990-01', '2015-08', '1980-01', '2025-04')).toMatch(/At most 240/);
  });
});
