import { jsonSchema } from '../schema/index.js';

export interface SchemaFlags {
  part?: 'record' | 'dataset';
}

/** Prints the JSON Schema of records and dataset, or of one of them. */
export function schemaCommand(flags: SchemaFlags = {}): void {
  const all = jsonSchema();
  const defs = all.$defs as Record<string, unknown>;
  const out = flags.part ? defs[flags.part] : all;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}
