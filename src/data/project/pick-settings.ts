/**
 * The settings fields of the save contract, apart from the project-file code so that the workspace
 * store can write settings without loading the schema (zod) up front.
 */
import { hasFilters } from '../../domain/filters';
import type { StoryView } from '../../domain/storyboard';
import type { WorkspaceSettings } from '../../domain/workspace';
import type { TiledDatasetRef } from '../../domain/tiled-source';

/** Just the contract's settings fields: live state objects may carry more (and functions). */
export function pickSettings(s: WorkspaceSettings): WorkspaceSettings {
  // Filters are written only when set, so that files without them stay as they were.
  return { month: s.month, layers: s.layers, theme: s.theme, camera: s.camera, demoVisible: s.demoVisible, ...(s.filters && hasFilters(s.filters) ? { filters: s.filters } : {}),
    // The storyboard and marking likewise: a project without a briefing keeps its old bytes.
    ...(s.storyboard?.length ? { storyboard: s.storyboard.map(pickStoryView) } : {}),
    ...(s.marking ? { marking: s.marking } : {}),
    // The language only when chosen: a project saved without one keeps its old bytes.
    ...(s.language ? { language: s.language } : {}),
    // Tiled datasets by reference only, when there are some.
    ...(s.tiles?.length ? { tiles: s.tiles.map(pickTiledRef) } : {}),
  };
}

function pickTiledRef(r: TiledDatasetRef): TiledDatasetRef {
  const source = r.source.kind === 'file' ? { kind: 'file' as const, fileName: r.source.fileName } : { kind: 'url' as const, url: r.source.url, format: r.source.format };
  return { id: r.id, name: r.name, source, visible: r.visible, loadedAt: r.loadedAt };
}

function pickStoryView(v: StoryView): StoryView {
  return {
    id: v.id,
    title: v.title,
    caption: v.caption,
    notes: v.notes,
    camera: { lon: v.camera.lon, lat: v.camera.lat, zoom: v.camera.zoom },
    // Bounds and hidden overlays only when present: older views keep their bytes.
    ...(v.bounds ? { bounds: [v.bounds[0], v.bounds[1], v.bounds[2], v.bounds[3]] as StoryView['bounds'] } : {}),
    ...(v.hide && Object.values(v.hide).some(Boolean) ? { hide: pickHiding(v.hide) } : {}),
    month: v.month,
    windowMode: v.windowMode,
    windowStart: v.windowStart,
    trail: v.trail,
    visibleLayers: v.visibleLayers,
    filters: v.filters,
    selected: v.selected ? { kind: v.selected.kind, id: v.selected.id } : null,
    // Written only when there are some, so views without them keep their old bytes.
    ...(v.sources?.length ? { sources: [...v.sources] } : {}),
  };
}

function pickHiding(h: NonNullable<StoryView['hide']>): NonNullable<StoryView['hide']> {
  return { ...(h.caption ? { caption: true } : {}), ...(h.badge ? { badge: true } : {}), ...(h.legend ? { legend: true } : {}) };
}
