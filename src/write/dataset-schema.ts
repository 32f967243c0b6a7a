import { readFile } from 'node:fs/promises';
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

/** The text of `dataset.schema.json`. */
export function datasetSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}

/** The schema's file name, in the output folder and beside the built package (scripts/build.mjs writes it there). */
export const JSON_SCHEMA_FILE = 'dataset.schema.json';

/**
 * The text of `dataset.schema.json`: the copy built beside the package (generating it costs every
 * run a few milliseconds), else, when running from the sources, generated now.
 */
export async function builtDatasetSchemaText(): Promise<string> {
  try {
    return await readFile(new URL(`./${JSON_SCHEMA_FILE}`, import.meta.url), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return datasetSchemaText();
  }
}
