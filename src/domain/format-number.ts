/**
 * Numbers as the app shows them (en-GB grouping: 12,345). One formatter for the whole app:
 * `toLocaleString('en-GB')` makes a new one on every call, and the first costs tens of
 * milliseconds (a start-up profile had it at the top of the demo's commit).
 */
let formatter: Intl.NumberFormat | undefined;

export function formatNumber(n: number): string {
  formatter ??= new Intl.NumberFormat('en-GB');
  return formatter.format(n);
}
