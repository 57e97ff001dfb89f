/**
 * The wire between the audience window and the speaker's window. A BroadcastChannel where the page
 * has an origin of its own (the app on http(s), and Chromium's file:// pages); on an opaque origin
 * (Firefox opens each file:// page as its own origin, so a channel would not span the two windows)
 * messages go by postMessage to the window that opened us or that we opened. Both windows load the
 * same page address family, so both pick the same transport.
 */
import { encodeMessage, readMessage, SPEAKER_CHANNEL, type ProtocolMessage } from './speaker-protocol';

export interface SpeakerLink {
  send: (message: ProtocolMessage) => void;
  close: () => void;
}

/** The page's origin is its own (not opaque) and the browser has BroadcastChannel. */
export function channelAvailable(): boolean {
  return typeof BroadcastChannel === 'function' && window.location.origin !== 'null';
}

/**
 * `peers` are the windows the postMessage fallback talks to (the opener, or the speaker window
 * this page opened). Incoming messages are read with `readMessage`; anything else is dropped.
 */
export function openSpeakerLink(onMessage: (message: ProtocolMessage) => void, peers: () => (Window | null)[]): SpeakerLink {
  const deliver = (data: unknown) => {
    const message = readMessage(data);
    if (message) onMessage(message);
  };
  if (channelAvailable()) {
    const channel = new BroadcastChannel(SPEAKER_CHANNEL);
    channel.onmessage = (event: MessageEvent) => deliver(event.data);
    return { send: (message) => channel.postMessage(encodeMessage(message)), close: () => channel.close() };
  }
  return postMessageLink(deliver, peers);
}

/** Whether `source` is one of ours: a peer, or a window we opened before this page was reloaded. */
function isPeer(source: MessageEventSource | null, peers: (Window | null)[]): boolean {
  if (!source || !('postMessage' in source)) return false;
  if (peers.includes(source as Window)) return true;
  try {
    return (source as Window).opener === window;
  } catch {
    return false;
  }
}

function postMessageLink(deliver: (data: unknown) => void, peers: () => (Window | null)[]): SpeakerLink {
  // An opaque origin cannot be named as a target: '*', but only ever to windows we hold.
  const targetOrigin = window.location.origin === 'null' ? '*' : window.location.origin;
  const known = new Set<Window>();
  const onMessage = (event: MessageEvent) => {
    if (!isPeer(event.source, [...peers(), ...known])) return;
    known.add(event.source as Window);
    deliver(event.data);
  };
  window.addEventListener('message', onMessage);
  return {
    send: (message) => {
      const targets = new Set([...peers(), ...known].filter((w): w is Window => w !== null && !w.closed));
      for (const target of targets) target.postMessage(encodeMessage(message), targetOrigin);
    },
    close: () => window.removeEventListener('message', onMessage),
  };
}
