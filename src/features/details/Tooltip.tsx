import type { MonthKey } from '../../domain/month';
import type { Dataset } from '../../domain/types';
import type { HoverInfo } from '../../state/slices/selection-slice';
import { resolveEntity } from '../../state/selectors';
import { entityDetails } from './entity-details';
import { useT } from '../i18n/use-t';

/** A tooltip line stays short (how a place was located: about one line); the panel has the whole text. */
function shortLine(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Hover tooltip: what it is, the month's key figure, and any caveat. Text only. */
export function Tooltip({ dataset, hovered, month }: { dataset: Dataset; hovered: HoverInfo; month: MonthKey }) {
  const t = useT();
  const resolved = resolveEntity(dataset, hovered.ref);
  if (!resolved) return null;
  const d = entityDetails(dataset, resolved, month);
  const figure = d.rows.find((r) => r.label === d.keyLabel) ?? d.rows[0];
  // How a place was located gets about one line: its remark starts with the location message's own words.
  const locationPrefix = t('details.locationRemark', { derivation: '' });
  return (
    <div className="tooltip" role="tooltip" style={{ left: hovered.x + 14, top: hovered.y + 14 }} data-testid="tooltip">
      <div className="eyebrow">{d.kindLabel}</div>
      <strong>{d.title}</strong>
      {figure ? <div>{t('details.tooltipFigure', { label: figure.label, value: figure.value })}</div> : null}
      {d.remarks.slice(0, 2).map((r) => (
        <div key={r} className="tooltip-remark">{shortLine(r, r.startsWith(locationPrefix) ? 80 : 140)}</div>
      ))}
      {d.caveats[0] ? <div className="caveat">{d.caveats[0]}</div> : null}
      <div className="muted">{t('details.tooltipHint')}</div>
    </div>
  );
}
