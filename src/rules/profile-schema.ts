import * as z from 'zod/mini';
import { id, text } from './schema';
import {
  date,
  figure,
  HOSTED_PATH_IDS,
  ModelSchema,
  PATH_IDS,
  positive,
  Price,
  SourceSchema,
  whole,
} from './catalogue-schema';
import { GPU_TYPES } from './traffic';

/** The options of the privacy question, whose meaning an organisation states in its own words. */
export const PRIVACY_OPTION_IDS = ['local', 'controlled', 'managed'] as const;

const https = z.string().check(z.regex(/^https:\/\/\S+$/, 'An https address'));

/**
 * An organisation's profile (README, "Your organisation's wizard"): which models it allows, its prices and
 * hardware, what its data policy means, and where its own pages are. It changes the candidates, the figures
 * and the words around them, never the verdict: a share link gives the same verdict on every build.
 */
export const ProfileSchema = z.strictObject({
  /** The JSON Schema an editor checks the file against (dist/profile.schema.json). */
  $schema: z.optional(z.string()),
  /** The organisation, as the result names it: "Follows Example Corp's profile". */
  name: text,
  /** The day the profile was last reviewed. */
  asOf: date,
  /** Sources of the figures the profile adds (its own models and prices), by id, as in the catalogue. */
  sources: z.optional(z.record(id, SourceSchema)),
  models: z.optional(
    z.strictObject({
      /** The catalogue models it allows; without this list, all of them but those it denies. */
      allow: z.optional(z.array(id)),
      deny: z.optional(z.array(id)),
      /** Models of its own (a fine-tune, an internal gateway's), with the catalogue's fields and rules. */
      own: z.optional(z.array(ModelSchema)),
    }),
  ),
  /** Its negotiated price per model id, in place of the list price. */
  prices: z.optional(z.record(id, figure(Price))),
  /** What it pays per GPU-hour, by GPU. */
  gpuHourly: z.optional(z.partialRecord(z.enum(GPU_TYPES), figure(positive))),
  /** The GPUs it owns: the sizing is shown against them. */
  owned: z.optional(z.array(z.strictObject({ gpu: z.enum(GPU_TYPES), count: whole }))),
  /** Which model each way of running it is priced and timed with, in place of the catalogue's choice. */
  paths: z.optional(z.partialRecord(z.enum(PATH_IDS), id)),
  /** Hosted ways of running it that it does not use, e.g. no third-party API. */
  unusedPaths: z.optional(z.array(z.enum(HOSTED_PATH_IDS))),
  /** What each privacy answer means for it, in a sentence shown with the option. */
  privacy: z.optional(z.partialRecord(z.enum(PRIVACY_OPTION_IDS), text)),
  /** Its usual traffic, the estimate's starting point. */
  traffic: z.optional(z.strictObject({ requestsPerDay: whole })),
  /** Its own pages to read next, listed with the result's next steps. */
  links: z.optional(z.array(z.strictObject({ title: text, url: https }))),
});
export type Profile = z.infer<typeof ProfileSchema>;
