import { Activity, lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { CRITERION_IDS } from '../rules/schema';
import { useRules, useWizard } from '../state/wizard-context';
import { displayedStep } from '../state/steps';
import { firstUnanswered } from '../engine/answers';
import { formatDate } from '../share/dates';
import { CheckboxField } from '../components/checkbox-field';
import { StartScreen } from './steps/start-screen';
import { QuestionScreen } from './steps/question-screen';
import { HeadingMounted } from '../components/step-heading';
import { onDemand } from '../components/on-demand';
import { layOutWhenIdle } from '../components/lay-out-ahead';

// The result and the embed panel are most of the UI but not needed to answer, and most visits have no
// notice to show, so they load on demand.
export const notices = onDemand(() => import('./steps/notices').then((m) => m.Notices));
export const resultScreen = onDemand(() => import('./result/result-screen').then((m) => m.ResultScreen));
const EmbedPanel = lazy(() => import('./embed-panel').then((m) => ({ default: m.EmbedPanel })));

// The page painted before the app (and hydrated by it) links the app's start; just before the link is
// used, it takes the current answers along.
const withCurrentAnswers = (event: { currentTarget: HTMLAnchorElement }) => {
  event.currentTarget.href = `${window.location.pathname}${window.location.hash}`;
};

/** The page around the steps: notices, the current screen, focus and announcements on each step change. */
export function Wizard({ embedded }: { embedded: boolean }) {
  const rules = useRules();
  const step = useWizard((s) => displayedStep(rules, s));
  // The question on screen; on the start screen, the one Start (or Continue) leads to, rendered hidden so the
  // click only reveals it. One place in the tree for every question, so the markup a question's page was
  // painted with is always the one the app adopts.
  const nextQuestion = useWizard((s) => firstUnanswered(rules, s.answers));
  const question = step === 'start' ? nextQuestion : step === 'result' ? null : step;
  const shortcuts = useWizard((s) => s.shortcuts);
  const setShortcuts = useWizard((s) => s.setShortcuts);
  const hasNotices = useWizard((s) => s.notices.length > 0);
  const [embedOpen, setEmbedOpen] = useState(false);
  const shownStep = useRef<string | null>(null);
  const focusPending = useRef(false);

  // Children's layout effects run before this one, so a heading already on screen is focused from here, and
  // one that appears later (a lazy screen) claims the pending focus when it mounts. Layout effects, so focus
  // moves in the same commit that shows the new step.
  const headingMounted = useCallback(() => {
    const pending = focusPending.current;
    focusPending.current = false;
    return pending;
  }, []);
  useLayoutEffect(() => {
    // The first screen keeps the browser's own focus; later steps move it to their heading.
    const isFirst = shownStep.current === null;
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (isFirst) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) heading.focus();
    else focusPending.current = true;
  }, [step]);

  useEffect(() => {
    // The question Start reveals is hidden until then (display: none); laid out once ahead, its reveal is
    // quick.
    if (step !== 'start' || !question) return;
    return layOutWhenIdle(() => document.querySelector<HTMLElement>('main form'));
  }, [step, question]);

  useEffect(() => {
    // The last question fetches the result, so the answer's click paints it without waiting for a download.
    if (step === CRITERION_IDS.at(-1)) void resultScreen.preload();
  }, [step]);

  useEffect(() => {
    // Shows the controls that the prerendered page hides until they work (styles.css: .needs-app).
    document.documentElement.dataset.appReady = 'true';
  }, []);

  // Only step changes are announced, so the region starts empty, as the page painted before the app did.
  const [firstStep] = useState(step);
  const [moved, setMoved] = useState(false);
  if (!moved && step !== firstStep) setMoved(true);
  const announcement = !moved
    ? ''
    : step === 'start'
      ? 'Start'
      : step === 'result'
        ? 'Your result'
        : `Question ${CRITERION_IDS.indexOf(step) + 1} of ${CRITERION_IDS.length}`;

  const openEmbed = embedded ? undefined : () => setEmbedOpen(true);

  return (
    <div className={embedded ? 'px-1 py-1' : 'mx-auto max-w-3xl px-3 py-6 sm:px-6 sm:py-10'}>
      {!embedded && (
        <header className="standalone-only no-print mb-6 flex items-center gap-2">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8">
            <rect width="32" height="32" rx="7" fill="var(--accent)" />
            <circle cx="11" cy="16" r="4" fill="var(--accent-ink)" />
            <circle cx="21" cy="16" r="7" fill="none" stroke="var(--accent-ink)" strokeWidth="3" />
          </svg>
          <span className="text-lg font-bold">SLM or LLM?</span>
          <span className="ml-auto hidden text-sm text-ink-muted sm:inline">
            Private: runs in your browser
          </span>
        </header>
      )}
      <main>
        <HeadingMounted.Provider value={headingMounted}>
          {hasNotices && <notices.Component />}
          {step === 'start' && <StartScreen onOpenEmbed={openEmbed} />}
          {question && (
            <Activity mode={step === 'start' ? 'hidden' : 'visible'}>
              <QuestionScreen key={question} criterionId={question} />
            </Activity>
          )}
          {step === 'result' && <resultScreen.Component onOpenEmbed={openEmbed} />}
          <Suspense fallback={<p className="card">Loading…</p>}>
            {embedOpen && <EmbedPanel onClose={() => setEmbedOpen(false)} />}
          </Suspense>
        </HeadingMounted.Provider>
      </main>
      <footer
        className={`no-print grid gap-2 text-sm text-ink-muted ${embedded ? 'mt-4 rounded-xl bg-surface p-3' : 'mt-8'}`}
      >
        <CheckboxField checked={shortcuts} onChange={setShortcuts} className="needs-app">
          Number keys 1–3 choose an answer
        </CheckboxField>
        {!embedded && (
          <p className="standalone-only">
            Nothing you enter leaves this browser: no analytics, no cookies, no requests to any other site.
            Rules {rules.version}, advice as of {formatDate(rules.asOf, 'long')}, built from “{rules.source}”.
          </p>
        )}
        {embedded && (
          <p>
            <a
              className="underline"
              href="./"
              target="_blank"
              rel="noopener"
              onFocus={withCurrentAnswers}
              onMouseEnter={withCurrentAnswers}
              onClick={withCurrentAnswers}
            >
              Open the full app<span className="sr-only"> (opens in a new tab)</span>
            </a>{' '}
            · Runs in your browser; nothing leaves it.
          </p>
        )}
      </footer>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
