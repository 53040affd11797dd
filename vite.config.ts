/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { CONTENT_SECURITY_POLICY } from './src/csp.ts';

// The dev server injects inline scripts for hot reload, so the strict policy is added to built pages only.
const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

const APP_ENTRY = /[\\/]src[\\/]main\.tsx$/;
const PRELOAD_HELPER = 'vite/preload-helper';

/**
 * Puts every module that src/main.tsx reaches through static imports into one chunk, because they load
 * together anyway; shared with the on-demand screens, they would otherwise become small chunks of their
 * own, each a request and a separately compressed file. Vite's preload helper stays in the boot script,
 * which needs it first, so the boot script never has to wait for the app.
 */
function appChunk(id: string, ctx: Rolldown.ChunkingContext): string | null {
  const seen = new Set<string>();
  const reachesApp = (moduleId: string): boolean => {
    if (APP_ENTRY.test(moduleId)) return true;
    if (seen.has(moduleId) || moduleId.includes(PRELOAD_HELPER)) return false;
    seen.add(moduleId);
    return (ctx.getModuleInfo(moduleId)?.importers ?? []).some(reachesApp);
  };
  return reachesApp(id) ? 'main' : null;
}

export default defineConfig(({ mode }) => ({
  // Relative asset URLs let the same build be served from any sub-path, such as /tools/wizard/.
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  build:
    mode === 'embed'
      ? {
          // The loader is a separate, dependency-free script with a stable name: dist/embed.js.
          emptyOutDir: false,
          copyPublicDir: false,
          lib: {
            entry: 'src/embed/loader.ts',
            formats: ['iife'],
            name: 'SlmOrLlmEmbed',
            fileName: () => 'embed.js',
          },
        }
      : {
          manifest: true,
          // Every browser that runs the app's syntax either supports modulepreload or simply skips the hint.
          modulePreload: { polyfill: false },
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [{ name: appChunk, includeDependenciesRecursively: false }],
              },
            },
          },
        },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
}));
