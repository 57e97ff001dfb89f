import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

/** In a saved presentation file with no storyboard views: says why there is nothing to present. */
export function PresentationNote() {
  const t = useT();
  const views = useAppStore((s) => s.storyboard.length);
  const loaded = useAppStore((s) => s.loadState === 'ready');
  if (!loaded || views > 0) return null;
  return (
    <p className="presentation-note" role="status" data-testid="presentation-note">
      {t('presentationFile.noViews')}
    </p>
  );
}
