import './styles.css';
import { readPresentation } from './share/presentation';
import { applyTheme } from './state/theme';

/*
 * The page's only script. A first visit sees the start screen prerendered in index.html, which paints
 * from HTML and CSS alone, so the app is fetched only after that first paint and its download never
 * delays it. A link or an embed shows something else, so the app is fetched at once.
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

// The dev server has no prerendered markup, so there is no first paint to wait for.
const showsPrerender =
  Boolean(document.getElementById('root')?.hasChildNodes()) &&
  location.hash.length <= 1 &&
  !presentation.embed;
if (showsPrerender) afterFirstContentfulPaint(startApp);
else startApp();
