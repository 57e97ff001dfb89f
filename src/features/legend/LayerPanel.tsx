import { LAYER_IDS, LAYER_LABELS } from '../../state/slices/layers-slice';
import { useAppStore } from '../../state/store';

/** Layer toggles; the number is the shortcut that toggles the same layer. */
export function LayerPanel() {
  const layers = useAppStore((s) => s.layers);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  return (
    <fieldset className="layer-panel">
      <legend>Layers</legend>
      {LAYER_IDS.map((id, i) => (
        <label key={id} className="layer-toggle">
          <input type="checkbox" checked={layers[id]} onChange={() => toggleLayer(id)} data-testid={`layer-toggle-${id}`} />
          <span>{LAYER_LABELS[id]}</span>
          <kbd aria-hidden>{i + 1}</kbd>
        </label>
      ))}
    </fieldset>
  );
}
