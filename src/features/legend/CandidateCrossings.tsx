import type { CandidateCrossing } from '../../domain/geometry-analytics';
import { countryName } from '../../domain/change';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

/** The toggle for derived border points, and the list of them when shown. */
export function CandidateCrossings({ candidates }: { candidates: CandidateCrossing[] }) {
  const shown = useAppStore((s) => s.showCandidates);
  const toggle = useAppStore((s) => s.toggleCandidates);
  const t = useT();
  return (
    <div className="candidates">
      <label className="layer-toggle">
        <input type="checkbox" checked={shown} onChange={toggle} data-testid="candidates-toggle" />
        <span>{t('legend.candidatesToggle')}</span>
      </label>
      {shown ? (
        <ul className="candidate-list small" data-testid="candidate-list" aria-label={t('legend.candidatesList')}>
          {candidates.length === 0 ? <li>{t('legend.candidatesNone')}</li> : null}
          {candidates.slice(0, 30).map((c) => (
            <li key={`${c.coord[0]},${c.coord[1]}`}>
              {t('legend.candidate', { from: countryName(c.countries[0]), to: countryName(c.countries[1]), lat: c.coord[1].toFixed(3), lon: c.coord[0].toFixed(3), segments: c.segmentIds.join(', ') })}
            </li>
          ))}
          {candidates.length > 30 ? <li>{t('legend.candidatesMore', { count: candidates.length - 30 })}</li> : null}
          <li className="muted">{t('legend.candidatesCaveat')}</li>
        </ul>
      ) : null}
    </div>
  );
}
