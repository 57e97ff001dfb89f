import { incidentCount } from '../../domain/dataset-incidents';
import type { Dataset } from '../../domain/types';
import { useAppStore } from '../../state/store';
import { DEMO_DATASET_ID } from '../../domain/workspace';
import { useT } from '../i18n/use-t';

/** When nothing is shown, say what to do next. */
export function EmptyState({ dataset }: { dataset: Dataset }) {
  const setVisible = useAppStore((s) => s.setDatasetVisible);
  const t = useT();
  const total =
    dataset.segments.length + dataset.crossings.length + dataset.hubs.length + dataset.safeHouses.length + incidentCount(dataset) + dataset.events.length;
  if (total > 0) return null;
  return (
    <div className="status-card empty-state" role="status" data-testid="empty-state">
      <p>{t('datasets.nothingShown')}</p>
      <p>{t('datasets.dropHint')}</p>
      <button type="button" onClick={() => setVisible(DEMO_DATASET_ID, true)}>{t('datasets.showDemo')}</button>
    </div>
  );
}
