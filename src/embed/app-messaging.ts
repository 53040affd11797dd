import type { StoreApi } from 'zustand/vanilla';
import type { Questions } from '../rules/questions-schema';
import { checkAnswers } from '../engine/answers';
import { verdictFor } from '../engine/decide';
import type { Presentation } from '../share/presentation';
import { displayedStep } from '../state/steps';
import type { WizardState } from '../state/wizard-types';
import { envelope, readHostMessage, type AppMessage, type HostMessage } from './protocol';

export interface HostConnection {
  disconnect(): void;
}

/**
 * Talks to the host page when the app runs embedded: reports its height (at most once a frame, and never
 * on a result: see below), and,
 * only to the origin named in parentOrigin, its steps and results. Accepts a theme from that parent alone.
 * At top level, or without embed=1, it sends nothing at all.
 */
export function connectToHost(
  store: StoreApi<WizardState>,
  rules: Questions,
  presentation: Presentation,
  onTheme: (theme: HostMessage['theme']) => void,
  measured: HTMLElement,
  win: Window = window,
): HostConnection {
  if (!presentation.embed || win.parent === win) return { disconnect: () => undefined };
  const { parentOrigin } = presentation;

  const post = (message: AppMessage) => {
    // A height reveals nothing, so it may go to any host; answers and verdicts go to the named one only.
    const target = message.type === 'resize' ? (parentOrigin ?? '*') : parentOrigin;
    if (target) win.parent.postMessage(envelope(message), target);
  };

  let frame = 0;
  // Stryker disable next-line UnaryOperator: no wizard is 1 px tall
  let lastHeight = -1;
  const observer = new ResizeObserver(() => {
    // A result is many times taller than the questions. Grown to fit it, the frame would push the host's
    // content down by thousands of pixels after a click the host cannot see (a click in a cross-origin frame
    // is no input to it, so the shift counts against its layout stability), so it keeps the questions'
    // height and the result scrolls inside it.
    if (frame || displayedStep(rules, store.getState()) === 'result') return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const height = Math.ceil(measured.getBoundingClientRect().height);
      if (height !== lastHeight) post({ type: 'resize', height });
      lastHeight = height;
    });
  });
  observer.observe(measured);

  let lastStep: string | null = null;
  let lastResult: string | null = null;
  const report = (state: WizardState) => {
    if (state.step !== lastStep) {
      lastStep = state.step;
      // The store holds only the answers given, never an undefined one.
      post({ type: 'step', step: state.step, answers: { ...state.answers } as Record<string, string> });
    }
    // The host needs the verdict only, not the explanations, so the full recommendation is not computed.
    const checked = state.step === 'result' ? checkAnswers(rules, state.answers) : null;
    const key = checked?.ok ? JSON.stringify(checked.answers) : null;
    if (checked?.ok && key !== lastResult) {
      post({ type: 'result', verdict: verdictFor(rules, checked.answers), answers: { ...checked.answers } });
    }
    lastResult = key;
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || !parentOrigin || event.origin !== parentOrigin) return;
    const message = readHostMessage(event.data);
    if (message) onTheme(message.theme);
  };
  win.addEventListener('message', onMessage);

  post({ type: 'ready' });
  report(store.getState());
  const unsubscribe = store.subscribe(report);

  return {
    disconnect() {
      unsubscribe();
      observer.disconnect();
      win.cancelAnimationFrame(frame);
      win.removeEventListener('message', onMessage);
    },
  };
}
