/**
 * The last English (issue 16, "the region's languages everywhere"): with German or Serbian Cyrillic
 * active, a project file's schema and dataset checks, the storage errors and the names, notes and
 * source an import writes into its data are said in that language, and no English sentence of the
 * catalogue's importNotes, storage, projectChecks or screenText areas is left in them. Field paths,
 * ids, file names and values stay as the file has them.
 */
import 'fake-indexeddb/auto';
import { IntlMessageFormat } from 'intl-messageformat';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { en, formatMessage, loadCatalogue, setActiveLocale, type LocaleCode } from '../../src/domain/i18n';
import { restoreProject, type ProjectError } from '../../src/data/project/project-file';
import { toStorageError, WorkspaceStorageError } from '../../src/data/persistence/storage-error';
import { openWorkspaceDb } from '../../src/data/persistence/workspace-db';
import { importFile } from '../../src/data/import/import-file';
import { loadedDatasetOf } from '../../src/data/import/loaded-dataset';
import { buildImportedDataset } from '../../src/data/import/build-dataset';
import { loadBuiltDataset } from '../../src/data/load-built-dataset';
import { entityDetails } from '../../src/features/details/entity-details';
import { resolveEntity } from '../../src/state/selectors';
import type { Dataset } from '../../src/domain/types';
import { visibleItems } from '../../src/data/export/visible-entities';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { demoDataset } from '../fixtures/demo-fixture';

type AstNode = { type: number; value?: unknown; options?: Record<string, { value: AstNode[] }>; children?: AstNode[] };

const AREAS = ['importNotes.', 'storage.', 'projectChecks.', 'screenText.'];

/**
 * Every literal run of the English messages of those areas that is a phrase (two English words or
 * more), e.g. "Made by the import: end of a line in " or "Duplicate segment id '": none may be left
 * in a translated text. Runs made only of identifiers and patterns ('YYYY-MM') are not phrases.
 */
function englishPhrases(): string[] {
  const out = new Set<string>();
  const walk = (nodes: AstNode[]): void => {
    for (const node of nodes) {
      if (node.type === 0 && typeof node.value === 'string') {
        const text = node.value.trim();
        if (/[A-Za-z]{2,} [a-z]{2,}/.test(text)) out.add(text);
      }
      if (node.options) for (const option of Object.values(node.options)) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  for (const [key, message] of Object.entries(en)) {
    if (!AREAS.some((area) => key.startsWith(area))) continue;
    walk(new IntlMessageFormat(message, 'en').getAst() as unknown as AstNode[]);
  }
  return [...out];
}

const PHRASES = englishPhrases();
const FIXTURE = resolve(process.cwd(), 'tests/fixtures/project/v1.routeshift.json');
const fixture = () => JSON.parse(readFileSync(FIXTURE, 'utf8'));

function noEnglish(texts: string[]): void {
  const left = texts.flatMap((text) => PHRASES.filter((phrase) => text.includes(phrase)).map((phrase) => `${phrase} ← ${text}`));
  expect(left).toEqual([]);
}

function projectError(raw: unknown): ProjectError {
  const result = restoreProject(raw, 'bericht.routeshift.json');
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('opened');
  return result.error;
}

/** A project whose settings and first dataset break the schema: zod's own checks and the schema's messages. */
function schemaBroken(): unknown {
  const raw = fixture();
  const settings = raw.workspace.settings;
  settings.theme = 'sepia';
  settings.camera = { lon: 500, lat: 0, zoom: 3 };
  settings.demoVisible = 'yes';
  const first = raw.workspace.datasets[0];
  first.sourceFiles = 'punkte.csv';
  first.dataset.segments[0].active.from = '2019-13';
  first.dataset.segments[0].mode = 'jetpack';
  first.dataset.segments[1].path = [[20, 44]];
  return raw;
}

/** A project that passes the schema but whose dataset refers to what it does not have. */
function referencesBroken(): unknown {
  const raw = fixture();
  const dataset = raw.workspace.datasets[1].dataset;
  dataset.segments[0].corridorId = 'nirgendwo';
  dataset.hubs[1].id = dataset.hubs[0].id;
  dataset.safeHouses[0].active = { from: '2016-05', to: '2015-01' };
  return raw;
}

async function storageMessages(): Promise<string[]> {
  const unavailable = await openWorkspaceDb(null as unknown as IDBFactory).then(
    () => null,
    (error: unknown) => error,
  );
  expect(unavailable).toBeInstanceOf(WorkspaceStorageError);
  const quota = toStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'saveSettings');
  const failed = toStorageError(new DOMException('Value not cloneable', 'DataCloneError'), { action: 'saveDataset', name: 'Punkte' });
  // Nothing said about the cause: the app's own words for it.
  const several = toStorageError('', { action: 'saveDatasets', count: 3 });
  expect([quota.kind, failed.kind, several.kind]).toEqual(['quota', 'failed', 'failed']);
  return [(unavailable as WorkspaceStorageError).message, quota.message, failed.message, several.message];
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Unnamed dated places with a source, and a line naming no places or corridor: names and notes the import writes. */
function imported(): { dataset: Dataset; name: string; sourceTitles: string[] } {
  const places = importFile('orte.csv', encode('lat,lon,date,source\n44.8,20.46,2015-10,UNHCR\n45.1,19.8,2015-09,IOM\n'), { pointKind: 'hub' });
  const lines = importFile('linien.csv', encode('wkt,date\n"LINESTRING (21.6 42.3, 20.45 44.8)",2015-10\n'), { pointKind: 'hub' });
  const loaded = loadedDatasetOf([places, lines], { id: 'ds-1', loadedAt: '2026-12-06T00:00:00.000Z' });
  expect(loaded).not.toBeNull();
  const dataset = loaded!.dataset;
  const unnamed = buildImportedDataset([places], { name: ' ', loadedAt: '2026-12-06T00:00:00.000Z' });
  return { dataset, name: unnamed.name, sourceTitles: dataset.sources.map((s) => `${s.title} · ${s.licence ?? ''}`) };
}

/** What the detail panel shows of every hub and corridor: title, notes and sources. */
function shown(dataset: Dataset): string[] {
  const out: string[] = [];
  for (const hub of dataset.hubs) {
    const details = entityDetails(dataset, resolveEntity(dataset, { kind: 'hub', id: hub.id })!, '2015-10');
    out.push(details.title, details.notes ?? '', ...details.sources);
  }
  for (const corridor of dataset.corridors) out.push(corridor.notes ?? '');
  return out;
}

afterEach(() => setActiveLocale('en'));

async function use(locale: LocaleCode): Promise<void> {
  expect(await loadCatalogue(locale)).toBe(true);
  setActiveLocale(locale);
}

describe('the last English, in German', () => {
  it('lists a project file’s schema problems in German, paths as in the file', async () => {
    await use('de');
    const error = projectError(schemaBroken());
    const issues = Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.message]));
    expect(issues).toMatchObject({
      'workspace.settings.theme': "Erwartet: 'light', 'dark' oder 'projector'",
      'workspace.settings.camera.lon': 'Der Längengrad muss ≤ 180 sein',
      'workspace.settings.demoVisible': 'Erwartet: true oder false',
      'workspace.datasets[0].sourceFiles': 'Erwartet: eine Liste, gefunden: Text',
      'workspace.datasets[0].dataset.segments[0].active.from': "Erwartet: ein Monat 'YYYY-MM'",
      'workspace.datasets[0].dataset.segments[0].mode': expect.stringMatching(/^Erwartet: einer der Werte "road", "rail", /),
      'workspace.datasets[0].dataset.segments[1].path': 'Ein Pfad braucht mindestens zwei Punkte',
    });
    expect(error.message).toMatch(/^„bericht\.routeshift\.json“ ist eine RouteShift-Projektdatei, hat aber 7 Probleme/);
    expect(error.message).toContain('workspace.datasets[0].sourceFiles: Erwartet: eine Liste, gefunden: Text');
    expect(error.message).toMatch(/\(und 4 weitere\)\.$/);
    noEnglish([error.message, ...Object.values(issues)]);
  });

  it('lists a project file’s dataset reference problems in German', async () => {
    await use('de');
    const error = projectError(referencesBroken());
    const messages = (error.issues ?? []).map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "workspace.datasets[1].dataset.segments[0].corridorId: Unbekannte Korridor-ID 'nirgendwo'",
        expect.stringMatching(/^workspace\.datasets\[1\]\.dataset\.hubs\[1\]\.id: Doppelte Drehkreuz-ID '.+' \(zuerst bei hubs\[0\]\)$/),
        'workspace.datasets[1].dataset.safeHouses[0].active: Zeitraum beginnt nach seinem Ende (von 2016-05, bis 2015-01)',
      ]),
    );
    noEnglish([error.message, ...messages]);
  });

  it('says storage errors in German', async () => {
    await use('de');
    const messages = await storageMessages();
    expect(messages[0]).toBe(formatMessage('de', 'storage.unavailable'));
    expect(messages[0]).toMatch(/^Dieser Browser lässt RouteShift keine Daten behalten/);
    expect(messages[1]).toMatch(/^Der Browser hat keinen Platz mehr/);
    expect(messages[2]).toBe('Der Datensatz „Punkte“ ließ sich nicht speichern: Value not cloneable.');
    expect(messages[3]).toBe('3 Datensätze ließen sich nicht speichern: unbekannter Speicherfehler.');
    noEnglish(messages);
  });

  it('writes an import’s names, notes and source in German, and the detail panel shows them', async () => {
    await use('de');
    const { dataset, name, sourceTitles } = imported();
    expect(name).toBe('Importierte Daten');
    expect(sourceTitles).toEqual(['Eigene Datei orte.csv · Eigene Daten (bleiben in diesem Browser)', 'Eigene Datei linien.csv · Eigene Daten (bleiben in diesem Browser)']);
    const hubs = dataset.hubs.map((h) => [h.name, h.notes]);
    expect(hubs).toEqual(
      expect.arrayContaining([
        ['Ort bei 44.80000, 20.46000', 'In der Datei datiert: 2015-10 (Orte werden in jedem Monat angezeigt). In der Datei angegebene Quelle: UNHCR.'],
        ['Linienende bei 42.3000, 21.6000', 'Vom Import angelegt: Ende einer Linie in linien.csv, die hier keinen Ort nennt.'],
      ]),
    );
    expect(dataset.corridors.map((c) => c.notes)).toEqual(['Vom Import angelegt: die Linien aus linien.csv, die keinen Korridor nennen.']);
    const screen = shown(dataset);
    expect(screen).toContain('Ort bei 45.10000, 19.80000');
    expect(screen).toContain('In der Datei datiert: 2015-09 (Orte werden in jedem Monat angezeigt). In der Datei angegebene Quelle: IOM.');
    noEnglish([name, ...sourceTitles, ...screen]);
  });

  it('gives exported rows German units where the data has none (the data’s own units stay)', async () => {
    await use('de');
    const items = visibleItems(demoDataset(), { from: '2015-10', to: '2015-10' }, DEFAULT_LAYERS);
    const units = [...new Set(items.map((item) => item.unit).filter((unit): unit is string => unit !== null))];
    expect(units).toContain('Tote und Vermisste');
    expect(units.some((unit) => /^Status im .+2015$/.test(unit))).toBe(true);
    expect(units.some((unit) => unit.endsWith(', ganze Route)'))).toBe(true);
    noEnglish(units);
  });

  it('says the demo’s load failure in German (the server’s own words stay)', async () => {
    await use('de');
    const notFound = (async () => new Response('', { status: 404 })) as unknown as typeof fetch;
    await expect(loadBuiltDataset('http://x/data/demo.json', notFound)).rejects.toThrow('demo.json ließ sich nicht lesen: HTTP 404');
  });
});

describe('the last English, in Serbian Cyrillic', () => {
  it('says project checks, storage errors and import notes in Cyrillic, with no English sentence left', async () => {
    await use('sr-Cyrl');
    const schema = projectError(schemaBroken());
    const references = projectError(referencesBroken());
    const storage = await storageMessages();
    const { dataset, name, sourceTitles } = imported();
    const screen = shown(dataset);
    const issue = (error: ProjectError, path: string) => error.issues?.find((i) => i.path === path)?.message;
    expect(issue(schema, 'workspace.settings.demoVisible')).toBe('Очекивано true или false');
    expect(issue(schema, 'workspace.datasets[0].sourceFiles')).toBe('Очекивано: листа, пронађено: текст');
    expect(issue(references, 'workspace.datasets[1].dataset.segments[0].corridorId')).toBe("Непознат ИД коридора 'nirgendwo'");
    expect(storage[3]).toBe('3 скупа података није било могуће сачувати: непозната грешка складишта.');
    expect(name).toBe('Увезени подаци');
    expect(sourceTitles[0]).toBe('Корисничка датотека orte.csv · Кориснички подаци (остају у овом прегледачу)');
    expect(screen).toContain('Место код 44.80000, 20.46000');
    const texts = [schema.message, references.message, ...storage, name, ...sourceTitles, ...screen];
    noEnglish(texts);
    // Serbian Latin letters never appear in the Cyrillic sentences (file names and values aside).
    expect(texts.filter((text) => /[čćžšđ]/i.test(text))).toEqual([]);
  });
});

/** The phrases checked are real: each area's English has some, and English text is caught. */
describe('the check itself', () => {
  it('finds English phrases of every area and catches them', () => {
    for (const area of AREAS) expect(PHRASES.some((p) => Object.entries(en).some(([k, m]) => k.startsWith(area) && m.includes(p)))).toBe(true);
    const english = formatMessage('en', 'importNotes.madeLineEnd', { file: 'linien.csv' });
    expect(PHRASES.filter((p) => english.includes(p))).not.toEqual([]);
  });
});
