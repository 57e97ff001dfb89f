// @vitest-environment jsdom
/** The language menu: native names, drafts marked, the draft notice once, L focuses it. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALES, formatMessage, setActiveLocale } from '../../src/domain/i18n';
import { LanguageMenu } from '../../src/features/i18n/LanguageMenu';
import { buildCommands, findCommand } from '../../src/features/commands/registry';
import { useAppStore } from '../../src/state/store';

afterEach(async () => {
  cleanup();
  await useAppStore.getState().setLanguage('en');
  setActiveLocale('en');
});

const infoNotices = () => useAppStore.getState().notices.filter((n) => n.level === 'info').map((n) => n.message);

describe('language menu', () => {
  it('lists every language by its native name, drafts marked', () => {
    render(<LanguageMenu />);
    const menu = screen.getByRole('combobox', { name: 'Language' });
    const options = [...menu.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toHaveLength(LOCALES.length);
    expect(options[0]).toBe('English');
    expect(options).toContain('Српски (ћирилица) (draft translation)');
    expect(options.filter((o) => o?.endsWith('(draft translation)'))).toHaveLength(LOCALES.filter((l) => l.draft).length);
  });

  it('switches the language and says once that a draft is a draft', async () => {
    render(<LanguageMenu />);
    const menu = screen.getByRole('combobox', { name: 'Language' });
    // The catalogue is its own chunk: the language changes once it has loaded.
    await act(async () => {
      fireEvent.change(menu, { target: { value: 'de' } });
      await vi.waitFor(() => expect(useAppStore.getState().language).toBe('de'));
    });
    expect((menu as HTMLSelectElement).value).toBe('de');
    // Said in the language chosen (German has a catalogue), once per session.
    const draftNotices = () => infoNotices().filter((m) => m === formatMessage('de', 'language.draftNotice') || m === formatMessage('it', 'language.draftNotice'));
    expect(formatMessage('de', 'language.draftNotice')).not.toBe(formatMessage('en', 'language.draftNotice'));
    expect(draftNotices()).toHaveLength(1);
    await act(async () => {
      fireEvent.change(menu, { target: { value: 'it' } });
      await vi.waitFor(() => expect(useAppStore.getState().language).toBe('it'));
    });
    expect(draftNotices()).toHaveLength(1);
  });

  it('is focused by the L key', () => {
    render(<LanguageMenu />);
    findCommand(buildCommands(), 'l')?.run(useAppStore.getState());
    expect(document.activeElement?.id).toBe('language-menu');
  });
});
