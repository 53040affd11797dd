// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPresentation } from '../../src/share/presentation';
import { applyTheme } from '../../src/state/theme';

/** A window whose colour scheme is dark or light as told, and can change like the OS setting. */
function windowPreferring(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches: dark,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'change') listeners.add(listener);
    },
  };
  const win = {
    matchMedia: (query: string) => {
      if (query !== '(prefers-color-scheme: dark)') throw new Error(`unexpected query ${query}`);
      return media;
    },
  } as unknown as Window;
  const prefer = (next: boolean) => {
    media.matches = next;
    listeners.forEach((listener) => listener());
  };
  return { win, prefer };
}

const themed = (query: string, dark = false) => {
  const root = document.createElement('html');
  const { win, prefer } = windowPreferring(dark);
  const page = applyTheme(readPresentation(query), root, win);
  return { root, prefer, page };
};

describe('the page’s theme', () => {
  it('follows the OS with theme=auto or none, and its changes', () => {
    const { root, prefer } = themed('', true);
    expect(root.dataset.theme).toBe('dark');
    prefer(false);
    expect(root.dataset.theme).toBe('light');
    expect(themed('?theme=auto').root.dataset.theme).toBe('light');
  });

  it('keeps a theme the link asks for, whatever the OS says', () => {
    const { root, prefer } = themed('?theme=light', true);
    expect(root.dataset.theme).toBe('light');
    prefer(true);
    expect(root.dataset.theme).toBe('light');
    expect(themed('?theme=dark').root.dataset.theme).toBe('dark');
  });

  it('takes the host page’s word over both, and keeps it when the OS changes', () => {
    const { root, prefer, page } = themed('?embed=1&theme=light');
    page.setHostTheme('dark');
    expect(root.dataset.theme).toBe('dark');
    prefer(false);
    expect(root.dataset.theme).toBe('dark');
    page.setHostTheme('light');
    expect(root.dataset.theme).toBe('light');
  });

  it('marks an embedded page as such, and a standalone one as not', () => {
    expect(themed('?embed=1').root.dataset.embed).toBe('true');
    expect(themed('').root.dataset.embed).toBe('false');
  });

  it.each([
    ['ffffff', '#000000'],
    ['000000', '#ffffff'],
    // Mid greys and saturated colours sit either side of the WCAG contrast crossover (luminance 0.179).
    ['757575', '#ffffff'],
    ['767676', '#000000'],
    ['0f766e', '#ffffff'],
    ['ffd700', '#000000'],
    ['0000ff', '#ffffff'],
    ['00ff00', '#000000'],
    ['ff0000', '#000000'],
    // Dark channels on the linear segment of the sRGB curve (at or below 0.03928).
    ['0a0a0a', '#ffffff'],
    // The one place the linear segment decides: a zero channel read on the curve would tip it to black.
    ['0075dc', '#ffffff'],
  ])('gives accent %s the readable ink %s', (accent, ink) => {
    const { root } = themed(`?accent=${accent}`);
    expect(root.style.getPropertyValue('--accent')).toBe(`#${accent}`);
    expect(root.style.getPropertyValue('--accent-ink')).toBe(ink);
  });

  it('sets no accent when none is given', () => {
    const { root } = themed('?accent=nope');
    expect(root.style.getPropertyValue('--accent')).toBe('');
    expect(root.style.getPropertyValue('--accent-ink')).toBe('');
  });
});
