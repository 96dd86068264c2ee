// The model decides: the tagger's names and kinds replace the rules' verdicts
// wherever it can read the sentence. The rules' grouping of forms into one
// entity (acronyms, short forms, surnames) is kept: a tagged name joins the
// entity whose mention or form it is, or the entity it is a short form of, or
// opens one of its own; its kind is the vote of its tagged mentions. Names in
// sentences the tagger does not read (caps headlines, banners) keep the rules'
// decision. Confidence is the calibrated probability that the entity is right.

import { isEnglishWord } from '../../../clean/repairs/english.js';
import type { Document } from '../../../document.js';
import { isAcronymOf, isShortOrgForm, orgKey, personKey } from '../../../resolve/names.js';
import { isOrdinaryWord } from '../../lexicon/common.js';
import { FIRST_NAMES, NICKNAMES } from '../../lexicon/names.js';
import { isPlace } from '../../lexicon/places.js';
import { HONORIFICS, INDUSTRY_WORDS, LEGAL_SUFFIXES, ORG_HEADS_STRONG, TITLE_CORES } from '../../lexicon/words.js';
import type { Analysis } from '../analyze.js';
import { placeShaped } from '../classify.js';
import { type Entities, type Entity, fullestForm, HYPHENATED, keyOf, sortEntities } from '../decide.js';
import type { SentenceView } from '../view.js';
import { sentenceInputs } from './evidence.js';
import { type TaggedSpan, tagSentence } from './tagger.js';
import { entityFeatures, verify } from './verify.js';
import type { Model } from './weights.js';

/** An entity as the verifier saw it (for fitting the verifier on held-out folds). */
export interface Explained {
  kind: string;
  name: string;
  aliases: string[];
  mentions: number;
  features: Record<string, number>;
  p: number;
}

type Kind = 'org' | 'person' | 'place' | 'none';
const KIND_OF: Record<string, Kind> = { ORG: 'org', PER: 'person', LOC: 'place', MISC: 'none' };
const KINDS: Kind[] = ['org', 'person', 'place', 'none'];

interface Span {
  start: number;
  end: number;
  text: string;
}

interface Group {
  rule: Entity | null;
  ruleKind: Kind | null;
  key: string;
  spans: (Span & { kind: Kind; prob: number })[];
  /** Mentions the tagger cannot read (caps sentences, headline), kept as the rules found them. */
  kept: Span[];
  votes: Record<Kind, number>;
}

/** The tagger's raw score of an entity's kind: its share of the votes times its mentions' mean probability. */
function rawScore(g: { votes: Record<Kind, number>; spans: { prob: number; kind: Kind }[] }, kind: Kind): number {
  const total = KINDS.reduce((s, k) => s + g.votes[k], 0) || 1;
  const mine = g.spans.filter((s) => s.kind === kind);
  const mean = mine.length ? mine.reduce((s, x) => s + x.prob, 0) / mine.length : 0;
  return (g.votes[kind] / total) * mean;
}

/** Platt scaling: P(right) from the logit of the raw score and the number of mentions (weights: bias first). */
export function calibrated(weights: number[] | undefined, raw: number, mentions: number): number {
  if (!weights) return raw;
  const p = Math.min(0.99, Math.max(0.01, raw));
  const z = (weights[0] ?? 0) + (weights[1] ?? 0) * Math.log(p / (1 - p)) + (weights[2] ?? 0) * Math.log1p(mentions);
  return 1 / (1 + Math.exp(-z));
}

/** The first span of a list sorted by start that overlaps [start, end), by binary search. */
function overlapping<T extends { start: number; end: number }>(sorted: T[], start: number, end: number): T | undefined {
  // the first span that starts at or after `start`, then step back over the ones that start before it
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as T).start < start) lo = mid + 1;
    else hi = mid;
  }
  let hit: T | undefined;
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if ((sorted[i] as T).end > start) hit = sorted[i];
  if (hit) return hit;
  const next = sorted[lo];
  return next && next.start < end ? next : undefined;
}

const lastWord = (name: string): string => (name.split(/\s+/).pop() ?? '').replace(/[.,]+$/, '').toLowerCase();

/**
 * Names the tagger or the rules take for an organization that are a part of a name, never one of their
 * own: the first name of a person named in full ("Anselm" with "Anselm Voigt", "ROBERT" in a signature's
 * caps), a company's board ("Harlow Board", with "Harlow Industries Inc" in the text) and a department of
 * it ("Outdoor Events of Harlow").
 */
function isPartOfCompany(
  g: { spans: Span[]; kept: Span[]; rule: Entity | null },
  companyForms: Set<string>,
  firstNames: Set<string>,
  text: string,
): boolean {
  const forms = [...g.spans, ...g.kept].map((x) => x.text);
  if (g.rule) forms.push(g.rule.name, ...g.rule.aliases);
  if (!forms.length) return false;
  // a legal form alone ("Corp" of a name cut apart)
  if (forms.every((f) => LEGAL_SUFFIXES.has(f.toLowerCase()))) return true;
  const firstName = (f: string) => /^\p{Lu}[\p{Ll}]+$|^\p{Lu}+$/u.test(f) && firstNames.has(f.toLowerCase());
  // (a first name with a possessive is a shop's name as often: "Macy's")
  if (forms.every(firstName) && ![...g.spans, ...g.kept].some((x) => /^['’]s\b/.test(text.slice(x.end, x.end + 3))))
    return true;
  const board = (f: string) => {
    const m = /^(.+?)\s+Board(?:\s+of\s+Directors)?$/.exec(f);
    return !!m && companyForms.has(orgKey(m[1] as string));
  };
  // "Outdoor Events of Corvex", with "Corvex Media Inc. ("Corvex")" in the text: a department of the company
  const department = (f: string) => {
    const m = /^(.+?)\s+of\s+(.+)$/.exec(f);
    return (
      !!m &&
      companyForms.has(orgKey(m[2] as string)) &&
      (m[1] as string).split(/\s+/).every((w) => w === 'and' || isOrdinaryWord(w.toLowerCase()))
    );
  };
  // "Vantor Pulse X2", "Vantor Cloud Suite" beside "Vantor Inc.": the company's name, then words that name no body
  // (no head, no industry, no legal form, no place): a product line
  const product = (f: string) => {
    const words = f.split(/\s+/);
    for (let k = words.length - 1; k >= 1; k--) {
      if (!companyForms.has(orgKey(words.slice(0, k).join(' ')))) continue;
      const rest = words.slice(k);
      return (
        rest.length <= 3 &&
        rest.every((w) => {
          const x = w.toLowerCase();
          return (
            /^[\p{Lu}\p{N}]/u.test(w) &&
            !ORG_HEADS_STRONG.has(x) &&
            !INDUSTRY_WORDS.has(x) &&
            !LEGAL_SUFFIXES.has(x) &&
            !isPlace(w)
          );
        })
      );
    }
    return false;
  };
  return forms.every(board) || forms.every(department) || forms.every(product);
}

/** A span as a map key: one number for the offsets of any text under 2M characters (no string to build). */
const spanKey = (start: number, end: number): number | string =>
  start < 0x200000 && end < 0x200000 && start >= 0 && end >= 0 ? start * 0x200000 + end : `${start}:${end}`;

export interface Reconciled {
  entities: Entities;
}

/** A title or an honorific right before the name, or a title in the appositive after it ("X, the firm's chairman"). */
function withOffice(text: string, x: Span): boolean {
  const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, x.start - 30), x.start))?.[1] ?? '';
  const appositive = /^,\s+([^,.;]*)/.exec(text.slice(x.end, x.end + 40))?.[1] ?? '';
  return (
    TITLE_CORES.has(before.toLowerCase()) ||
    HONORIFICS.has(before.toLowerCase()) ||
    appositive
      .split(/\s+/)
      .slice(0, 4)
      .some((w) => TITLE_CORES.has(w.toLowerCase()))
  );
}

/** Two or more ordinary words and no first name ("Guided Therapy", "Lantern Aid"): no person's name by its shape. */
function ordinaryWords(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.every(
      (w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isEnglishWord(w.toLowerCase()) && !FIRST_NAMES.has(w.toLowerCase()),
    )
  );
}

/** One or two proper words, inner capitals and apostrophes allowed ("McAllen", "DeSalvo", "O'Kane"). */
const PROPER_WORDS = /^\p{Lu}['’]?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?: \p{Lu}['’]?\p{Ll}+(?:\p{Lu}\p{Ll}+)?)?$/u;

export function reconcile(doc: Document, analysis: Analysis, model: Model, explained?: Explained[]): Reconciled {
  const { views, entities: rules } = analysis;
  const inputs = sentenceInputs(doc, analysis);
  const ruleWeight = model.decision?.ruleWeight ?? 0;
  // a verdict the rules guessed (a capitalized word with no strong cue: a confidence under weakBelow) may weigh less
  const weakRuleWeight = model.decision?.weakRuleWeight ?? ruleWeight;
  const weakBelow = model.decision?.weakBelow ?? 0.5;
  // names the rules did not propose: in a company's release these are mostly products, programmes and
  // technologies, so the bar there is the release setting (cross-validation chose both)
  const freshMin =
    (inputs[0]?.input.genre === 'release' ? model.decision?.freshMinRelease : undefined) ??
    model.decision?.freshMin ??
    0;
  const genre = inputs[0]?.input.genre ?? 'news';
  const readable = new Set(inputs.map((x) => x.view.index));
  const viewOf = (offset: number): number => {
    let lo = 0;
    let hi = views.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((views[mid] as SentenceView).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return views[lo]?.index ?? -1;
  };

  const groups: Group[] = [];
  const byMention = new Map<number | string, Group>();
  const byForm = new Map<string, Group>();
  const ruleMentions: { start: number; end: number; g: Group }[] = [];
  for (const [kind, list] of [
    ['org', rules.orgs],
    ['person', rules.people],
    ['place', rules.places],
  ] as const)
    for (const e of list) {
      const g: Group = {
        rule: e,
        ruleKind: kind,
        key: e.key,
        spans: [],
        kept: [],
        votes: { org: 0, person: 0, place: 0, none: 0 },
      };
      groups.push(g);
      for (const m of e.mentions) {
        byMention.set(spanKey(m.start, m.end), g);
        if (readable.has(viewOf(m.start))) {
          ruleMentions.push({ start: m.start, end: m.end, g });
          // the rules' verdict is one voice among the tagger's, with the weight cross-validation chose
          g.votes[kind] += e.confidence < weakBelow ? weakRuleWeight : ruleWeight;
        } else g.kept.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) });
      }
      for (const f of [e.name, ...e.aliases]) {
        const key = keyOf(f);
        if (!byForm.has(key)) byForm.set(key, g);
      }
    }

  // the tagger's names
  // what the tagger may never take for a name: a stock symbol ("<ABC>" after a name, "(NYSE: ABC)": the rules
  // give it to its company), a document's part, a post-office box or a degree (all inside `symbols`); a thing
  // named by its head, the head included ("Quarry Revenue Tax"); the abbreviation of a term ("(CMP)")
  const symbols = analysis.symbols ?? [];
  const things = analysis.things ?? [];
  const homes = analysis.homes ?? [];
  const terms = analysis.terms;
  const inSymbol = (start: number, end: number) => symbols.some((x) => x.start <= start && end <= x.end);
  const neverName = (start: number, end: number, text: string) =>
    inSymbol(start, end) || things.some((x) => x.start <= start && end === x.end) || !!terms?.has(text);
  const tagged: (Span & { kind: Kind; prob: number })[] = [];
  for (const { view, input } of inputs)
    for (const s of tagSentence(model, input) as TaggedSpan[]) {
      const start = (view.tokens[s.from] as { start: number }).start;
      const end = (view.tokens[s.to - 1] as { end: number }).end;
      const text = doc.text.slice(start, end);
      if (neverName(start, end, text)) continue;
      const home = homes.some((x) => x.start <= start && end <= x.end);
      tagged.push({
        start,
        end,
        text,
        kind: home && s.type !== 'MISC' ? 'place' : (KIND_OF[s.type] ?? 'none'),
        prob: s.prob,
      });
    }
  tagged.sort((a, b) => a.start - b.start || a.end - b.end);
  ruleMentions.sort((a, b) => a.start - b.start || a.end - b.end);

  // a rule mention the tagger read and did not tag votes "no name" for its entity
  for (const m of ruleMentions)
    if (!overlapping(tagged, m.start, m.end)) {
      m.g.votes.none += 1;
    }

  const inDateline = (offset: number) => !!doc.dateline && doc.dateline.start <= offset && offset < doc.dateline.end;
  const fresh = new Map<string, Group>();
  for (const t of tagged) {
    if (t.kind === 'none') continue;
    const key = keyOf(t.text);
    // a tagged name over a rule mention with other bounds votes for that mention's entity: the rules' bounds
    // stand (they read legal suffixes, lists and headlines the tagger was not trained on)
    const over = overlapping(ruleMentions, t.start, t.end);
    const known = byMention.get(spanKey(t.start, t.end)) ?? over?.g ?? byForm.get(key);
    // a name the rules did not propose needs a sure tagger, and is not in the dateline (a place, a date, a wire)
    if (!known && (t.prob < freshMin || inDateline(t.start))) continue;
    let g = known ?? fresh.get(key);
    if (!g) {
      g = {
        rule: null,
        ruleKind: null,
        key,
        spans: [],
        kept: [],
        votes: { org: 0, person: 0, place: 0, none: 0 },
      };
      fresh.set(key, g);
      groups.push(g);
    }
    if (over && (over.start !== t.start || over.end !== t.end)) {
      const text = doc.text.slice(over.start, over.end);
      g.spans.push({ start: over.start, end: over.end, text, kind: t.kind, prob: t.prob });
    } else g.spans.push(t);
    g.votes[t.kind] += t.prob;
  }

  const kindOf = (g: Group): Kind => {
    const total = KINDS.reduce((s, k) => s + g.votes[k], 0);
    if (!total) return g.ruleKind ?? 'none';
    // a tie goes to the rules' verdict
    const first = g.ruleKind && g.ruleKind !== 'none' ? g.ruleKind : 'org';
    return KINDS.reduce((a, b) => (g.votes[b] > g.votes[a] ? b : a), first as Kind);
  };

  // new names that are forms of another entity: the same name with or without a legal suffix, a surname,
  // an acronym, a short form (the entity named first, or the rules' entity, owns it)
  const settled = groups.filter((g) => g.rule || g.spans.length);
  const nameOf = (g: Group): string => g.rule?.name ?? g.spans[0]!.text;
  const parent = new Map<Group, Group>();
  const rootOf = (g: Group): Group => {
    let r = g;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const firsts = new Map<Group, number>();
  const firstAt = (g: Group): number => {
    let f = firsts.get(g);
    if (f === undefined) {
      f = Number.MAX_SAFE_INTEGER;
      for (const x of g.spans) f = Math.min(f, x.start);
      for (const x of g.kept) f = Math.min(f, x.start);
      firsts.set(g, f);
    }
    return f;
  };
  // (each group's kind, and the keys of its name, worked out once: the votes do not change in this loop)
  const kinds = new Map(settled.map((g) => [g, kindOf(g)] as const));
  const personParts = new Map<Group, string[]>();
  const partsOf = (o: Group): string[] => {
    let p = personParts.get(o);
    if (!p) {
      p = personKey(nameOf(o)).split(' ');
      personParts.set(o, p);
    }
    return p;
  };
  for (const g of settled) {
    const kind = kinds.get(g) as Kind;
    // (the rules' own entities too, for a surname the rules kept apart: "Steward said" after "Ivo Steward")
    if (g.rule && !(kind === 'person' && g.rule.name.split(/\s+/).length === 1)) continue;
    if (kind !== 'person' && kind !== 'org') continue;
    const form = g.spans[0]?.text ?? nameOf(g);
    const oneWord = g.key.split(' ').length === 1;
    const formKey = kind === 'org' ? orgKey(form) : '';
    const owners = settled.filter((o) => {
      if (o === g || kinds.get(o) !== kind || rootOf(o) === g) return false;
      if (kind === 'person') {
        // ("Quiroga-Vell" for "Tomas Quiroga-Vell": a surname of two joined names)
        const joined = HYPHENATED.test(form);
        if (!oneWord && !joined) return false;
        const parts = partsOf(o);
        if (joined) return parts.length > 2 && parts.join(' ').endsWith(` ${g.key}`);
        // (or the first name, or its short form, of a person named in full before: "Bob" after "Robert Brask")
        const called = (x: string) => x === g.key || !!NICKNAMES.get(g.key)?.includes(x);
        return (
          parts.length > 1 && (parts[parts.length - 1] === g.key || (called(parts[0]!) && firstAt(o) < firstAt(g)))
        );
      }
      const long = nameOf(o);
      return (
        (formKey === orgKey(long) && (o.rule !== null || firstAt(o) < firstAt(g))) ||
        (long.length > form.length && (isShortOrgForm(form, long) || isAcronymOf(form, long))) ||
        // the first words of a business named before ("Gulf Harbor" after "Gulf Harbor Medical Supply")
        (orgKey(long).startsWith(`${formKey} `) && firstAt(o) < firstAt(g))
      );
    });
    const roots = [...new Set(owners.map(rootOf))];
    if (roots.length === 1 && roots[0] !== g) parent.set(g, roots[0]!);
  }
  // a one-word organization that is the surname of a person named in full ("Maskov" after "Ivo Maskov"), or two
  // words that end a longer person's name ("Mar Sabai" after "Daw Khin Mar Sabai"): the person, unless a
  // business is named after the words too
  // people by the last one and two words of their names; the words and word pairs of businesses' names
  const byTail = new Map<string, Group[]>();
  const byHead = new Map<string, Group[]>();
  const businessWords = new Map<string, number>();
  for (const o of settled) {
    if (parent.has(o)) continue;
    if (kinds.get(o) === 'person') {
      const parts = personKey(nameOf(o)).split(' ');
      if (parts.length > 1) byHead.set(parts[0]!, [...(byHead.get(parts[0]!) ?? []), o]);
      for (const n of [1, 2])
        if (parts.length > n) {
          const tail = parts.slice(-n).join(' ');
          byTail.set(tail, [...(byTail.get(tail) ?? []), o]);
        }
    } else if (kinds.get(o) === 'org') {
      const ws = orgKey(nameOf(o)).split(' ');
      if (ws.length < 2) continue;
      const seen = new Set<string>();
      for (let i = 0; i < ws.length; i++) seen.add(ws[i]!).add(`${ws[i]} ${ws[i + 1]}`);
      for (const w of seen) businessWords.set(w, (businessWords.get(w) ?? 0) + 1);
    }
  }
  for (const g of settled) {
    const kind = kinds.get(g);
    if (parent.has(g) || (kind !== 'org' && kind !== 'person')) continue;
    const form = nameOf(g);
    if (kind === 'person' && !form.includes(' ')) continue;
    // (one or two proper words: "Maskov", "Suu Kyi" after "Aung San Suu Kyi", "McAllen", "DeSalvo", "O'Kane")
    if (!PROPER_WORDS.test(form)) continue;
    const key = form.toLowerCase();
    // (a person's name of proper words: "White House" is no person whose surname "House" could be)
    if (key.split(' ').some(isOrdinaryWord)) continue;
    let hits = (byTail.get(key) ?? []).filter((o) => o !== g && !parent.has(o));
    // ("Anselm" after "Dr. Anselm Pellworth", "Bob" after "Robert H. Brask": the first name, or its short form, of
    // the one person named in full before it)
    if (!hits.length && !key.includes(' ')) {
      const named = [key, ...(NICKNAMES.get(key) ?? [])]
        .flatMap((k) => byHead.get(k) ?? [])
        .filter((o) => o !== g && !parent.has(o) && firstAt(o) < firstAt(g));
      if (named.length === 1) hits = named;
    }
    // (the group's own name, when it is a business of two words, counts once)
    const own = kind === 'org' && orgKey(form).includes(' ') ? 1 : 0;
    if (!hits.length || (businessWords.get(key) ?? 0) > own) continue;
    const total = KINDS.reduce((sum, k) => sum + g.votes[k], 0);
    g.spans = g.spans.map((x) => ({ ...x, kind: 'person' as Kind }));
    g.votes = { org: 0, person: total, place: 0, none: 0 };
    // (several people of that surname: the one named first, whom an article names by surname alone)
    parent.set(
      g,
      hits.reduce((a, b) => (firstAt(b) < firstAt(a) ? b : a)),
    );
  }
  // a person-shaped name that is the short form of an organization named in full ("Medlow Graphics" after
  // "Medlow Graphics Corp"), with no first name: the organization
  const orgs = settled.filter((o) => !parent.has(o) && kinds.get(o) === 'org');
  for (const g of settled) {
    if (parent.has(g) || kinds.get(g) !== 'person') continue;
    const form = nameOf(g);
    const words = form.split(/\s+/);
    if (words.length < 2) continue;
    const head = (words[0] ?? '').toLowerCase();
    // (a first name too, when a business's full name is the whole of it and its head or legal form: "Baxter
    // Lomond" of "Baxter Lomond Laboratories Inc")
    const opens = (o: Group) =>
      nameOf(o).startsWith(`${form} `) &&
      nameOf(o)
        .slice(form.length + 1)
        .split(/\s+/)
        .every((w) => {
          const x = w.toLowerCase();
          return ORG_HEADS_STRONG.has(x) || INDUSTRY_WORDS.has(x) || LEGAL_SUFFIXES.has(x);
        });
    // (never a person the article gives an office: "Charles Vell, the firm's chairman")
    const holdsOffice = () => g.spans.some((x) => withOffice(doc.text, x));
    const owners = orgs.filter(
      (o) =>
        nameOf(o).length > form.length &&
        nameOf(o).toLowerCase().includes(head) &&
        ((opens(o) && !holdsOffice()) || (isShortOrgForm(form, nameOf(o)) && !FIRST_NAMES.has(head))),
    );
    if (owners.length !== 1) continue;
    const total = KINDS.reduce((sum, k) => sum + g.votes[k], 0);
    g.spans = g.spans.map((x) => ({ ...x, kind: 'org' as Kind }));
    g.votes = { org: total, person: 0, place: 0, none: 0 };
    parent.set(g, owners[0]!);
  }
  for (const g of settled) {
    if (!parent.has(g)) continue;
    const p = rootOf(g);
    p.spans.push(...g.spans);
    p.kept.push(...g.kept);
    for (const k of KINDS) p.votes[k] += g.votes[k];
  }

  // the headline, where the text opens with it (title case there joins verbs and nouns to names)
  const at = doc.headline ? doc.text.indexOf(doc.headline) : -1;
  const headlineEnd = at >= 0 && at < 200 ? at + (doc.headline as string).length : 0;
  // the forms of the organizations with a legal suffix ("Harlow Industries Inc", and its short forms)
  const companyForms = new Set<string>();
  for (const g of settled)
    if (!parent.has(g) && kindOf(g) === 'org') {
      const forms = [nameOf(g), ...(g.rule?.aliases ?? []), ...g.spans.map((x) => x.text)];
      if (forms.some((f) => LEGAL_SUFFIXES.has(lastWord(f)))) for (const f of forms) companyForms.add(orgKey(f));
    }
  // the first names of the people named in full ("Anselm" of "Anselm Voigt")
  const firstNames = new Set<string>();
  for (const g of settled)
    if (!parent.has(g) && kindOf(g) === 'person') {
      const words = nameOf(g).split(/\s+/);
      const first = (words[0] ?? '').toLowerCase();
      if (words.length > 1 && FIRST_NAMES.has(first)) firstNames.add(first);
    }
  const out: Entities = { orgs: [], people: [], places: [] };
  for (const g of settled) {
    if (parent.has(g)) continue;
    let kind = kindOf(g);
    // no person's name holds "and" ("Martin and Grubel"): the rules' business, or no name
    if (kind === 'person' && /\s(?:and|&)\s/.test(nameOf(g))) kind = g.ruleKind === 'org' ? 'org' : 'none';
    if (kind === 'none') continue;
    if (kind === 'org' && !g.rule?.ticker && isPartOfCompany(g, companyForms, firstNames, doc.text)) continue;
    // a "person" the rules did not name, shaped as a place ("North Brunswick", "Palm Gardens"): no person
    if (kind === 'person' && g.ruleKind !== 'person' && placeShaped(nameOf(g))) continue;
    // ... or made of ordinary words, with no office around it
    if (
      kind === 'person' &&
      g.ruleKind !== 'person' &&
      ordinaryWords(nameOf(g)) &&
      !g.spans.some((x) => withOffice(doc.text, x))
    )
      continue;
    const spans = [...g.spans, ...g.kept].sort((a, b) => a.start - b.start || a.end - b.end);
    const mentions = spans
      .filter((m, i) => i === 0 || m.start !== spans[i - 1]!.start || m.end !== spans[i - 1]!.end)
      .map((m) => ({ start: m.start, end: m.end }));
    // (a company named only in a wire headline has no mention in the text: the rules' entity stands as it is)
    if (!mentions.length && !(g.rule && g.rule.mentions.length === 0)) continue;
    const forms = new Set<string>(spans.map((s) => s.text));
    if (g.rule && g.ruleKind === kind) {
      forms.add(g.rule.name);
      for (const a of g.rule.aliases) forms.add(a);
    }
    const names = [...forms];
    const name = fullestForm(names);
    const weights = kind === 'org' ? model.calibration?.org : kind === 'person' ? model.calibration?.person : undefined;
    const total = KINDS.reduce((s, k) => s + g.votes[k], 0);
    const raw = total ? rawScore(g, kind) : (g.rule?.confidence ?? 0.5);
    const p = calibrated(weights, raw, mentions.length);
    if (kind === 'org' || kind === 'person') {
      const features = entityFeatures({
        kind,
        name,
        forms: names,
        votes: g.votes,
        probs: g.spans.filter((x) => x.kind === kind).map((x) => x.prob),
        ruleKind: g.ruleKind,
        ruleConfidence: g.rule?.confidence ?? 0,
        mentions: mentions.length,
        kept: g.kept.length,
        genre,
        firstAt: doc.text.length ? (mentions[0]?.start ?? 0) / doc.text.length : 0,
        headline: mentions.filter((m) => m.end <= headlineEnd).length,
        afterThe: mentions.filter((m) => /\bthe\s+$/.test(doc.text.slice(Math.max(0, m.start - 5), m.start))).length,
      });
      explained?.push({ kind, name, aliases: names.filter((n) => n !== name), mentions: mentions.length, features, p });
      // the verifier drops what is unlikely; the confidence stays the calibrated score (the better calibrated
      // of the two on held-out folds)
      const verifier = model.verifier;
      if (
        verifier &&
        mentions.length &&
        verify(verifier[genre === 'release' ? 'release' : 'news'][kind], features) < verifier.threshold
      )
        continue;
    }
    // an entity found only where no name can be (a post-office box, a degree, a stock symbol)
    if (mentions.length && mentions.every((m) => inSymbol(m.start, m.end))) continue;
    const confidence = Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
    const entity: Entity = {
      name,
      aliases: names.filter((n) => n !== name).sort(),
      mentions,
      confidence,
      ticker: g.rule?.ticker ?? null,
      key: g.rule?.key ?? g.key,
      credit: g.rule?.credit ?? false,
    };
    if (kind === 'org') out.orgs.push(entity);
    else if (kind === 'person') out.people.push(entity);
    else out.places.push(entity);
  }
  return { entities: sortEntities(out) };
}
