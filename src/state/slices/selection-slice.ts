import type { StateCreator } from 'zustand';
import type { EntityRef } from '../../domain/types';
import type { AppState } from '../store';

export interface HoverInfo {
  ref: EntityRef;
  /** Pixel position in the map container, for the tooltip. */
  x: number;
  y: number;
  /** Month-specific row, e.g. which month's row of a segment was hovered. */
  detail?: string;
}

export interface SelectionSlice {
  selected: EntityRef | null;
  hovered: HoverInfo | null;
  select: (ref: EntityRef | null) => void;
  hover: (info: HoverInfo | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  hovered: null,
  select: (selected) => set({ selected }),
  hover: (hovered) => set({ hovered }),
});
