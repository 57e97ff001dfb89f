import { useMemo } from 'react';
import { AREA_FILL_COLOR, AREA_LINE_COLOR, corridorColor, corridorFamily, CROSSING_STATUS_COLORS, rgbaCss, SAFE_HOUSE_COLOR } from '../../domain/palette';
import { incidentCount } from '../../domain/dataset-incidents';
import { BIN_DEGREES } from '../../domain/point-bins';
import type { Dataset } from '../../domain/types';
import { BIN_MAX_ZOOM, BIN_MIN_POINTS } from '../../data/tables/incident-table';
import { iconDataUrl } from '../../map/layers/icon-atlas';
import { CROSSING_STATUS_ORDER, CROSSING_STATUS_TEXT, crossingIconName, crossingStatusMeaning, endUnknownLegend } from '../../domain/crossing-status';
import { formatNumber } from '../../domain/format-number';
import { routeFlowLegend, routeFlowRegions } from '../../domain/route-flow-palette';
import { useT } from '../i18n/use-t';
import { TiledLegend } from '../tiles/TiledLegend';

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
  const t = useT();
  return (
    <section className="legend" data-testid="legend" aria-label={t('legend.label')}>
      <h2>{t('legend.label')}</h2>
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
        <li><span className="line-sample solid" /> {t('legend.landLeg')}</li>
        <li><span className="line-sample dashed" /> {t('legend.seaLeg')}</li>
        <li>
          <span className="line-sample wide" />
          <span data-testid="legend-width">{t('legend.width', { widest: formatNumber(maxVolume) })}</span>
        </li>
        <li>
          <span className="line-sample context" />
          <span>{t('legend.routeContext')}</span>
        </li>
      </ul>
      {flowRegions.length ? (
        <ul className="legend-route-flows" data-testid="legend-route-flows">
          <li>
            <span className="flow-sample" style={{ color: rgbaCss(flowRegions[0]?.color ?? [96, 96, 128, 255]) }} />
            <span>{t('legend.routeFlows', { legend: routeFlowLegend() })}</span>
          </li>
          {flowRegions.map(({ region, color }) => (
            <li key={region}>
              <span className="flow-sample" style={{ color: rgbaCss(color) }} />
              <span className="legend-name">{region === 'Other' ? t('legend.otherRoutes') : region}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="legend-symbols" data-testid="legend-crossings">
        {CROSSING_STATUS_ORDER.map((status) => (
          <li key={status}>
            <img src={iconDataUrl(crossingIconName(status), rgbaCss(CROSSING_STATUS_COLORS[status]))} width={16} height={16} alt="" />
            {t('legend.crossingStatus', { status: CROSSING_STATUS_TEXT[status].legend })}
          </li>
        ))}
        <li>
          <img src={iconDataUrl(crossingIconName('closed', true), rgbaCss(CROSSING_STATUS_COLORS.closed))} width={16} height={16} alt="" />
          {endUnknownLegend()}
        </li>
        <li className="legend-note" data-testid="legend-status-meaning">{crossingStatusMeaning()}</li>
        <li><span className="dot hub" /> {t('legend.hub')}</li>
        <li><img src={iconDataUrl('safe-house', rgbaCss(SAFE_HOUSE_COLOR))} width={16} height={16} alt="" /> {t('legend.safeHouse')}</li>
        <li><span className="dot incident" /> {t('legend.incident')}</li>
        {dataset.areas?.length ? (
          <li data-testid="legend-areas">
            <span className="area-sample" style={{ background: rgbaCss(AREA_FILL_COLOR), borderColor: rgbaCss(AREA_LINE_COLOR) }} /> {t('legend.areas')}
          </li>
        ) : null}
        {incidentCount(dataset) > BIN_MIN_POINTS && (
          <li data-testid="legend-bins">
            <span className="dot incident binned" /> {t('legend.bins', { zoom: BIN_MAX_ZOOM, degrees: BIN_DEGREES })}
          </li>
        )}
      </ul>
      <TiledLegend />
    </section>
  );
}

function shortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}
