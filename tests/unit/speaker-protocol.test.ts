import { describe, expect, it } from 'vitest';
import {
  encodeMessage,
  readMessage,
  SPEAKER_PROTOCOL,
  SPEAKER_PROTOCOL_VERSION,
  type ProtocolMessage,
  type SpeakerSnapshot,
} from '../../src/features/speaker/speaker-protocol';

const snapshot = (): SpeakerSnapshot => ({
  views: [
    { title: 'Autumn 2015', monthLabel: 'October 2015', caption: 'The peak.', notes: 'Say: 205,703 detections.' },
    { title: 'Closure', monthLabel: 'March 2016', caption: '', notes: '' },
  ],
  index: 1,
  blanked: false,
  startedAt: 1_750_000_000_000,
  language: 'sr-Cyrl',
});

/** A message as it arrives: through structured clone, like BroadcastChannel and postMessage deliver it. */
const wire = (message: ProtocolMessage) => structuredClone(encodeMessage(message));

describe('speaker protocol: round trip', () => {
  const messages: ProtocolMessage[] = [
    { from: 'audience', message: { kind: 'state', audience: 'audience-1', presentation: snapshot() } },
    { from: 'audience', message: { kind: 'state', audience: 'audience-1', presentation: null } },
    { from: 'audience', message: { kind: 'closed', audience: 'audience-1' } },
    { from: 'speaker', message: { kind: 'hello' } },
    { from: 'speaker', message: { kind: 'step', delta: 1, to: 'audience-1' } },
    { from: 'speaker', message: { kind: 'step', delta: -1 } },
    { from: 'speaker', message: { kind: 'go', index: 2, to: 'audience-1' } },
    { from: 'speaker', message: { kind: 'blank', to: 'audience-1' } },
    { from: 'speaker', message: { kind: 'reset-clock' } },
  ];
  it.each(messages.map((m) => [`${m.from} ${m.message.kind}`, m] as const))('%s is read back as sent', (_name, message) => {
    const envelope = wire(message);
    expect(envelope).toMatchObject({ protocol: SPEAKER_PROTOCOL, version: SPEAKER_PROTOCOL_VERSION, from: message.from });
    expect(readMessage(envelope)).toEqual(message);
  });
});

describe('speaker protocol: what is ignored', () => {
  const valid = wire({ from: 'speaker', message: { kind: 'step', delta: 1 } });
  const state = wire({ from: 'audience', message: { kind: 'state', audience: 'audience-1', presentation: snapshot() } });
  const withPresentation = (patch: Record<string, unknown>) => ({ ...state, message: { ...state.message, presentation: { ...snapshot(), ...patch } } });

  it.each([
    ['nothing', undefined],
    ['a string', 'step'],
    ['an array', [valid]],
    ['another protocol', { ...valid, protocol: 'someone-else' }],
    ['another version', { ...valid, version: 2 }],
    ['an unknown sender', { ...valid, from: 'projector' }],
    ['no message', { ...valid, message: undefined }],
    ['an unknown command', { ...valid, message: { kind: 'quit' } }],
    ['a step of two', { ...valid, message: { kind: 'step', delta: 2 } }],
    ['a step as text', { ...valid, message: { kind: 'step', delta: '1' } }],
    ['a negative index', { ...valid, message: { kind: 'go', index: -1 } }],
    ['a fractional index', { ...valid, message: { kind: 'go', index: 1.5 } }],
    ['an empty addressee', { ...valid, message: { kind: 'blank', to: '' } }],
    ['a numeric addressee', { ...valid, message: { kind: 'blank', to: 7 } }],
    ['a speaker command claiming to be from the audience', { ...valid, from: 'audience' }],
    ['a state with no audience', { ...state, message: { ...state.message, audience: undefined } }],
    ['a state with no views', withPresentation({ views: [] })],
    ['a state whose index is past the last view', withPresentation({ index: 2 })],
    ['a state with a view lacking its notes', withPresentation({ views: [{ title: 'A', monthLabel: 'May 2016', caption: '' }] })],
    ['a state with a title that is not text', withPresentation({ views: [{ title: 5, monthLabel: 'May 2016', caption: '', notes: '' }] })],
    ['a state with blanked as text', withPresentation({ blanked: 'no' })],
    ['a state with no start time', withPresentation({ startedAt: Number.NaN })],
    ['a state with no language', withPresentation({ language: undefined })],
    ['a state in a language the app does not have', withPresentation({ language: 'xx' })],
    ['a state whose language is a path', withPresentation({ language: '../../secret' })],
    ['a state whose language is not text', withPresentation({ language: 7 })],
    ['a state with notes too long to be real', withPresentation({ views: [{ title: 'A', monthLabel: 'May 2016', caption: '', notes: 'x'.repeat(20_001) }] })],
  ])('%s', (_name, data) => {
    expect(readMessage(data)).toBeNull();
  });

  it('copies only the known fields of a message', () => {
    const padded = { ...state, extra: 1, message: { ...state.message, script: '<b>x</b>', presentation: { ...snapshot(), secret: 'y' } } };
    const read = readMessage(padded);
    expect(read).toEqual({ from: 'audience', message: { kind: 'state', audience: 'audience-1', presentation: snapshot() } });
    expect(JSON.stringify(read)).not.toMatch(/script|secret|extra/);
  });
});
