import { useEffect } from 'react';
import type { AppStore } from '../../state/store';
import { commandContext, findCommand, keyString, type Command } from './registry';

const TEXT_INPUT = /^(INPUT|TEXTAREA|SELECT)$/;

/** `data-own-keys=""` keeps every key; `data-own-keys="ArrowLeft ArrowRight"` only those. */
const ownsKey = (keys: string, key: string) => keys.trim() === '' || keys.split(/\s+/).includes(key);

/**
 * Runs registry commands from the keyboard. Listens in the capture phase so that the timeline's
 * keys (e.g. Shift+→ = one year) win over the slider widget's own defaults.
 */
export function useShortcuts(store: AppStore, commands: Command[]) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (TEXT_INPUT.test(target.tagName) || target.isContentEditable)) {
        if (event.key !== 'Escape') return;
      }
      // A widget that handles its own keys (e.g. the swipe divider) keeps them: all of them, or the ones its attribute lists.
      const owner = target?.closest<HTMLElement>('[data-own-keys]');
      if (owner && ownsKey(owner.dataset.ownKeys ?? '', event.key)) return;
      const context = commandContext(store.getState());
      // Space and Enter keep activating the focused button (a clicker's Space still advances the presenter).
      if (target?.tagName === 'BUTTON' && context === 'normal' && (event.key === ' ' || event.key === 'Enter')) return;
      const command = findCommand(commands, keyString(event), context);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      command.run(store.getState());
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [store, commands]);
}
