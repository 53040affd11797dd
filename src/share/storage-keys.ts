/**
 * Every key the product stores under. Saved progress in the field is read back by these, so a key never
 * changes: a new shape of saved data gets a version inside it (saved-progress.ts), not a new key.
 */

/** The standalone app's progress, in its origin's localStorage. */
export const PROGRESS_KEY = 'slm-or-llm';

/**
 * An embedded wizard's keeping place, followed by `:<slot>` where embed.js named its slot: its progress in the
 * app origin's localStorage, and (embed.js) its answers for the page session in the host's sessionStorage.
 * One per slot, so two embeds on one page, or a docs page and the app itself, never overwrite each other.
 */
export const EMBED_KEY = 'slm-or-llm:embed';

export const embedKey = (slot: string | null): string => (slot ? `${EMBED_KEY}:${slot}` : EMBED_KEY);
