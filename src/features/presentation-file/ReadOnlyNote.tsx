import { useAppStore } from '../../state/store';

/** In place of the data and storyboard editors in a saved presentation file. */
export function ReadOnlyNote() {
  const views = useAppStore((s) => s.storyboard.length);
  return (
    <section className="read-only-note" aria-label="Presentation file" data-testid="read-only-note">
      <p>A saved presentation file: read-only, nothing is stored in this browser.</p>
      {views ? (
        <button type="button" onClick={() => useAppStore.getState().startPresenting(0)} data-testid="present-button">
          Present {views} view{views === 1 ? '' : 's'} <kbd>P</kbd>
        </button>
      ) : null}
    </section>
  );
}
