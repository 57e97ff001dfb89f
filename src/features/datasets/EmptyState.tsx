import { incidentCount } from '../../domain/dataset-incidents';
import type { Dataset } from '../../domain/types';
import { useAppStore } from '../../state/store';
import { DEMO_DATASET_ID } from '../../domain/workspace';

/** When nothing is shown, say what to do next. */
export function EmptyState({ dataset }: { dataset: Dataset }) {
  const setVisible = useAppStore((s) => s.setDatasetVisible);
  const total =
    dataset.segments.length + dataset.crossings.length + dataset.hubs.length + dataset.safeHouses.length + incidentCount(dataset) + dataset.events.length;
  if (total > 0) return null;
  return (
    <div className="status-card empty-state" role="status" data-testid="empty-state">
      <p>No data is shown.</p>
      <p>Drop a GeoJSON, CSV, TSV, KML, KMZ or GPX file anywhere on the map, or</p>
      <button type="button" onClick={() => setVisible(DEMO_DATASET_ID, true)}>Show the demo data</button>
    </div>
  );
}
