/* global document, window, Worker */
// Bare parse: the chosen File goes to a Web Worker that decodes it and parses it with papaparse.
const input = document.createElement('input');
input.type = 'file';
input.id = 'file';
document.body.append(input);

input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (!file) return;
  const started = window.performance.now();
  const worker = new Worker(new URL('./parse-worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => {
    window.__benchParsed = { ...event.data, ms: window.performance.now() - started };
    worker.terminate();
  };
  worker.postMessage(file);
});
