import type { Profile } from './profile-schema';

/** Set by vite.config.ts from SLM_OR_LLM_PROFILE, after the build has checked the file. */
declare const __SLM_OR_LLM_PROFILE__: Profile | null | undefined;

/**
 * The organisation's profile this build follows, or null for the public build (and wherever no bundler
 * defines it, as in the prerender script). It changes candidates, figures and words, never a verdict.
 */
export const shippedProfile: Profile | null =
  typeof __SLM_OR_LLM_PROFILE__ === 'undefined' ? null : __SLM_OR_LLM_PROFILE__;
