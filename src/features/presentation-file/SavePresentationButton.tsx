import { savePresentation } from './save-presentation-lazy';

/** "Save presentation file…": one HTML file that opens straight into the presenter, offline. */
export function SavePresentationButton() {
  return (
    <button type="button" onClick={savePresentation} data-testid="save-presentation" title="One HTML file with the storyboard and data, for a PC with no network">
      Save presentation file…
    </button>
  );
}
