/** Small numeric helpers for the bench. */
export function median(values) {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (v, digits = 1) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : null);

/** Resolves once `fn()` in the page is truthy, polling every `interval` ms; → its value. */
export async function waitInPage(page, fn, arg, { timeout, interval = 100, what }) {
  try {
    const handle = await page.waitForFunction(fn, arg, { timeout, polling: interval });
    return await handle.jsonValue();
  } catch (error) {
    throw new Error(`${what} not reached within ${Math.round(timeout / 1000)} s: ${String(error.message).split('\n')[0]}`);
  }
}
