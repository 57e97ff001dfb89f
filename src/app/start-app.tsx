/** The app itself, loaded by the page's entry (main.tsx) once the map has been started. */
import { createRoot } from 'react-dom/client';
import { App } from './App';

export function startApp(root: HTMLElement) {
  // No StrictMode: its double-mounting in development re-creates the WebGL map (docs/stack-notes.md, "No React StrictMode").
  createRoot(root).render(<App />);
}
