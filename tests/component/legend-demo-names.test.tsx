// @vitest-environment jsdom
/**
 * The legend names the demo's corridors in the interface language (issue 16): switched to Greek,
 * the legend shows the Greek catalogue name of corridor A, not the data file's English, and back in
 * English the data's name again. The store renames the demo; the legend just reads the data.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../../src/domain/i18n';
import { Legend } from '../../src/features/legend/Legend';
import { useAppStore } from '../../src/state/store';
import { demoCorridors as greek } from '../../src/domain/i18n/messages/el/demo-corridors';
import { demoDataset } from '../fixtures/demo-fixture';

function StoreLegend() {
  const dataset = useAppStore((s) => s.dataset);
  return dataset ? <Legend dataset={dataset} maxVolume={216000} /> : null;
}

afterEach(async () => {
  cleanup();
  await useAppStore.getState().setLanguage('en');
  setActiveLocale('en');
});

describe('legend of the demo', () => {
  it('shows the corridor names in Greek after a switch to Greek, and in English again after', async () => {
    useAppStore.getState().setDataset(demoDataset());
    render(<StoreLegend />);
    const legend = () => screen.getByTestId('legend');
    expect(legend().textContent).toContain('Aegean islands – Balkans – Hungary – Austria');
    await act(() => useAppStore.getState().setLanguage('el'));
    // The legend shows a family's first name without its "(…)" period.
    expect(legend().textContent).toContain('Νησιά του Αιγαίου – Βαλκάνια – Ουγγαρία – Αυστρία');
    expect(greek['demoCorridors.name.A']).toContain('Νησιά του Αιγαίου – Βαλκάνια – Ουγγαρία – Αυστρία');
    expect(legend().textContent).not.toContain('Aegean islands');
    // Every corridor's full name is in its family's tooltip.
    const titles = [...legend().querySelectorAll('.legend-corridors li')].map((li) => li.getAttribute('title') ?? '').join('\n');
    expect(titles).toContain(greek['demoCorridors.name.C2']);
    expect(titles).toContain(greek['demoCorridors.name.A0']);
    await act(() => useAppStore.getState().setLanguage('en'));
    expect(legend().textContent).toContain('Aegean islands – Balkans – Hungary – Austria');
  });
});
