import * as z from 'zod/mini';
import { DatasetSchema } from '../schema.js';

/** The JSON Schema (draft 2020-12) of `dataset.json`, generated from the zod schema that validates it. */
export function datasetJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'output' });
  return {
    $schema,
    title: 'rendiconta dataset.json',
    description: 'Documents read by rendiconta: projects, staff rows, findings. Decimal values are strings with a dot decimal point.',
    ...rest,
  };
}
