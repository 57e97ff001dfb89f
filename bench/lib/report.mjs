/** The bench's summary table: one row per target of issue 4, each a ratio against its baseline. */
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (v) => `${v} ms`;

/** → [{ target, baseline, measured, ratio, met }]; a measurement that failed gives a row saying so. */
export function buildTable(r) {
  const rows = [];
  const row = (target, limit, cmp, fn) => {
    try {
      const { baseline, measured, ratio } = fn();
      if (!Number.isFinite(ratio)) throw new Error(`no ratio for ${target}`);
      const met = cmp === '<=' ? ratio <= limit : ratio >= limit;
      rows.push({ target, baseline, measured, ratio, met: met ? 'met' : 'not met' });
    } catch {
      rows.push({ target, baseline: '-', measured: '-', ratio: null, met: 'not measured' });
    }
  };
  row('Month step main-thread time ≤ 1.1× idle redraw', 1.1, '<=', () => ({
    baseline: `redraw ${ms(r.step.redrawMedian.taskMs)}`,
    measured: `step ${ms(r.step.stepMedian.taskMs)}`,
    ratio: r.step.ratio,
  }));
  row('Ingest throughput ≥ 0.5× bare papaparse', 0.5, '>=', () => ({
    baseline: `${r.bareParse.rowsPerSecond.toLocaleString('en')} rows/s`,
    measured: `${r.ingest.rowsPerSecond.toLocaleString('en')} rows/s`,
    ratio: Number((r.ingest.rowsPerSecond / r.bareParse.rowsPerSecond).toFixed(2)),
  }));
  row('Parquet ingest (the same rows) ≥ 1× CSV ingest, same run', 1, '>=', () => ({
    baseline: `CSV ${r.ingest.rowsPerSecond.toLocaleString('en')} rows/s`,
    measured: `Parquet ${r.parquetIngest.rowsPerSecond.toLocaleString('en')} rows/s (${(r.parquetIngest.wallMs / 1000).toFixed(1)} s)`,
    ratio: Number((r.parquetIngest.rowsPerSecond / r.ingest.rowsPerSecond).toFixed(2)),
  }));
  row('Longest main-thread task during ingest ≤ 50 ms', 1, '<=', () => ({
    baseline: '50 ms',
    measured: ms(r.ingest.longestTaskMs),
    ratio: Number((r.ingest.longestTaskMs / 50).toFixed(2)),
  }));
  row('Basemap-first time ≤ 1.1× bare MapLibre page', 1.1, '<=', () => ({
    baseline: ms(r.firstFrame.bareMaplibre.basemapFirstMedianMs),
    measured: ms(r.firstFrame.app.basemapFirstMedianMs),
    ratio: r.firstFrame.basemapFirstRatio,
  }));
  row('Routes-first time ≤ 1.3× bare React+deck.gl+MapLibre page', 1.3, '<=', () => ({
    baseline: ms(r.firstFrame.bareStack.routesFirstMedianMs),
    measured: ms(r.firstFrame.app.routesFirstMedianMs),
    ratio: r.firstFrame.routesFirstRatio,
  }));
  row('First map frame (all layers, ready) ≤ 1.3× bare MapLibre page', 1.3, '<=', () => ({
    baseline: ms(r.firstFrame.bareMaplibre.medianMs),
    measured: ms(r.firstFrame.app.medianMs),
    ratio: r.firstFrame.firstFrameRatio,
  }));
  row('JS before first frame with data (routes-first) ≤ 1.1× bare React+deck.gl+MapLibre', 1.1, '<=', () => ({
    baseline: `${kb(r.firstFrame.bareStack.scriptsBeforeRoutesGzip)} gzip`,
    measured: `${kb(r.firstFrame.app.scriptsBeforeRoutesGzip)} gzip`,
    ratio: r.firstFrame.scriptBytesRatio,
  }));
  row('Memory after 1M points ≤ 2× their binary attributes', 2, '<=', () => ({
    baseline: `${mb(r.memory.binaryDeltaBytes)} typed arrays`,
    measured: `${mb(r.memory.heapDeltaBytes)} heap+buffers`,
    ratio: r.memory.ratio,
  }));
  // A step that fetched tiles fails the row whatever its time (ratio shown as measured, met = not met).
  row(`Tiled archive (${r.archive?.points?.toLocaleString('en') ?? '?'} points): month step ≤ 1.25× idle redraw, no tile fetched`, 1.25, '<=', () => ({
    baseline: `redraw ${ms(r.archive.redrawMedianMs)}`,
    measured: `step ${ms(r.archive.stepMedianMs)}, ${r.archive.tilesLoadedByStepping} tiles fetched`,
    ratio: r.archive.tilesLoadedByStepping === 0 ? r.archive.ratio : Math.max(r.archive.ratio, 99),
  }));
  row('Tiled archive heap after panning ≤ 1× the 1M in-memory points\' heap', 1, '<=', () => ({
    baseline: `${mb(r.memory.heapDeltaBytes)} (1M points in memory)`,
    measured: `${mb(r.archive.heapDeltaAfterPanBytes)} (${r.archive.tilesLoadedInAll} tiles loaded)`,
    ratio: Number((r.archive.heapDeltaAfterPanBytes / r.memory.heapDeltaBytes).toFixed(2)),
  }));
  return rows;
}

export function formatTable(rows) {
  const head = ['Target', 'Baseline', 'Measured', 'Ratio', 'Result'];
  const body = rows.map((x) => [x.target, x.baseline, x.measured, x.ratio === null ? '-' : `${x.ratio}×`, x.met]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
