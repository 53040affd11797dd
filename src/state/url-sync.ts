import type { StoreApi } from 'zustand/vanilla';
import { decodeLink, encodeLink } from '../share/link-codec';
import type { Questions } from '../rules/questions-schema';
import type { WizardState } from './wizard-types';
import { CHOICE_KEYS } from '../rules/traffic';

/** The hash (with "#", or "" for the start screen) that reproduces a state. */
function hashFor({ answers, step, traffic }: Pick<WizardState, 'answers' | 'step' | 'traffic'>): string {
  if (step === 'start') return '';
  return `#${encodeLink(answers, step === 'result' ? null : step, traffic)}`;
}

const REPLACE_DELAY_MS = 150;

export interface UrlSyncOptions {
  /** Push a history entry per step (the standalone app), or only replace (inside an embed). */
  history: 'push' | 'replace';
}

/**
 * Keeps the URL hash and the store in step: each new step is a history entry, answer changes replace
 * the current entry (debounced), and Back, Forward, reload and hand-edited hashes are read back.
 * Returns a function that stops syncing.
 */
export function syncWithUrl(
  store: StoreApi<WizardState>,
  rules: Questions,
  options: UrlSyncOptions,
  win: Window = window,
) {
  // The app marks each history entry it writes. An entry without the mark is one the person made by
  // typing or pasting a link into this tab: that is an opened link (its answers set the current ones
  // aside), not a move through the app's own history (which carries on the current answers).
  const ours = { from: 'slm-or-llm' };
  const isOurs = (state: unknown) => (state as typeof ours | null)?.from === ours.from;
  let written = win.location.hash;
  let writtenStep = store.getState().step;
  let pending: ReturnType<typeof setTimeout> | undefined;
  // While the URL is being read into the store, the store's changes must not be written back as new entries.
  // Stryker disable next-line BooleanLiteral: read(false) below sets it before anything subscribes
  let reading = false;

  /** Writes `hash` into the address: a new history entry with `push`, otherwise in place. */
  const write = (hash: string, push = false) => {
    clearTimeout(pending);
    pending = undefined;
    if (hash === win.location.hash) return;
    const url = `${win.location.pathname}${win.location.search}${hash}`;
    try {
      // Stryker disable next-line StringLiteral: browsers ignore the title argument
      win.history[push ? 'pushState' : 'replaceState'](ours, '', url);
      written = hash;
    } catch {
      // Browsers throttle history writes (about 100 in 30 s) by throwing; the state is still right.
    }
  };

  const mark = () => {
    try {
      // Stryker disable next-line StringLiteral: browsers ignore the title argument
      win.history.replaceState(ours, '', win.location.href);
    } catch {
      // Throttled (see write): the entry stays unmarked, and returning to it reads as an opened link.
    }
  };

  /** Reads the address into the store: on opening (`navigating` false), or after Back, Forward or an edit. */
  const read = (navigating: boolean) => {
    const hash = win.location.hash;
    if (navigating && hash === written) return;
    const entryIsOurs = isOurs(win.history.state);
    // Stryker disable next-line StringLiteral: applyLink reads every source but 'navigate' as an opened link
    const source = navigating && entryIsOurs ? 'navigate' : 'open';
    if (!entryIsOurs) mark();
    written = hash;
    reading = true;
    try {
      // On opening the store is on the start already, so going there changes nothing.
      if (!hash) store.getState().goTo('start');
      else store.getState().applyLink(decodeLink(rules, hash), source);
    } finally {
      reading = false;
    }
    writtenStep = store.getState().step;
    // Rewrite a hand-made or damaged link into its canonical form, in place.
    write(hashFor(store.getState()));
  };

  read(false);
  const onNavigate = () => read(true);
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);

  const unsubscribe = store.subscribe((state, previous) => {
    if (reading) return;
    const hash = hashFor(state);
    if (state.step !== writtenStep) {
      writtenStep = state.step;
      write(hash, options.history === 'push');
    } else if (
      state.answers !== previous.answers ||
      CHOICE_KEYS.some((k) => state.traffic[k] !== previous.traffic[k])
    ) {
      // An answer (a what-if change) or a choice (devices, GPU, rented or bought) is written at once, so a
      // reload straight after it shows it.
      write(hash);
    } else {
      // Typing in the estimate's fields writes once the typing pauses: browsers throttle history writes.
      // Always rescheduled, so typing back to what the address says cancels the write that was waiting.
      clearTimeout(pending);
      pending = setTimeout(() => write(hash), REPLACE_DELAY_MS);
    }
  });

  return () => {
    // What was still waiting to be written is written now, so the address never lags behind.
    write(hashFor(store.getState()));
    unsubscribe();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
  };
}
