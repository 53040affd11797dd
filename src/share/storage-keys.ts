/**
 * Every key the product stores under. Saved progress in the field is read back by these, so a key never
 * changes: a new shape of saved data gets a version inside it (saved-progress.ts), not a new key.
 */

/** The standalone app's progress, in its origin's localStorage. */
export const PROGRESS_KEY = 'slm-or-llm';

/**
 * One embedded wizard's keeping place: its progress in the app origin's localStorage, and (embed.js) its
 * answers for the page session in the host's sessionStorage. One per slot, so two embeds on one page, or a
 * docs page and the app itself, never overwrite each other.
 */
export const embedKey = (slot: string | null): string =>
  slot ? `${PROGRESS_KEY}:embed:${slot}` : `${PROGRESS_KEY}:embed`;
