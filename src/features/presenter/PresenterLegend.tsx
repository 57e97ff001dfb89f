/**
 * The presenter's legend: what the view on screen shows (its visible layers, its corridors in its
 * months), from the same entries the exported pictures draw (media-export/legend-content.ts), in
 * type a projector keeps legible. Its box is one the framing keeps clear of the view's area.
 */
import { useMemo } from 'react';
import { rgbaCss } from '../../domain/palette';
import { iconDataUrl } from '../../map/layers/icon-atlas';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';
import { currentLegend } from '../media-export/compose';
import type { LegendMark } from '../media-export/legend-content';
import type { StoryView } from '../../domain/storyboard';

/** A small drawing of the mark, as the map draws it. */
function Mark({ mark }: { mark: LegendMark }) {
  switch (mark.kind) {
    case 'swatch':
      return <span className="presenter-legend-swatch" style={{ background: rgbaCss(mark.color) }} />;
    case 'line':
      return <span className={`presenter-legend-line ${mark.style}`} />;
    case 'flow':
      return <span className="presenter-legend-flow" style={{ borderColor: rgbaCss(mark.color) }} />;
    case 'icon':
      return <img className="presenter-legend-icon" src={iconDataUrl(mark.icon, rgbaCss(mark.color))} alt="" />;
    case 'area':
      return <span className="presenter-legend-area" style={{ background: rgbaCss(mark.fill), borderColor: rgbaCss(mark.line) }} />;
    case 'dot':
      return <span className="presenter-legend-dot" style={mark.hollow ? { borderColor: rgbaCss(mark.color) } : { background: rgbaCss(mark.color), borderColor: rgbaCss(mark.color) }} />;
  }
}

/**
 * The legend for the view's own time window, not the month on screen: while the presenter plays the
 * months between two views the legend (and so the framing around it) stays still.
 */
export function PresenterLegend({ view }: { view: StoryView }) {
  const dataset = useAppStore((s) => s.dataset);
  const layers = useAppStore((s) => s.layers);
  const tables = useAppStore((s) => s.tables);
  const t = useT();
  const entries = useMemo(() => {
    const state = useAppStore.getState();
    return currentLegend({ ...state, dataset, layers, tables, month: view.month, windowMode: view.windowMode, windowStart: view.windowStart }, undefined, view.bounds);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `t` stands for the language the legend's texts are in
  }, [dataset, layers, tables, view.month, view.windowMode, view.windowStart, view.bounds, t]);
  if (entries.length === 0) return null;
  return (
    <aside className="presenter-legend" aria-label={t('presenter.legend')} data-testid="presenter-legend" data-frame-overlay="legend">
      <ul>
        {entries.map((entry) => (
          <li key={entry.label} className={`presenter-legend-entry-${entry.mark.kind}`}>
            <Mark mark={entry.mark} />
            <span title={entry.label}>{entry.short ?? entry.label}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
