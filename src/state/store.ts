/** One zustand store made of slices; actions live beside their state. */
import { create } from 'zustand';
import { createCompareSlice, type CompareSlice } from './slices/compare-slice';
import { createDataSlice, type DataSlice } from './slices/data-slice';
import { createImportSlice, type ImportSlice } from './slices/import-slice';
import { createLanguageSlice, type LanguageSlice } from './slices/language-slice';
import { createLayersSlice, type LayersSlice } from './slices/layers-slice';
import { createSelectionSlice, type SelectionSlice } from './slices/selection-slice';
import { createStoryboardSlice, type StoryboardSlice } from './slices/storyboard-slice';
import { createTilesSlice, type TilesSlice } from './slices/tiles-slice';
import { createTimeSlice, type TimeSlice } from './slices/time-slice';
import { createUiSlice, type UiSlice } from './slices/ui-slice';

export type AppState = DataSlice & TimeSlice & LayersSlice & SelectionSlice & UiSlice & ImportSlice & CompareSlice &
  StoryboardSlice & LanguageSlice & TilesSlice;

export function createAppStore() {
  return create<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createTimeSlice(...a),
    ...createLayersSlice(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(...a),
    ...createImportSlice(...a),
    ...createCompareSlice(...a),
    ...createStoryboardSlice(...a),
    ...createLanguageSlice(...a),
    ...createTilesSlice(...a),
  }));
}

export const useAppStore = createAppStore();
export type AppStore = ReturnType<typeof createAppStore>;
