import * as z from 'zod/mini';
import { ResultJsonSchema } from '../src/share/result-json-schema';

/** The JSON Schema of "Copy as JSON", from the zod schema the tests hold the copied result to. */
export const resultJsonSchema = () => ({
  ...z.toJSONSchema(ResultJsonSchema, { target: 'draft-2020-12' }),
  title: 'SLM or LLM? result',
  description:
    'A result of the wizard as data: answers, verdict, reasons, candidates, estimate and assumptions.',
});
