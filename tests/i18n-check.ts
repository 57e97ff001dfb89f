/**
 * What an ICU message is made of, for the catalogue tests: the argument names it uses ({name},
 * {count, plural, …}, tags) and the option keys each of its plurals offers, read from FormatJS's AST.
 */
import { IntlMessageFormat } from 'intl-messageformat';

type AstNode = { type: number; value?: unknown; options?: Record<string, { value: AstNode[] }>; children?: AstNode[] };

export interface MessageShape {
  names: Set<string>;
  /** Per plural, its option keys as written (categories and any "=n"). */
  plurals: string[][];
}

/** Throws when `message` is not valid ICU for `locale`. */
export function messageShape(message: string, locale: string): MessageShape {
  const names = new Set<string>();
  const plurals: string[][] = [];
  const walk = (nodes: AstNode[]): void => {
    for (const node of nodes) {
      // Types 1–6 are arguments (plain, number, date, time, select, plural); 8 is a tag; 0 literal and 7 "#" carry no name.
      if (((node.type >= 1 && node.type <= 6) || node.type === 8) && typeof node.value === 'string') names.add(node.value);
      if (node.type === 6 && node.options) plurals.push(Object.keys(node.options));
      if (node.options) for (const option of Object.values(node.options)) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[]);
  return { names, plurals };
}
