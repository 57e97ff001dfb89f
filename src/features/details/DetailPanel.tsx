import type { MonthKey } from '../../domain/month';
import type { Dataset } from '../../domain/types';
import type { ResolvedEntity } from '../../state/selectors';
import { SourceList } from '../sources/SourceList';
import { entityDetails, formatPrice } from './entity-details';
import { useCountryShapes } from './use-country-shapes';
import { useT } from '../i18n/use-t';

/** The pinned detail panel on the right: properties, period, figures and sources. */
export function DetailPanel({ dataset, resolved, month, onClose }: { dataset: Dataset; resolved: ResolvedEntity; month: MonthKey; onClose: () => void }) {
  const countries = useCountryShapes();
  // Subscribes to the language: entityDetails writes in the active one.
  const t = useT();
  const d = entityDetails(dataset, resolved, month, countries);
  return (
    <aside className="detail-panel" data-testid="detail-panel" aria-labelledby="detail-title">
      <header>
        <p className="eyebrow">{d.kindLabel}</p>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('details.close')}>×</button>
      </header>
      <h2 id="detail-title" data-testid="detail-title">{d.title}</h2>
      {d.caveats.map((c) => (
        <p key={c} className="caveat">{c}</p>
      ))}
      {d.remarks.map((r) => (
        <p key={r} className="remark" data-testid="detail-remark">{r}</p>
      ))}
      <dl className="detail-rows">
        {d.rows.map((r, i) => (
          <div key={`${r.label}-${i}`}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      {d.statusHistory?.length ? (
        <section aria-labelledby="status-history-title">
          <h3 id="status-history-title">{t('details.statusHistory')}</h3>
          <ol className="status-history" data-testid="status-history">
            {d.statusHistory.map((h, i) => (
              <li key={`${h.when}-${i}`} className={`${h.current ? 'current' : ''}${h.endUnknown ? ' end-unknown' : ''}`.trim() || undefined} aria-current={h.current ? 'true' : undefined}>
                <span className="status-when">{h.when}</span> <span className="status-what">{h.status}</span>
                {h.current ? <span className="status-now">{t('details.thisMonth')}</span> : null}
                {h.notes.map((n) => (
                  <span key={n} className="status-note">{n}</span>
                ))}
                {h.confidence || h.sources.length ? (
                  <span className="status-sources">
                    {h.confidence ? t('details.confidenceSentence', { confidence: h.confidence }) : ''}
                    {h.sources.map((s, j) => (
                      <span key={s.key}>
                        {j > 0 ? '; ' : ''}
                        <span className="source-key">{s.key}</span> {s.title}
                      </span>
                    ))}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {d.prices.length > 0 ? (
        <section>
          <h3>{t('details.reportedPrices')}</h3>
          <ul className="prices">
            {d.prices.map((p) => (
              <li key={p.id}>{t('details.priceLine', { leg: p.leg, price: formatPrice(p) })} <span className="source-key">{p.sources.join(', ')}</span></li>
            ))}
          </ul>
        </section>
      ) : null}
      {d.notes ? <p className="notes">{d.notes}</p> : null}
      <SourceList dataset={dataset} keys={d.sources} />
    </aside>
  );
}
