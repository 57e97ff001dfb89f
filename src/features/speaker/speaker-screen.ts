/**
 * What the speaker window shows, from the audience window's messages. Pure, so that the rules
 * (follow one audience window; an ended presentation is said to have ended, never shown stale) are
 * tested without windows.
 */
import { t } from '../../domain/i18n';
import type { LocaleCode } from '../../domain/i18n/locales';
import type { AudienceMessage, SpeakerSnapshot } from './speaker-protocol';

export type SpeakerScreen =
  /** No presentation heard of yet. */
  | { status: 'waiting' }
  | { status: 'presenting'; audience: string; presentation: SpeakerSnapshot }
  /** The presentation followed until now has ended, or its window was closed. */
  | { status: 'ended'; audience: string; reason: 'ended' | 'closed' };

export const WAITING: SpeakerScreen = { status: 'waiting' };

/** The audience window the speaker window follows (its commands are addressed to it), if any. */
export function followedAudience(screen: SpeakerScreen): string | undefined {
  return screen.status === 'waiting' ? undefined : screen.audience;
}

export function nextScreen(screen: SpeakerScreen, message: AudienceMessage): SpeakerScreen {
  const followed = followedAudience(screen);
  if (message.kind === 'state' && message.presentation) {
    // While one window presents, another tab's presentation does not take over the speaker window.
    if (screen.status === 'presenting' && message.audience !== followed) return screen;
    return { status: 'presenting', audience: message.audience, presentation: message.presentation };
  }
  // "Not presenting" from a window this one does not follow (another tab of the app) says nothing.
  if (message.audience !== followed || screen.status !== 'presenting') return screen;
  return { status: 'ended', audience: message.audience, reason: message.kind === 'closed' ? 'closed' : 'ended' };
}

/** "2 / 5" (in the active language). */
export function positionText(presentation: SpeakerSnapshot): string {
  return t('speaker.position', { position: presentation.index + 1, count: presentation.views.length });
}

/** The language the audience window speaks, while a presentation is followed. */
export function screenLanguage(screen: SpeakerScreen): LocaleCode | undefined {
  return screen.status === 'presenting' ? screen.presentation.language : undefined;
}

/** Elapsed time as minutes and seconds ("07:05"; "75:00" after an hour and a quarter). */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
