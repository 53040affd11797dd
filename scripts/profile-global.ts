// Preloaded by the build's prerender step (package.json): defines for the prerendered pages what
// vite.config.ts defines for the bundle, the organisation's profile the build follows, so both paint the
// same markup. vite.config.ts has already checked the file by then.
import { readFileSync } from 'node:fs';

const file = process.env.SLM_OR_LLM_PROFILE;
(globalThis as { __SLM_OR_LLM_PROFILE__?: unknown }).__SLM_OR_LLM_PROFILE__ = file
  ? JSON.parse(readFileSync(file, 'utf8'))
  : null;
