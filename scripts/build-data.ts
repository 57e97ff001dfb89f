/**
 * Builds public/data/demo.json from the copied source files in data/sources/.
 * Usage: npx tsx scripts/build-data.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, SOURCE_FILES, type SourceTexts } from '../src/data/build/build-dataset';
import { buildStory } from '../src/data/build/build-story';
import { validateDataset } from '../src/data/validate-dataset';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = join(root, 'data', 'sources');
const outFile = join(root, 'public', 'data', 'demo.json');
/** The built-in briefings: template in data/sources/derived/, built file in public/data/stories/. */
export const STORY_IDS = ['how-the-route-shifted'] as const;
export const storyTemplateFile = (id: string) => join(sourcesDir, 'derived', `story-${id}.json`);
export const storyOutFile = (id: string) => join(root, 'public', 'data', 'stories', `${id}.json`);

export function readSourceTexts(dir: string): SourceTexts {
  const entries = Object.entries(SOURCE_FILES).map(([key, file]) => [key, readFileSync(join(dir, file), 'utf8')]);
  return Object.fromEntries(entries) as SourceTexts;
}

function main(): void {
  const dataset = buildDataset(readSourceTexts(sourcesDir));
  const result = validateDataset(dataset);
  if (!result.ok) {
    for (const issue of result.issues.slice(0, 50)) console.error(`  ${issue.path}: ${issue.message}`);
    console.error(`build-data: the dataset is invalid (${result.issues.length} issue(s)); nothing written.`);
    process.exitCode = 1;
    return;
  }
  const json = JSON.stringify(result.dataset);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  for (const id of STORY_IDS) {
    const story = buildStory(readFileSync(storyTemplateFile(id), 'utf8'), result.dataset);
    mkdirSync(dirname(storyOutFile(id)), { recursive: true });
    writeFileSync(storyOutFile(id), `${JSON.stringify(story, null, 1)}\n`);
    console.log(`Wrote ${storyOutFile(id).slice(root.length + 1)} (${story.views.length} views)`);
  }

  const perCorridor = result.dataset.corridors
    .map((corridor) => `${corridor.id} ${result.dataset.segments.filter((s) => s.corridorId === corridor.id).length}`)
    .join(', ');
  console.log(`Wrote ${outFile.slice(root.length + 1)} (${(json.length / 1024).toFixed(0)} KiB), months ${dataset.months.from}..${dataset.months.to}`);
  console.log(`  sources ${dataset.sources.length}, corridors ${dataset.corridors.length}, segments ${dataset.segments.length} (${perCorridor})`);
  console.log(`  crossings ${dataset.crossings.length}, hubs ${dataset.hubs.length}, safe houses ${dataset.safeHouses.length} (illustrative)`);
  console.log(`  events ${dataset.events.length}, flows ${dataset.flows.length}, incidents ${dataset.incidents.length}, prices ${dataset.prices.length}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
