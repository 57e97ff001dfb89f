/**
 * Text on handout pages: sizes in points, positions in millimetres, widths from the embedded
 * font's metrics (an injected `measure`, so layouts are pure and testable).
 */
import { wrapText } from '../overlay-layout';

/** Width in mm of `text` at `pt` points in the regular or bold face. */
export type Measure = (text: string, pt: number, bold: boolean) => number;

export const MM_PER_PT = 25.4 / 72;
const LEADING = 1.25;

/** The sizes used, in points. Nothing a reader needs is under 8 pt. */
export const PT = {
  pageTitle: 26,
  heading: 15,
  subheading: 11,
  period: 10.5,
  caption: 10,
  notes: 9,
  small: 8,
  legend: 8,
  strip: 8,
} as const;

export type Tone = 'ink' | 'muted';

/** One line of text; `y` is its top. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  pt: number;
  bold: boolean;
  tone: Tone;
  /** Where `x` is: the line's left end (default), its right end or its middle. */
  align?: 'left' | 'right' | 'center';
}

export interface TextStyle {
  pt: number;
  bold?: boolean;
  tone?: Tone;
}

export const lineHeight = (pt: number) => pt * LEADING * MM_PER_PT;

/** Wraps `text` into `width` mm; each paragraph (newline) starts a line. */
export function wrap(text: string, width: number, style: TextStyle, measure: Measure): string[] {
  return wrapText(text, width, style.pt, style.bold ?? false, measure);
}

/** A paragraph wrapped and stacked from `y` down; returns its lines and the y below it. */
export function stack(text: string, x: number, y: number, width: number, style: TextStyle, measure: Measure): { lines: PlacedLine[]; bottom: number } {
  const step = lineHeight(style.pt);
  const lines = wrap(text, width, style, measure).map((t, i): PlacedLine => ({ text: t, x, y: y + i * step, pt: style.pt, bold: style.bold ?? false, tone: style.tone ?? 'ink' }));
  return { lines, bottom: y + lines.length * step };
}
