/**
 * The messages between the audience window (the one presenting: the source of truth) and the
 * speaker's window. Pure: building, checking and reading messages; the transport is elsewhere
 * (speaker-link.ts). Anything that arrives is untrusted until `readMessage` accepts it: another
 * tab, an older copy of the app or a browser extension may post on the same channel.
 */
import { isLocaleCode, type LocaleCode } from '../../domain/i18n/locales';

/** Tells our messages apart from anything else posted to the window or channel. */
export const SPEAKER_PROTOCOL = 'routeshift-speaker';
export const SPEAKER_PROTOCOL_VERSION = 1;
/** BroadcastChannel name (same origin only). */
export const SPEAKER_CHANNEL = 'routeshift-speaker';

/** What the speaker window shows of one view: texts only, formatted by the audience window. */
export interface SpeakerView {
  title: string;
  /** The view's time window as the presenter shows it, e.g. "October 2015". */
  monthLabel: string;
  caption: string;
  notes: string;
}

/** The presentation as the speaker window needs it. */
export interface SpeakerSnapshot {
  views: SpeakerView[];
  index: number;
  blanked: boolean;
  /** When the presentation (or its clock, after a reset) started: epoch milliseconds. */
  startedAt: number;
  /** The audience window's interface language: the speaker window speaks it too (its own labels; the views' texts come formatted). */
  language: LocaleCode;
}

/** Audience → speaker. `presentation: null` = not presenting (never started, or ended). */
export type AudienceMessage = { kind: 'state'; audience: string; presentation: SpeakerSnapshot | null } | { kind: 'closed'; audience: string };

/** Speaker → audience. `to` names the audience window the speaker follows (absent: whichever is presenting). */
export type SpeakerCommand =
  | { kind: 'hello' }
  | { kind: 'step'; delta: 1 | -1 }
  | { kind: 'go'; index: number }
  | { kind: 'blank' }
  | { kind: 'reset-clock' };

export type SpeakerMessage = SpeakerCommand & { to?: string };

export type ProtocolMessage = { from: 'audience'; message: AudienceMessage } | { from: 'speaker'; message: SpeakerMessage };

/** What goes on the wire: plain data (structured clone), with the protocol's name and version. */
export interface Envelope {
  protocol: typeof SPEAKER_PROTOCOL;
  version: typeof SPEAKER_PROTOCOL_VERSION;
  from: 'audience' | 'speaker';
  message: AudienceMessage | SpeakerMessage;
}

export function encodeMessage(message: ProtocolMessage): Envelope {
  return { protocol: SPEAKER_PROTOCOL, version: SPEAKER_PROTOCOL_VERSION, from: message.from, message: message.message };
}

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
/** Bounds that keep a hostile or broken message from flooding the speaker window. */
const MAX_VIEWS = 1000;
const MAX_TEXT = 20_000;
const isShortText = (value: unknown): value is string => isText(value) && value.length <= MAX_TEXT;
const isId = (value: unknown): value is string => isText(value) && value.length > 0 && value.length <= 100;

function readView(value: unknown): SpeakerView | null {
  if (!isDict(value)) return null;
  const { title, monthLabel, caption, notes } = value;
  if (!isShortText(title) || !isShortText(monthLabel) || !isShortText(caption) || !isShortText(notes)) return null;
  return { title, monthLabel, caption, notes };
}

function readSnapshot(value: unknown): SpeakerSnapshot | null {
  if (!isDict(value) || !Array.isArray(value.views) || value.views.length === 0 || value.views.length > MAX_VIEWS) return null;
  const views = value.views.map(readView);
  const { index, blanked, startedAt, language } = value;
  if (views.some((v) => v === null) || !isIndex(index) || index >= views.length) return null;
  if (typeof blanked !== 'boolean' || typeof startedAt !== 'number' || !Number.isFinite(startedAt)) return null;
  // Only a language the app has: the code picks a catalogue to load, so nothing else may pass.
  if (!isLocaleCode(language)) return null;
  return { views: views as SpeakerView[], index, blanked, startedAt, language };
}

function readAudience(value: Dict): AudienceMessage | null {
  if (!isId(value.audience)) return null;
  if (value.kind === 'closed') return { kind: 'closed', audience: value.audience };
  if (value.kind !== 'state') return null;
  if (value.presentation === null) return { kind: 'state', audience: value.audience, presentation: null };
  const presentation = readSnapshot(value.presentation);
  return presentation ? { kind: 'state', audience: value.audience, presentation } : null;
}

function readCommand(value: Dict): SpeakerCommand | null {
  switch (value.kind) {
    case 'hello':
    case 'blank':
    case 'reset-clock':
      return { kind: value.kind };
    case 'step':
      return value.delta === 1 || value.delta === -1 ? { kind: 'step', delta: value.delta } : null;
    case 'go':
      return isIndex(value.index) ? { kind: 'go', index: value.index } : null;
    default:
      return null;
  }
}

function readSpeaker(value: Dict): SpeakerMessage | null {
  const command = readCommand(value);
  if (!command) return null;
  if (value.to === undefined) return command;
  return isId(value.to) ? { ...command, to: value.to } : null;
}

/**
 * The message carried by `data`, or null for anything that is not one of ours, of this version
 * and well formed (malformed messages are ignored, never half-applied). Only known fields are
 * copied, so nothing else a sender adds reaches the app.
 */
export function readMessage(data: unknown): ProtocolMessage | null {
  if (!isDict(data) || data.protocol !== SPEAKER_PROTOCOL || data.version !== SPEAKER_PROTOCOL_VERSION || !isDict(data.message)) return null;
  if (data.from === 'audience') {
    const message = readAudience(data.message);
    return message ? { from: 'audience', message } : null;
  }
  if (data.from === 'speaker') {
    const message = readSpeaker(data.message);
    return message ? { from: 'speaker', message } : null;
  }
  return null;
}
