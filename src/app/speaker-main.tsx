/** Entry of speaker.html: the speaker's window, light (React and the console only). */
import { mountSpeakerWindow } from './speaker-root';

const root = document.getElementById('root');
if (!root) throw new Error('speaker.html has no #root element');
mountSpeakerWindow(root);
