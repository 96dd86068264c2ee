// The output contract (../CONTRACT.md, schemaVersion 1) as zod schemas: the single
// source for validation, for the TypeScript types of the library API and for the
// JSON Schema file shipped in the package.
import { z } from 'zod';

export const SCHEMA_VERSION = '1';

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const confidence = z.number().min(0).max(1);

export const sourceSchema = z.object({
  path: z.string(),
  index: z.number().int().nonnegative(),
  id: z.string().nullable(),
  url: z.string().nullable(),
});

export const organizationSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(span),
  confidence,
  ticker: z.string().nullable().optional(),
});

export const roleSchema = z.object({ title: z.string().min(1), organization: z.string().nullable(), confidence });

export const personSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  roles: z.array(roleSchema),
  mentions: z.array(span),
  confidence,
});

export const locationSchema = z.object({ name: z.string().min(1), mentions: z.array(span) });

export const dateSchema = span.extend({ text: z.string(), value: partialDate.nullable() });

export const amountSchema = span.extend({
  text: z.string(),
  kind: z.enum(['money', 'percent', 'quantity']),
  value: z.number(),
  currency: z.string().nullable(),
});

export const dealTypes = ['partnership', 'joint_venture', 'acquisition', 'merger', 'investment', 'other'] as const;
export const partyRoles = ['partner', 'acquirer', 'target', 'seller', 'investor', 'investee'] as const;

export const dealSchema = z.object({
  type: z.enum(dealTypes),
  instrument: z.enum(['mou', 'agreement', 'letter_of_intent']).nullable(),
  status: z.enum(['announced', 'signed', 'completed', 'proposed', 'pending', 'terminated']).nullable(),
  parties: z.array(z.object({ name: z.string().min(1), role: z.enum(partyRoles).nullable() })),
  date: partialDate.nullable(),
  location: z.string().nullable(),
  value: z.object({ amount: z.number(), currency: z.string() }).nullable(),
  terms: z.array(z.string()),
  evidence: span,
  confidence,
});

export const quoteSchema = span.extend({ speaker: z.string().nullable(), text: z.string() });

export const storySchema = span.extend({ title: z.string().nullable() });

/** The EDGAR filing an exhibit was furnished in (records read from EDGAR submission files only). */
export const filingSchema = z.object({
  accession: z.string().nullable(),
  form: z.string().nullable(),
  filed: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .nullable(),
  filers: z.array(z.object({ name: z.string().min(1), cik: z.string().regex(/^\d+$/) })),
  exhibit: z
    .object({
      type: z.string(),
      sequence: z.string().nullable(),
      filename: z.string().nullable(),
      description: z.string().nullable(),
    })
    .optional(),
});

export const recordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  source: sourceSchema,
  headline: z.string().nullable(),
  published: partialDate.nullable(),
  text: z.string(),
  /** The wire dateline ("NEW YORK, Jan. 16, 2025 /Winslow/ --") and the place it names. */
  dateline: span.extend({ place: z.string().nullable() }).nullable(),
  stories: z.array(storySchema),
  organizations: z.array(organizationSchema),
  people: z.array(personSchema),
  locations: z.array(locationSchema),
  dates: z.array(dateSchema),
  amounts: z.array(amountSchema),
  deals: z.array(dealSchema),
  quotes: z.array(quoteSchema),
  /** Added in schemaVersion 1 (additive): the EDGAR filing's facts; absent for other inputs. */
  filing: filingSchema.nullable().optional(),
});

export type ArticleRecord = z.infer<typeof recordSchema>;
