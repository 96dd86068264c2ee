// One deal per real-world agreement across articles: deals of agreeing type
// whose parties (resolved to dataset organizations) overlap, with no
// contradicting date or price, are the same deal. Only deals that share an
// organization are ever compared, and each with one representative per group.
import type { ArticleRecord } from '../schema/record.js';

type RecordDeal = ArticleRecord['deals'][number];

export interface DealMention {
  record: string;
  deal: RecordDeal;
  /** Dataset organization keys of the parties. */
  parties: string[];
}

const FAMILY: Record<RecordDeal['type'], string> = {
  partnership: 'tie',
  joint_venture: 'tie',
  acquisition: 'buy',
  merger: 'buy',
  investment: 'invest',
  other: 'other',
};

// "ford" and "ford motor": one outlet's short name for the other's full one. The shorter must open the
// longer word for word (a word may be cut: "auto" for "automobile"), so "american express" never meets
// "american airlines".
export function sameParty(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (short.length > long.length || (short[0] ?? '').length < 3) return false;
  return short.every((w, i) => long[i] === w || (i > 0 && w.length >= 4 && long[i]!.startsWith(w)));
}

const monthOf = (date: string): number => Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) || 1) - 1;

function sameDeal(x: DealMention, y: DealMention): boolean {
  if (x.record === y.record) return false;
  if (FAMILY[x.deal.type] !== FAMILY[y.deal.type]) return false;
  const a = new Set(x.parties);
  const b = new Set(y.parties);
  let shared = 0;
  let exact = 0;
  for (const p of a) {
    if (b.has(p)) exact++;
    if ([...b].some((q) => sameParty(p, q))) shared++;
  }
  // A short name may stand for a full one only beside a party both name alike ("Union" is too loose alone).
  if (!exact) return false;
  if (shared < Math.min(2, a.size, b.size) || shared / (a.size + b.size - shared) < 0.5) return false;
  // One article dates the signing, another the closing months later: dates a year or more apart are two deals.
  if (x.deal.date && y.deal.date && Math.abs(monthOf(x.deal.date) - monthOf(y.deal.date)) >= 12) return false;
  // Prices in two currencies cannot be compared ("dlrs" read as U.S. or local dollars); in one, they must agree.
  const [u, v] = [x.deal.value, y.deal.value];
  if (u && v && u.currency === v.currency && Math.abs(u.amount - v.amount) > 0.1 * Math.max(u.amount, v.amount))
    return false;
  return true;
}

const firstWord = (key: string): string => key.split(' ')[0] ?? key;

/**
 * Groups of mentions (indices into `mentions`) that are one deal, in input order. A mention joins the
 * first group whose first mention it matches and that holds no deal of its own record yet: comparing with
 * one representative, not any member, keeps chains of loosely similar deals from collapsing into one.
 */
export function groupDeals(mentions: DealMention[]): number[][] {
  const groups: { members: number[]; records: Set<string> }[] = [];
  const byParty = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const candidates = [...new Set(m.parties.flatMap((p) => byParty.get(firstWord(p)) ?? []))].sort((a, b) => a - b);
    let home = candidates.find((g) => {
      const group = groups[g]!;
      return !group.records.has(m.record) && sameDeal(mentions[group.members[0]!]!, m);
    });
    if (home == null) {
      home = groups.length;
      groups.push({ members: [], records: new Set() });
      for (const p of new Set(m.parties.map(firstWord))) {
        const list = byParty.get(p) ?? [];
        list.push(home);
        byParty.set(p, list);
      }
    }
    groups[home]!.members.push(i);
    groups[home]!.records.add(m.record);
  });
  return groups.map((g) => g.members);
}
