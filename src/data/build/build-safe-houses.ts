/**
 * Demo safe houses. No public source locates a safe house, so these are illustrative: one point per
 * staging town that the routes reference names, placed at the town's own coordinate, with the
 * town's sources and a note saying exactly what the reference says about the town.
 * Šid and Preševo are left out: the reference describes them only as registration and transit
 * points of the 2015–16 state-run corridor, not as staging towns.
 */
import type { Hub, SafeHouse } from '../../domain/types';
import type { PlaceRecord } from './places';

interface SafeHouseSpec {
  hubId: string;
  from: string;
  to: string;
  /** What the routes reference calls the town, completing "which … names as …". */
  role: string;
  /** The reference's period text for that role, and the basis of the months chosen. */
  periodText: string;
}

export const SAFE_HOUSE_SPECS: readonly SafeHouseSpec[] = [
  { hubId: 'pljevlja', from: '2018-01', to: '2018-12', role: 'a safe-house location', periodText: '2018' },
  { hubId: 'bihac', from: '2018-01', to: '2024-12', role: 'the main staging area for "the game" into Croatia', periodText: '2018 onwards; shown to the end of 2024' },
  { hubId: 'velika-kladusa', from: '2018-01', to: '2024-12', role: 'a staging area', periodText: '2018 onwards; shown to the end of 2024' },
  { hubId: 'subotica', from: '2020-01', to: '2023-12', role: 'the northern staging area for Hungary', periodText: '2020–2023' },
  { hubId: 'kikinda', from: '2020-10', to: '2021-12', role: 'a staging area towards Romania', periodText: '2020–2021; months from the Oct 2020 surge of corridor F2' },
  { hubId: 'belgrade', from: '2016-01', to: '2017-12', role: 'a place where smuggling deals were made', periodText: '2016; months follow corridor D3, 2016–2017' },
];

/**
 * The Kosovo → Slovenia network (corridor H, 2017 – Mar 2018) used safe houses "along the Balkan
 * route" (Europol, R01); none is located. One illustrative point per locality on the corridor's
 * plausible road path, for the network's months.
 */
export const NETWORK_SAFE_HOUSE_HUBS = ['nis', 'zagreb', 'rijeka'] as const;
const NETWORK_PERIOD = { from: '2017-01', to: '2018-03' };

function networkSafeHouses(byId: Map<string, Hub>): SafeHouse[] {
  return NETWORK_SAFE_HOUSE_HUBS.map((hubId) => {
    const hub = byId.get(hubId);
    if (!hub) throw new Error(`safe house: hub '${hubId}' of corridor H is not a located hub`);
    return {
      id: `safe-house-h-${hub.id}`,
      locality: hub.name,
      hubId: hub.id,
      coord: [hub.coord[0], hub.coord[1]],
      active: { ...NETWORK_PERIOD },
      sources: ['R01', 'R02', ...hub.sources.filter((k) => k !== 'R01' && k !== 'R02')],
      confidence: 'low' as const,
      illustrative: true,
      notes:
        `Illustrative: Europol (R01) says the Kosovo → Slovenia network used safe houses along the Balkan route, but no source locates one. ` +
        `Placed at locality level in ${hub.name}, on the plausible road path drawn for the network (2017 – Mar 2018).`,
    };
  });
}

export function buildSafeHouses(hubs: readonly Hub[], places: Map<string, PlaceRecord>): SafeHouse[] {
  const byId = new Map(hubs.map((hub) => [hub.id, hub]));
  return [...SAFE_HOUSE_SPECS.map((spec): SafeHouse => {
    const hub = byId.get(spec.hubId);
    if (!hub) throw new Error(`safe house: hub '${spec.hubId}' is not a located hub`);
    const roleKeys = places.get(hub.id)?.roleSources ?? [];
    if (roleKeys.length === 0) throw new Error(`safe house: hub '${hub.id}' has no role source`);
    return {
      id: `safe-house-${hub.id}`,
      locality: hub.name,
      hubId: hub.id,
      coord: [hub.coord[0], hub.coord[1]],
      active: { from: spec.from, to: spec.to },
      sources: [...hub.sources],
      confidence: 'low' as const,
      illustrative: true,
      notes:
        `Illustrative: no public source locates safe houses. Placed at locality level in ${hub.name}, ` +
        `which the routes reference (${roleKeys.join(', ')}) names as ${spec.role} (${spec.periodText}).`,
    };
  }), ...networkSafeHouses(byId)];
}
