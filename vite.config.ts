/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { CONTENT_SECURITY_POLICY } from './src/csp.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * An organisation's own wizard: SLM_OR_LLM_PROFILE names its profile file. `npm run profile:check` checks it
 * first, in a process of its own (the checks are the app's own TypeScript), and a file with any problem
 * stops the build with the same messages.
 */
function checkedProfile(): unknown {
  const file = process.env.SLM_OR_LLM_PROFILE;
  if (!file) return null;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/profile-check.ts', file], {
      stdio: 'inherit',
    });
  } catch {
    throw new Error(`The profile ${file} has problems (above): the build stops.`);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

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
const BOOT_ENTRY = /[\\/]src[\\/]boot\.ts$/;

/** Whether `entry` loads a module through static imports, found by walking up the module's importers. */
function staticallyImportedBy(entry: RegExp, id: string, ctx: Rolldown.ChunkingContext): boolean {
  const seen = new Set<string>();
  const reaches = (moduleId: string): boolean => {
    if (entry.test(moduleId)) return true;
    if (seen.has(moduleId)) return false;
    seen.add(moduleId);
    return (ctx.getModuleInfo(moduleId)?.importers ?? []).some(reaches);
  };
  return reaches(id);
}

/**
 * Puts every module that src/main.tsx loads through static imports into one chunk, because they load
 * together anyway; shared with the on-demand screens, they would otherwise become small chunks of their
 * own, each a request and a separately compressed file. What the boot script imports itself (Vite's
 * preload helper, the theme) stays with it, so the boot script never has to wait for the app.
 */
function appChunk(id: string, ctx: Rolldown.ChunkingContext): string | null {
  return staticallyImportedBy(APP_ENTRY, id, ctx) && !staticallyImportedBy(BOOT_ENTRY, id, ctx)
    ? 'main'
    : null;
}

// BUILD_DIR builds elsewhere than dist/, such as an organisation's build beside the public one.
const outDir = process.env.BUILD_DIR ?? 'dist';

export default defineConfig(({ mode }) => ({
  // Relative asset URLs let the same build be served from any sub-path, such as /tools/wizard/.
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  // embed.js shows no candidates: only the app needs the profile.
  define: mode === 'embed' ? {} : { __SLM_OR_LLM_PROFILE__: JSON.stringify(checkedProfile()) },
  build:
    mode === 'embed'
      ? {
          outDir,
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
          outDir,
          manifest: true,
          // Every browser that runs the app's syntax either supports modulepreload or simply skips the hint.
          modulePreload: { polyfill: false },
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // React in a chunk of its own, which boot.ts evaluates a task before the app's: the two
                  // together were one task of 74–98 ms at 4× CPU after the first paint.
                  {
                    name: 'react',
                    test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
                    priority: 1,
                  },
                  { name: appChunk, includeDependenciesRecursively: false },
                ],
              },
            },
          },
        },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/engines/**', 'tests/generators/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
}));
