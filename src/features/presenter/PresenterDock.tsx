/**
 * Caption and legend together, docked where they take least from the view's area: a column at the
 * right beside a tall area, a band along the bottom under a wide one (chooseDock). The framing then
 * fits the area into what the dock leaves free.
 */
import { useSyncExternalStore } from 'react';
import { chooseDock } from '../../domain/framing';
import type { StoryView } from '../../domain/storyboard';
import { PresenterCaption } from './PresenterCaption';
import { PresenterLegend } from './PresenterLegend';

const subscribeToResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const screenKey = () => `${window.innerWidth}x${window.innerHeight}`;

function useScreenSize() {
  const key = useSyncExternalStore(subscribeToResize, screenKey, () => '0x0');
  const [width, height] = key.split('x').map(Number);
  return { width: width ?? 0, height: height ?? 0 };
}

export function PresenterDock({ view, caption, legend }: { view: StoryView; caption: boolean; legend: boolean }) {
  const size = useScreenSize();
  if (!caption && !legend) return null;
  const dock = chooseDock(size, view.bounds);
  return (
    <div className={`presenter-dock presenter-dock-${dock}`} data-testid="presenter-dock" data-dock={dock}>
      {caption ? <PresenterCaption view={view} /> : null}
      {legend ? <PresenterLegend view={view} /> : null}
    </div>
  );
}
