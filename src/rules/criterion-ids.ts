/**
 * The criterion ids, in question order: part of the public URL contract (design.md). A module of its own,
 * free of zod, so that embed.js can use them too.
 */
export const CRITERION_IDS = ['task', 'run', 'speed', 'budget', 'privacy'] as const;
