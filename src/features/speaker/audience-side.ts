/**
 * The audience window's half of the protocol: what it tells the speaker window (a snapshot of the
 * presentation) and how it applies the speaker window's commands, through the store's own
 * presenter actions, exactly as the keys in the audience window do.
 */
import { formatPresentedWindow } from '../../domain/time-window';
import type { AppState } from '../../state/store';
import type { SpeakerCommand, SpeakerSnapshot } from './speaker-protocol';

/** The presentation as the speaker window shows it; null when nothing is being presented. */
export function speakerSnapshot(state: Pick<AppState, 'presenting' | 'storyboard' | 'language'>): SpeakerSnapshot | null {
  const { presenting, storyboard, language } = state;
  if (!presenting || storyboard.length === 0) return null;
  return {
    views: storyboard.map((view) => ({
      title: view.title,
      monthLabel: formatPresentedWindow(view.windowMode, view.windowStart, view.month),
      caption: view.caption,
      notes: view.notes,
    })),
    index: Math.min(presenting.index, storyboard.length - 1),
    blanked: presenting.blanked,
    startedAt: presenting.startedAt,
    language,
  };
}

/** Runs a command from the speaker window. Nothing happens when not presenting (a late click). */
export function applySpeakerCommand(state: AppState, command: SpeakerCommand) {
  if (!state.presenting) return;
  switch (command.kind) {
    case 'step':
      state.presentStep(command.delta);
      break;
    case 'go':
      state.presentGoTo(command.index);
      break;
    case 'blank':
      state.toggleBlank();
      break;
    case 'reset-clock':
      state.restartClock();
      break;
    case 'hello':
      // Answered by the link with the current snapshot; nothing changes.
      break;
  }
}
