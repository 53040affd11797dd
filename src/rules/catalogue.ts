import { CatalogueSchema, type Catalogue } from './catalogue-schema';
import { catalogueData } from './catalogue-data';
import { validate, type Load } from './rules';

export type CatalogueLoad = Load<Catalogue>;

/** Validates a model catalogue: every figure needs a known source and a date. */
export const loadCatalogue = (data: unknown): CatalogueLoad => validate(CatalogueSchema, data);

let shipped: CatalogueLoad | undefined;
/** The shipped catalogue, validated when a result first needs it and remembered. */
export function shippedCatalogue(): CatalogueLoad {
  shipped ??= loadCatalogue(catalogueData);
  return shipped;
}
