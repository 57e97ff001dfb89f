import { createRoot } from 'react-dom/client';
import { isSpeakerRoute } from '../features/speaker/speaker-route';
import { App } from './App';
import { mountSpeakerWindow } from './speaker-root';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A presentation file is one page: its speaker window is the same file with ?speaker=1. (The app
// build opens speaker.html instead, which does not load the map's code at all.)
if (isSpeakerRoute(window.location.search)) mountSpeakerWindow(root);
// No StrictMode: its double-mounting in development re-creates the WebGL map (docs/stack-notes.md, "No React StrictMode").
else createRoot(root).render(<App />);
