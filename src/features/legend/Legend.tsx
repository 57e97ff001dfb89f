import { useMemo } from 'react';
import { AREA_FILL_COLOR, AREA_LINE_COLOR, corridorColor, corridorFamily, CROSSING_STATUS_COLORS, rgbaCss, SAFE_HOUSE_COLOR } from '../../domain/palette';
import { incidentCount } from '../../domain/dataset-incidents';
import { BIN_DEGREES } from '../../domain/point-bins';
import type { Dataset } from '../../domain/types';
import { BIN_MAX_ZOOM, BIN_MIN_POINTS } from '../../data/tables/incident-table';
import { iconDataUrl } from '../../map/layers/icon-atlas';
import { CROSSING_STATUS_MEANING, CROSSING_STATUS_ORDER, CROSSING_STATUS_TEXT, crossingIconName, END_UNKNOWN_LEGEND } from '../../domain/crossing-status';
import { formatNumber } from '../../domain/format-number';
import { ROUTE_FLOW_LEGEND, routeFlowRegions } from '../../domain/route-flow-palette';

/** Corridor families with their colours, line meanings and symbols. */
export function Legend({ dataset, maxVolume }: { dataset: Dataset; maxVolume: number }) {
  const families = useMemo(() => {
    const seen = new Map<string, string[]>();
    for (const c of dataset.corridors) {
      if (c.schematic) continue;
      const family = corridorFamily(c.id);
      seen.set(family, [...(seen.get(family) ?? []), c.name]);
    }
    return [...seen.entries()];
  }, [dataset]);
  const flowRegions = useMemo(() => routeFlowRegions(dataset), [dataset]);
  return (
    <section className="legend" data-testid="legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul className="legend-corridors">
        {families.map(([family, names]) => (
          <li key={family} title={names.join('\n')}>
            <span className="swatch" style={{ background: rgbaCss(corridorColor(family)) }} />
            <span className="legend-key">{family}</span>
            <span className="legend-name">{shortName(names[0] ?? family)}</span>
          </li>
        ))}
      </ul>
      <ul className="legend-lines">
        <li><span className="line-sample solid" /> Land leg</li>
        <li><span className="line-sample dashed" /> Sea leg</li>
        <li>
          <span className="line-sample wide" />
          <span data-testid="legend-width">
            Width: Frontex detections that month on the route and border (land or sea) where the leg is counted; whole route, not
            the leg&apos;s share (or a corridor&apos;s own reported figure, as its panel says). √ scale, widest = {formatNumber(maxVolume)}.
            No width: route context.
          </span>
        </li>
        <li>
          <span className="line-sample context" />
          <span>Route context: no border crossing counted on the leg, no figure drawn</span>
        </li>
      </ul>
      {flowRegions.length ? (
        <ul className="legend-route-flows" data-testid="legend-route-flows">
          <li>
            <span className="flow-sample" style={{ color: rgbaCss(flowRegions[0]?.color ?? [96, 96, 128, 255]) }} />
            <span>{ROUTE_FLOW_LEGEND}.</span>
          </li>
          {flowRegions.map(({ region, color }) => (
            <li key={region}>
              <span className="flow-sample" style={{ color: rgbaCss(color) }} />
              <span className="legend-name">{region === 'Other' ? 'Other routes' : region}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="legend-symbols" data-testid="legend-crossings">
        {CROSSING_STATUS_ORDER.map((status) => (
          <li key={status}>
            <img src={iconDataUrl(crossingIconName(status), rgbaCss(CROSSING_STATUS_COLORS[status]))} width={16} height={16} alt="" />
            Crossing: {CROSSING_STATUS_TEXT[status].legend}
          </li>
        ))}
        <li>
          <img src={iconDataUrl(crossingIconName('closed', true), rgbaCss(CROSSING_STATUS_COLORS.closed))} width={16} height={16} alt="" />
          {END_UNKNOWN_LEGEND}
        </li>
        <li className="legend-note" data-testid="legend-status-meaning">{CROSSING_STATUS_MEANING}</li>
        <li><span className="dot hub" /> Hub, camp, landing (hollow: approximate place)</li>
        <li><img src={iconDataUrl('safe-house', rgbaCss(SAFE_HOUSE_COLOR))} width={16} height={16} alt="" /> Safe house — illustrative</li>
        <li><span className="dot incident" /> Incident, size by dead and missing (IOM)</li>
        {dataset.areas?.length ? (
          <li data-testid="legend-areas">
            <span className="area-sample" style={{ background: rgbaCss(AREA_FILL_COLOR), borderColor: rgbaCss(AREA_LINE_COLOR) }} /> Area (border zone, camp,
            operation area, district): in its months; without dates in every month
          </li>
        ) : null}
        {incidentCount(dataset) > BIN_MIN_POINTS && (
          <li data-testid="legend-bins">
            <span className="dot incident binned" /> Zoomed out (below zoom {BIN_MAX_ZOOM}): incidents grouped per {BIN_DEGREES}° cell and month; area by
            number of incidents (the fullest cell largest). Zoom in to see each one.
          </li>
        )}
      </ul>
    </section>
  );
}

function shortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}
