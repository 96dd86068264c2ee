// Party roles from word order: who stands before the trigger (the subject) and
// which preposition introduces each organization after it ("from" a seller,
// "to" a buyer, "by" the actor of a passive, "in" an investee).
import type { PartyRole } from '../../document.js';
import type { Frame } from './lexicon.js';
import type { OrgMention } from './mentions.js';

export interface Party {
  name: string;
  role: PartyRole | null;
}

// The last cue word in the gap before an organization, e.g. "... business to " gives "to".
const CUE =
  /\b(from|by|to|with|in|into|of|for|including|and|between|among|like|led\s+by|participation\s+from|investors?|on|at|about|through|via)\b(?![\s\S]*\b(?:from|by|to|with|in|into|of|for|including|and|between|among|like|led\s+by|participation\s+from|investors?|on|at|about|through|via)\b)/i;
// A unit or asset of an organization: "Zephyr's engineering plastics business", "the business of Ulverston".
const UNIT_OF =
  /\b(?:business|businesses|unit|units|division|operations?|assets?|subsidiar(?:y|ies)|plant|brand|stake|shares|interest|reserves|line)\s+of\s*(?:the\s+)?$/i;
const POSSESSIVE_UNIT =
  /^['’]s?\s+(?:[\w-]+\s+){0,4}?(?:business|unit|division|operations?|assets?|subsidiar(?:y|ies)|plant|brand|stake|shares|interest|reserves|line|branches)\b/i;
const ALL_SHARES_OF =
  /\b(?:all|the\s+remaining|remaining|the\s+outstanding|the)\s+(?:of\s+the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?(?:common\s+|ordinary\s+)?(?:shares|stock)\s+of\s*(?:the\s+)?$/i;
const BUYER_UNIT_OF =
  /\b(?:to|by)\s+(?:a|an|the|its|one\s+of\s+its)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|subsidiaries|unit|affiliate|division)\s+of\s*(?:the\s+)?$/i;
const NOT_A_SIDE = new Set(['for', 'on', 'at', 'about', 'through', 'via']);
// "buying North American headquartered businesses": the name only qualifies a plural common noun.
const GENERIC_PLURAL_AFTER =
  /^\s+(?:[a-z-]+\s+){0,2}(?:businesses|companies|firms|branches|stores|plants|facilities|brands|customers|markets)\b/;
const PASSIVE = /\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?$/i;

export interface RoleContext {
  text: string;
  frame: Frame;
  trigger: { start: number; end: number };
  /** Noun triggers ("the Elston acquisition") name the target just before them. */
  noun: boolean;
}

function cueBefore(text: string, from: number, m: OrgMention): string {
  const gap = text.slice(from, m.start);
  return (CUE.exec(gap)?.[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
}

export function assignRoles(ctx: RoleContext, left: OrgMention[], right: OrgMention[]): Party[] {
  const { text, frame, trigger } = ctx;
  if (frame === 'mutual') return [...left, ...right].map((m) => ({ name: m.name, role: 'partner' }));
  const passive = PASSIVE.test(text.slice(Math.max(0, trigger.start - 20), trigger.start));
  const out: Party[] = [];
  let prev = trigger.end;
  const rightRoles: (PartyRole | null)[] = [];
  for (const m of right) {
    const cue = cueBefore(text, prev, m);
    const gap = text.slice(prev, m.start);
    // "test kits for the Multiplexing platform", "headquartered in": not a side of the deal.
    if (NOT_A_SIDE.has(cue) || GENERIC_PLURAL_AFTER.test(text.slice(m.end, m.end + 50))) {
      rightRoles.push(null);
      prev = m.end;
      continue;
    }
    // "a tender offer for all outstanding shares of X": X is taken over, not a seller of its shares.
    const allShares = frame === 'buy' && ALL_SHARES_OF.test(text.slice(Math.max(prev, m.start - 60), m.start));
    const unitOf = !allShares && UNIT_OF.test(text.slice(Math.max(prev, m.start - 60), m.start));
    const possessive = POSSESSIVE_UNIT.test(text.slice(m.end, m.end + 80));
    // "sell its unit to a subsidiary of X", "bought by an affiliate of X": X's group is the buyer.
    const buyerGroup =
      (frame === 'sell' || frame === 'buy') && BUYER_UNIT_OF.test(text.slice(Math.max(prev, m.start - 60), m.start));
    if (buyerGroup) {
      rightRoles.push('acquirer');
      prev = m.end;
      continue;
    }
    prev = m.end;
    // "from A and B", "to A, B": a list keeps the role of its first member; "A's B unit" is no list.
    const last = rightRoles[rightRoles.length - 1];
    const owned = /^['’]s?\s*$/.test(gap);
    rightRoles.push(
      (cue === 'and' || cue === '') && last && !owned ? last : rightRole(frame, cue, unitOf || (possessive && !owned)),
    );
  }
  const byActor = right.some((_, i) => rightRoles[i] === 'acquirer' || rightRoles[i] === 'investor');
  for (const m of left) {
    const adjacentNoun = ctx.noun && m.end > m.start && /^['’]?s?\s*$/.test(text.slice(m.end, trigger.start));
    const possessive = POSSESSIVE_UNIT.test(text.slice(m.end, m.end + 80)) && m.end <= trigger.start;
    out.push({ name: m.name, role: leftRole(frame, passive && byActor, adjacentNoun, possessive) });
  }
  right.forEach((m, i) => {
    const role = rightRoles[i];
    if (role) out.push({ name: m.name, role });
  });
  return out;
}

function leftRole(frame: Frame, passive: boolean, adjacentNoun: boolean, possessive: boolean): PartyRole {
  switch (frame) {
    case 'buy':
      return passive || adjacentNoun ? 'target' : possessive ? 'acquirer' : 'acquirer';
    case 'sell':
      return passive ? 'target' : 'seller';
    case 'invest':
      return passive ? 'investee' : 'investor';
    default:
      return adjacentNoun ? 'investor' : 'investee';
  }
}

function rightRole(frame: Frame, cue: string, unit: boolean): PartyRole {
  switch (frame) {
    case 'buy':
      if (cue === 'from') return 'seller';
      if (cue === 'by') return 'acquirer';
      return unit ? 'seller' : 'target';
    case 'sell':
      if (cue === 'to' || cue === 'by') return 'acquirer';
      return unit ? 'seller' : 'target';
    case 'invest':
      if (cue === 'from') return 'seller';
      if (cue === 'by' || cue === 'including' || cue === 'led by' || cue === 'investors' || cue === 'investor')
        return 'investor';
      return 'investee';
    default:
      if (cue === 'in' || cue === 'into') return 'investee';
      return 'investor';
  }
}
