/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
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
      : { manifest: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
}));
