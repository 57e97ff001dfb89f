import type { ChangeResult } from '../../domain/change';
import { statusPhrase } from '../../domain/crossing-status';
import { formatMonthLong } from '../../domain/month';
import { rgbaCss } from '../../domain/palette';
import { CHANGE_STYLE, CROSSING_CHANGE_STYLE } from '../../map/layers/change-layer';
import type { CompareAgainst } from '../../state/slices/compare-slice';
import { useAppStore } from '../../state/store';
import { t as translate } from '../../domain/i18n';
import { useT } from '../i18n/use-t';

const ORDER = ['new', 'vanished', 'grown', 'shrunk', 'unchanged'] as const;

/** A crossing's state in one of the two months, in words ('inactive': no status period covers it). */
const stateText = (state: string) => (state === 'inactive' ? translate('compare.notShown') : statusPhrase(state));

/** What changed between two months: a legend, and the change per corridor and per country. */
export function ComparePanel({ result, against }: { result: ChangeResult; against: CompareAgainst }) {
  const setCompare = useAppStore((s) => s.setCompare);
  const t = useT();
  const counts = Object.fromEntries(ORDER.map((c) => [c, result.segments.filter((s) => s.change === c).length]));
  return (
    <aside className="detail-panel compare-panel" aria-labelledby="compare-title" data-testid="compare-panel">
      <header>
        <p className="eyebrow">{t('compare.eyebrow')}</p>
        <button type="button" className="icon-button" onClick={() => setCompare(null)} aria-label={t('compare.stop')}>×</button>
      </header>
      <h2 id="compare-title">
        {t('compare.title', { from: formatMonthLong(result.from), to: formatMonthLong(result.to) })}
      </h2>
      <label className="compare-against">
        {t('compare.against')}
        <select
          value={against === 'previous' ? 'previous' : 'month'}
          onChange={(e) => setCompare(e.target.value === 'previous' ? 'previous' : result.from)}
        >
          <option value="previous">{t('compare.previous')}</option>
          <option value="month">{t('compare.chosenMonth')}</option>
        </select>
        {against !== 'previous' ? (
          <input type="month" value={against} onChange={(e) => e.target.value && setCompare(e.target.value)} aria-label={t('compare.monthInput')} data-testid="compare-month" />
        ) : null}
      </label>
      <ul className="change-legend" aria-label={t('compare.legend')}>
        {ORDER.map((c) => (
          <li key={c}>
            <span className={`line-sample${CHANGE_STYLE[c].dashed ? ' dashed' : ''}`} style={{ borderTopColor: rgbaCss(CHANGE_STYLE[c].color), borderTopWidth: Math.min(6, CHANGE_STYLE[c].width) }} />
            {t('compare.legendLine', { label: t('screenText.changeClass', { change: c }), count: counts[c] ?? 0 })}
          </li>
        ))}
      </ul>
      <ul className="change-legend" aria-label={t('compare.crossingChanges')}>
        {result.crossings
          .filter((c) => c.change !== 'unchanged')
          .map((c) => (
            <li key={c.crossingId} data-testid="crossing-change">
              <span className="ring" style={{ borderColor: rgbaCss(CROSSING_CHANGE_STYLE[c.change as keyof typeof CROSSING_CHANGE_STYLE].color) }} />
              {t('compare.crossingChange', { name: c.name, before: stateText(c.before), after: stateText(c.after) })}
            </li>
          ))}
      </ul>
      <p className="muted small">
        {t('compare.threshold', { percent: Math.round(result.threshold * 100) })}
      </p>
      <h3>{t('compare.byCountry')}</h3>
      {result.byCountry.length ? (
        <ul className="change-lines" data-testid="change-by-country">
          {result.byCountry.map((l) => <li key={l.key}>{l.text}</li>)}
        </ul>
      ) : (
        <p className="muted">{t('compare.noChange')}</p>
      )}
      <h3>{t('compare.byCorridor')}</h3>
      {result.byCorridor.length ? (
        <ul className="change-lines" data-testid="change-by-corridor">
          {result.byCorridor.map((l) => <li key={l.key}>{l.text}</li>)}
        </ul>
      ) : (
        <p className="muted">{t('compare.noChange')}</p>
      )}
    </aside>
  );
}
