/** One export at a time, with progress, Cancel (AbortController) and a notice at the end. */
import { useCallback, useRef, useState } from 'react';
import { useAppStore } from '../../state/store';
import type { JobContext } from './export-png';
import { exportMap } from './map-access';
import { ExportCancelled } from './map-capture';
import { t } from '../../domain/i18n';

export interface JobProgress {
  what: string;
  fraction: number;
  label: string;
}

export function useExportJob() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async (what: string, work: (job: JobContext) => Promise<string>) => {
    if (controller.current) return;
    const map = exportMap();
    if (!map) {
      useAppStore.getState().pushNotice('error', t('mediaExport.failedMapNotReady', { what }));
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    // Focus moves to Cancel while the export runs and comes back to the button that started it.
    const starter = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setProgress({ what, fraction: 0, label: t('mediaExport.stepStarting') });
    try {
      const name = await work({ store: useAppStore, map, signal: abort.signal, progress: (fraction, label) => setProgress({ what, fraction, label }) });
      useAppStore.getState().pushNotice('info', t('mediaExport.saved', { name }));
    } catch (error) {
      if (error instanceof ExportCancelled || abort.signal.aborted) useAppStore.getState().pushNotice('info', t('mediaExport.cancelled', { what }));
      else useAppStore.getState().pushNotice('error', t('mediaExport.failed', { what, error: error instanceof Error ? error.message : String(error) }));
    } finally {
      controller.current = null;
      setProgress(null);
      window.setTimeout(() => starter?.focus(), 0);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress, run, cancel };
}
