import { lazy, Suspense } from 'react';
import { useAppStore } from '../../state/store';

// The tooltip's text (entity details, lengths, countries along) loads on the first hover, not at start.
const Tooltip = lazy(() => import('./Tooltip').then((m) => ({ default: m.Tooltip })));

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
