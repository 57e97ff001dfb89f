// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandButton } from '../../src/features/commands/CommandButton';
import { buildCommands, buttonKeyLabel, commandById } from '../../src/features/commands/registry';
import { useAppStore } from '../../src/state/store';

beforeEach(() => useAppStore.setState({ overlay: null, theme: 'light' }));
afterEach(cleanup);

describe('command buttons', () => {
  it('show the registry command’s short name and key, and run what the key runs', () => {
    render(<CommandButton id="charts.toggle" data-testid="charts-button" />);
    const button = screen.getByTestId('charts-button');
    expect(button.textContent).toBe('Charts C');
    expect(button.querySelector('kbd')?.textContent).toBe('C');
    fireEvent.click(button);
    expect(useAppStore.getState().overlay).toBe('charts');
    fireEvent.click(button);
    expect(useAppStore.getState().overlay).toBe(null);
  });
  it('show no key for a command without one', () => {
    render(<CommandButton id="presentation.save" />);
    expect(screen.getByRole('button').textContent).toBe('Save presentation file…');
  });
  it('name commands that are in the registry', () => {
    const commands = buildCommands();
    expect(() => commandById(commands, 'no.such.command')).toThrow(/no\.such\.command/);
    expect(buttonKeyLabel(commandById(commands, 'shortcuts.toggle'))).toBe('?');
    expect(buttonKeyLabel(commandById(commands, 'theme.toggle'))).toBe('T');
  });
});
