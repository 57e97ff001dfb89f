/**
 * Opens the speaker's window (or brings the open one to the front), from the N key and the
 * "Speaker window" buttons. Browsers leave full screen when a page opens or focuses a pop-up, so a
 * presentation that was full screen is told to expect it (it would otherwise end, as on Esc).
 */
import { hasInlineAssets } from '../../data/inline-assets';
import { t } from '../../domain/i18n';
import type { AppState } from '../../state/store';
import { SPEAKER_WINDOW_NAME, speakerWindowUrl } from './speaker-route';

/** A window the size of a laptop screen's share, as a pop-up (no tabs) so it can be moved to its own screen. */
const WINDOW_FEATURES = 'popup=yes,width=1100,height=760';
/** How long an expected exit from full screen is waited for. */
const EXIT_WAIT_MS = 3000;

let opened: Window | null = null;
let fullscreenExitExpected = false;
let expectTimer: number | undefined;

/** The speaker window this page opened, while it is open (the link's fallback posts to it). */
export function openedSpeakerWindow(): Window | null {
  return opened && !opened.closed ? opened : null;
}

function expectFullscreenExit() {
  if (!document.fullscreenElement) return;
  fullscreenExitExpected = true;
  window.clearTimeout(expectTimer);
  expectTimer = window.setTimeout(() => (fullscreenExitExpected = false), EXIT_WAIT_MS);
}

/** True once after the speaker window made the browser leave full screen: the presentation goes on. */
export function takeExpectedFullscreenExit(): boolean {
  const expected = fullscreenExitExpected;
  fullscreenExitExpected = false;
  return expected;
}

export function openSpeakerWindow(state: Pick<AppState, 'pushNotice'>) {
  const existing = openedSpeakerWindow();
  expectFullscreenExit();
  if (existing) {
    existing.focus();
    return;
  }
  const win = window.open(speakerWindowUrl(window.location.href, hasInlineAssets()), SPEAKER_WINDOW_NAME, WINDOW_FEATURES);
  if (!win) {
    fullscreenExitExpected = false;
    state.pushNotice('warning', t('speaker.popupBlocked'));
    return;
  }
  opened = win;
}

/** The presenter's F key: full screen again after the speaker window took it away. */
export function returnToFullscreen() {
  if (document.fullscreenElement) return;
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}
