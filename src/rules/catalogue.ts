import type { Catalogue } from './catalogue-schema';
import { catalogueData } from './catalogue-data';
import { applyProfile } from './profile-apply';
import { shippedProfile } from './shipped-profile';

/**
 * The shipped catalogue, trusted as it is (and without its schema in the bundle: `loadCatalogue` lives beside
 * the schema, for the build and the tests): the build validates it and stops on any problem
 * (scripts/prerender.tsx), as do the tests, so no result pays for checking its own bundle. An organisation's
 * build applies its profile, which the build has checked against it (vite.config.ts).
 */
export const shippedCatalogue = shippedProfile
  ? applyProfile(catalogueData as unknown as Catalogue, shippedProfile)
  : (catalogueData as unknown as Catalogue);
