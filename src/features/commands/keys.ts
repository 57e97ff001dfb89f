import { t, type MessageKey } from '../../domain/i18n';

/**
 * Key strings and the presenter's clicker keys, in a module of their own (no store, no registry):
 * the speaker's window reads the same keys as the presenter without loading the app.
 */

/** The keys presentation clickers send, as `keyString` spells them; the registry's presenter commands use these lists. */
export const PRESENTER_KEYS = {
  next: ['PageDown', 'ArrowRight', 'ArrowDown', 'Space'],
  previous: ['PageUp', 'ArrowLeft', 'ArrowUp'],
  first: ['Home'],
  last: ['End'],
  blank: ['b', 'B', '.'],
} as const satisfies Record<string, readonly string[]>;

export type PresenterKeyAction = keyof typeof PRESENTER_KEYS;

/** Which clicker action a key string is, if any. */
export function presenterKeyAction(key: string | null): PresenterKeyAction | null {
  if (key === null) return null;
  const found = (Object.keys(PRESENTER_KEYS) as PresenterKeyAction[]).find((action) => (PRESENTER_KEYS[action] as readonly string[]).includes(key));
  return found ?? null;
}

/** A keyboard event as a key string. Shift is spelled out only for keys that don't change with it. */
export function keyString(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key === ' ' ? 'Space' : event.key;
  const printable = key.length === 1;
  return event.shiftKey && !printable ? `Shift+${key}` : key;
}

/** Named keys as their caps say in the active language (German keyboards: "Pos1", "Ende", "Umschalt"). */
const KEY_NAMES: Record<string, MessageKey> = {
  Space: 'commands.keySpace',
  PageDown: 'commands.keyPageDown',
  PageUp: 'commands.keyPageUp',
  Home: 'commands.keyHome',
  End: 'commands.keyEnd',
  Escape: 'commands.keyEscape',
};
const ARROWS: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

/** How a key string is shown to people. */
export function keyLabel(key: string): string {
  const shifted = key.startsWith('Shift+');
  const base = shifted ? key.slice('Shift+'.length) : key;
  const nameKey = KEY_NAMES[base];
  const name = ARROWS[base] ?? (nameKey ? t(nameKey) : base);
  return shifted ? t('commands.keyShifted', { key: name }) : name;
}
