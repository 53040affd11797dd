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

// Loading the app is one long task already; starting it in the next keeps each task short.
const startApp = () =>
  void import('./main').then(({ start }) => setTimeout(() => start(presentation, theme)));

function afterFirstContentfulPaint(callback: () => void) {
  let started = false;
  const once = () => {
    if (!started) callback();
    started = true;
  };
  setTimeout(once, 1000); // a browser without paint timing waits no longer than this
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    once();
  }
}

if (paintFirstScreen(document, location.hash, presentation.embed)) afterFirstContentfulPaint(startApp);
else startApp();
