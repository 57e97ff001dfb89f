import { useEffect } from 'react';
import type { AppStore } from '../state/store';
import { resolveEntity } from '../state/selectors';
import { parseUrlState, serializeUrlState } from '../state/url-state';

/** Reads the URL once the data's month range is known, then writes every change back to it. */
export function useUrlSync(store: AppStore, ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const state = store.getState();
    const { state: fromUrl, problems } = parseUrlState(window.location.search, state.dataset?.months);
    if (fromUrl.month) state.setMonth(fromUrl.month);
    if (fromUrl.window) {
      state.setWindowMode(fromUrl.window.mode);
      state.setWindowRange(fromUrl.window.start, store.getState().month);
    }
    if (fromUrl.compare) state.setCompare(fromUrl.compare);
    if (fromUrl.filters) state.setFilters(fromUrl.filters);
    if (fromUrl.swipe) state.setSwipeMonth(fromUrl.swipe);
    if (fromUrl.chart) {
      state.setChartTab(fromUrl.chart);
      state.setOverlay('charts');
    }
    if (fromUrl.trail !== undefined && fromUrl.trail !== state.trail) state.toggleTrail();
    if (fromUrl.layers) state.setLayers(fromUrl.layers);
    if (fromUrl.selected) {
      if (resolveEntity(state.dataset, fromUrl.selected)) state.select(fromUrl.selected);
      else problems.push(`no ${fromUrl.selected.kind} "${fromUrl.selected.id}" in the data`);
    }
    if (problems.length) state.pushNotice('warning', `Part of the link could not be used (${problems.join('; ')}); defaults are shown instead.`);

    let last = '';
    const write = () => {
      const s = store.getState();
      const search = serializeUrlState(s);
      if (search !== last) {
        last = search;
        window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      }
    };
    write();
    return store.subscribe(write);
  }, [store, ready]);
}
