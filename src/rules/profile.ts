import { ProfiledCatalogueSchema, reportUnknownSources, type Catalogue } from './catalogue-schema';
import { ProfileSchema, type Profile } from './profile-schema';
import { validate, type Load } from './rules';
import { applyProfile } from './profile-apply';
import type { Report } from './schema';

/** What a profile names that the catalogue (and the profile's own models) must have, each with its path. */
function reportReferences(report: Report, catalogue: Catalogue, profile: Profile) {
  const own = profile.models?.own ?? [];
  const known = new Set([...catalogue.models.map((m) => m.id), ...own.map((m) => m.id)]);
  const unknown = (ids: string[], path: PropertyKey[]) =>
    ids.forEach((modelId, i) => {
      if (!known.has(modelId)) report([...path, i], `Unknown model "${modelId}"`);
    });
  unknown(profile.models?.allow ?? [], ['models', 'allow']);
  unknown(profile.models?.deny ?? [], ['models', 'deny']);
  for (const modelId of Object.keys(profile.prices ?? {}))
    if (!known.has(modelId)) report(['prices', modelId], `Unknown model "${modelId}"`);
  own.forEach((model, i) => {
    if (catalogue.models.some((m) => m.id === model.id))
      report(['models', 'own', i, 'id'], `Duplicate model id "${model.id}": the catalogue has it`);
  });
  const sources = { ...catalogue.sources, ...profile.sources };
  reportUnknownSources(report, own, ['models', 'own'], sources);
  reportUnknownSources(report, profile.prices, ['prices'], sources);
  reportUnknownSources(report, profile.gpuHourly, ['gpuHourly'], sources);
}

/** What the profile leaves out that a result needs: a model of each size, and each way's own model. */
function reportGaps(report: Report, profiled: Catalogue) {
  const models = new Set(profiled.models.map((m) => m.id));
  for (const size of ['small', 'large'] as const)
    if (!profiled.models.some((m) => m.size === size))
      report(['models'], `No ${size} model is left to recommend: allow one, or add one of your own`);
  for (const [pathId, path] of Object.entries(profiled.estimate.paths))
    if (!models.has(path.model))
      report(
        ['paths', pathId],
        `This way of running it uses "${path.model}", which the profile does not allow: allow it, or name another model here`,
      );
}

/**
 * Checks an organisation's profile against the catalogue it applies to: its own shape, what it refers to,
 * and the catalogue it leaves, which must meet the catalogue's own rules. Every problem names its path.
 */
export function checkProfile(
  catalogue: Catalogue,
  data: unknown,
): Load<{ profile: Profile; catalogue: Catalogue }> {
  const parsed = validate(ProfileSchema, data);
  if (!parsed.ok) return parsed;
  const profile = parsed.rules;
  const problems: string[] = [];
  const report: Report = (path, message) => problems.push(`${path.join('.')}: ${message}`);
  reportReferences(report, catalogue, profile);
  if (problems.length) return { ok: false, problems };
  const profiled = applyProfile(catalogue, profile);
  reportGaps(report, profiled);
  if (problems.length) return { ok: false, problems };
  const merged = validate(ProfiledCatalogueSchema, profiled);
  if (!merged.ok)
    return {
      ok: false,
      problems: merged.problems.map((p) => `the catalogue with the profile applied, ${p}`),
    };
  return { ok: true, rules: { profile, catalogue: merged.rules } };
}
