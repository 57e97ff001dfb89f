import { Suspense, useState, type ReactNode } from 'react';
import { useT } from '../features/i18n/use-t';

/**
 * A side-panel section closed at start whose content (often a lazy component) is rendered from the
 * first time it is opened, and kept afterwards: a closed section costs no code at start-up.
 */
export function OpenedDetails({ summary, testId, children }: { summary: string; testId?: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const t = useT();
  return (
    <details data-testid={testId} onToggle={(e) => setOpened((was) => was || e.currentTarget.open)}>
      <summary>{summary}</summary>
      {opened ? <Suspense fallback={<p className="muted small">{t('app.loading')}</p>}>{children}</Suspense> : null}
    </details>
  );
}
