import { useMemo, useSyncExternalStore } from 'react';
import type { ChartColors } from './chart-config';

const LIGHT: ChartColors = { ink: '#1d2330', muted: '#5a6272', grid: '#d5d9e0', background: '#ffffff' };
const VARS = ['--ink', '--ink-muted', '--panel-border', '--panel'] as const;

function themeRoot(): Element {
  return document.querySelector('.app') ?? document.documentElement;
}

/** The app's CSS colour variables as one string (a stable snapshot: equal strings, no re-render). */
function readSnapshot(): string {
  const style = getComputedStyle(themeRoot());
  return VARS.map((v) => style.getPropertyValue(v).trim()).join('|');
}

/** The theme is a class on `.app` (theme-dark): watch that element's class only. */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(themeRoot(), { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

/** rgba(28, 32, 40, 0.94) → rgb(28, 32, 40): the chart canvas is painted opaque. */
function opaque(color: string): string {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(color);
  return m ? `rgb(${m[1]}, ${m[2]}, ${m[3]})` : color;
}

/** Chart colours that follow the light / dark theme of the panels (styles.css variables). */
export function useChartColors(): ChartColors {
  const snapshot = useSyncExternalStore(subscribe, readSnapshot, () => '');
  return useMemo(() => {
    const [ink, muted, grid, panel] = snapshot.split('|');
    return {
      ink: ink || LIGHT.ink,
      muted: muted || LIGHT.muted,
      grid: grid || LIGHT.grid,
      background: panel ? opaque(panel) : LIGHT.background,
    };
  }, [snapshot]);
}
