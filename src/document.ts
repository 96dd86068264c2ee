// The one object that travels through every stage (after unified's vfile):
// the cleaned text, every span found in it, and the messages raised on the way.

/** A half-open range of UTF-16 code units into `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

export type Format = 'text' | 'html' | 'markdown';

export interface Source {
  /** The input path as given (relative paths stay relative), "-" for stdin. */
  path: string;
  /** Position of the article inside its file (0 for single-article files). */
  index: number;
  /** The source's own id (JSONL `id`, Reuters NEWID), or null. */
  id: string | null;
  url: string | null;
}

/** What a reader found in the file before any cleaning. */
export interface RawArticle {
  source: Source;
  format: Format;
  content: string;
  /** Metadata the container states outright (JSONL fields, SGML elements). */
  meta: {
    headline?: string | null;
    published?: string | null;
    dateline?: string | null;
    /** The EDGAR filing an exhibit was read from (full submission files only). */
    filing?: Filing;
  };
}

/** The facts of the EDGAR filing an article was furnished in, from the submission's <SEC-HEADER>. */
export interface Filing {
  /** "0000092122-07-000008". */
  accession: string | null;
  /** The submission type: "8-K", "6-K", "8-K/A". */
  form: string | null;
  /** FILED AS OF DATE as YYYY-MM-DD. */
  filed: string | null;
  filers: { name: string; cik: string }[];
  /** The <DOCUMENT> the article is: its type ("EX-99.1"), sequence, file name and description. */
  exhibit?: { type: string; sequence: string | null; filename: string | null; description: string | null };
}

export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  reason: string;
  ruleId: string;
  severity: Severity;
  /** Offset into the cleaned text, when the message is about a place in it. */
  at?: number;
}

export interface Token extends Span {
  text: string;
  /** Coarse shape, enough for the rule-based extractors. */
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

export interface Sentence extends Span {
  paragraph: number;
  story: number;
}

export interface Story extends Span {
  /** The story's own title when the text gives one (roundups). */
  title: string | null;
}

export interface Mention extends Span {}

export interface Organization {
  name: string;
  aliases: string[];
  mentions: Mention[];
  confidence: number;
  /** Stock ticker or exchange symbol when the text gives one ("<Cresswell>", "LARKSPUR: SERO"). */
  ticker?: string | null;
}

export interface Role {
  title: string;
  organization: string | null;
  confidence: number;
}

export interface Person {
  name: string;
  aliases: string[];
  roles: Role[];
  mentions: Mention[];
  confidence: number;
}

export interface Location {
  name: string;
  mentions: Mention[];
}

export interface DateMention extends Span {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, or null when it cannot be pinned down. */
  value: string | null;
  /** True when the value was resolved against the publication date ("on Monday", "March 6" without a year). */
  relative?: boolean;
}

export interface Amount extends Span {
  text: string;
  kind: 'money' | 'percent' | 'quantity';
  value: number;
  currency: string | null;
  /** The unit a rate is given per ("share" in "10 cts a share", "tonne"): not a total. */
  per?: string | null;
  /** For quantities, the unit as written ("tonnes", "shares"). */
  unit?: string | null;
}

export interface Quote extends Span {
  speaker: string | null;
  text: string;
}

export type DealType = 'partnership' | 'joint_venture' | 'acquisition' | 'merger' | 'investment' | 'other';
export type PartyRole = 'partner' | 'acquirer' | 'target' | 'seller' | 'investor' | 'investee';

export interface Deal {
  type: DealType;
  instrument: 'mou' | 'agreement' | 'letter_of_intent' | null;
  status: 'announced' | 'signed' | 'completed' | 'proposed' | 'pending' | 'terminated' | null;
  parties: { name: string; role: PartyRole | null }[];
  date: string | null;
  location: string | null;
  value: { amount: number; currency: string } | null;
  terms: string[];
  evidence: Span;
  confidence: number;
}

export interface Document {
  source: Source;
  format: Format;
  /** The decoded input, before cleaning. */
  raw: string;
  meta: RawArticle['meta'];
  /** The cleaned article text: every span in this object points into it. */
  text: string;
  headline: string | null;
  published: string | null;
  dateline: (Span & { place: string | null }) | null;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  stories: Story[];
  organizations: Organization[];
  people: Person[];
  locations: Location[];
  dates: DateMention[];
  amounts: Amount[];
  quotes: Quote[];
  deals: Deal[];
  messages: Message[];
}

export function createDocument(raw: RawArticle): Document {
  return {
    source: raw.source,
    format: raw.format,
    raw: raw.content,
    meta: raw.meta,
    text: '',
    headline: null,
    published: null,
    dateline: null,
    paragraphs: [],
    sentences: [],
    tokens: [],
    stories: [],
    organizations: [],
    people: [],
    locations: [],
    dates: [],
    amounts: [],
    quotes: [],
    deals: [],
    messages: [],
  };
}

export const slice = (doc: Pick<Document, 'text'>, span: Span): string => doc.text.slice(span.start, span.end);
