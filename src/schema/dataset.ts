import { z } from 'zod';
import { dealSchema, dealTypes, roleSchema, SCHEMA_VERSION } from './record.js';

const recordIds = z.array(z.string());

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  organizations: z.array(
    z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), records: recordIds }),
  ),
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      roles: z.array(roleSchema.omit({ confidence: true })),
      records: recordIds,
    }),
  ),
  deals: z.array(
    z.object({
      id: z.string(),
      type: z.enum(dealTypes),
      parties: dealSchema.shape.parties,
      date: dealSchema.shape.date,
      value: dealSchema.shape.value,
      instrument: dealSchema.shape.instrument.optional(),
      status: dealSchema.shape.status.optional(),
      location: dealSchema.shape.location.optional(),
      records: recordIds,
    }),
  ),
  duplicates: z.array(z.object({ records: recordIds, similarity: z.number().min(0).max(1) })),
});

export type Dataset = z.infer<typeof datasetSchema>;
