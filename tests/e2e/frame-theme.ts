/*
 * An embedded wizard paints in its host page's theme from its first frame (design.md), whatever the system's
 * preference: these page scripts, for any browser driver, show it frame by frame.
 */

/**
 * A page script for every frame: inside an embedded wizard, records on every animation frame from the first
 * whether the text it paints is dark (its light theme) or light (its dark theme).
 */
export function sampleFrameTheme() {
  if (window === top) return;
  const samples: ('light' | 'dark')[] = [];
  (window as unknown as { themeSamples: typeof samples }).themeSamples = samples;
  const sample = () => {
    const colour = getComputedStyle(document.documentElement).color;
    const [first = 0, g = 0, b = 0] = colour.match(/[\d.]+/g)!.map(Number);
    // Lightness from 0 to 1, from rgb(), or oklch()/oklab() (0 to 1), or lab()/lch() (0 to 100).
    const lightness = /^rgb/.test(colour)
      ? (0.2126 * first + 0.7152 * g + 0.0722 * b) / 255
      : /^ok/.test(colour)
        ? first
        : first / 100;
    samples.push(lightness < 0.5 ? 'light' : 'dark');
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/** The themes sampleFrameTheme has seen so far, read in the frame. */
export const frameThemeSamples = () => (window as unknown as { themeSamples: string[] }).themeSamples;

/**
 * A light docs page on a dark system, and a dark one on a light system: the frame follows the page. The
 * query gives tests/e2e/host/docs-snippet.html that theme.
 */
export const THEME_CASES = [
  { page: 'light', system: 'dark', query: '?theme=light' },
  { page: 'dark', system: 'light', query: '?theme=dark' },
] as const;
