import './styles.css';

/**
 * The page's only script. A first visit sees the start screen prerendered in index.html, which paints
 * from HTML and CSS alone, so the app is fetched only after that first paint and its download never
 * delays it. A link or an embed shows something else, so the app is fetched at once.
 */
const startApp = () => void import('./main');

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

const params = new URLSearchParams(location.search);
const embedded = params.get('embed') === '1';
// The prerendered markup is the standalone page; marked as embedded at once, it hides the parts an embed
// leaves out (styles.css: .standalone-only) until the app has rendered the embedded layout in its place.
if (embedded) document.documentElement.dataset.embed = 'true';
// The prerendered page takes the theme from the query or the OS before the app loads, so a dark-mode visit
// is never light for a moment; the app then applies the full rule (src/state/theme.ts), host page included.
const theme = params.get('theme');
document.documentElement.dataset.theme =
  theme === 'light' || theme === 'dark'
    ? theme
    : matchMedia('(prefers-color-scheme: dark)').matches
      ? 'dark'
      : 'light';

// The dev server has no prerendered markup, so there is no first paint to wait for.
const showsPrerender =
  Boolean(document.getElementById('root')?.hasChildNodes()) && location.hash.length <= 1 && !embedded;
if (showsPrerender) afterFirstContentfulPaint(startApp);
else startApp();
