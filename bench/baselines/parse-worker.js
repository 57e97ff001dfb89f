/* global self, TextDecoder */
import Papa from 'papaparse';

self.onmessage = async (event) => {
  const text = new TextDecoder().decode(await event.data.arrayBuffer());
  const result = Papa.parse(text, { skipEmptyLines: true });
  self.postMessage({ rows: result.data.length - 1, errors: result.errors.length });
};
