// Refiner: the roles of each person, linked from the title phrases around
// their mentions (after chrono's refiners, this reads what the parsers found):
//   "Quorvex Goller, President and CEO of Zorvane Group Region China"  (apposition, of/at/for/",")
//   "Dr Jan Prescott, Merrow's managing director"                      (possessive before the title)
//   "Foley chairman Raj Mehta", "President of Ingram News Agency Eva Novak"  (title before the name)
//   "the appointment of Hollins Ironvale as Chief Executive Officer"   ("as" + title)
// A title without a stated employer takes the first organization of its sentence
// (press releases name the announcing company there); public offices take none.
// Roles never cross stories: every link is inside one sentence.
import type { Role, Token } from '../../document.js';
import type { Analysis } from '../entities/analyze.js';
import type { Entity } from '../entities/decide.js';
import { DEMONYMS, ORG_DESCRIPTORS } from '../lexicon/words.js';
import {
  functionEnd,
  isPlainAdjective,
  isTitleCore,
  isTitleToken,
  PUBLIC_OFFICE,
  type TitleSpan,
  titleAt,
} from './titles.js';

const DEMONYM_LIKE = (t: Token): boolean => DEMONYMS.has(t.text.toLowerCase());

const lc = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const DETERMINERS = /^(?:the|a|an|its|our|their|his|her|new)$/;
const MOVE_VERBS =
  /^(?:transitioned|transitions|promoted|elevated|moved|moves|returned|returns|appointed|named|elected)$/;
const APPOINT_VERBS = /^(?:named|appointed|elected|became|becomes|become|promoted)$/;
const LINKS = /^(?:of|at|for|with|from)$/;
/** Degrees and credentials written after a name. */
const CREDENTIAL =
  /^(?:Ph\.?D|M\.?D|J\.?D|D\.?Phil|Ed\.?D|Pharm\.?D|M\.?B\.?A|CPA|CFA|CFP|CAIA|FRM|PE|RN|Esq|Jr|Sr|II|III|IV)\.?$/;
const PRAISE =
  /^(?:exceptional|accomplished|proven|seasoned|experienced|strong|great|visionary|respected|important|key|valued|trusted|natural|true|effective|outstanding|successful|talented|dynamic|excellent)\b/i;
/** An office named by its post: "assume the additional post of chairman", "promoted to the position of ...". */
const POST_WORDS = /^(?:post|position|role|title|office)$/;
const POST_BEFORE = /^(?:the|a|an|his|her|additional|new|same|vacant|newly-created|former|previous|old)$/;
/** A company's name: one that ends in a legal form ("President Reagan told Congress" names no company). */
const LEGAL_END = /\b(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|Plc|PLC|LLC|AG|SA|NV|SpA|GmbH)\.?$/;
/** "named Jan Ode to head the unit": a verb after "to", not an office. */
const TO_VERB = /^(?:head|lead|run|oversee|manage|direct|succeed|replace|serve|become|join|help|take)$/;
/** A school, department or division named as a unit of an institution: "School of Science". */
const UNIT_HEAD = /^(?:the\s+)?(?:School|Department|Division|Faculty|College|Office)\s+of\b/i;
/** A verb of appointing right before a name: its office follows the name ("promoted Jan Ode to ..."). */
const NAMED_BEFORE = /^(?:named|appointed|elected|promoted|elevated|hired|nominated|tapped|selected)$/;
/** Verbs whose "as" names a further office even after an apposition: "X, CFO, will take over as president". */
const AS_VERBS =
  /^(?:over|serve|serves|succeed|succeeds|continue|continues|stay|stays|act|acts|named|appointed|elected|promoted)$/;
/** A state that goes on: "who will remain chairman", "Grubb will be the unit's president". */
const REMAIN = /^(?:remain|remains|remained)$/;
/** Taking an office over from its holder: "succeeding Jan Ode", "replacing Jan Ode". */
const SUCCEEDING = /^(?:succeeding|replacing|succeeds|replaces)$/;
/** Joining an organization: "will join Halder Quist as chairman". */
/** A committee of a board, named by what it oversees ("Audit Committee", "Nominating and Governance Committee"). */
const BOARD_COMMITTEE =
  /^(?:(?:audit|compensation|remuneration|nominating|nomination|nominations|governance|corporate|executive|finance|risk|management|investment|strategy|strategic|public|policy|regulatory|responsibility|technology|safety|sustainability|human|resources|compliance|ethics|and|&)\s+)+committee$/i;

/** Grammatical words that end a description before a name. */
const FUNCTION_WORD = /^(?:in|of|for|to|with|and|or|that|which|who|at|by|from|on|as|is|was|has|have|will)$/;

const JOIN_VERBS = /^(?:join|joins|joined|joining|rejoin|rejoins|rejoined)$/;

interface Span {
  from: number;
  to: number;
  entity: Entity;
}

export function linkRoles(text: string, analysis: Analysis): Map<Entity, Role[]> {
  const { orgs, people } = analysis.entities;
  const out = new Map<Entity, Role[]>();
  // roles belong to people: with none named, no sentence needs reading
  if (!people.length) return out;
  const orgAt = new Map<number, Entity>();
  const personAt = new Map<number, Entity>();
  for (const o of orgs) for (const m of o.mentions) orgAt.set(m.start, o);
  for (const p of people) for (const m of p.mentions) personAt.set(m.start, p);
  const endOf = new Map<number, number>();
  for (const e of [...orgs, ...people]) for (const m of e.mentions) endOf.set(m.start, m.end);
  // a company's name or short form names it wherever it stands, inside a longer run of capitals too ("of Special
  // Events of Corvex", with "Corvex Media Inc. ("Corvex")" in the lead)
  const taken = [...orgs, ...people].flatMap((e) => e.mentions);
  for (const o of orgs)
    for (const form of new Set([o.name, ...o.aliases])) {
      if (form.length < 3 || !/^\p{Lu}/u.test(form)) continue;
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        const end = at + form.length;
        if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
        if (taken.some((m) => m.start < end && at < m.end)) continue;
        orgAt.set(at, o);
        endOf.set(at, end);
      }
    }
  // "the 3M Board": the board of an organization the article names is that organization's
  const orgForms = new Map<string, string>();
  for (const o of orgs) for (const f of [o.name, ...o.aliases]) if (!orgForms.has(f)) orgForms.set(f, o.name);
  const boardOf = (name: string | null): string | null => {
    const entity = name ? orgs.find((o) => o.name === name) : undefined;
    for (const form of entity ? [entity.name, ...entity.aliases] : []) {
      const m = /^(.+?)\s+(?:Board|board)(?: of Directors)?$/.exec(form);
      const owner = m?.[1] ? orgForms.get(m[1]) : undefined;
      if (owner && owner !== name) return owner;
    }
    // a board the recognizer took for a name of its own ("the Kelvar Board"): the company it belongs to; a
    // longer name is a public body's ("Regional Water Board")
    return name?.replace(/^(\S+)\s+Board(?: of Directors)?$/, '$1') || name;
  };
  const personEnds = new Set(people.flatMap((p) => p.mentions.map((m) => m.end)));

  // the organization the article is mostly about: most mentions, then first named
  const mostNamed =
    orgs
      .filter((o) => !o.credit)
      .reduce<Entity | null>((a, b) => (!a || b.mentions.length > a.mentions.length ? b : a), null)?.name ?? null;
  // ... unless the first sentence that reports something names who reports it ("Tarrow Group Inc said ...",
  // "Velarion Systems, Inc. (NYSE: VLR) today announced"): "the company's chief executive" is that one's
  const mainOrg = announcer(analysis, orgAt, endOf) ?? mostNamed;

  let lastPerson: Entity | null = null;
  let lastStory = -1;
  // the first organization of the paragraph named outside a quotation ("Harlow launched a store. "...," said Jan
  // Ode, the brand's CEO"), and where the last unit ended
  let paraOrg: string | null = null;
  let lastEnd = -1;
  for (const view of readingUnits(analysis.views, text, personEnds)) {
    const toks = view.tokens;
    const opened = paraOrg;
    if (lastEnd < 0 || text.slice(lastEnd, toks[0]?.start ?? lastEnd).includes('\n')) paraOrg = null;
    const paragraphOrg = lastEnd >= 0 && paraOrg === opened ? paraOrg : null;
    lastEnd = toks[toks.length - 1]?.end ?? lastEnd;
    // name spans in token indices
    const orgSpans: Span[] = [];
    const personSpans: Span[] = [];
    toks.forEach((t, i) => {
      const o = orgAt.get(t.start);
      const p = personAt.get(t.start);
      const e = o ?? p;
      if (!e) return;
      const end = endOf.get(t.start) ?? t.end;
      let j = i;
      while (j < toks.length && (toks[j]?.end ?? 0) <= end) j++;
      // "of <Kelso Mutual Life Insurance Co>": Reuters' brackets belong to the name they mark
      const marked = o && toks[i - 1]?.text === '<' && toks[j]?.text === '>';
      (o ? orgSpans : personSpans).push({ from: marked ? i - 1 : i, to: marked ? j + 1 : j, entity: e });
    });
    if (paraOrg == null) {
      const quote = toks.findIndex((t) => t.text === '“' || t.text === '”' || t.text === '"');
      paraOrg = orgSpans.find((s) => !s.entity.credit && (quote < 0 || s.to <= quote))?.entity.name ?? null;
    }
    if (!personSpans.length && !lastPerson) continue;
    const orgStarting = (i: number) => orgSpans.find((s) => s.from === i);
    const orgEnding = (i: number) => orgSpans.find((s) => s.to === i);
    const nameAt = (i: number) => orgSpans.some((s) => s.from === i) || personSpans.some((s) => s.from === i);
    // the sentence's organization named before the person (press releases announce "X ... as CEO"), else the article's
    // (a quotation before the name is someone's words, not the announcement: ""... with Tarn Capital," said Jan
    // Ode, Chief Executive Officer" holds the office at the article's company)
    const firstOrgBefore = (p: Span) => {
      const quoted = closingQuoteBefore(toks, p.from);
      // (a committee of the board is no employer)
      const named = orgSpans.find(
        (s) => !s.entity.credit && s.to <= p.from && s.from > quoted && !BOARD_COMMITTEE.test(s.entity.name),
      )?.entity.name;
      return named ?? (quoted >= 0 ? paragraphOrg : null) ?? mainOrg;
    };
    let current: Span | null = null;
    const firstOrg = (): string | null => (current ? firstOrgBefore(current) : mainOrg);
    const slice = (t: TitleSpan) => text.slice(toks[t.from]!.start, toks[t.to - 1]!.end);

    // an organization after a title: "of Zorvane", "at Lantern", ", Tilford India", "of Britain's Meridian Group"
    const orgAfter = (i: number): Span | null => {
      let k = i;
      if (LINKS.test(lc(toks[k])) || toks[k]?.text === ',') k++;
      else return null;
      if (/^(?:the|its|their)$/.test(lc(toks[k]))) k++;
      const direct = orgStarting(k);
      // ("of Vantor's General Technology Division": the unit the possessive names)
      if (direct && /^['’]s?$/.test(toks[direct.to]?.text ?? '')) return orgStarting(direct.to + 1) ?? direct;
      if (direct) return direct;
      // "of the London-based fact-checking website Fact Lantern": words that describe it, then its name
      let d = k;
      // ("London-based" may come as "London" and "-based")
      const describing = (x: number) =>
        /^(?:\p{Ll}[\p{Ll}-]*|-based|\p{Lu}[\p{L}.]*-based)$/u.test(toks[x]?.text ?? '') ||
        (toks[x + 1]?.text === '-based' && /^\p{Lu}/u.test(toks[x]?.text ?? ''));
      while (d < k + 6 && describing(d) && !FUNCTION_WORD.test(lc(toks[d]))) d++;
      if (d > k && ORG_DESCRIPTORS.has(lc(toks[d - 1]))) {
        const described = orgStarting(d);
        if (described) return described;
      }
      // "of Britain's Meridian Group"
      for (let x = k; x < Math.min(k + 4, toks.length); x++)
        if (/^['’]s?$/.test(toks[x]?.text ?? '')) return orgStarting(x + 1) ?? null;
      return null;
    };
    // "as President of Bluefin", "Executive Vice President at Ridge Motors", "... for Kelbrix Digital Economy"
    const orgAfterTitle = (i: number): Span | null => {
      if (!/^(?:of|at|for|with)$/.test(lc(toks[i]))) return null;
      let k = i + 1;
      if (/^(?:the|its|their)$/.test(lc(toks[k]))) k++;
      return orgStarting(k) ?? null;
    };
    // one comma-separated segment before a name: "[the] [Org's] [demonym] title [of Org]" or "[former] Org titles"
    const segmentTitle = (
      from: number,
      end: number,
    ): { title: string; org: string | null; start: number; owned: boolean } | null => {
      // the longest tail of the segment that reads as a title
      let start = end;
      while (start > from) {
        const t = toks[start - 1]!;
        const org = orgEnding(start);
        if (org && org.from >= from) {
          start = org.from;
          continue;
        }
        if (isTitleToken(t) || isTitleCore({ ...t, text: singular(t.text) }) || DEMONYM_LIKE(t)) start--;
        else if (/^['’]s?$/.test(t.text) || /^(?:the|a|an|its|their|his|her|of)$/i.test(t.text)) start--;
        else break;
      }
      while (start < end && /^(?:of)$/i.test(toks[start]?.text ?? '')) start++;
      const inner = orgSpans.find((s) => s.from >= start && s.to <= end);
      const words: string[] = [];
      let core = false;
      for (let k = start; k < end; k++) {
        if (inner && k >= inner.from && k < inner.to) continue;
        const t = toks[k]!;
        if (/^['’]s?$/.test(t.text) || /^(?:the|a|an|its|their|his|her)$/i.test(t.text) || DEMONYM_LIKE(t)) continue;
        if (inner && lc(t) === 'of' && k + 1 === inner.from) continue;
        const asCore = isTitleCore(t) || isTitleCore({ ...t, text: singular(t.text) });
        if (!isTitleToken(t) && !asCore) return null;
        if (asCore) core = true;
        words.push(t.text);
      }
      if (!core || !words.length) return null;
      words[words.length - 1] = singular(words[words.length - 1]!);
      // "Holm Bank said its President, Jan Ode, ...": the sentence's company
      const owned = toks.slice(start, end).some((t) => /^(?:its|their)$/i.test(t.text));
      return { title: words.join(' '), org: inner?.entity.name ?? (owned ? firstOrg() : null), start, owned };
    };
    // ", Investor Relations", ", Corporate Communications", ", cell & gene therapy at Torvane": the office's
    // department after a comma, where no other title or name begins
    const departmentAfter = (x: number): number => {
      if (toks[x]?.text !== ',' || titleAt(toks, x + 1, nameAt)) return -1;
      let y = functionEnd(toks, x + 1, nameAt);
      if (y < 0) {
        // plain lower-case words, when the employer follows: ", cell & gene therapy at Torvane"
        y = x + 1;
        while (
          y < x + 6 &&
          (/^\p{Ll}+$/u.test(toks[y]?.text ?? '') || /^(?:&)$/.test(toks[y]?.text ?? '')) &&
          !LINKS.test(lc(toks[y])) &&
          // (a clause, not a department: ", will take over as president of ...")
          !/^(?:will|would|shall|to|as|has|have|had|is|was|be|been|who|which|that|the|a|an)$/.test(lc(toks[y]))
        )
          y++;
        if (y === x + 1 || !(/^(?:at|of)$/.test(lc(toks[y])) && orgAfterTitle(y))) return -1;
      }
      const next = toks[y];
      const ends =
        !next ||
        /^(?:[,.;:(–—-]|and|&|at|of|for|said|says)$/.test(lc(next)) ||
        next.kind === 'number' ||
        next.kind === 'symbol';
      return ends ? y : -1;
    };
    // "professor of physics at the University of Kelso", "Head of Fundamental Research at Kotal Securities": the
    // field after "of" belongs to the title when the employer follows with "at"
    const fieldAt = (x: number): number => {
      if (lc(toks[x]) !== 'of') return -1;
      let y = x + 1;
      while (
        y < x + 5 &&
        /^\p{L}+$/u.test(toks[y]?.text ?? '') &&
        !LINKS.test(lc(toks[y])) &&
        !/^(?:the|a|an|its|their|and|or|who|which|that)$/.test(lc(toks[y])) &&
        !orgStarting(y) &&
        !nameAt(y)
      )
        y++;
      return y > x + 1 && lc(toks[y]) === 'at' && orgAfterTitle(y) ? y : -1;
    };
    const titlesFrom = (k: number): TitleSpan[] => {
      const list: TitleSpan[] = [];
      let t = titleAt(toks, k, nameAt);
      if (t && fieldAt(t.to) > 0) t = { from: t.from, to: fieldAt(t.to) };
      // (the last office of "chairman and chief executive and senior vice president Gene Kegg" is the next person's)
      if (t && k > 0 && lc(toks[k - 1]) === 'as' && personSpans.some((s) => s.from === t?.to)) {
        let lastAnd = -1;
        for (let x = t.from; x < t.to; x++) if (/^(?:and|&)$/.test(lc(toks[x]))) lastAnd = x;
        if (lastAnd > t.from) t = { from: t.from, to: lastAnd };
      }
      // "chair of the Audit Committee": a committee of the board belongs to the title; the office is the company's
      if (t && lc(toks[t.to]) === 'of') {
        const c = orgStarting(lc(toks[t.to + 1]) === 'the' ? t.to + 2 : t.to + 1);
        if (c && BOARD_COMMITTEE.test(c.entity.name)) t = { from: t.from, to: c.to };
      }
      while (t) {
        // "Vice President, Investor Relations & Treasurer"
        for (let d = departmentAfter(t.to); d > 0; d = departmentAfter(t.to)) {
          t = { from: t.from, to: d };
          const more = /^(?:and|&)$/.test(lc(toks[d])) ? titleAt(toks, d + 1, nameAt) : null;
          if (more) t = { from: t.from, to: more.to };
        }
        list.push(t);
        // ", chief corporate development officer, and chief legal officer"
        let x = t.to;
        if (toks[x]?.text !== ',' || lineBreak(toks[x])) break;
        x++;
        if (/^(?:and|&)$/.test(lc(toks[x]))) x++;
        t = titleAt(toks, x, nameAt);
      }
      // "Chairman, President and Chief Executive Officer", "Senior Vice President, Treasurer and Secretary": one
      // office list, one role; a list of full titles ("executive vice president, chief legal officer") stays apart
      const full = (s: TitleSpan) =>
        s.to - s.from >= 2 && /(?:officer|president|director|counsel)$/i.test(lc(toks[s.to - 1]));
      const offices =
        list.length > 1 && !list.every(full) ? [{ from: list[0]!.from, to: list[list.length - 1]!.to }] : list;
      // "chairman of the audit committee and a member of the nominating committee": a second office
      const end = offices[offices.length - 1]?.to ?? k;
      // ("... of vice chairman and as chief executive officer": a second office too)
      if (offices.length && lc(toks[end]) === 'and' && /^(?:a|an|as)$/.test(lc(toks[end + 1])))
        return [...offices, ...titlesFrom(end + 2)];
      return offices;
    };
    const add = (person: Entity, title: string, org: string | null, confidence: number) => {
      const clean = title
        .replace(/\b(directors|officers|founders|co-founders|members|trustees)$/i, (w) => w.slice(0, -1))
        .replace(/\bchairmen$/i, 'chairman')
        .replace(/\s*\|\s*/g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/[\s,]+$/, '')
        .trim();
      // "an exceptional business leader", "a seasoned executive": praise, not an office
      if (!clean || PRAISE.test(clean)) return;
      const halves = splitTitles(clean);
      if (halves) {
        for (const h of halves) add(person, h, org, confidence);
        return;
      }
      const organization = PUBLIC_OFFICE.test(clean) && confidence < 0.8 ? null : boardOf(org);
      const roles = out.get(person) ?? [];
      // the same office told twice ("Chairman of the Board" ... "the new Chairman"): the fuller one stays
      const same = (r: Role) => r.organization === organization;
      if (!roles.some((r) => same(r) && covers(r.title, clean))) {
        // a fuller title replaces the shorter one told before
        const kept = roles.filter((r) => !(same(r) && covers(clean, r.title)));
        kept.push({ title: clean, organization, confidence });
        out.set(person, kept);
      }
    };
    const fallback = (title: string) => (PUBLIC_OFFICE.test(title) || /\bspokes/i.test(title) ? null : firstOrg());

    for (const p of personSpans) {
      current = p;
      let found = false;
      // where a title read right before the name begins ("appointed president Jan Ode as chairman")
      let titleBefore = p.from;
      // (A) apposition after the name
      let after = p.to;
      // "Jan Ode (58)": an age in brackets
      if (toks[after]?.text === '(' && toks[after + 1]?.kind === 'number' && toks[after + 2]?.text === ')') after += 3;
      // "Jan Ode, 58, ...", "Jan Ode, Ph.D., ...": an age or a degree is neither title nor employer
      for (;;) {
        let x = after + 1;
        if (toks[after]?.text !== ',') break;
        if (toks[x]?.kind === 'number' && /^\d{2}$/.test(toks[x]!.text)) x++;
        else if (CREDENTIAL.test(toks[x]?.text ?? '')) {
          x++;
          if (toks[x]?.text === '.') x++;
        } else break;
        if (toks[x]?.text !== ',') break;
        after = x;
      }
      if (toks[after]?.text === ',') {
        let k = after + 1;
        // ("Anna Wey, currently Vantor chairman, ...": an adverb of the present before the office)
        while (DETERMINERS.test(lc(toks[k])) || /^(?:currently|now|also)$/.test(lc(toks[k]))) k++;
        let pre: Span | null = orgStarting(k) ?? null;
        if (pre) {
          k = pre.to;
          if (/^['’]s?$/.test(toks[k]?.text ?? '')) k++;
        } else if (
          /^(?:company|brand|firm|group|bank)$/.test(lc(toks[k])) &&
          /^['’]s?$/.test(toks[k + 1]?.text ?? '')
        ) {
          k += 2; // "the brand's CEO": the sentence's organization
        } else {
          // "Selvaro Medical’s Chairman": a name the recognizer did not take, then a possessive and a title
          let x = k;
          while (x < k + 4 && /^\p{Lu}/u.test(toks[x]?.text ?? '') && !nameAt(x) && !isTitleCore(toks[x])) x++;
          if (x > k && /^['’]s?$/.test(toks[x]?.text ?? '') && titleAt(toks, x + 1, nameAt)) k = x + 1;
        }
        let titles = titlesFrom(k);
        // "President Ali Khamenei, Prime Minister Mir-Hossein Mousavi": that title is the next person's
        const next = titles.length ? personSpans.find((s) => s.from === titles[titles.length - 1]!.to) : undefined;
        if (next) titles = [];
        if (!titles.length) pre = null;
        if (titles.length) {
          const last = titles[titles.length - 1]!;
          const post = orgAfter(last.to);
          if (pre && post && titles.length === 1) {
            const words = slice(titles[0]!);
            const cut = words.toLowerCase().lastIndexOf(' and ');
            if (cut > 0) {
              add(p.entity, words.slice(0, cut), pre.entity.name, 0.85);
              add(p.entity, words.slice(cut + 5), post.entity.name, 0.85);
              found = true;
            }
          }
          if (!found) {
            const org = post?.entity.name ?? pre?.entity.name ?? null;
            for (const t of titles) add(p.entity, slice(t), org ?? fallback(slice(t)), org ? 0.85 : 0.6);
            found = true;
          }
          // "Vice President of Kelbrix Group and Secretary General of Enterprise Service for ..."
          let after = post;
          while (after && /^(?:and|&)$/.test(lc(toks[after.to]))) {
            const more = titleAt(toks, after.to + 1, nameAt);
            if (!more) break;
            after = orgAfterTitle(more.to);
            add(p.entity, slice(more), after?.entity.name ?? null, after ? 0.8 : 0.5);
          }
        }
      }
      // (B) title right before the name: "Foley chairman Raj Mehta", "President of Ingram News Agency Eva Novak"
      if (!found) {
        let end = p.from;
        let org: Span | null = null;
        const before = orgEnding(end);
        if (before && lc(toks[before.from - 1]) === 'of') {
          org = before;
          end = before.from - 1;
        }
        let start = end;
        while (
          start > 0 &&
          (isTitleToken(toks[start - 1]) ||
            (/^(?:and|&)$/.test(lc(toks[start - 1])) && isTitleToken(toks[start - 2])) ||
            // "founder and legendary CEO": a plain adjective before a title word
            (isPlainAdjective(toks[start - 1]) &&
              isTitleCore(toks[start]) &&
              // ("Vantor planetary scientist Lucas Pagan": an employer before the adjective)
              (isTitleToken(toks[start - 2]) || /^(?:and|&)$/.test(lc(toks[start - 2])) || !!orgEnding(start - 1))))
        )
          start--;
        // "will succeed Dixon as chairman and chief executive and senior vice president Gene Kegg will become ...":
        // after "as", the offices are the other person's; the last one, right before this name, is this one's
        if (lc(toks[start - 1]) === 'as') {
          let lastAnd = -1;
          for (let k = start; k < end; k++) if (/^(?:and|&)$/.test(lc(toks[k]))) lastAnd = k;
          if (lastAnd >= 0) start = lastAnd + 1;
        }
        if (start < end) {
          const t = titleAt(toks, start, (i) => i >= end);
          if (t && t.to === end) {
            titleBefore = start;
            if (!org) {
              let o = start;
              if (!orgEnding(o) && /^(?:['’]s?|>|\)|”)$/.test(toks[o - 1]?.text ?? '')) o--;
              org = orgEnding(o) ?? null;
            }
            const title = slice(t);
            // a bare "President Reagan" is an office; "Chairman and CEO Hollins Ironvale" is the article's company's
            const corporate =
              /\b(?:ceo|cfo|coo|cto|cmo|chief|officer|chairman|chairwoman|director|founder|managing|executive|manager|head|board|vice president)\b/i.test(
                title,
              );
            // "Orlen Medical Corp said ..., with President Dana Pell assuming his duties": a company named before it in
            // the sentence, and no country's word before the title, make a bare president the company's
            const company =
              /^president$/i.test(title) &&
              !(start > 0 && DEMONYM_LIKE(toks[start - 1]!)) &&
              !/^(?:U\.S\.?|US|UK|former|late|then)$/i.test(toks[start - 1]?.text ?? '')
                ? orgSpans.find((s) => !s.entity.credit && s.to <= start && LEGAL_END.test(s.entity.name))
                : undefined;
            add(
              p.entity,
              title,
              org?.entity.name ?? company?.entity.name ?? (corporate ? fallback(title) : null),
              org ? 0.8 : 0.55,
            );
            found = true;
          }
        }
      }
      // (C) "as" + title later in the clause: "appointment of X as Chief Executive Officer", "X joins as ...",
      // "X, the Company's previous CFO, has transitioned to Chief Administrative Officer", "X was an independent consultant"
      {
        // (a name counts as one word: "will join Frost & Dorran Capital Partners, Inc. as ...", and so does a
        // listed person's: "Jan Ode Jr., Anders Q. Brill and Robert E. Moss have resigned as directors")
        let limit = Math.min(toks.length, p.to + (found ? 24 : 10));
        for (const o of [...orgSpans, ...personSpans].sort((x, y) => x.from - y.from))
          if (o.from >= p.to && o.from < limit) limit = Math.min(toks.length, limit + o.to - o.from - 1);
        for (let k = p.to; k < limit; k++) {
          const w = lc(toks[k]);
          // (", where she served as ..." tells of the employer before it: the biography reads it)
          if (w === '.' || w === ';' || w === 'where' || (w === 'said' && !found)) break;
          const copula = !found && k === p.to && /^(?:is|was)$/.test(w) && /^(?:a|an)$/.test(lc(toks[k + 1]));
          // "will assume the additional post of chairman", "who will remain chairman", "will be the unit's president"
          const postOf = POST_WORDS.test(w) && lc(toks[k + 1]) === 'of' && POST_BEFORE.test(lc(toks[k - 1]));
          // (not "will be appointed chairman": the verb after it is the trigger)
          const stays =
            (REMAIN.test(w) || (w === 'be' && /^(?:will|would|to)$/.test(lc(toks[k - 1])))) &&
            !/^\p{Ll}+(?:ed|en)$/u.test(toks[k + 1]?.text ?? '');
          // "promoted Jan Ode to executive vice president", "named Jan Ode, formerly CFO of X, as its president"
          // ("appointed president and chief executive Jan Ode as chairman": the old office before the name)
          const namedBefore = NAMED_BEFORE.test(lc(toks[titleBefore - 1]));
          // "has named Jan Ode chairman and chief executive": the office right after the name
          const direct = namedBefore && k === p.to && !found && titlesFrom(k).length > 0;
          const trigger =
            direct ||
            (w === 'as' &&
              (!found ||
                AS_VERBS.test(lc(toks[k - 1])) ||
                (namedBefore && (toks[k - 1]?.text === ',' || k === p.to)))) ||
            (w === 'to' && namedBefore && k === p.to && !TO_VERB.test(lc(toks[k + 1]))) ||
            (w === 'to' && MOVE_VERBS.test(lc(toks[k - 1]))) ||
            APPOINT_VERBS.test(w) ||
            copula ||
            postOf ||
            stays;
          if (!trigger) continue;
          // another person before the trigger ends the clause, save a list of names ("Mr. Ode and Ms. Vale were
          // elected as directors")
          const between = personSpans.filter((s) => s !== p && s.from > p.to && s.from < k);
          const listed = (s: Span) =>
            toks
              .slice(p.to, s.from)
              .every(
                (t) =>
                  /^(?:and|,|mr|ms|mrs|dr|\.)\.?$/i.test(t.text) ||
                  CREDENTIAL.test(t.text) ||
                  personSpans.some((q) => t.start >= toks[q.from]!.start && t.end <= toks[q.to - 1]!.end),
              );
          if (between.length && !(between.every(listed) && /^(?:and|,)$/.test(lc(toks[p.to])))) break;
          if (copula) {
            // "was an independent environmental consultant": a title with no employer unless one is named
            const t = titleAt(toks, k + 2, nameAt);
            if (t) {
              const post = orgAfter(t.to);
              add(p.entity, slice(t), post?.entity.name ?? null, post ? 0.75 : 0.5);
              found = true;
            }
            break;
          }
          let x = postOf ? k + 2 : direct ? k : k + 1;
          if (APPOINT_VERBS.test(w) && /^(?:as|to)$/.test(lc(toks[x]))) x++;
          while (
            DETERMINERS.test(lc(toks[x])) ||
            // "the unit's president" (but "as Group President" is the office)
            (/^(?:company|unit|parent|group|bank|firm)$/.test(lc(toks[x])) &&
              /^['’]s?$/.test(toks[x + 1]?.text ?? '')) ||
            /^['’]s?$/.test(toks[x]?.text ?? '')
          )
            x++;
          // "promoted to the position of senior vice president", "elected to the additional post of chairman"
          // "would remain as deputy director"
          if (stays && lc(toks[x]) === 'as') x++;
          while (POST_BEFORE.test(lc(toks[x])) && POST_WORDS.test(lc(toks[x + 1]))) x++;
          if (POST_WORDS.test(lc(toks[x])) && lc(toks[x + 1]) === 'of') x += 2;
          // "resignation as Jasper chairman"
          const pre = orgStarting(x);
          if (pre) x = pre.to;
          const titles = titlesFrom(x);
          if (!titles.length) break;
          // "will join Halder and Quist as chairman"
          const joined = w === 'as' ? orgEnding(k) : undefined;
          const employer = joined && JOIN_VERBS.test(lc(toks[joined.from - 1])) ? joined : null;
          const post = orgAfter(titles[titles.length - 1]!.to) ?? pre ?? employer;
          for (const t of titles) add(p.entity, slice(t), post?.entity.name ?? fallback(slice(t)), post ? 0.8 : 0.55);
          found = true;
          // "was elected president, succeeding Jan Ode, who retired": the one succeeded held the same office
          let e = titles[titles.length - 1]!.to;
          if (post && post.from >= e) e = post.to;
          // ("chairman of the life insurance holding company, replacing Jan Ode": past the company described)
          else if (lc(toks[e]) === 'of') {
            let x = e + 1;
            while (x < e + 9 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[x]?.text ?? '')) x++;
            if (toks[x]?.text === ',') e = x;
          }
          if (toks[e]?.text === ',') e++;
          const before = SUCCEEDING.test(lc(toks[e])) ? personSpans.find((s) => s.from === e + 1) : undefined;
          if (before && before !== p)
            for (const t of titles) add(before.entity, slice(t), post?.entity.name ?? fallback(slice(t)), 0.6);
          break;
        }
      }
      // (E) titles in the comma-separated segments before a name or a list of names:
      // "the new chairman of Keswick, Frank Marlow", "Cresswell's French co-founders, former Stanwick managers, Ellery Fenwick and Garland Holloway"
      // (a title the sentence's company owns is read even when the clause gave another: "Holm Bank said its
      // President, Jan Ode, will become vice chairman")
      {
        let first = p;
        // walk back over "X and" / "X," to the first name of the list
        for (;;) {
          const link = toks[first.from - 1]?.text;
          const prevPerson = personSpans.find((s) => s.to === first.from - 1 && (link === 'and' || link === ','));
          if (!prevPerson) break;
          first = prevPerson;
        }
        let end = first.from;
        while (toks[end - 1]?.text === ',') {
          let from = end - 1;
          while (from > 0 && !/^[,;:.(“"]$/.test(toks[from - 1]?.text ?? '')) from--;
          const segment = segmentTitle(from, end - 1);
          if (!segment || (found && !segment.owned)) break;
          add(p.entity, segment.title, segment.org, segment.org ? 0.7 : 0.5);
          end = segment.start;
        }
      }
    }

    // (F) a biography: "Mr. Ode served as Group President of Tarrow Foods, and earlier served as President of
    // Pell Pet Care", "He is currently Chairman of Halden as well as a board member of Ivo, Brask Corp and Omni":
    // each office after a verb of holding it, with the employer named after it
    const biography = (person: Entity, from: number, to: number) => {
      let whereOrg: Span | null = null;
      for (let k = from; k < to; k++) {
        const w = lc(toks[k]);
        // "Fu said the Sefton Group has been an important partner": another subject
        if (/^(?:said|says|say|told)$/.test(w)) break;
        // "joins Harlow from Tarn Capital LLC, where she served as ...": the employer named before "where"
        if (w === 'where' && toks[k - 1]?.text === ',') whereOrg = orgEnding(k - 1) ?? null;
        const holds =
          (w === 'as' &&
            /^(?:served|serves|serving|serve|worked|works|acted|acts|previously|formerly|also|recently)$/.test(
              lc(toks[k - 1]),
            )) ||
          /^(?:is|was|been|remains|remained)$/.test(w);
        if (!holds) continue;
        let x = k + 1;
        while (/^(?:the|a|an|currently|also|previously|formerly|recently|most|now|still)$/.test(lc(toks[x]))) x++;
        const titles = titlesFrom(x);
        if (!titles.length) continue;
        const last = titles[titles.length - 1]!;
        let post = orgAfter(last.to) ?? whereOrg;
        const body = titles.some((t) => /\b(?:committee|board)\b/i.test(slice(t)));
        if (!post && !body) continue;
        // "the Dean of the School of Science at Ostrava University", "chair of Ostrava's department of physics": a
        // school or department belongs to the title, the institution is the employer
        let unit = '';
        if (post && UNIT_HEAD.test(post.entity.name) && /^(?:at|of)$/.test(lc(toks[post.to]))) {
          const outer = orgStarting(post.to + 1) ?? (lc(toks[post.to + 1]) === 'the' ? orgStarting(post.to + 2) : null);
          if (outer) {
            unit = ` of ${text.slice(toks[last.to]!.start, toks[post.to - 1]!.end).replace(/^(?:of|at)\s+/i, '')}`;
            post = outer;
          }
        } else if (post && /^['’]s?$/.test(toks[post.to]?.text ?? '')) {
          let d = post.to + 1;
          if (toks[d]?.text === 's') d++;
          if (!/^(?:department|school|division|faculty)$/i.test(lc(toks[d]))) d = -1;
          let e = d + 1;
          if (d > 0 && lc(toks[e]) === 'of' && /^\p{L}/u.test(toks[e + 1]?.text ?? '')) e += 2;
          if (d > 0) unit = ` of ${text.slice(toks[d]!.start, toks[e - 1]!.end)}`;
        }
        for (const t of titles) add(person, slice(t) + unit, post?.entity.name ?? firstOrg(), post ? 0.7 : 0.5);
        // "a board member of Ivo, Brask Corp and Omni": one office at each
        // (an employer named before the title, "..., where she served as", ends nothing after it)
        const after = post && post.from >= last.to ? post : null;
        let y = after?.to ?? last.to;
        while (after && /^(?:,|and|&)$/.test(lc(toks[y]))) {
          let z = y + 1;
          if (/^(?:and|&)$/.test(lc(toks[z]))) z++;
          const more = orgStarting(z);
          if (!more) break;
          for (const t of titles) add(person, slice(t), more.entity.name, 0.6);
          y = more.to;
        }
        k = Math.max(k, y - 1);
      }
    };
    for (const p of personSpans) {
      const next = personSpans.find((s) => s.from > p.from);
      biography(p.entity, p.to, next?.from ?? toks.length);
    }
    // "He was ...", "Prior to Tarn, she was Controller at Vexa": the pronoun opens the sentence or its first phrase
    const pron = pronounSubject(toks);
    if (!personSpans.length && lastPerson && lastStory === view.story && pron >= 0)
      biography(lastPerson, pron + 1, toks.length);

    // (D) "He was ... as President of Bluefin ...", "She formerly held the position of Vice President of X with Selwyn":
    // a sentence with no name gives its titles to the last person named
    if (!personSpans.length && lastPerson && lastStory === view.story && pron >= 0) {
      for (let k = pron; k < toks.length; k++) {
        const w = lc(toks[k]);
        const at =
          w === 'as' ? k + 1 : w === 'of' && /^(?:position|role|post|title)$/.test(lc(toks[k - 1])) ? k + 1 : -1;
        if (at < 0) continue;
        const t = titleAt(toks, at, nameAt);
        if (!t) continue;
        const org = orgAfterTitle(t.to);
        if (org) add(lastPerson, slice(t), org.entity.name, 0.6);
      }
    }
    if (personSpans.length) {
      lastPerson = personSpans[personSpans.length - 1]!.entity;
      lastStory = view.story;
    }
  }
  return out;
}

/** The last closing quotation mark before token `end` (-1 for none): a curly one, or a straight one closing a pair. */
function closingQuoteBefore(toks: Token[], end: number): number {
  let last = -1;
  let straight = 0;
  for (let i = 0; i < end; i++) {
    const t = toks[i]!.text;
    if (t === '”' || t === '’’' || t === "''") last = i;
    else if (t === '"' && ++straight % 2 === 0) last = i;
  }
  // an odd straight mark right before "said" closes a quotation begun in an earlier sentence
  if (straight % 2 === 1) {
    const i = toks.findLastIndex((t, k) => k < end && t.text === '"');
    if (
      i > last &&
      /^(?:,|\.)?$/.test(toks[i - 1]?.text ?? '') &&
      /^(?:said|says|added|stated)$/i.test(toks[i + 1]?.text ?? '')
    )
      last = i;
  }
  return last;
}

/** Where "he" or "she" stands as the subject: first, or after an opening phrase ("Prior to Tarn, she"); else -1. */
function pronounSubject(toks: Token[]): number {
  if (/^(?:he|she)$/i.test(toks[0]?.text ?? '')) return 0;
  const comma = toks.findIndex((t, i) => i < 10 && t.text === ',');
  return comma > 0 && /^(?:he|she)$/i.test(toks[comma + 1]?.text ?? '') ? comma + 1 : -1;
}

/** Title words that tell offices apart ("the new Chairman" says no more than "Chairman of the Board"). */
const titleWords = (title: string): string[] =>
  title
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter((w) => w && !/^(?:of|the|and|a|an|new|its)$/.test(w));

/** Words that tell when an office is held, not which: "the new Chairman", "former CEO", "interim president". */
const WHEN_WORDS =
  /^(?:the|a|an|its|new|former|interim|acting|retired|recently|incoming|outgoing|current|then|independent)$/;
const ABBREVIATED: Record<string, string> = {
  ceo: 'chief executive',
  cfo: 'chief financial',
  coo: 'chief operating',
  cto: 'chief technology',
  evp: 'executive vice president',
  svp: 'senior vice president',
  vp: 'vice president',
};
/** The offices of a title, each by its rank words before any "of"/"for" part: "chief executive", "vice president". */
const officeKeys = (title: string): string[] =>
  title
    .toLowerCase()
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((o) =>
      o
        .split(/\s+(?:of|for|in|at)\s+/)[0]!
        .split(/[^\p{L}]+/u)
        .filter((w) => w && !WHEN_WORDS.test(w))
        .map((w) => ABBREVIATED[w] ?? w)
        .join(' ')
        .replace(/ officer$/, ''),
    )
    .filter(Boolean);
/**
 * Whether `long` tells the office `short` tells, and more: its words include the other's and each office of
 * the shorter is one of the longer's ("Chairman" in "Chairman of the Board", "President" in "President and
 * CEO"); a higher rank is another office ("executive vice president", "senior executive vice president").
 */
function covers(long: string, short: string): boolean {
  const words = titleWords(long);
  if (!titleWords(short).every((w) => words.includes(w))) return false;
  const keys = officeKeys(long);
  return officeKeys(short).every((k) => keys.includes(k));
}

const REPORTS = /^(?:said|says|announced|announces|reported|reports|named|appointed)$/;

/** The organization that makes the article's first report: the subject of its first "said" or "announced". */
function announcer(analysis: Analysis, orgAt: Map<number, Entity>, endOf: Map<number, number>): string | null {
  for (const view of analysis.views) {
    if (view.caps) continue;
    const toks = view.tokens;
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i]!.text.toLowerCase();
      if (!REPORTS.test(w)) continue;
      // the name right before the verb, past "(NYSE: ABC)" and "today"
      let k = i - 1;
      if (lc(toks[k]) === 'today') k--;
      // "<Tarrow Group Inc> said": the newswire's company mark
      if (toks[k]?.text === '>') k--;
      if (toks[k]?.text === ')') {
        while (k > 0 && toks[k]?.text !== '(') k--;
        k--;
      }
      // "Tarrow Group Inc., a maker of pumps whose main unit is Tarrow Bank, announced": the subject before the
      // appositive, the first organization of the sentence
      if (toks[k]?.text === ',') {
        for (let j = 0; j < k; j++) {
          const o = orgAt.get(toks[j]!.start);
          if (o && !o.credit) return o.name;
        }
        return null;
      }
      const end = toks[k]?.end;
      for (let j = k; j >= Math.max(0, k - 12); j--) {
        const o = orgAt.get(toks[j]!.start);
        if (o && endOf.get(toks[j]!.start) === end && !o.credit) return o.name;
      }
      return null;
    }
  }
  return null;
}

interface Unit {
  story: number;
  tokens: Token[];
}

const TERMINAL = /^[.!?;:\-–—]$/;
/** The comma read into a line break (zero width). */
const lineBreak = (t: Token | undefined): boolean => !!t && t.text === ',' && t.start === t.end;

/**
 * Sentences as roles read them: text wrapped at a fixed width ("Dan Lee, Acme's\nChairman, President and CEO")
 * and contact blocks ("Gail Gerono\n|Vice President, Investor Relations\n|Acme Corp") are split into one
 * sentence per line; a line that ends without a full stop goes on into the next one. A line break after a name
 * or a title word reads as a comma, and table bars are dropped.
 */
export function readingUnits(
  views: { story: number; caps: boolean; tokens: Token[] }[],
  text: string,
  personEnds: Set<number>,
): Unit[] {
  const out: Unit[] = [];
  let prevCaps = true;
  for (const view of views) {
    const tokens = view.tokens.filter((t) => t.text !== '|');
    const last = out[out.length - 1];
    if (view.caps) prevCaps = true;
    if (view.caps || !tokens.length) continue;
    const tail = last?.tokens[last.tokens.length - 1];
    const first = tokens[0]!;
    const gap = tail ? text.slice(tail.end, first.start) : '';
    const lineStart = tail ? text.lastIndexOf('\n', tail.start) + 1 : 0;
    // a name or a title word ends the line and the next begins with a capital: a contact block's apposition
    const apposition = !!tail && (personEnds.has(tail.end) || isTitleToken(tail)) && /^\p{Lu}/u.test(first.text);
    const joins =
      !prevCaps &&
      !!last &&
      !!tail &&
      last.story === view.story &&
      !TERMINAL.test(tail.text) &&
      gap.includes('\n') &&
      // "... general counsel of Orbix Health Inc.\nHarlow named ...": a line ending in an abbreviation's full stop
      // before a capital ends its sentence
      (apposition || !(/\.$/.test(tail.text) && /^\p{Lu}/u.test(first.text))) &&
      // a wrapped line: long, or cut at a comma or a joining word, or going on in lower case
      (apposition ||
        tail.end - lineStart >= 60 ||
        /^(?:,|and|&|of|the|at|for)$/i.test(tail.text) ||
        /^(?:\p{Ll}|&)/u.test(first.text));
    prevCaps = false;
    if (!joins) {
      out.push({ story: view.story, tokens });
      continue;
    }
    if (apposition) last.tokens.push({ start: first.start, end: first.start, text: ',', kind: 'punct' });
    last.tokens.push(...tokens);
  }
  return out;
}

/** "Chief Corporate Development Officer and Chief Legal Officer": two titles; "President and CEO" stays one, and so does "Senior Vice President and CFO". */
function splitTitles(title: string): string[] | null {
  if (title.includes(',')) return null;
  const parts = title.split(/\s+(?:and|&)\s+/);
  if (parts.length !== 2) return null;
  // two chief officers are two offices; "Senior Vice President & Chief Financial Officer" is one joined office
  const full = (s: string) => s.split(/\s+/).length >= 2 && /officer$/i.test(s);
  return parts.every(full) ? parts : null;
}

/** "founders" -> "founder": titles are given per person. */
const singular = (w: string): string => (/(?:ers|ors|ents|ives|ants|ees|ists)$/i.test(w) ? w.slice(0, -1) : w);
