import { z } from 'zod';
import { datasetSchema } from './dataset.js';
import { recordSchema } from './record.js';

export * from './dataset.js';
export * from './record.js';

/** JSON Schema (draft 2020-12) of a record and of the dataset, generated from the zod schemas. */
export function jsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'press-extract.schema.json',
    title: 'press-extract output, schemaVersion 1',
    $defs: {
      record: z.toJSONSchema(recordSchema, { target: 'draft-2020-12' }),
      dataset: z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' }),
    },
  };
}
