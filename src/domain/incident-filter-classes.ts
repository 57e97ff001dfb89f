/**
 * The filter class of each incident row (see filter-classes.ts): incidents are filtered by
 * confidence and sources only, so a class is a (confidence, sources) pair. Dictionary-coded sources
 * are resolved once per code, not per row.
 */
import { FilterClassIndex, type FilterClasses } from './filter-classes';
import { CONFIDENCES, SOURCE_SEPARATOR, stringAt, type IncidentColumns } from './incident-columns';

const splitSources = (joined: string | null) => (joined ? joined.split(SOURCE_SEPARATOR).filter(Boolean) : []);

export function incidentFilterClasses(columns: IncidentColumns): FilterClasses {
  const index = new FilterClassIndex();
  const classes = new Uint32Array(columns.length);
  const sources = columns.sources;
  // (confidence, source code) → class, filled as pairs are met.
  const byPair = new Map<number, number>();
  const codes = sources.kind === 'dict' ? sources.codes : null;
  for (let row = 0; row < columns.length; row++) {
    const confidence = columns.confidence[row] ?? 0;
    if (codes) {
      const code = codes[row] ?? 0;
      const pair = code * 4 + confidence;
      let cls = byPair.get(pair);
      if (cls === undefined) {
        cls = index.classOf({ confidence: CONFIDENCES[confidence] ?? 'low', sources: splitSources(stringAt(sources, row)) });
        byPair.set(pair, cls);
      }
      classes[row] = cls;
    } else {
      classes[row] = index.classOf({ confidence: CONFIDENCES[confidence] ?? 'low', sources: splitSources(stringAt(sources, row)) });
    }
  }
  return { classes, profiles: index.profiles };
}
