import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCommands, commandContext, findCommand, keyString } from '../../src/features/commands/registry';
import { createAppStore, type AppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

const commands = buildCommands();
let store: AppStore;
const s = () => store.getState();

/** Presses a key the way use-shortcuts does: in the context the store is in. */
function press(key: string, shiftKey = false) {
  const command = findCommand(commands, keyString({ key, shiftKey, ctrlKey: false, metaKey: false, altKey: false }), commandContext(s()));
  command?.run(s());
  return command?.id;
}

beforeEach(() => {
  store = createAppStore();
  s().setDataset(demoDataset());
  for (const [month, lon] of [['2015-01', 10], ['2015-06', 20], ['2016-01', 30]] as const) {
    s().setMonth(month);
    s().setCamera({ lon, lat: 40, zoom: 5 });
    s().captureView();
  }
  s().setMonth('2018-01');
});

describe('presenter keys', () => {
  it('start the presentation with P and step with the keys clickers send', () => {
    expect(press('p')).toBe('present.start');
    expect(s().presenting?.index).toBe(0);
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) {
      s().presentGoTo(0);
      press(key);
      expect(s().presenting?.index, key).toBe(1);
    }
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) {
      s().presentGoTo(2);
      press(key);
      expect(s().presenting?.index, key).toBe(1);
    }
    press('End');
    expect(s().presenting?.index).toBe(2);
    expect(s().month).toBe('2016-01');
    press('Home');
    expect(s().month).toBe('2015-01');
  });

  it('take precedence over the month, year and play keys while presenting', () => {
    s().startPresenting();
    press('ArrowRight');
    expect(s().month).toBe('2015-06'); // the next view's month, not one month on
    press(' ');
    expect(s().playing).toBe(false);
    press('PageDown');
    expect(s().month).toBe('2016-01');
    press('1'); // layer keys do nothing on a slide
    expect(s().layers.segments).toBe(true);
  });

  it('blank with B or . and leave with Escape; then the normal keys are back', () => {
    s().startPresenting();
    press('b');
    expect(s().presenting?.blanked).toBe(true);
    press('.');
    expect(s().presenting?.blanked).toBe(false);
    press('B', true);
    expect(s().presenting?.blanked).toBe(true);
    press('Escape');
    expect(s().presenting).toBeNull();
    const month = s().month;
    press('ArrowRight');
    expect(s().month).not.toBe(month);
  });

  it('keep the speaker notes out of the presenting state: N opens the speaker window instead', () => {
    const opened: unknown[][] = [];
    vi.stubGlobal('document', { fullscreenElement: null, getElementById: () => null });
    vi.stubGlobal('window', { location: { href: 'http://127.0.0.1:4173/?m=2015-10' }, open: (...args: unknown[]) => (opened.push(args), null) });
    try {
      s().startPresenting();
      const before = s().presenting;
      expect(press('n')).toBe('present.speaker');
      expect(s().presenting).toBe(before);
      expect(Object.keys(s().presenting ?? {})).not.toContain('showNotes');
      expect(opened).toHaveLength(1);
      expect(opened[0]?.[0]).toBe('http://127.0.0.1:4173/speaker.html');
      // The browser refused the pop-up (window.open gave null): a notice says so and how to allow it.
      expect(s().notices.at(-1)?.message).toMatch(/blocked the speaker window.*Allow pop-ups/);
      press('Escape');
      expect(press('n')).toBe('speaker.open');
      expect(opened).toHaveLength(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('close the shortcuts overlay with Escape before leaving', () => {
    s().startPresenting();
    press('?');
    expect(s().overlay).toBe('shortcuts');
    press('Escape');
    expect(s().overlay).toBeNull();
    expect(s().presenting).not.toBeNull();
  });
});

describe('clicker keys outside the presenter', () => {
  it('PageDown after Escape goes to the view after the one that was showing, PageUp to the one before', () => {
    s().startPresenting();
    press('PageDown');
    expect(s().month).toBe('2015-06');
    press('Escape');
    expect(s().presenting).toBeNull();
    expect(press('PageDown')).toBe('clicker.next');
    expect(s().presenting).toBeNull();
    expect(s().month).toBe('2016-01');
    expect(s().camera?.lon).toBe(30);
    expect(press('PageUp')).toBe('clicker.previous');
    expect(s().month).toBe('2015-06');
    press('PageUp');
    expect(s().month).toBe('2015-01');
  });

  it('stay on the last (or first) view and say so, rather than step the month', () => {
    s().applyView(s().storyboard[2]!);
    const notices = s().notices.length;
    press('PageDown');
    expect(s().month).toBe('2016-01');
    expect(s().notices.length).toBe(notices + 1);
    expect(s().notices.at(-1)?.message).toMatch(/Last view/);
  });

  it('start at the first view when no view was shown yet', () => {
    expect(s().month).toBe('2018-01');
    press('PageDown');
    expect(s().month).toBe('2015-01');
  });

  it('step one month (never a year) when there is no storyboard; Shift+arrows still step a year', () => {
    s().setStoryboard([]);
    s().setMonth('2015-09');
    press('PageDown');
    expect(s().month).toBe('2015-10');
    press('PageUp');
    press('PageUp');
    expect(s().month).toBe('2015-08');
    press('ArrowRight', true);
    expect(s().month).toBe('2016-08');
    press('ArrowLeft', true);
    expect(s().month).toBe('2015-08');
  });
});
