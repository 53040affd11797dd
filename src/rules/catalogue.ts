import { CatalogueSchema, type Catalogue } from './catalogue-schema';
import { catalogueData } from './catalogue-data';
import { once, validate, type Load } from './rules';

export type CatalogueLoad = Load<Catalogue>;

/** Validates a model catalogue: every figure needs a known source and a date. */
export const loadCatalogue = (data: unknown): CatalogueLoad => validate(CatalogueSchema, data);

/** The shipped catalogue, validated when a result first needs it and remembered. */
export const shippedCatalogue = once(() => loadCatalogue(catalogueData));
