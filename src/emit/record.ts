// emit: a finished Document to the contract's record, in a stable order so that
// the same input always gives the same bytes.
import { createHash } from 'node:crypto';
import type { Document, Filing, Span } from '../document.js';
import { type ArticleRecord, SCHEMA_VERSION } from '../schema/record.js';

const bySpan = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;
const firstStart = (x: { mentions: Span[] }): number => x.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The record id: a hash of the cleaned text, so the same article gets the same id wherever it is read. */
export function textId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** textId(text) and textId(text + suffix), hashing the text once. */
export function textIds(text: string, suffix: string): [string, string] {
  const h = createHash('sha256').update(text);
  const withSuffix = h.copy().update(suffix);
  return [h.digest('hex').slice(0, 16), withSuffix.digest('hex').slice(0, 16)];
}

/** The filing's fields in a fixed order (the same bytes whatever order the reader built them in). */
function filingOf(f: Filing): NonNullable<ArticleRecord['filing']> {
  return {
    accession: f.accession,
    form: f.form,
    filed: f.filed,
    filers: f.filers.map(({ name, cik }) => ({ name, cik })),
    ...(f.exhibit
      ? {
          exhibit: {
            type: f.exhibit.type,
            sequence: f.exhibit.sequence,
            filename: f.exhibit.filename,
            description: f.exhibit.description,
          },
        }
      : {}),
  };
}

export function toRecord(doc: Document, id = textId(doc.text)): ArticleRecord {
  const mentions = (ms: Span[]) => [...ms].sort(bySpan).map(({ start, end }) => ({ start, end }));
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    source: doc.source,
    headline: doc.headline,
    published: doc.published,
    text: doc.text,
    dateline: doc.dateline ? { start: doc.dateline.start, end: doc.dateline.end, place: doc.dateline.place } : null,
    stories: doc.stories.map(({ start, end, title }) => ({ start, end, title })),
    organizations: doc.organizations
      .map((o) => ({
        name: o.name,
        aliases: [...o.aliases],
        mentions: mentions(o.mentions),
        confidence: round(o.confidence),
        ...(o.ticker ? { ticker: o.ticker } : {}),
      }))
      .sort((a, b) => firstStart(a) - firstStart(b) || (a.name < b.name ? -1 : 1)),
    people: doc.people
      .map((p) => ({
        name: p.name,
        aliases: [...p.aliases],
        roles: p.roles.map((r) => ({ title: r.title, organization: r.organization, confidence: round(r.confidence) })),
        mentions: mentions(p.mentions),
        confidence: round(p.confidence),
      }))
      .sort((a, b) => firstStart(a) - firstStart(b) || (a.name < b.name ? -1 : 1)),
    locations: doc.locations
      .map((l) => ({ name: l.name, mentions: mentions(l.mentions) }))
      .sort((a, b) => firstStart(a) - firstStart(b) || (a.name < b.name ? -1 : 1)),
    dates: [...doc.dates].sort(bySpan).map(({ text, value, start, end }) => ({ text, value, start, end })),
    amounts: [...doc.amounts]
      .sort(bySpan)
      .map(({ text, kind, value, currency, start, end }) => ({ text, kind, value, currency, start, end })),
    deals: [...doc.deals]
      .sort((a, b) => bySpan(a.evidence, b.evidence))
      .map((d) => ({
        type: d.type,
        instrument: d.instrument,
        status: d.status,
        parties: d.parties.map(({ name, role }) => ({ name, role })),
        date: d.date,
        location: d.location,
        value: d.value ? { amount: d.value.amount, currency: d.value.currency } : null,
        terms: [...d.terms],
        evidence: { start: d.evidence.start, end: d.evidence.end },
        confidence: round(d.confidence),
      })),
    quotes: [...doc.quotes].sort(bySpan).map(({ speaker, text, start, end }) => ({ speaker, text, start, end })),
    // Only EDGAR exhibits carry it: other records keep the bytes they had.
    ...(doc.meta.filing ? { filing: filingOf(doc.meta.filing) } : {}),
  };
}
