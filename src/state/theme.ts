import type { Presentation } from '../share/presentation';

export type ResolvedTheme = 'light' | 'dark';

export interface PageTheme {
  /** Takes the host page's word for light or dark, when the theme follows the host. */
  setHostTheme(theme: ResolvedTheme): void;
}

/** Black or white, whichever reads better on the accent colour (WCAG relative luminance). */
function inkFor(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    // Stryker disable next-line EqualityOperator: no 8-bit channel is exactly 0.03928 (10/255 is 0.03922)
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Stryker disable next-line EqualityOperator: no 8-bit colour has a luminance of exactly 0.179
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

/**
 * Applies the light or dark theme to the page: `theme=`, or the OS's with `theme=auto`, until a host page
 * says otherwise (only embed.js's wizards that follow the host do). Lives as long as the page; returns a
 * way to take the host's word.
 */
export function applyTheme(presentation: Presentation, root: HTMLElement, win: Window = window): PageTheme {
  const media = win.matchMedia('(prefers-color-scheme: dark)');
  let hostTheme: ResolvedTheme | null = null;
  // The host's word wins: embed.js starts a wizard in the page's theme (theme=) and tells it of changes.
  const resolve = (): ResolvedTheme =>
    hostTheme ?? (presentation.theme !== 'auto' ? presentation.theme : media.matches ? 'dark' : 'light');
  const update = () => {
    root.dataset.theme = resolve();
  };

  root.dataset.embed = String(presentation.embed);
  if (presentation.accent) {
    root.style.setProperty('--accent', presentation.accent);
    root.style.setProperty('--accent-ink', inkFor(presentation.accent));
  }
  update();
  media.addEventListener('change', update);
  return {
    setHostTheme(theme: ResolvedTheme) {
      hostTheme = theme;
      update();
    },
  };
}
