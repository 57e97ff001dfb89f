// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VideoSupport } from '../../src/features/media-export/video-format';
import { useAppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

// jsdom has no WebCodecs: the panel is told what "the browser" can encode at each size.
const codec = vi.hoisted(() => ({ support: (size: { width: number }): VideoSupport => ({ mp4: size.width <= 1920, webm: true }) }));
vi.mock('../../src/features/media-export/video-codec', () => ({ probeVideoSupport: (size: { width: number }) => Promise.resolve(codec.support(size)) }));

const { default: MediaExportPanel } = await import('../../src/features/media-export/MediaExportPanel');

beforeEach(() => {
  useAppStore.getState().setDataset(demoDataset());
  useAppStore.getState().setMonth('2015-10');
  useAppStore.getState().setStoryboard([]);
});
afterEach(cleanup);

const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('MediaExportPanel', () => {
  it('every control has a label: image title and caption, image size, both months, speed, video size, format, video title and caption', async () => {
    render(<MediaExportPanel />);
    expect(screen.getByLabelText('Title (image)')).toHaveProperty('value', 'Migrant-smuggling routes');
    expect(screen.getByLabelText('Caption (images)')).toBeTruthy();
    expect(screen.getAllByLabelText('Size')).toHaveLength(2);
    expect(screen.getByLabelText('From')).toHaveProperty('value', '2014-11');
    expect(screen.getByLabelText('To')).toHaveProperty('value', '2015-10');
    expect(screen.getByLabelText('Speed')).toHaveProperty('value', '2');
    expect(screen.getByLabelText('Title (video)')).toHaveProperty('value', 'Migrant-smuggling routes, Nov 2014 – Oct 2015');
    expect(screen.getByLabelText('Caption (video)')).toHaveProperty('value', '');
    await waitFor(() => expect(radio(/MP4/).checked).toBe(true));
    expect(radio(/WebM/).checked).toBe(false);
    const imageSizes = Array.from((screen.getAllByLabelText('Size')[0] as HTMLSelectElement).options).map((o) => o.textContent);
    expect(imageSizes).toEqual(['1280 × 720', '1920 × 1080 (Full HD)', '2560 × 1440', '3840 × 2160 (4K)', 'As on screen']);
  });

  it('a reversed month range disables the video export and says why', async () => {
    render(<MediaExportPanel />);
    const button = await screen.findByRole('button', { name: 'Export MP4' });
    expect(button).toHaveProperty('disabled', false);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2016-01' } });
    expect(button).toHaveProperty('disabled', true);
    expect(screen.getByRole('alert').textContent).toMatch(/ends before it starts/);
  });

  it('the video title follows the range until the user writes one; the image title is its own', () => {
    render(<MediaExportPanel />);
    const title = screen.getByLabelText('Title (video)');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2015-08' } });
    expect(title).toHaveProperty('value', 'Migrant-smuggling routes, Aug 2015 – Oct 2015');
    fireEvent.change(title, { target: { value: 'Hungary closes its border' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2015-12' } });
    expect(title).toHaveProperty('value', 'Hungary closes its border');
    expect(screen.getByLabelText('Title (image)')).toHaveProperty('value', 'Migrant-smuggling routes');
  });

  it('where H.264 cannot be encoded at the size, MP4 is disabled, a sentence says why and WebM is chosen', async () => {
    render(<MediaExportPanel />);
    await waitFor(() => expect(radio(/MP4/).checked).toBe(true));
    fireEvent.change(screen.getAllByLabelText('Size')[1]!, { target: { value: '3840x2160' } });
    await waitFor(() => expect(radio(/WebM/).checked).toBe(true));
    expect(radio(/MP4/).disabled).toBe(true);
    expect(screen.getByTestId('media-video-format-note').textContent).toMatch(/cannot encode MP4 \(H\.264\) video/);
    expect(screen.getByRole('button', { name: 'Export WebM' })).toHaveProperty('disabled', false);
    // Back at a size it encodes, MP4 is the default again and nothing needs saying.
    fireEvent.change(screen.getAllByLabelText('Size')[1]!, { target: { value: '1280x720' } });
    await waitFor(() => expect(radio(/MP4/).checked).toBe(true));
    expect(screen.queryByTestId('media-video-format-note')).toBeNull();
  });

  it('the user may choose WebM where MP4 works', async () => {
    render(<MediaExportPanel />);
    await waitFor(() => expect(radio(/MP4/).checked).toBe(true));
    fireEvent.click(radio(/WebM/));
    expect(radio(/WebM/).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Export WebM' })).toBeTruthy();
  });

  it('without any video encoder both formats and the export are disabled, and a sentence says what to use', async () => {
    const real = codec.support;
    codec.support = () => ({ mp4: false, webm: false });
    try {
      render(<MediaExportPanel />);
      expect((await screen.findByTestId('media-video-format-note')).textContent).toMatch(/cannot encode video.*Firefox \(130 or later\)/);
      expect(radio(/MP4/).disabled).toBe(true);
      expect(radio(/WebM/).disabled).toBe(true);
      expect(screen.getByTestId('media-export-video')).toHaveProperty('disabled', true);
    } finally {
      codec.support = real;
    }
  });

  it('storyboard exports wait for captured views', () => {
    render(<MediaExportPanel />);
    expect(screen.getByRole('button', { name: 'Storyboard PNGs (zip)' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Storyboard handout (PDF)' })).toHaveProperty('disabled', true);
    cleanup();
    useAppStore.getState().captureView({ title: 'One' });
    render(<MediaExportPanel />);
    expect(screen.getByRole('button', { name: 'Storyboard PNGs (zip)' })).toHaveProperty('disabled', false);
  });

  it('the handout leaves speaker notes out unless "Include speaker notes" is ticked', () => {
    render(<MediaExportPanel />);
    const notes = screen.getByLabelText('Include speaker notes');
    expect(notes).toHaveProperty('checked', false);
    fireEvent.click(notes);
    expect(notes).toHaveProperty('checked', true);
  });
});
