/** A header name as matched: no BOM, trimmed, lower case, spaces, dashes, dots, slashes and brackets as '_'. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/()]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
