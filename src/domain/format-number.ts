/**
 * Numbers as the app shows them, in the active language: '205,703' in English (en-GB grouping),
 * '205.703' in German. The app's one place for number formats; each format is made once per
 * language, when first used (src/domain/i18n/intl-cache.ts says why).
 */
import { numberFormatFor } from './i18n/intl-cache';
import { activeLocale, t } from './i18n/translate';

/** '12,345', '2.5' (up to three decimals). */
export function formatNumber(n: number): string {
  return numberFormatFor(activeLocale()).format(n);
}

/** Rounded to a whole number: '205,704' for 205,703.6. */
export function formatWholeNumber(n: number): string {
  return numberFormatFor(activeLocale(), { maximumFractionDigits: 0 }).format(n);
}

/** A percentage (given in percent, not as a share) with one decimal: '42.3 %'. */
export function formatPercent(percent: number): string {
  return t('number.percent', { value: numberFormatFor(activeLocale(), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(percent) });
}

/** A change in percent with its sign and one decimal: '+12.5 %', '−83.4 %' (a minus sign, not a hyphen). */
export function formatSignedPercent(percent: number): string {
  const signed = numberFormatFor(activeLocale(), { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(percent);
  return t('number.percent', { value: signed.replace('-', '−') });
}

/** A file size: '12 MB', '2.5 MB', '340 KB', '512 bytes' (1 MB = 1024 × 1024 bytes). */
export function formatBytes(bytes: number): string {
  const locale = activeLocale();
  if (bytes >= 1024 * 1024) {
    const digits = bytes >= 10 * 1024 * 1024 ? 0 : 1;
    // Rounded by toFixed first, as the English sizes always were; Intl then writes the decimal sign.
    return t('number.megabytes', { value: numberFormatFor(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(Number((bytes / 1024 / 1024).toFixed(digits))) });
  }
  if (bytes >= 1024) return t('number.kilobytes', { value: numberFormatFor(locale, { useGrouping: false }).format(Math.round(bytes / 1024)) });
  return t('number.bytes', { value: String(bytes) });
}
