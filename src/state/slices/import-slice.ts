import type { StateCreator } from 'zustand';
import type { FileReport, PointKind } from '../../data/import/types';
import type { AppState } from '../store';

export interface ImportStatus {
  files: string[];
  currentFile: string;
  /** 0..1 over all files. */
  progress: number;
}

export interface ImportSlice {
  /** The import in progress, if any. */
  importing: ImportStatus | null;
  /** Reports of the last import, shown until closed. */
  importReports: FileReport[] | null;
  /** What points without a kind become. */
  importPointKind: PointKind;
  setImportPointKind: (kind: PointKind) => void;
  setImporting: (status: ImportStatus | null) => void;
  setImportReports: (reports: FileReport[] | null) => void;
}

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set) => ({
  importing: null,
  importReports: null,
  importPointKind: 'hub',
  setImportPointKind: (importPointKind) => set({ importPointKind }),
  setImporting: (importing) => set({ importing }),
  setImportReports: (importReports) => set({ importReports }),
});
