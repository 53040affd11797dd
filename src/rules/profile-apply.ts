import type { Catalogue, Model, PathId } from './catalogue-schema';
import type { Profile } from './profile-schema';
import { GPU_TYPES } from './traffic';

// Pure and schema-free: the app applies its build's profile to the catalogue it ships (catalogue.ts), and
// the build has checked both (src/rules/profile.ts).

/**
 * The catalogue as an organisation's profile leaves it: only the models it allows and its own, its prices
 * and GPU-hours, its choice of model for each way of running it, its usual traffic, and without the hosted
 * ways it does not use. The questions and the decision model are not touched.
 */
export function applyProfile(catalogue: Catalogue, profile: Profile): Catalogue {
  const { allow, deny = [], own = [] } = profile.models ?? {};
  const allowed = (model: Model) => (!allow || allow.includes(model.id)) && !deny.includes(model.id);
  const priced = (model: Model): Model => {
    const price = profile.prices?.[model.id];
    return price ? { ...model, price } : model;
  };
  const gpus = { ...catalogue.gpus };
  for (const type of GPU_TYPES) {
    const hourly = profile.gpuHourly?.[type];
    if (hourly) gpus[type] = { ...gpus[type], hourly, rentedFrom: profile.name };
  }
  const paths = { ...catalogue.estimate.paths };
  for (const [id, model] of Object.entries(profile.paths ?? {}) as [keyof typeof paths, string][]) {
    if (paths[id].model === model) continue;
    // The catalogue's speed for a way of running it belongs to its model: another model brings its own.
    const path = { ...paths[id], model };
    delete path.speed;
    paths[id] = path;
  }
  // Self-hosted ways are sized on the GPUs it owns.
  const ownGpu = profile.owned?.[0]?.gpu;
  for (const id of Object.keys(paths) as PathId[])
    if (ownGpu && paths[id].gpu) paths[id] = { ...paths[id], gpu: ownGpu };
  return {
    ...catalogue,
    sources: { ...catalogue.sources, ...profile.sources },
    models: [...catalogue.models.filter(allowed), ...own].map(priced),
    gpus,
    estimate: {
      ...catalogue.estimate,
      requestsPerDay: profile.traffic?.requestsPerDay ?? catalogue.estimate.requestsPerDay,
      paths,
      ...(profile.unusedPaths && { unusedPaths: profile.unusedPaths }),
    },
  };
}
