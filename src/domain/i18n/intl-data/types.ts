/**
 * A language's CLDR formats as the app needs them (made by scripts/build-intl-data.ts), so months,
 * numbers and country names come out the same in every browser, also one without that language's
 * locale data.
 */
export interface IntlData {
  /** Per date form, one pattern per month (January first): the day as {d}, the year as {y}. */
  dates: Record<DateForm, string[]>;
  /** minimumGroupingDigits 2: four-digit numbers are written without a group separator ("2148"). */
  numbers: { group: string; decimal: string; minimumGroupingDigits: number };
  /** Region (country) names by ISO 3166 two-letter code. */
  regions: Record<string, string>;
}

export type DateForm = 'monthShortYear' | 'dayMonthShortYear' | 'monthLongYear' | 'dayMonthLongYear';
