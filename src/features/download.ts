/** Saves a URL's content (a blob: or data: URL) as a file through the browser: nothing leaves the machine. */
export function downloadUrl(fileName: string, url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves a blob as a file through the browser (a blob URL: nothing leaves the machine). */
export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  downloadUrl(fileName, url);
  // Revoke later: some browsers read the URL after click() returns (large files take a while).
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Saves text as a file through the browser. */
export function downloadText(fileName: string, text: string, mime: string) {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}
