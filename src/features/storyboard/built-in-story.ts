/**
 * Built-in stories: storyboards shipped with the demo (public/data/stories/<id>.json, written by the
 * data build). Loaded on demand from the app's own origin and checked with the project file's
 * storyboard view schema, so a story view is exactly what a user's view is. Loaded with its own
 * code (zod), only when opened.
 */
import { z } from 'zod';
import { storyViewSchema } from '../../data/project/project-schema';
import { formatPath } from '../../data/validate-dataset';
import type { BuiltInStory } from '../../domain/storyboard';
import { t } from '../../domain/i18n';

export const STORY_FORMAT = 'routeshift-story';

const text = z.string().min(1, { error: 'Expected a non-empty string' });

export const builtInStorySchema = z.object({
  format: z.literal(STORY_FORMAT, { error: `Expected "${STORY_FORMAT}"` }),
  version: z.literal(1, { error: 'Expected version 1' }),
  id: text,
  title: text,
  description: z.string(),
  views: z
    .array(storyViewSchema)
    .min(1, { error: 'A story needs at least one view' })
    .superRefine((views, ctx) => {
      const seen = new Set<string>();
      views.forEach((view, i) => {
        if (seen.has(view.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Duplicate view id '${view.id}'` });
        seen.add(view.id);
      });
    }),
});

export type StoryErrorKind = 'missing' | 'not-json' | 'invalid';

export class BuiltInStoryError extends Error {
  constructor(
    readonly kind: StoryErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'BuiltInStoryError';
  }
}

/** The story in `json`, or the first problems with their paths. Never throws. */
export function parseBuiltInStory(json: unknown): { ok: true; story: BuiltInStory } | { ok: false; problems: string[] } {
  const parsed = builtInStorySchema.safeParse(json);
  if (parsed.success) return { ok: true, story: parsed.data as BuiltInStory };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`) };
}

/** Fetches and checks a built-in story; throws a BuiltInStoryError whose message is for the user. */
export async function loadBuiltInStory(url: string, name: string, fetchImpl: typeof fetch = fetch): Promise<BuiltInStory> {
  const file = url.replace(/^.*\/(data\/stories\/)/, '$1').split(/[?#]/)[0] ?? url;
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new BuiltInStoryError('missing', t('storyboard.errorNotLoaded', { name, file, reason: (error as Error).message }));
  }
  if (!response.ok) {
    throw new BuiltInStoryError('missing', t('storyboard.errorMissing', { name, file, status: String(response.status) }));
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new BuiltInStoryError('not-json', t('storyboard.errorNotJson', { name, file }));
  }
  const result = parseBuiltInStory(json);
  if (!result.ok) {
    // The problems themselves (paths and the schema's words) are for whoever fixes the file: they stay as the schema says them.
    const problems = result.problems.slice(0, 3).join('; ');
    const more = result.problems.length - 3;
    throw new BuiltInStoryError('invalid', more > 0 ? t('storyboard.errorInvalidMore', { name, file, problems, more }) : t('storyboard.errorInvalid', { name, file, problems }));
  }
  return result.story;
}
