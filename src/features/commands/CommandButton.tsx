import type { ButtonHTMLAttributes } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';
import { buildCommands, buttonKeyLabel, commandById } from './registry';

const commands = buildCommands();

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'onClick' | 'children'> & { 'data-testid'?: string };

/**
 * The registry's command `id` as a button: its short name, its key and its action, the same as the
 * key's (a panel's button toggles it, as its key does).
 */
export function CommandButton({ id, ...props }: { id: string } & ButtonProps) {
  // Subscribes to the language: the command's name is read in the active one below.
  useT();
  const command = commandById(commands, id);
  const key = buttonKeyLabel(command);
  return (
    <button type="button" {...props} onClick={() => command.run(useAppStore.getState())}>
      {command.button ?? command.label}
      {key ? (
        <>
          {' '}
          <kbd>{key}</kbd>
        </>
      ) : null}
    </button>
  );
}
