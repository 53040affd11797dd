// What the focused sets of every engine share: where the app and a host page are served, the walks they
// take, and the scripts a page runs before its own.

export const APP = 'http://127.0.0.1:4173/';
export const HOST = 'http://127.0.0.2:4174/';
export const ALL_SLM = '#v=1&task=simple&run=device&speed=instant&budget=low&privacy=local';

/** By pointer, to the large-model verdict, and the link it ends on. */
export const WALK_TO_LLM = [
  'Complex or creative',
  'On servers',
  'A second or two',
  'High',
  'Managed services',
];
export const LLM_HASH = '#v=1&task=complex&run=cloud&speed=moderate&budget=high&privacy=managed';

/** The arrow presses on each question of the keyboard walk (0 keeps the first option), and its link. */
export const KEYBOARD_PRESSES = [0, 1, 2, 0, 1];
export const KEYBOARD_HASH = '#v=1&task=simple&run=either&speed=relaxed&budget=low&privacy=controlled';

export const WALK_TO_SLM = [
  'Simple and repetitive',
  'On end users’ devices',
  'Instantly',
  'Low',
  'It stays with us',
];

/** The steps an embedded walk tells its host about, in order. */
export const EMBED_STEPS = ['start', 'task', 'run', 'speed', 'budget', 'privacy', 'result'];

/** A page script, run before the page's own: storage throws on access, as with cookies blocked. */
export function blockStorage() {
  for (const name of ['localStorage', 'sessionStorage'])
    Object.defineProperty(window, name, {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
}

/** The events the host page's record-events.js has heard from its embeds. */
export interface RecordedEvent {
  name: string;
  id: string;
  detail: { step?: string; verdict?: string };
}
