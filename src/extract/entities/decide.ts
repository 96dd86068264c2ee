// Refiners: settle one kind per name from all its mentions (the words of the
// name and the cues around each mention), then group surface forms into
// entities: acronyms defined in parentheses, short repeat mentions of a
// company ("Kelbrix" for "Kelbrix Group"), surnames of a person.
import type { Document } from '../../document.js';
import {
  isAcronymOf,
  isLastWordForm,
  isShortOrgForm,
  orgKey,
  personKey,
  remembered,
  words,
} from '../../resolve/names.js';
import { isOrdinaryWord, lexicons } from '../lexicon/common.js';
import { ASIAN_SURNAMES, FIRST_NAMES } from '../lexicon/names.js';
import { isMinorPlace, isPlace } from '../lexicon/places.js';
import { HONORIFICS, LEGAL_SUFFIXES, TITLE_CORES, TITLE_MODIFIERS } from '../lexicon/words.js';
import type { NameMention } from './analyze.js';
import { headlineCompany } from './headline.js';
import type { SentenceView } from './view.js';
import type { Found } from './wire.js';

/** Headline words that make the words before a ticker a sentence: "TO", "IN", "UPS", "BUYS", "SAYS". */
const HEADLINE_FUNCTION =
  /^(?:TO|IN|ON|AT|FOR|BY|OF|WITH|FROM|INTO|UPS|CUTS|RAISES|BUYS|SELLS|SAYS|SEES|SETS|GETS|BIDS|ENDS|MAKES|HAS|HAVE|IS|WILL|MAY|AGREES?|COMPLETES?|ACQUIRES?|MERGES?|PLANS?|SEEKS?|TAKES?|HOLDS?|HIKES?|LIFTS?|UNIT|STAKE)$/;

export interface Entity {
  name: string;
  aliases: string[];
  mentions: { start: number; end: number }[];
  confidence: number;
  ticker: string | null;
  key: string;
  /** Named only as the wire service or photo credit of the article. */
  credit: boolean;
}

export interface Entities {
  orgs: Entity[];
  people: Entity[];
  places: Entity[];
}

type Kind = 'org' | 'person' | 'place' | 'pending';

interface Group {
  key: string;
  forms: Map<string, number>;
  mentions: { start: number; end: number; text: string; initial: boolean }[];
  org: number;
  person: number;
  place: number;
  orgCues: Set<string>;
  personCues: Set<string>;
  subject: boolean;
  possessive: boolean;
  ticker: string | null;
  kind: Kind;
  words: number;
  parent: Group | null;
  first: number;
  personShape: boolean;
}

/** Demonyms, creeds and their plurals: 'Tunisians', 'Sudanese', 'Islamists'. */
const PEOPLE_WORD = /(?:ians?|eans?|yans?|ese|ists?|ites?|ish|ans|crats?)$/;
const REGION_WORDS = new Set(['pacific', 'atlantic', 'region', 'emea', 'apac', 'americas', 'international', 'global']);
const STRONG_ORG_CUES =
  /^(?:bracket|exchange|ticker|descriptor|apposition|possessed|listed|context|led-by|wire|based|org-title-name|title-of|owned|employer|coordinated|a-x-company)/;
// Keys normalize Unicode and run several regexes, and the same forms are compared many times in an article.
/** A name's key: its words, lower case, without a leading "the". */
export const keyOf = remembered((s) => {
  const w = words(s);
  if (w[0] === 'the' && w.length > 1) w.shift();
  return w.join(' ') || s.toLowerCase();
});

/** One word of two joined names: "Quiroga-Vell". */
export const HYPHENATED = /^\p{Lu}[\p{L}'’]+-\p{Lu}[\p{L}'’]+$/u;

/** The form that opened the group (its key was made from it). */
const firstForm = (g: Group): string => g.forms.keys().next().value ?? g.key;

function root(g: Group): Group {
  let r = g;
  while (r.parent) r = r.parent;
  return r;
}

export function decide(doc: Document, _views: SentenceView[], mentions: NameMention[], credits: Found[]): Entities {
  const groups = new Map<string, Group>();
  const groupFor = (text: string, start: number): Group => {
    const key = keyOf(text);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        forms: new Map(),
        mentions: [],
        org: 0,
        person: 0,
        place: 0,
        orgCues: new Set(),
        personCues: new Set(),
        subject: false,
        possessive: false,
        ticker: null,
        kind: 'pending',
        words: text.split(/\s+/).length,
        parent: null,
        first: start,
        personShape: false,
      };
      groups.set(key, g);
    }
    g.forms.set(text, (g.forms.get(text) ?? 0) + 1);
    g.first = Math.min(g.first, start);
    return g;
  };

  for (const m of mentions) {
    let { start, text } = m;
    // "Mr. Goller": the mention is the surname, the honorific a cue
    if (m.shape.cue === 'honorific') {
      const rest = m.tokens.slice(1);
      if (!rest.length) continue;
      start = rest[0]!.start;
      text = doc.text.slice(start, m.end);
    }
    const g = groupFor(text, start);
    g.mentions.push({ start, end: m.end, text, initial: m.cues.initial });
    if (m.shape.kind === 'org') g.org = Math.max(g.org, m.shape.score);
    if (m.shape.kind === 'person') g.person = Math.max(g.person, m.shape.score);
    if (m.shape.kind === 'place') g.place = Math.max(g.place, m.shape.score);
    for (const c of m.cues.org) g.orgCues.add(c);
    for (const c of m.cues.person) g.personCues.add(c);
    if (m.shape.cue === 'honorific') g.personCues.add('honorific');
    if (/^(?:name-shape|first-name|honorific)$/.test(m.shape.cue)) g.personShape = true;
    g.subject ||= m.cues.subject;
    g.possessive ||= m.cues.possessive;
    g.ticker ??= m.cues.ticker;
  }
  for (const c of credits) {
    const text = doc.text.slice(c.start, c.end);
    const g = groupFor(text, c.start);
    g.mentions.push({ start: c.start, end: c.end, text, initial: false });
    if (c.kind === 'org') {
      g.org = Math.max(g.org, 0.9);
      g.orgCues.add('wire');
    } else g.person = Math.max(g.person, 0.85);
  }

  const all = [...groups.values()].sort((a, b) => a.first - b.first);
  const strongOrgCues = (g: Group) => [...g.orgCues].filter((c) => STRONG_ORG_CUES.test(c)).length;

  // 1. kinds from the words and the cues
  for (const g of all) {
    const orgCue = strongOrgCues(g);
    if (g.org >= 0.85 && g.org >= g.person) g.kind = 'org';
    else if (g.person >= 0.85) {
      // "Arthur Penn, the leading British design house": a person-shaped name that the text calls a business
      // ("investor George Soros": some descriptors fit people as well)
      const business = [...g.orgCues].some(
        (c) =>
          /^(?:bracket|exchange|ticker|descriptor|apposition|employer|org-title-name|based)/.test(c) &&
          !/:(?:investors?|partners?|shareholders?|customers?|clients?|owner|peers?|rivals?|competitors?|parent|stakeholders?)$/.test(
            c,
          ),
      );
      g.kind = business && g.personCues.size === 0 && g.person < 0.9 ? 'org' : 'person';
    } else if (g.place > 0)
      g.kind =
        orgCue >= 1 && [...g.orgCues].some((c) => /^(?:bracket|exchange|ticker|descriptor)/.test(c)) ? 'org' : 'place';
    else if (orgCue >= 1) g.kind = 'org';
    else if (g.personCues.size && g.personShape && !/\d/.test(g.key)) g.kind = 'person';
    else if (
      g.words === 1 &&
      [...g.personCues].some((c) =>
        /^title:(?:president|minister|ambassador|chairman|governor|senator|secretary)$/i.test(c),
      ) &&
      !TITLE_MODIFIERS.has(g.key) &&
      !TITLE_CORES.has(g.key) &&
      /^\p{Lu}\p{Ll}{3,}$/u.test(g.forms.keys().next().value ?? '')
    )
      g.kind = 'person';
    else if (g.org > 0) g.kind = 'org';
  }

  // tickers written alone ("Brightwater said") are the company that has them
  for (const g of all) {
    const sym = g.ticker?.split(/:\s*/).pop()?.toLowerCase();
    const alias = sym ? groups.get(sym) : undefined;
    if (alias && alias !== g && !alias.parent && alias.kind !== 'person') alias.parent = g;
  }

  // names listed together are of one kind: "Mercer, Lumen Capital, Mosaic Capital"
  for (let pass = 0; pass < 2; pass++)
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      const b = mentions[i + 1]!;
      if (a.sentence !== b.sentence) continue;
      const between = doc.text.slice(a.end, b.start);
      if (!/^\s*(?:,|,?\s*and|&|;)\s*$/.test(between)) continue;
      const ga = groups.get(keyOf(a.text));
      const gb = groups.get(keyOf(b.text));
      if (!ga || !gb) continue;
      for (const [x, y] of [
        [ga, gb],
        [gb, ga],
      ] as const) {
        if (x.kind === 'org' && (x.org >= 0.85 || strongOrgCues(x) > 0) && y.kind === 'pending' && y.words <= 4) {
          y.kind = 'org';
          y.orgCues.add('coordinated');
          y.org = Math.max(y.org, 0.6);
        }
      }
    }

  // 2. acronyms and quoted short names defined in parentheses right after a name
  for (const g of all) {
    if (g.kind === 'place') continue;
    for (const m of g.mentions) {
      const after = doc.text.slice(m.end, m.end + 60);
      // (past a ticker in its own brackets: "Kelvar (Nasdaq: KVR) (KV)")
      const def =
        /^\s*(?:\([^():]{2,20}:\s*[^()]{1,12}\)\s*)?\((?:the\s+)?["“]?([\p{Lu}\p{N}][\p{L}\p{N}&.'’\- ]{0,40}?)["”]?\)/u.exec(
          after,
        );
      if (!def?.[1] || /^(?:company|group|nasdaq|nyse)\b/i.test(def[1]) || /:/.test(def[1]) || /^[DR]-/.test(def[1]))
        continue;
      const alias = groups.get(keyOf(def[1]));
      if (alias && alias !== g && alias.kind !== 'person' && root(alias) === alias && alias !== root(g)) {
        alias.parent = root(g);
        if (g.kind === 'pending') g.kind = 'org';
      }
    }
  }

  // 3. people: surnames and first names standing alone, "Mr. Goller"
  const people = all.filter((g) => g.kind === 'person' && g.words >= 2 && !g.parent);
  // (each person's key and its words, worked out once: the keys do not change below)
  const personKeys = people.map((p) => personKey(p.key));
  const personParts = personKeys.map((k) => k.split(' '));
  for (const g of all) {
    if (g.parent || g.kind === 'org') continue;
    // ("Quiroga-Vell" for "Tomas Quiroga-Vell": a surname of two joined names)
    const joined = HYPHENATED.test(firstForm(g));
    if (g.words > 1 && !joined) continue;
    const hits = people.filter((p, i) => {
      const parts = personParts[i]!;
      if (joined) return p !== g && parts.length > 2 && personKeys[i]!.endsWith(` ${g.key}`);
      return parts[parts.length - 1] === g.key || (parts[0] === g.key && g.first > p.first);
    });
    if (hits.length !== 1) continue;
    // "Heinz" beside "Henry Heinz" and "Heinz Foods Co": a business named after the person may own it too
    const padded = ` ${g.key} `;
    const business = all.some((o) => o.kind === 'org' && o.words > 1 && ` ${o.key} `.includes(padded));
    if (!business) {
      g.parent = hits[0]!;
      g.kind = 'person';
    }
  }

  // "Steve Harrowgate" or "Steven Harrowgate" beside "Steven P. Harrowgate": a short first name, a middle initial
  // left out
  // (the words of more than one letter of each person's name)
  const longParts = personParts.map((parts) => parts.filter((w) => w.length > 1));
  for (const g of all) {
    if (g.parent || g.kind !== 'person' || g.words < 2) continue;
    const a = personKey(g.key)
      .split(' ')
      .filter((w) => w.length > 1);
    if (a.length !== 2 || a[0]!.length < 3) continue;
    const hits = people.filter((p, i) => {
      if (p === g || p.parent || p.words <= 1) return false;
      const b = longParts[i]!;
      return (
        (p.words > g.words || (p.words === g.words && p.first < g.first)) &&
        b.length === 2 &&
        a[1] === b[1] &&
        (b[0]!.startsWith(a[0]!) || a[0]!.startsWith(b[0]!))
      );
    });
    if (hits.length === 1) {
      g.parent = hits[0]!;
      g.kind = 'person';
    }
  }

  // 4. organizations: short forms and acronyms of a longer name in the article
  const headlineAt = doc.headline ? doc.text.indexOf(doc.headline) : -1;
  // (the headline and what stands before the dateline: subheads, contacts)
  const headlineEnd = Math.max(
    headlineAt >= 0 && headlineAt < 200 ? headlineAt + (doc.headline as string).length : 0,
    doc.dateline?.start ?? 0,
  );
  const orgs = all.filter((g) => g.kind === 'org' && !g.parent);
  for (const g of all) {
    if (g.parent || g.kind === 'person' || g.kind === 'place') continue;
    const form = firstForm(g);
    // a cheap test first: the long name holds the short one's first letters, or the short one is an acronym
    const head = g.key.slice(0, 3);
    const acronym = (/^[a-z&]{2,8}$/.test(g.key) && g.words === 1) || /^[\p{Lu}&.]{2,8}$/u.test(form);
    const cands = orgs
      .filter((o) => o !== g && o.words > g.words && !o.parent && (acronym || o.key.includes(head)))
      .filter((o) => {
        const long = firstForm(o);
        return isShortOrgForm(form, long, (s) => groups.get(keyOf(s))?.kind === 'org') || isAcronymOf(form, long);
      });
    if (!cands.length) {
      const last = orgs.filter((o) => o !== g && !o.parent && isLastWordForm(form, firstForm(o)));
      if (last.length === 1) {
        g.parent = last[0]!;
        g.kind = 'org';
        continue;
      }
      // "Nippon" after "Nippon Steel Co", "Gulf Harbor" after "Gulf Harbor Medical Supply": the first words of
      // the one longer business that opens with them ("Vexa Labs" and "Vexa Labs Ltd" are one business), or
      // in the headline or subheads, before the release names it in full ("Vexa Posts Record Sales", then
      // "Vexa Labs Ltd" after the dateline)
      // (only a full legal name, and no regional unit: "Vexa Group Region Asia" is not what "Vexa" stands for)
      const legalName = (o: Group) => {
        const rest = o.key.slice(g.key.length + 1).split(' ');
        const last = (firstForm(o).split(/\s+/).pop() ?? '').toLowerCase().replace(/,$/, '');
        return LEGAL_SUFFIXES.has(last) && !rest.some((w) => isPlace(w) || REGION_WORDS.has(w));
      };
      const opening = orgs.filter((o) => o !== g && !o.parent && o.key.startsWith(`${g.key} `));
      const opens = opening.filter((o) => !opening.some((p) => p !== o && isShortOrgForm(firstForm(o), firstForm(p))));
      // ("Union Harbour Life" and "Union Harbour Life Insurance Co": one business written shorter and longer)
      const nested = opens.every((o) =>
        opens.every((p) => o === p || o.key.startsWith(`${p.key} `) || p.key.startsWith(`${o.key} `)),
      );
      const one =
        opens.length === 1 || (opens.length > 1 && nested) ? opens.reduce((a, b) => (b.first < a.first ? b : a)) : null;
      if (one && (one.first < g.first || (g.first < headlineEnd && legalName(one))) && !isPlace(g.key)) {
        g.parent = one;
        g.kind = 'org';
      }
      continue;
    }
    // the nearest full name written before the short one; with several and none before, it is the parent of them all
    const before = cands.filter((o) => o.first < g.first);
    if (cands.length > 1 && !before.length) continue;
    // "Elston" named before "Elston Research Inc." and "Elston Diagnostic Services": the parent of both, not one of them
    const sameName = cands.some((o) => orgKey(firstForm(o)) === orgKey(form));
    // (regional units such as "Globex Asia Pacific" do not count: they are not what the short name stands for)
    const sharers = orgs.filter(
      (o) =>
        o !== g &&
        !o.parent &&
        o.key.startsWith(`${g.key} `) &&
        !o.key
          .slice(g.key.length + 1)
          .split(' ')
          .every((w) => isPlace(w) || REGION_WORDS.has(w)),
    );
    if (!sameName && sharers.length > 1 && sharers.every((o) => o.first > g.first)) continue;
    // a candidate that is the same name with a legal suffix ("Summit" and "Summit Corp") comes first
    const exact = cands.find((o) => orgKey(firstForm(o)) === orgKey(form));
    const pick =
      exact ?? (before.length ? before : cands).reduce((a, b) => (b.first > a.first && b.first < g.first ? b : a));
    g.parent = pick;
    g.kind = 'org';
  }

  // "Kasier Cement" once beside "Kaiser Cement": a misspelling, one word off by a swap or one letter
  for (const g of all) {
    if (g.kind !== 'org' || g.parent || g.words < 2 || g.mentions.length > 1) continue;
    const ws = g.key.split(' ');
    const same = all.find((o) => {
      if (o === g || o.parent || o.kind === 'place' || o.words !== g.words || o.mentions.length < 2) return false;
      const os = o.key.split(' ');
      const off = ws.filter((w, i) => w !== os[i]);
      return off.length === 1 && ws.some((w, i) => w !== os[i] && w.length >= 5 && typo(w, os[i] ?? ''));
    });
    if (same) {
      g.parent = same;
      same.kind = 'org';
    }
  }
  // "Ketsrel" once beside "Kestrel Motors Ltd" and "Kestrel": one word, a slip from the first word of exactly one
  // organization the article writes more often
  for (const g of all) {
    if (g.kind !== 'org' || g.parent || g.words !== 1 || g.mentions.length > 2 || g.key.length < 5) continue;
    const same = all.filter((o) => {
      if (o === g || o.parent || o.kind !== 'org' || o.mentions.length < g.mentions.length) return false;
      if (o.words === 1 && o.mentions.length === g.mentions.length) return false;
      const first = o.key.split(' ')[0] ?? '';
      return first[0] === g.key[0] && typo(g.key, first);
    });
    if (same.length === 1) g.parent = same[0]!;
  }

  // "Harcourt Brace" beside "Harcourt Brace Jovanovich Inc", "Marietta Environmental" inside a longer business name:
  // the short form of a business named in full, not a person
  for (const g of all) {
    if (g.kind !== 'person' || g.parent || g.words < 2 || g.personCues.size) continue;
    const form = firstForm(g);
    const longer = all.filter(
      (o) =>
        o !== g &&
        !o.parent &&
        o.kind === 'org' &&
        o.words > g.words &&
        (isShortOrgForm(form, firstForm(o)) || ` ${o.key} `.includes(` ${g.key} `)),
    );
    if (longer.length === 1) {
      g.parent = longer[0]!;
      g.kind = 'org';
    }
  }

  // "Globex Asia Pacific": a name that opens with a business of the article is a unit of it, not a person
  for (const g of all) {
    if (g.kind !== 'person' || g.parent || g.words < 2 || g.personCues.size) continue;
    const firstWord = g.key.split(' ')[0] ?? '';
    const owner = groups.get(firstWord);
    if (owner && root(owner).kind === 'org') {
      g.kind = 'org';
      g.org = Math.max(g.org, 0.6);
    }
  }

  // 5. what is still undecided: a capitalized word used as a business is used
  for (const g of all) {
    if (g.kind !== 'pending' || g.parent) continue;
    const inner = g.mentions.filter((m) => !m.initial).length;
    const known = lexicons().orgs.has(g.key);
    const personish = g.words === 1 && (FIRST_NAMES.has(g.key) || ASIAN_SURNAMES.has(g.key) || HONORIFICS.has(g.key));
    if (personish) continue;
    // "Tunisians", "Islamist", "Club", "CEOs": a people, a creed or an ordinary word, capitalized
    if (
      !known &&
      g.words === 1 &&
      (PEOPLE_WORD.test(g.key) || isOrdinaryWord(g.key) || isOrdinaryWord(g.key.replace(/s$/, '')))
    )
      continue;
    // A small town's name seen only at the start of sentences is more likely an ordinary word ("One of ...").
    if (!known && g.words === 1 && inner >= 1 && isMinorPlace(g.key)) {
      g.kind = 'place';
      g.place = 0.5;
      continue;
    }
    if (known || (inner >= 1 && (g.subject || g.possessive || g.mentions.length >= 2))) {
      g.kind = 'org';
      g.org = Math.max(g.org, known ? 0.6 : 0.45);
    }
  }

  // the company a wire headline names before its ticker: an alias of the one in the text, or one of its own
  const head = doc.text.startsWith(doc.headline ?? '\u0000') ? null : headlineCompany(doc.headline);
  if (head) {
    const ws = head.name.split(/\s+/);
    // "COURT LIFTS RESTRAINING ORDER ON MARK IV": the name is a tail of the words before the ticker
    let same: Group | undefined;
    let form = head.name;
    for (let k = 0; k < ws.length && !same; k++) {
      form = ws.slice(k).join(' ');
      const key = orgKey(form);
      const first = key.split(' ')[0] ?? '';
      const isOrg = (g: Group) => root(g).kind === 'org';
      const tier = (test: (f: string) => boolean) => all.find((g) => isOrg(g) && [...g.forms.keys()].some(test));
      same =
        tier((f) => orgKey(f) === key) ??
        tier((f) => isShortOrgForm(form, f) || isShortOrgForm(f, form) || isAcronymOf(form, f)) ??
        // "FENWICK Holloway" for "Fenwick International Inc"
        // ("DAINIPPON INK TO INVEST IN QUIXOTE" is a sentence about the company, not its name)
        (first.length > 3 && k === 0 && !ws.slice(1).some((w) => HEADLINE_FUNCTION.test(w))
          ? all.find((g) => isOrg(g) && [...g.forms.keys()].some((f) => orgKey(f).split(' ')[0] === first))
          : undefined);
    }
    if (same) {
      const owner = root(same);
      owner.forms.set(form, (owner.forms.get(form) ?? 0) + 0);
      owner.ticker ??= head.ticker;
    } else if (ws.some((w) => LEGAL_SUFFIXES.has(w.toLowerCase()))) {
      const g = groupFor(head.name, doc.text.length);
      g.kind = 'org';
      g.org = Math.max(g.org, 0.7);
      g.orgCues.add('headline');
      g.ticker ??= head.ticker;
      if (!all.includes(g)) all.push(g);
    }
  }

  // "NIPPON STEEL INVESTS 8 MLN DLRS IN GTX Nash": a caps headline with no ticker opens with a business of the text
  const capsHeadline =
    !head && doc.headline && !doc.text.startsWith(doc.headline) && !/\p{Ll}/u.test(doc.headline) ? doc.headline : null;
  if (capsHeadline) {
    // (Reuters' <NAME> brackets dropped; a form ending in a legal suffix would outrank the text's own name)
    const ws = capsHeadline.trim().replace(/[<>]/g, '').split(/\s+/);
    for (let n = Math.min(4, ws.length - 1); n >= 2; n--) {
      const form = ws.slice(0, n).join(' ');
      if (LEGAL_SUFFIXES.has(ws[n - 1]!.toLowerCase()) || ws.slice(1, n).some((w) => HEADLINE_FUNCTION.test(w)))
        continue;
      const key = orgKey(form);
      if (!key) continue;
      const owner = all.find(
        (g) => !g.parent && g.kind === 'org' && [...g.forms.keys()].some((f) => orgKey(f) === key),
      );
      if (owner) {
        owner.forms.set(form, (owner.forms.get(form) ?? 0) + 0);
        break;
      }
    }
  }

  // a people or an ordinary word needs more than a weak cue: "Islamist leaders", "Libyan and Tunisian officials"
  for (const g of all) {
    if (g.kind !== 'org' || g.parent || g.words !== 1 || g.org >= 0.85 || lexicons().orgs.has(g.key)) continue;
    if (!(PEOPLE_WORD.test(g.key) || isOrdinaryWord(g.key) || isOrdinaryWord(g.key.replace(/s$/, '')))) continue;
    if (![...g.orgCues].some((c) => /^(?:bracket|exchange|ticker|descriptor|apposition|wire)/.test(c)))
      g.kind = 'pending';
  }

  return build(doc, all);
}

function build(doc: Document, all: Group[]): Entities {
  const members = new Map<Group, Group[]>();
  for (const g of all) {
    const r = root(g);
    if (!members.has(r)) members.set(r, []);
    members.get(r)!.push(g);
  }
  const out: Entities = { orgs: [], people: [], places: [] };
  for (const [r, gs] of members) {
    if (r.kind === 'pending') continue;
    const forms = new Map<string, number>();
    for (const g of gs) for (const [f, n] of g.forms) forms.set(f, (forms.get(f) ?? 0) + n);
    const names = [...forms.keys()];
    const name = fullestForm(names);
    const mentions = gs
      .flatMap((g) => g.mentions.map((m) => ({ start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .filter((m, i, arr) => i === 0 || m.start !== arr[i - 1]!.start);
    const score = r.kind === 'org' ? r.org : r.kind === 'person' ? r.person : r.place;
    const cueBoost = r.kind === 'org' ? Math.min(0.3, 0.1 * r.orgCues.size) : Math.min(0.3, 0.1 * r.personCues.size);
    const confidence =
      Math.round(Math.min(0.99, Math.max(score, 0.4) + cueBoost + 0.02 * (mentions.length - 1)) * 100) / 100;
    const entity: Entity = {
      name,
      aliases: names.filter((n) => n !== name).sort(),
      mentions,
      confidence,
      ticker: gs.map((g) => g.ticker).find((t) => t) ?? null,
      key: r.key,
      credit: gs.every((g) => g.orgCues.has('wire') && g.orgCues.size === 1),
    };
    if (r.kind === 'org') out.orgs.push(entity);
    else if (r.kind === 'person') out.people.push(entity);
    else out.places.push(entity);
  }
  void doc;
  return sortEntities(out);
}

/** Each list in the order of first mention, then by name. */
export function sortEntities(out: Entities): Entities {
  const byFirst = (a: Entity, b: Entity) =>
    (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  out.orgs.sort(byFirst);
  out.people.sort(byFirst);
  out.places.sort(byFirst);
  return out;
}

/** The fullest of an entity's forms: the most words, then the longest, then the first written. */
export function fullestForm(names: string[]): string {
  return names.reduce((a, b) => {
    const wa = a.split(/\s+/).length;
    const wb = b.split(/\s+/).length;
    return wb > wa || (wb === wa && b.length > a.length) ? b : a;
  });
}

/** Two words one slip apart: two neighbouring letters swapped, or one letter changed, added or dropped. */
function typo(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
