import { lazy, Suspense } from 'react';
import { useAppStore } from '../../state/store';

// The tooltip's text (entity details, lengths, countries along) loads after start-up, not with it:
// on the first hover, or at idle time once the panels are up (preloadTooltip), whichever is first.
const loadTooltip = () => import('./Tooltip');
const Tooltip = lazy(() => loadTooltip().then((m) => ({ default: m.Tooltip })));

/** Fetches the tooltip's code ahead of the first hover (called once the panels are on the page). */
export function preloadTooltip(): void {
  void loadTooltip();
}

/** The hover tooltip, subscribed on its own so that hovering re-renders nothing else. */
export function HoverTooltip() {
  const hovered = useAppStore((s) => s.hovered);
  const selected = useAppStore((s) => s.selected);
  const dataset = useAppStore((s) => s.dataset);
  // The month only while something is hovered: otherwise a month step does not re-render this.
  const month = useAppStore((s) => (s.hovered ? s.month : null));
  if (!hovered || !month || !dataset || hovered.ref.id === selected?.id) return null;
  return (
    <Suspense fallback={null}>
      <Tooltip dataset={dataset} hovered={hovered} month={month} />
    </Suspense>
  );
}
