import {
  CatalogueSchema,
  type Catalogue,
  type Model,
  type Path,
  type PathId,
} from '../src/rules/catalogue-schema';
import { catalogueData } from '../src/rules/catalogue-data';

/** The shipped model catalogue, parsed loudly. */
export const catalogue = CatalogueSchema.parse(catalogueData);

/** The catalogue with one estimate path, and the model it is priced and timed with, changed. */
export function withPath(
  id: PathId,
  { path = {}, model = () => ({}) }: { path?: Partial<Path>; model?: (m: Model) => Partial<Model> },
): Catalogue {
  const spec = catalogue.estimate.paths[id];
  return {
    ...catalogue,
    estimate: { ...catalogue.estimate, paths: { ...catalogue.estimate.paths, [id]: { ...spec, ...path } } },
    models: catalogue.models.map((m) => (m.id === spec.model ? { ...m, ...model(m) } : m)),
  };
}

/** A model's price without a cached rate or a note. */
export const plainPrice = (m: Model): Partial<Model> => ({
  price: { ...m.price!, value: { ...m.price!.value, cachedInput: undefined, note: undefined } },
});
