/**
 * The speaker window's end of the link: says hello (the audience window answers with the
 * presentation), follows the audience window's messages, sends commands to it, and reads the
 * clicker keys pressed in this window as those commands.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { keyString, presenterKeyAction, type PresenterKeyAction } from '../commands/keys';
import { openSpeakerLink, type SpeakerLink } from './speaker-link';
import type { SpeakerCommand } from './speaker-protocol';
import { followedAudience, nextScreen, WAITING, type SpeakerScreen } from './speaker-screen';

/** A clicker key as a command for the presentation shown (`count` views). */
export function commandForKey(action: PresenterKeyAction, count: number): SpeakerCommand {
  switch (action) {
    case 'next':
      return { kind: 'step', delta: 1 };
    case 'previous':
      return { kind: 'step', delta: -1 };
    case 'first':
      return { kind: 'go', index: 0 };
    case 'last':
      return { kind: 'go', index: Math.max(0, count - 1) };
    case 'blank':
      return { kind: 'blank' };
  }
}

export function useSpeakerConnection(): { screen: SpeakerScreen; send: (command: SpeakerCommand) => void } {
  const [screen, setScreen] = useState<SpeakerScreen>(WAITING);
  // The key handler and `send` read the screen shown, without being made again on every message.
  const screenRef = useRef(screen);
  useLayoutEffect(() => {
    screenRef.current = screen;
  }, [screen]);
  const linkRef = useRef<SpeakerLink | null>(null);

  useEffect(() => {
    const link = openSpeakerLink(
      (incoming) => {
        if (incoming.from === 'audience') setScreen((current) => nextScreen(current, incoming.message));
      },
      () => [window.opener as Window | null],
    );
    linkRef.current = link;
    link.send({ from: 'speaker', message: { kind: 'hello' } });
    return () => {
      linkRef.current = null;
      link.close();
    };
  }, []);

  const send = useCallback((command: SpeakerCommand) => {
    const current = screenRef.current;
    // Nothing to step while no presentation is followed.
    if (current.status !== 'presenting') return;
    linkRef.current?.send({ from: 'speaker', message: { ...command, to: followedAudience(current) } });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = presenterKeyAction(keyString(event));
      const current = screenRef.current;
      if (!action || current.status !== 'presenting') return;
      // Also keeps Space from clicking a focused button as well (one step per press).
      event.preventDefault();
      send(commandForKey(action, current.presentation.views.length));
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [send]);

  return { screen, send };
}
