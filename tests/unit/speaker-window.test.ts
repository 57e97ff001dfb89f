import { beforeEach, describe, expect, it } from 'vitest';
import { applySpeakerCommand, speakerSnapshot } from '../../src/features/speaker/audience-side';
import { commandForKey } from '../../src/features/speaker/use-speaker-connection';
import { formatElapsed, nextScreen, positionText, WAITING, type SpeakerScreen } from '../../src/features/speaker/speaker-screen';
import type { AudienceMessage, SpeakerSnapshot } from '../../src/features/speaker/speaker-protocol';
import { keyString, presenterKeyAction } from '../../src/features/commands/keys';
import { createAppStore, type AppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

let store: AppStore;
const s = () => store.getState();

beforeEach(() => {
  store = createAppStore();
  s().setDataset(demoDataset());
  for (const [month, title, notes] of [
    ['2015-01', 'Before', 'Start calm.'],
    ['2015-10', 'Peak', 'Stress the figure.'],
    ['2016-03', 'Closure', ''],
  ] as const) {
    s().setMonth(month);
    s().setCamera({ lon: 20, lat: 44, zoom: 5 });
    s().captureView({ title, notes, caption: `${title} caption` });
  }
});

describe('the audience window applies speaker commands through the store', () => {
  it('steps, jumps, blanks and resets the clock as the presenter keys do', () => {
    s().startPresenting(0);
    applySpeakerCommand(s(), { kind: 'step', delta: 1 });
    expect(s().presenting?.index).toBe(1);
    expect(s().month).toBe('2015-10');
    applySpeakerCommand(s(), { kind: 'step', delta: 1 });
    applySpeakerCommand(s(), { kind: 'step', delta: 1 }); // stays on the last view
    expect(s().presenting?.index).toBe(2);
    applySpeakerCommand(s(), { kind: 'go', index: 0 });
    expect(s().presenting?.index).toBe(0);
    expect(s().month).toBe('2015-01');
    applySpeakerCommand(s(), { kind: 'step', delta: -1 }); // stays on the first
    expect(s().presenting?.index).toBe(0);
    applySpeakerCommand(s(), { kind: 'blank' });
    expect(s().presenting?.blanked).toBe(true);
    applySpeakerCommand(s(), { kind: 'blank' });
    expect(s().presenting?.blanked).toBe(false);
    const started = s().presenting!.startedAt;
    store.setState({ presenting: { ...s().presenting!, startedAt: started - 60_000 } });
    applySpeakerCommand(s(), { kind: 'reset-clock' });
    expect(s().presenting!.startedAt).toBeGreaterThanOrEqual(started);
  });

  it('does nothing when not presenting (a click arriving after the end)', () => {
    s().setMonth('2018-01');
    applySpeakerCommand(s(), { kind: 'step', delta: 1 });
    applySpeakerCommand(s(), { kind: 'go', index: 2 });
    applySpeakerCommand(s(), { kind: 'blank' });
    expect(s().presenting).toBeNull();
    expect(s().month).toBe('2018-01');
  });

  it('snapshots the views as the speaker window shows them, and nothing when not presenting', () => {
    expect(speakerSnapshot(s())).toBeNull();
    s().startPresenting(1);
    const snap = speakerSnapshot(s());
    expect(snap).toMatchObject({ index: 1, blanked: false, startedAt: s().presenting!.startedAt, language: 'en' });
    expect(snap?.views).toEqual([
      { title: 'Before', monthLabel: 'January 2015', caption: 'Before caption', notes: 'Start calm.' },
      { title: 'Peak', monthLabel: 'October 2015', caption: 'Peak caption', notes: 'Stress the figure.' },
      { title: 'Closure', monthLabel: 'March 2016', caption: 'Closure caption', notes: '' },
    ]);
    s().stopPresenting();
    expect(speakerSnapshot(s())).toBeNull();
  });
});

describe('the speaker window', () => {
  const presentation = (index: number): SpeakerSnapshot => ({
    views: [1, 2, 3].map((n) => ({ title: `View ${n}`, monthLabel: 'May 2016', caption: '', notes: `Notes ${n}` })),
    index,
    blanked: false,
    startedAt: 0,
    language: 'en',
  });
  const state = (audience: string, index: number | null): AudienceMessage => ({ kind: 'state', audience, presentation: index === null ? null : presentation(index) });
  const run = (messages: AudienceMessage[], from: SpeakerScreen = WAITING) => messages.reduce(nextScreen, from);

  it('follows the presenting window and says so when its presentation ends or it closes', () => {
    expect(run([state('a', null)])).toEqual(WAITING);
    expect(run([state('a', 1)])).toMatchObject({ status: 'presenting', audience: 'a', presentation: { index: 1 } });
    expect(run([state('a', 1), state('a', 2)])).toMatchObject({ status: 'presenting', presentation: { index: 2 } });
    expect(run([state('a', 1), state('a', null)])).toEqual({ status: 'ended', audience: 'a', reason: 'ended' });
    expect(run([state('a', 1), { kind: 'closed', audience: 'a' }])).toEqual({ status: 'ended', audience: 'a', reason: 'closed' });
    expect(run([state('a', 1), state('a', null), state('a', 0)])).toMatchObject({ status: 'presenting', presentation: { index: 0 } });
  });

  it('is not taken over or ended by another tab of the app', () => {
    expect(run([state('a', 1), state('b', 2)])).toMatchObject({ status: 'presenting', audience: 'a', presentation: { index: 1 } });
    expect(run([state('a', 1), state('b', null), { kind: 'closed', audience: 'b' }])).toMatchObject({ status: 'presenting', audience: 'a' });
    // Once the followed presentation has ended, the next one to start is followed.
    expect(run([state('a', 1), state('a', null), state('b', 0)])).toMatchObject({ status: 'presenting', audience: 'b' });
  });

  it('reads the clicker keys as commands', () => {
    const key = (k: string) => presenterKeyAction(keyString({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false }));
    expect(commandForKey(key('PageDown')!, 3)).toEqual({ kind: 'step', delta: 1 });
    expect(commandForKey(key(' ')!, 3)).toEqual({ kind: 'step', delta: 1 });
    expect(commandForKey(key('ArrowLeft')!, 3)).toEqual({ kind: 'step', delta: -1 });
    expect(commandForKey(key('PageUp')!, 3)).toEqual({ kind: 'step', delta: -1 });
    expect(commandForKey(key('Home')!, 3)).toEqual({ kind: 'go', index: 0 });
    expect(commandForKey(key('End')!, 3)).toEqual({ kind: 'go', index: 2 });
    expect(commandForKey(key('b')!, 3)).toEqual({ kind: 'blank' });
    expect(commandForKey(key('.')!, 3)).toEqual({ kind: 'blank' });
    expect(key('Escape')).toBeNull();
    expect(key('n')).toBeNull();
  });

  it('shows the position and the elapsed time', () => {
    expect(positionText(presentation(1))).toBe('2 / 3');
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_999)).toBe('01:05');
    expect(formatElapsed(75 * 60_000)).toBe('75:00');
    expect(formatElapsed(-5000)).toBe('00:00');
  });
});
