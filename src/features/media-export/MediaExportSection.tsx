/**
 * The side panel's "Export image / video" section. Only this shell is in the start-up bundle: the
 * panel, the exporters, jsPDF and the video muxer (mediabunny) load when the section is first opened.
 */
import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/use-t';

const MediaExportPanel = lazy(() => import('./MediaExportPanel'));

export function MediaExportSection() {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <details data-testid="media-export-section" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('mediaExport.section')}</summary>
      {opened ? (
        <Suspense fallback={<p className="muted small" role="status">{t('mediaExport.loadingExporters')}</p>}>
          <MediaExportPanel />
        </Suspense>
      ) : null}
    </details>
  );
}
