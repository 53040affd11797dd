import './styles.css';
import { readPresentation } from './share/presentation';
import { applyTheme } from './state/theme';
import { paintFirstScreen } from './first-paint';

/*
 * The page's only script. Every door paints from HTML and CSS alone: the start screen prerendered in
 * index.html, or the question, verdict headline or embedded start that first-paint.ts takes from the
 * page's templates. So the app is fetched only after that first paint and its download never delays it;
 * an address the templates do not cover fetches it at once.
 *
 * The theme is applied here, before anything paints: the prerendered page takes the right theme at once,
 * and inside an embed it hides the standalone header and footer (styles.css: .standalone-only).
 */
const presentation = readPresentation(location.search);
const theme = applyTheme(presentation, document.documentElement);

// Evaluating a chunk is one task that cannot be split, so React (its own chunk, see vite.config.ts), the
// app's modules and the app's start each come in a task of their own.
const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const startApp = () =>
  void import('react-dom/client')
    .then(nextTask)
    .then(() => import('./main'))
    .then(async ({ start }) => {
      await nextTask();
      start(presentation, theme);
    });

/*
 * Waits for the first paint itself, with no timer racing it: on a busy machine the first frame can take
 * over a second, and an app fetched before it would be counted in (and delay) that paint. Only a browser
 * that does not report paint timing starts the app at once.
 */
function afterFirstContentfulPaint(callback: () => void) {
  if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return callback();
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    callback();
  }).observe({ type: 'paint', buffered: true });
}

if (paintFirstScreen(document, location.hash, presentation.embed)) afterFirstContentfulPaint(startApp);
else startApp();
