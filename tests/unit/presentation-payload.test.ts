import { describe, expect, it } from 'vitest';
import {
  injectPayload,
  parsePayload,
  PAYLOAD_ELEMENT_ID,
  payloadScript,
  presentationFileName,
  type PresentationPayload,
} from '../../src/features/presentation-file/presentation-payload';
import { buildPayload } from '../../src/features/presentation-file/save-presentation';
import type { Workspace } from '../../src/domain/workspace';
import { smallDatasets } from '../fixtures/project/small-workspace';
import { storyboardWorkspace } from '../fixtures/project/storyboard-workspace';

const SAVED_AT = '2026-11-29T09:30:00.000Z';
const PAGE = '<!doctype html><html><head><script type="module">const s = "</body>";</script></head><body><div id="root"></div></body></html>';

/** The storyboard workspace with the small fixture's datasets, one of them hidden. */
function workspace(): Workspace {
  const [shown, ...rest] = smallDatasets();
  const hidden = { ...(rest[0] ?? shown!), id: 'ds-hidden', name: 'Hidden one', visible: false };
  return { ...storyboardWorkspace(), datasets: [shown!, hidden] };
}

/** What a browser would hand to JSON.parse: the text between the payload element's tags. */
function payloadText(html: string): string {
  const open = `<script type="application/json" id="${PAYLOAD_ELEMENT_ID}">`;
  const start = html.indexOf(open);
  expect(start).toBeGreaterThanOrEqual(0);
  // An HTML parser ends a script element at the first "</script" whatever the JSON says.
  const end = html.toLowerCase().indexOf('</script', start + open.length);
  return html.slice(start + open.length, end);
}

describe('presentation payload', () => {
  it('carries only visible user datasets, the storyboard, marking and theme', () => {
    const payload = buildPayload({ theme: 'dark' }, workspace(), SAVED_AT);
    const result = parsePayload(JSON.stringify(payload));
    if (!result.ok) throw new Error(result.message);
    const { content } = result;
    expect(content.workspace.datasets.map((d) => d.id)).toEqual([smallDatasets()[0]!.id]);
    expect(content.workspace.settings.storyboard?.map((v) => v.title)).toEqual(storyboardWorkspace().settings.storyboard?.map((v) => v.title));
    expect(content.workspace.settings.marking).toBe('OFFICIAL — for briefing use only');
    expect(content.workspace.settings.month).toBe('2016-03');
    expect(content.workspace.settings.demoVisible).toBe(true);
    expect(content.theme).toBe('dark');
    expect(content.title).toBe('The Balkan route at its peak');
  });

  it('keeps the projector theme beside the project, whose format knows light and dark only', () => {
    const payload = buildPayload({ theme: 'projector' }, workspace(), SAVED_AT);
    expect(payload.theme).toBe('projector');
    expect((payload.project as { workspace: Workspace }).workspace.settings.theme).toBe('light');
  });

  it('escapes < so that user text cannot close the script element', () => {
    const ws = workspace();
    const evil = '</script><script>alert(1)</script><!-- $& $\' -->';
    ws.settings.storyboard![0]!.title = evil;
    ws.settings.marking = '</SCRIPT>';
    const html = injectPayload(PAGE, buildPayload({ theme: 'light' }, ws, SAVED_AT));
    const script = payloadScript(buildPayload({ theme: 'light' }, ws, SAVED_AT));
    expect(script.toLowerCase().split('</script').length).toBe(2); // only the element's own end tag
    expect(script).not.toContain('<!--');
    const result = parsePayload(payloadText(html));
    if (!result.ok) throw new Error(result.message);
    expect(result.content.title).toBe(evil);
    expect(result.content.workspace.settings.storyboard?.[0]?.title).toBe(evil);
    expect(result.content.workspace.settings.marking).toBe('</SCRIPT>');
  });

  it('goes in before the last </body>, once, and replaces an earlier payload', () => {
    const first = injectPayload(PAGE, buildPayload({ theme: 'light' }, workspace(), SAVED_AT));
    expect(first.indexOf(`id="${PAYLOAD_ELEMENT_ID}"`)).toBeGreaterThan(first.indexOf('<div id="root"></div>'));
    expect(first.endsWith('</body></html>')).toBe(true);
    expect(first).toContain('const s = "</body>";'); // the script's text is left alone
    const again = injectPayload(first, buildPayload({ theme: 'dark' }, workspace(), SAVED_AT));
    expect(again.split(`id="${PAYLOAD_ELEMENT_ID}"`).length).toBe(2);
    const result = parsePayload(payloadText(again));
    expect(result.ok && result.content.theme).toBe('dark');
  });

  it('refuses what is not a readable payload, with a reason', () => {
    const good = buildPayload({ theme: 'light' }, workspace(), SAVED_AT);
    const broken = (change: Partial<PresentationPayload> | Record<string, unknown>) => parsePayload(JSON.stringify({ ...good, ...change }));
    expect(parsePayload('{not json')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
    expect(broken({ format: 'routeshift-project' })).toMatchObject({ ok: false, message: expect.stringContaining('format') });
    expect(broken({ version: 2 })).toMatchObject({ ok: false });
    expect(broken({ theme: 'neon' })).toMatchObject({ ok: false, message: expect.stringContaining('theme') });
    const project = good.project as { workspace: Workspace };
    const badView = { ...project, workspace: { ...project.workspace, settings: { ...project.workspace.settings, storyboard: [{ title: 'no camera' }] } } };
    expect(broken({ project: badView })).toMatchObject({ ok: false, message: expect.stringContaining('storyboard') });
  });

  it('names the file by date and storyboard title', () => {
    expect(presentationFileName(SAVED_AT, 'Central Mediterranean <b>2017</b> — Šid')).toBe('routeshift-presentation-2026-11-29-central-mediterranean-b-2017-b-sid.html');
    expect(presentationFileName(SAVED_AT, '')).toBe('routeshift-presentation-2026-11-29.html');
  });
});
