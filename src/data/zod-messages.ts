/**
 * The schema checks' words in the interface language. Messages the schemas give themselves are
 * catalogue keys read when a check fails (`says`), so they follow the language in use then; zod's
 * own checks (a wrong type, a value not among the allowed ones, a list too short …) are turned from
 * their issue code and parameters into a catalogue sentence by `zodIssueMessage`, passed to
 * `safeParse` with TRANSLATED. The field's path is said before the sentence by whoever lists the
 * problems ("workspace.settings.theme: Expected one of …"); field names, values and patterns stay as
 * the file and the schema have them.
 */
import { t, type MessageKey, type MessageValues } from '../domain/i18n';

/** A schema's own message: `{ error: says('projectChecks.monthKey') }` (translated when the check fails, not when the schema is made). */
export function says(key: MessageKey, values?: MessageValues): { error: () => string } {
  return { error: () => t(key, values) };
}

/** What zod hands an error map: the issue's code and its parameters (kept loose: zod adds codes). */
interface RawIssue {
  code?: string | undefined;
  input?: unknown;
  [key: string]: unknown;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function literal(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function limitValues(issue: RawIssue, bound: 'minimum' | 'maximum'): MessageValues {
  const limit = issue[bound];
  const origin = typeof issue.origin === 'string' ? issue.origin : 'number';
  return { origin, inclusive: issue.inclusive === false ? 'no' : 'yes', limit: String(limit), count: Number(limit) || 0 };
}

/** zod's own issue as a sentence of the catalogue; undefined leaves zod's English (a code this version does not know). */
export function zodIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return t('projectChecks.expectedType', { expected: String(issue.expected), received: typeOf(issue.input) });
    case 'too_small':
      return t('projectChecks.tooSmall', limitValues(issue, 'minimum'));
    case 'too_big':
      return t('projectChecks.tooBig', limitValues(issue, 'maximum'));
    case 'invalid_value': {
      const values = Array.isArray(issue.values) ? issue.values.map(literal) : [];
      return values.length === 1 ? t('projectChecks.exactly', { value: values[0] as string }) : t('projectChecks.oneOf', { values: values.join(', ') });
    }
    case 'invalid_format':
      return t('projectChecks.badFormat', { format: String(issue.format), pattern: String(issue.pattern ?? '') });
    case 'invalid_union':
      return t('projectChecks.noForm');
    case 'unrecognized_keys': {
      const keys = Array.isArray(issue.keys) ? issue.keys.map(String) : [];
      return t('projectChecks.unknownKeys', { count: keys.length, keys: keys.join(', ') });
    }
    case 'not_multiple_of':
      return t('projectChecks.multipleOf', { divisor: String(issue.divisor) });
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return t('projectChecks.invalid');
    default:
      return undefined;
  }
}

/** safeParse's parameters for checks said in the interface language. */
export const TRANSLATED = { error: zodIssueMessage } as const;
