import { CatalogueSchema } from '../src/rules/catalogue-schema';
import { catalogueData } from '../src/rules/catalogue-data';

/** The shipped model catalogue, parsed loudly. */
export const catalogue = CatalogueSchema.parse(catalogueData);
