/** Messages between the app and the selection worker. */
import type { EntityFilters } from '../../domain/filters';
import type { KnownClasses, RowSelection } from '../../domain/row-selection';

export type SelectionRequest =
  /** The filter classes of the current data, sent once per set of tables (the worker keeps a copy). */
  | { type: 'classes'; key: number; known: KnownClasses }
  | { type: 'select'; id: number; key: number; filters: EntityFilters };

export type SelectionReply =
  | { type: 'selected'; id: number; selection: RowSelection }
  | { type: 'failed'; id: number; message: string };
