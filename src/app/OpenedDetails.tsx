import { Suspense, useState, type ReactNode } from 'react';

/**
 * A side-panel section closed at start whose content (often a lazy component) is rendered from the
 * first time it is opened, and kept afterwards: a closed section costs no code at start-up.
 */
export function OpenedDetails({ summary, testId, children }: { summary: string; testId?: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details data-testid={testId} onToggle={(e) => setOpened((was) => was || e.currentTarget.open)}>
      <summary>{summary}</summary>
      {opened ? <Suspense fallback={<p className="muted small">Loading…</p>}>{children}</Suspense> : null}
    </details>
  );
}
