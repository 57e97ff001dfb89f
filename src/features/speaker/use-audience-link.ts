/**
 * The audience window's end of the link, live while presenting (the presenter mounts it): it sends
 * the presentation's snapshot whenever the presentation or the storyboard changes and when a
 * speaker window says hello, and applies the speaker window's commands. It leaves React alone:
 * a store subscription, so a step re-renders nothing here.
 */
import { useEffect } from 'react';
import type { AppStore } from '../../state/store';
import { applySpeakerCommand, speakerSnapshot } from './audience-side';
import { openedSpeakerWindow } from './open-speaker-window';
import { openSpeakerLink } from './speaker-link';
import type { ProtocolMessage } from './speaker-protocol';

/** This window's name on the link: a speaker window follows one audience window, not every tab of the app. */
const AUDIENCE_ID = `audience-${Math.random().toString(36).slice(2, 10)}`;

export function useAudienceLink(store: AppStore) {
  useEffect(() => {
    const stateMessage = (): ProtocolMessage => ({
      from: 'audience',
      message: { kind: 'state', audience: AUDIENCE_ID, presentation: speakerSnapshot(store.getState()) },
    });
    const onMessage = (incoming: ProtocolMessage) => {
      if (incoming.from !== 'speaker') return;
      const { to, ...command } = incoming.message;
      if (to !== undefined && to !== AUDIENCE_ID) return;
      if (command.kind === 'hello') link.send(stateMessage());
      // A command arriving after the presentation ended (the store is then no longer presenting) does nothing.
      else applySpeakerCommand(store.getState(), command);
    };
    const link = openSpeakerLink(onMessage, () => [openedSpeakerWindow()]);
    link.send(stateMessage());
    const unsubscribe = store.subscribe((s, before) => {
      // A language change re-sends too: the views' month labels are formatted here, in the new language.
      if (s.presenting !== before.presenting || s.storyboard !== before.storyboard || s.language !== before.language) link.send(stateMessage());
    });
    const onPageHide = () => link.send({ from: 'audience', message: { kind: 'closed', audience: AUDIENCE_ID } });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      // The presentation has ended (the presenter unmounts): the speaker window must not show stale views.
      link.send({ from: 'audience', message: { kind: 'state', audience: AUDIENCE_ID, presentation: null } });
      link.close();
    };
  }, [store]);
}
