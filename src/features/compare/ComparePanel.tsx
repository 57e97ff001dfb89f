import type { ChangeResult } from '../../domain/change';
import { statusPhrase } from '../../domain/crossing-status';
import { formatMonthLong } from '../../domain/month';
import { rgbaCss } from '../../domain/palette';
import { CHANGE_STYLE, CROSSING_CHANGE_STYLE } from '../../map/layers/change-layer';
import type { CompareAgainst } from '../../state/slices/compare-slice';
import { useAppStore } from '../../state/store';

const ORDER = ['new', 'vanished', 'grown', 'shrunk', 'unchanged'] as const;

/** A crossing's state in one of the two months, in words ('inactive': no status period covers it). */
const stateText = (state: string) => (state === 'inactive' ? 'not shown' : statusPhrase(state));

/** What changed between two months: a legend, and the change per corridor and per country. */
export function ComparePanel({ result, against }: { result: ChangeResult; against: CompareAgainst }) {
  const setCompare = useAppStore((s) => s.setCompare);
  const counts = Object.fromEntries(ORDER.map((c) => [c, result.segments.filter((s) => s.change === c).length]));
  return (
    <aside className="detail-panel compare-panel" aria-labelledby="compare-title" data-testid="compare-panel">
      <header>
        <p className="eyebrow">Change between two months</p>
        <button type="button" className="icon-button" onClick={() => setCompare(null)} aria-label="Stop comparing (X)">×</button>
      </header>
      <h2 id="compare-title">
        {formatMonthLong(result.from)} → {formatMonthLong(result.to)}
      </h2>
      <label className="compare-against">
        Compare with
        <select
          value={against === 'previous' ? 'previous' : 'month'}
          onChange={(e) => setCompare(e.target.value === 'previous' ? 'previous' : result.from)}
        >
          <option value="previous">the month before</option>
          <option value="month">a chosen month</option>
        </select>
        {against !== 'previous' ? (
          <input type="month" value={against} onChange={(e) => e.target.value && setCompare(e.target.value)} aria-label="Month to compare with" data-testid="compare-month" />
        ) : null}
      </label>
      <ul className="change-legend" aria-label="Change legend">
        {ORDER.map((c) => (
          <li key={c}>
            <span className={`line-sample${CHANGE_STYLE[c].dashed ? ' dashed' : ''}`} style={{ borderTopColor: rgbaCss(CHANGE_STYLE[c].color), borderTopWidth: Math.min(6, CHANGE_STYLE[c].width) }} />
            {CHANGE_STYLE[c].label}: {counts[c]} segment{counts[c] === 1 ? '' : 's'}
          </li>
        ))}
      </ul>
      <ul className="change-legend" aria-label="Crossing changes">
        {result.crossings
          .filter((c) => c.change !== 'unchanged')
          .map((c) => (
            <li key={c.crossingId} data-testid="crossing-change">
              <span className="ring" style={{ borderColor: rgbaCss(CROSSING_CHANGE_STYLE[c.change as keyof typeof CROSSING_CHANGE_STYLE].color) }} />
              {c.name}: {stateText(c.before)} → {stateText(c.after)}
            </li>
          ))}
      </ul>
      <p className="muted small">
        Grown or shrunk: the route figure behind the segment changed by at least {Math.round(result.threshold * 100)} % (Frontex, whole route).
      </p>
      <h3>By country</h3>
      {result.byCountry.length ? (
        <ul className="change-lines" data-testid="change-by-country">
          {result.byCountry.map((l) => <li key={l.key}>{l.text}</li>)}
        </ul>
      ) : (
        <p className="muted">No change.</p>
      )}
      <h3>By corridor</h3>
      {result.byCorridor.length ? (
        <ul className="change-lines" data-testid="change-by-corridor">
          {result.byCorridor.map((l) => <li key={l.key}>{l.text}</li>)}
        </ul>
      ) : (
        <p className="muted">No change.</p>
      )}
    </aside>
  );
}
