import { CatalogueSchema, type Catalogue } from './catalogue-schema';
import { catalogueData } from './catalogue-data';
import { validate, type Load } from './rules';
import { applyProfile } from './profile-apply';
import { shippedProfile } from './shipped-profile';

export type CatalogueLoad = Load<Catalogue>;

/** Validates a model catalogue: every figure needs a known source and a date. */
export const loadCatalogue = (data: unknown): CatalogueLoad => validate(CatalogueSchema, data);

/**
 * The shipped catalogue, trusted as it is: the build validates it and stops on any problem
 * (scripts/prerender.tsx), as do the tests, so no result pays for checking its own bundle. An organisation's
 * build applies its profile, which the build has checked against it (vite.config.ts).
 */
export const shippedCatalogue = shippedProfile
  ? applyProfile(catalogueData as unknown as Catalogue, shippedProfile)
  : (catalogueData as unknown as Catalogue);
