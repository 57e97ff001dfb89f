import { LAYER_IDS, LAYER_LABELS } from '../../domain/layers';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

/** Layer toggles; the number is the shortcut that toggles the same layer. */
export function LayerPanel() {
  const layers = useAppStore((s) => s.layers);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  const flowAnimation = useAppStore((s) => s.flowAnimation);
  const toggleFlowAnimation = useAppStore((s) => s.toggleFlowAnimation);
  const t = useT();
  return (
    <fieldset className="layer-panel">
      <legend>{t('legend.layers')}</legend>
      {LAYER_IDS.map((id, i) => (
        <label key={id} className="layer-toggle">
          <input type="checkbox" checked={layers[id]} onChange={() => toggleLayer(id)} data-testid={`layer-toggle-${id}`} />
          <span>{LAYER_LABELS[id]}</span>
          <kbd aria-hidden>{i + 1}</kbd>
        </label>
      ))}
      <label className="layer-toggle">
        <input type="checkbox" checked={flowAnimation} onChange={toggleFlowAnimation} data-testid="flow-animation-toggle" />
        <span>{t('legend.flowAnimation')}</span>
        <kbd aria-hidden>A</kbd>
      </label>
    </fieldset>
  );
}
