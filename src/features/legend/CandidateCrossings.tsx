import type { CandidateCrossing } from '../../domain/geometry-analytics';
import { countryName } from '../../domain/change';
import { useAppStore } from '../../state/store';

/** The toggle for derived border points, and the list of them when shown. */
export function CandidateCrossings({ candidates }: { candidates: CandidateCrossing[] }) {
  const shown = useAppStore((s) => s.showCandidates);
  const toggle = useAppStore((s) => s.toggleCandidates);
  return (
    <div className="candidates">
      <label className="layer-toggle">
        <input type="checkbox" checked={shown} onChange={toggle} data-testid="candidates-toggle" />
        <span>Candidate crossings, derived where a segment crosses a border with no crossing in the data within 25 km</span>
      </label>
      {shown ? (
        <ul className="candidate-list small" data-testid="candidate-list" aria-label="Candidate crossings">
          {candidates.length === 0 ? <li>None in the shown data.</li> : null}
          {candidates.slice(0, 30).map((c) => (
            <li key={`${c.coord[0]},${c.coord[1]}`}>
              {countryName(c.countries[0])} → {countryName(c.countries[1])} at {c.coord[1].toFixed(3)}, {c.coord[0].toFixed(3)} ({c.segmentIds.join(', ')})
            </li>
          ))}
          {candidates.length > 30 ? <li>and {candidates.length - 30} more</li> : null}
          <li className="muted">Derived from straight lines between places: a suggestion to check, not a sourced crossing.</li>
        </ul>
      ) : null}
    </div>
  );
}
