/**
 * What a storyboard handout holds, as plain data: the browser captures the pictures and reads the
 * store (export-handout.ts), handout-pdf.ts turns this into the PDF. Nothing here knows the DOM,
 * so the PDF can be built and read back in Node tests.
 */
import type { LegendMark } from '../legend-content';

/** A map picture, already encoded. */
export interface HandoutPicture {
  bytes: Uint8Array;
  format: 'JPEG' | 'PNG';
}

export interface HandoutLegendEntry {
  mark: LegendMark;
  label: string;
  /** An icon mark as PNG bytes (the browser draws the app's SVG symbol); without it a plain ring in its colour. */
  icon?: Uint8Array;
}

/** One source as the reader needs it to look it up: everything the dataset says, as text. */
export interface HandoutSource {
  key: string;
  title: string;
  publisher?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
  licence?: string | undefined;
  weak?: boolean | undefined;
}

export interface HandoutView {
  title: string;
  /** 'August 2015', or '' when the title says the month already. */
  period: string;
  caption: string;
  notes: string;
  /** The view's own sources (its caption's facts and figures). */
  sources: { key: string; title: string }[];
  /** What the picture's data comes from: datasets by short name ('IOM (CC BY 4.0)'), reports counted. */
  mapData: { named: string[]; further: number };
  legend: HandoutLegendEntry[];
  /** Width over height of the area the view has to show, as drawn (Web Mercator). */
  aspect: number;
  /** Null while the page is only being planned (the picture is captured to fit the planned box). */
  picture: HandoutPicture | null;
}

export interface Handout {
  title: string;
  /** The day it was made, as people read it: '5 December 2026'. */
  made: string;
  /** The marking line as the user typed it; '' = none. */
  marking: string;
  /** The months the data covers: 'January 2009 – April 2025'. */
  dataPeriod: string;
  views: HandoutView[];
  /** Every source of the dataset the handout shows, in the dataset's order. */
  sources: HandoutSource[];
  includeNotes: boolean;
}

/** DejaVu Sans, regular and bold (public/fonts/): Latin with diacritics, Cyrillic and Greek. */
export interface HandoutFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}
