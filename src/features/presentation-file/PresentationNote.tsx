import { useAppStore } from '../../state/store';

/** In a saved presentation file with no storyboard views: says why there is nothing to present. */
export function PresentationNote() {
  const views = useAppStore((s) => s.storyboard.length);
  const loaded = useAppStore((s) => s.loadState === 'ready');
  if (!loaded || views > 0) return null;
  return (
    <p className="presentation-note" role="status" data-testid="presentation-note">
      This presentation file has no storyboard views, so the map is shown read-only. To present, capture views in RouteShift and save the presentation file again.
    </p>
  );
}
