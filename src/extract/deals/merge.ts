// Refiners: mentions of one deal become one deal. A later mention joins an
// earlier deal of the same story when their types agree and their parties
// overlap without contradiction; "the deal", "the joint venture" join the
// latest deal they can mean. Deals never cross story boundaries.
import type { DealType, PartyRole } from '../../document.js';
import { orgKey } from '../../resolve/names.js';
import type { Candidate } from './parse.js';
import type { Party } from './roles.js';

export interface Merged extends Omit<Candidate, 'parties'> {
  parties: Party[];
  sentences: number[];
}

// Two types that can name one deal, and the one that says more.
function unifyTypes(a: DealType, b: DealType): DealType | null {
  if (a === b) return a;
  const pair = new Set([a, b]);
  if (pair.has('partnership') && pair.has('joint_venture')) return 'joint_venture';
  if (pair.has('acquisition') && pair.has('merger')) return 'acquisition';
  return null;
}

const BUY_SIDE = new Set<PartyRole | null>(['acquirer', 'investor']);
const SELL_SIDE = new Set<PartyRole | null>(['target', 'seller', 'investee']);

function conflicts(a: Party[], b: Party[]): boolean {
  for (const p of a)
    for (const q of b)
      if (
        p.name === q.name &&
        ((BUY_SIDE.has(p.role) && SELL_SIDE.has(q.role)) || (SELL_SIDE.has(p.role) && BUY_SIDE.has(q.role)))
      )
        return true;
  return false;
}

function overlap(a: Party[], b: Party[]): { shared: number; subset: boolean; jaccard: number } {
  const x = new Set(a.map((p) => orgKey(p.name)));
  const y = new Set(b.map((p) => orgKey(p.name)));
  let shared = 0;
  for (const n of x) if (y.has(n)) shared++;
  const union = x.size + y.size - shared;
  return { shared, subset: shared === Math.min(x.size, y.size), jaccard: union ? shared / union : 0 };
}

function valuesAgree(deal: Merged, c: Candidate): boolean {
  if (!deal.value || !c.value) return true;
  if (
    deal.value.currency === c.value.currency &&
    Math.abs(deal.value.amount - c.value.amount) <= 0.01 * deal.value.amount
  )
    return true;
  // A tranche of a larger round named again with one of its investors.
  return c.value.amount < deal.value.amount && overlap(c.parties, deal.parties).subset;
}

const sides = (parties: Party[]): { buy: boolean; sell: boolean } => ({
  buy: parties.some((p) => BUY_SIDE.has(p.role)),
  sell: parties.some((p) => SELL_SIDE.has(p.role)),
});

// A deal that names only its buyer (or only its seller) so far: "X said it acquired 28 nursing homes".
function oneSided(parties: Party[]): 'buy' | 'sell' | null {
  const s = sides(parties);
  if (s.buy && !s.sell) return 'buy';
  if (s.sell && !s.buy) return 'sell';
  return null;
}

/** A purchase or stake with two or more parties, each named by both in the same part (partners may well sign a
 * second agreement; a buyer does not buy the same company twice). */
function sameSides(a: Party[], b: Party[]): boolean {
  const parts = (ps: Party[]) => new Set(ps.map((p) => `${orgKey(p.name)}:${p.role}`));
  const [x, y] = [parts(a), parts(b)];
  return x.size >= 2 && x.size === y.size && [...x].every((k) => y.has(k)) && a.some((p) => BUY_SIDE.has(p.role));
}

function canJoin(deal: Merged, c: Candidate): boolean {
  if (deal.story !== c.story) return false;
  if (!unifyTypes(deal.type, c.type)) return false;
  if (conflicts(deal.parties, c.parties)) return false;
  if (isTranche(deal, c)) return true;
  if (!valuesAgree(deal, c)) return false;
  if (deal.date && c.date && deal.date !== c.date) return false;
  const o = overlap(deal.parties, c.parties);
  // (a deal told again in the background, "said last week it intended to buy X", is the same deal when it names
  // the same parties in the same parts)
  if (deal.background !== c.background && !sameSides(deal.parties, c.parties)) return false;
  if (c.parties.length === 0) return false;
  // The other half of a deal named one-sidedly just before.
  const a = oneSided(deal.parties);
  const b = oneSided(c.parties);
  if (a && b && a !== b && c.sentence - deal.sentences[deal.sentences.length - 1]! <= 2) return true;
  // "X, which announced a merger with Y, said it intends to divest more units": a lone seller is another deal.
  if (c.parties.length === 1 && deal.type === 'merger' && c.type !== 'merger' && !c.anaphoric) return false;
  if (c.parties.length === 1 || deal.parties.length === 1) return o.shared > 0;
  return o.shared >= 2 || (o.subset && o.shared > 0) || o.jaccard >= 0.5;
}

// "Brightwater purchased 1,304,348 shares of Corvane ... for $1,500,000.20" right after the $5 million placement:
// a buyer's part of the round just named, not a deal of its own.
function isTranche(deal: Merged, c: Candidate): boolean {
  if (deal.type !== 'investment' || c.type !== 'investment' || c.trigger.name !== 'stake') return false;
  if (c.sentence - deal.sentences[deal.sentences.length - 1]! > 2) return false;
  if (c.value && deal.value && !(c.value.amount < deal.value.amount)) return false;
  const investee = (ps: Party[]) => ps.filter((p) => p.role === 'investee').map((p) => orgKey(p.name));
  const ours = investee(deal.parties);
  return investee(c.parties).some((k) => ours.includes(k));
}

// "Zephyr will receive $170 million": the deal in which the receiver sells; a payer buys.
function paidIn(deal: Merged, c: Candidate): boolean {
  const neutral = (r: PartyRole | null): boolean => r == null || r === 'partner';
  if (c.payee) return deal.parties.some((p) => p.name === c.payee && (SELL_SIDE.has(p.role) || neutral(p.role)));
  if (c.payer) return deal.parties.some((p) => p.name === c.payer && (BUY_SIDE.has(p.role) || neutral(p.role)));
  return true;
}

/** The deal has named one side only, and the candidate names both sides among the same parties. */
function sortsSides(deal: Merged, c: Candidate): boolean {
  return (
    oneSided(deal.parties) != null &&
    oneSided(c.parties) == null &&
    sides(c.parties).buy &&
    c.parties.every((p) => deal.parties.some((q) => q.name === p.name))
  );
}

function join(deal: Merged, c: Candidate, withParties = true): void {
  if (withParties && !c.generic) {
    deal.type = unifyTypes(deal.type, c.type) ?? deal.type;
    // "X and Y said they agreed to a merger where X will acquire Y" read both as buyers; a later mention that
    // gives the same parties both sides tells which is which
    const sorts = sortsSides(deal, c);
    for (const p of c.parties) {
      const have = deal.parties.find((q) => q.name === p.name);
      if (!have) deal.parties.push({ ...p });
      else if (sorts || have.role == null || (have.role === 'partner' && p.role !== 'partner')) have.role = p.role;
    }
    deal.instrument ??= c.instrument;
    if (c.instrument === 'mou') deal.instrument = 'mou';
  } else if (!c.generic) deal.type = unifyTypes(deal.type, c.type) ?? deal.type;
  deal.value ??= c.value;
  deal.date ??= c.date;
  deal.status ??= c.status;
  if (!deal.sentences.includes(c.sentence)) deal.sentences.push(c.sentence);
}

/** How far back a deal word that names nobody ("comprehensive cooperation in branding") may attach. */
const NEARBY = 2;

/** Joins candidates (in text order) into deals. */
export function mergeCandidates(candidates: Candidate[]): Merged[] {
  const deals: Merged[] = [];
  const latest = (ok: (d: Merged) => boolean): Merged | undefined => {
    for (let i = deals.length - 1; i >= 0; i--) if (ok(deals[i]!)) return deals[i];
    return undefined;
  };
  for (const c of candidates) {
    if (c.generic) {
      const d = latest((d) => d.story === c.story && paidIn(d, c));
      if (d) join(d, c);
      continue;
    }
    const same = latest((d) => canJoin(d, c));
    if (same) {
      join(same, c);
      continue;
    }
    if (c.anaphoric || !c.parties.length) {
      // "the joint venture", "its partnership": the latest deal of that kind in the story.
      const d = latest(
        (d) =>
          d.story === c.story &&
          unifyTypes(d.type, c.type) != null &&
          c.sentence - d.sentences[d.sentences.length - 1]! <= (c.parties.length ? c.reach : NEARBY),
      );
      if (d) {
        join(d, c, !conflicts(d.parties, c.parties) || sortsSides(d, c));
        continue;
      }
      if (c.own || c.parties.length < 2) continue;
    }
    // "We are delighted to join hands": a deal word with nobody named starts nothing, and joins only a deal
    // named just before.
    if (!c.parties.length) continue;
    deals.push({ ...c, parties: c.parties.map((p) => ({ ...p })), sentences: [c.sentence] });
  }
  return deals;
}

/** A deal needs two different organizations, and a purchase both a buying and a selling side. */
export function dropIncomplete(deals: Merged[]): Merged[] {
  // A unit sold to an unnamed buyer still has two sides of its own: the seller and the unit.
  const soldUnit = (d: Merged) =>
    d.parties.some((p) => p.role === 'seller') && d.parties.some((p) => p.role === 'target' || p.role === 'investee');
  return deals.filter((d) => new Set(d.parties.map((p) => p.name)).size >= 2 && (!oneSided(d.parties) || soldUnit(d)));
}
