import { RulesSchema } from '../src/rules/advice-schema';
import { questionsData } from '../src/rules/questions-data';
import { adviceData } from '../src/rules/advice-data';

/** The shipped questions and advice as one table, parsed loudly: a broken table fails every test at once. */
export const shippedData = { ...questionsData, ...adviceData };
export const rules = RulesSchema.parse(shippedData);
