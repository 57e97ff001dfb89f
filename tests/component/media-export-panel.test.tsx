// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import MediaExportPanel from '../../src/features/media-export/MediaExportPanel';
import { useAppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

beforeEach(() => {
  useAppStore.getState().setDataset(demoDataset());
  useAppStore.getState().setMonth('2015-10');
  useAppStore.getState().setStoryboard([]);
});
afterEach(cleanup);

describe('MediaExportPanel', () => {
  it('every control has a label: title, caption, image size, both months, speed and video size', () => {
    render(<MediaExportPanel />);
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'Migrant-smuggling routes');
    expect(screen.getByLabelText('Caption (images)')).toBeTruthy();
    expect(screen.getAllByLabelText('Size')).toHaveLength(2);
    expect(screen.getByLabelText('From')).toHaveProperty('value', '2014-11');
    expect(screen.getByLabelText('To')).toHaveProperty('value', '2015-10');
    expect(screen.getByLabelText('Speed')).toHaveProperty('value', '2');
    const imageSizes = Array.from((screen.getAllByLabelText('Size')[0] as HTMLSelectElement).options).map((o) => o.textContent);
    expect(imageSizes).toEqual(['1280 × 720', '1920 × 1080 (Full HD)', '2560 × 1440', '3840 × 2160 (4K)', 'As on screen']);
  });

  it('a reversed month range disables the WebM export and says why', () => {
    render(<MediaExportPanel />);
    const webm = screen.getByRole('button', { name: 'Export WebM' });
    expect(webm).toHaveProperty('disabled', false);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2016-01' } });
    expect(webm).toHaveProperty('disabled', true);
    expect(screen.getByRole('alert').textContent).toMatch(/ends before it starts/);
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
