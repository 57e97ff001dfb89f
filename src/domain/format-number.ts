/**
 * Numbers as the app shows them (en-GB grouping: 12,345). The app's one place for number formats:
 * `toLocaleString('en-GB')` makes a new formatter on every call, and the first costs tens of
 * milliseconds (a start-up profile had it at the top of the demo's commit), so each format here is
 * made once, when first used.
 */
let formatter: Intl.NumberFormat | undefined;
let wholeFormatter: Intl.NumberFormat | undefined;
let percentFormatter: Intl.NumberFormat | undefined;
let signedPercentFormatter: Intl.NumberFormat | undefined;

/** '12,345', '2.5' (up to three decimals). */
export function formatNumber(n: number): string {
  formatter ??= new Intl.NumberFormat('en-GB');
  return formatter.format(n);
}

/** Rounded to a whole number: '205,704' for 205,703.6. */
export function formatWholeNumber(n: number): string {
  wholeFormatter ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  return wholeFormatter.format(n);
}

/** A percentage (given in percent, not as a share) with one decimal: '42.3 %'. */
export function formatPercent(percent: number): string {
  percentFormatter ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return `${percentFormatter.format(percent)} %`;
}

/** A change in percent with its sign and one decimal: '+12.5 %', '−83.4 %' (a minus sign, not a hyphen). */
export function formatSignedPercent(percent: number): string {
  signedPercentFormatter ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' });
  return `${signedPercentFormatter.format(percent).replace('-', '−')} %`;
}

/** A file size: '12 MB', '2.5 MB', '340 KB', '512 bytes' (1 MB = 1024 × 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
