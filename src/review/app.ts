// The review page's script. It runs in the browser, not in Node: page.ts inlines
// `reviewApp.toString()`, so this function must use nothing from outside itself
// (type imports are fine, they vanish). The records stay JSON strings until an
// article is opened, and the list shows one page of rows at a time, so a page of
// tens of thousands of articles opens as fast as a page of ten.
import type { Dataset } from '../schema/dataset.js';
import type { ArticleRecord } from '../schema/record.js';
import type { PageData } from './data.js';

export function reviewApp(): void {
  type Kind = 'org' | 'person' | 'location' | 'date' | 'amount' | 'quote';
  interface Mark {
    start: number;
    end: number;
    kind: Kind | 'evidence';
    title: string;
    /** "org:2": the entity the mention belongs to, for focusing all its mentions. */
    entity?: string;
    deal?: number;
    cont?: boolean;
  }
  type DatasetDeal = Dataset['deals'][number];

  const PAGE = 100;
  const byId = (id: string): HTMLElement => {
    const e = document.getElementById(id);
    if (!e) throw new Error(`review page: #${id} is missing`);
    return e;
  };
  const data = JSON.parse(byId('pe-data').textContent ?? '{}') as PageData;
  const lines = (byId('pe-records').textContent ?? '').split('\n');
  const rows = data.articles;
  const indexOfId = new Map<string, number>();
  rows.forEach((r, i) => {
    indexOfId.set(r[0], i);
  });
  const searchText = rows.map((r) => `${r[3] ?? ''} ${r[1]} ${r[0]}`.toLowerCase());

  const cache = new Map<number, ArticleRecord>();
  const record = (i: number): ArticleRecord => {
    let r = cache.get(i);
    if (!r) {
      r = JSON.parse(lines[i] ?? 'null') as ArticleRecord;
      if (cache.size > 50) cache.clear();
      cache.set(i, r);
    }
    return r;
  };

  type Child = Node | string | null | undefined | false;
  const h = (tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, String(v));
    for (const c of children) if (c) e.append(c);
    return e;
  };
  const fmtNumber = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const fmtValue = (v: { amount: number; currency: string | null } | null) =>
    v ? `${fmtNumber(v.amount)}${v.currency ? ` ${v.currency}` : ''}` : null;
  const rowTitle = (i: number) => rows[i]?.[3] || rows[i]?.[1] || '(untitled)';
  const articleLink = (i: number, extra = '') => h('a', { href: `#a=${i}${extra}` }, rowTitle(i));

  // ---- state and routing -------------------------------------------------
  let filtered: number[] = rows.map((_, i) => i);
  let listPage = 0;
  let current = -1;
  let hidden = new Set<string>();

  const parseHash = () => new URLSearchParams(location.hash.replace(/^#/, ''));

  function route(): void {
    const q = parseHash();
    const view = q.get('view') ?? 'articles';
    document.querySelectorAll('header.top nav a').forEach((a) => {
      a.classList.toggle('on', a.getAttribute('data-view') === view);
    });
    byId('main').classList.toggle('wide', view !== 'articles');
    if (view === 'deals') {
      renderDeals(Number(q.get('p') ?? 0));
      return;
    }
    if (view === 'duplicates') {
      renderDuplicates(Number(q.get('p') ?? 0));
      return;
    }
    const a = Number(q.get('a') ?? (rows.length ? 0 : -1));
    if (a >= 0 && a < rows.length) {
      if (a !== current || !byId('view').querySelector('#text')) renderArticle(a);
      const ev = q.get('ev');
      if (ev != null) focusDeal(Number(ev));
      const dd = q.get('dd');
      if (dd != null) matchDatasetDeal(dd);
      // Keep the open article's page of the list in view.
      const at = filtered.indexOf(a);
      if (at >= 0 && Math.floor(at / PAGE) !== listPage) {
        listPage = Math.floor(at / PAGE);
      }
    } else byId('view').replaceChildren(h('p', { class: 'empty' }, 'No articles in this output.'));
    renderList();
  }

  // ---- article list ------------------------------------------------------
  function applyFilter(): void {
    const q = (byId('filter') as HTMLInputElement).value.trim().toLowerCase();
    const onlyDeals = (byId('only-deals') as HTMLInputElement).checked;
    filtered = [];
    for (let i = 0; i < rows.length; i++) {
      if (onlyDeals && !rows[i]?.[10]) continue;
      if (q && !searchText[i]?.includes(q)) continue;
      filtered.push(i);
    }
    listPage = 0;
    renderList();
  }

  function countChips(r: PageData['articles'][number]) {
    const chips = h('span', { class: 'counts' });
    data.kinds.forEach((k, j) => {
      const n = r[5 + j] as number;
      if (n)
        chips.append(h('span', { class: `count sw-${k.kind}`, title: `${n} ${k.label.toLowerCase()}` }, String(n)));
    });
    if (r[10])
      chips.append(
        h('span', { class: 'count deals', title: `${r[10]} deals` }, `${r[10]} deal${r[10] === 1 ? '' : 's'}`),
      );
    return chips;
  }

  function renderList(): void {
    const pages = Math.max(1, Math.ceil(filtered.length / PAGE));
    listPage = Math.min(Math.max(0, listPage), pages - 1);
    byId('list-status').textContent = `${fmtNumber(filtered.length)} of ${fmtNumber(rows.length)} articles`;
    byId('page-no').textContent = `page ${listPage + 1} of ${pages}`;
    (byId('prev') as HTMLButtonElement).disabled = listPage === 0;
    (byId('next') as HTMLButtonElement).disabled = listPage >= pages - 1;
    const items = filtered.slice(listPage * PAGE, listPage * PAGE + PAGE).map((i) => {
      const r = rows[i];
      if (!r) return h('li');
      return h(
        'li',
        {},
        h(
          'a',
          { href: `#a=${i}`, class: i === current ? 'item on' : 'item', 'data-index': i },
          h('span', { class: 't' }, rowTitle(i)),
          h('span', { class: 's' }, `${r[1]}#${r[2]}${r[4] ? ` · ${r[4]}` : ''}`),
          countChips(r),
        ),
      );
    });
    byId('items').replaceChildren(...items);
  }

  // ---- one article -------------------------------------------------------
  function marksOf(rec: ArticleRecord): Mark[] {
    const marks: Mark[] = [];
    rec.organizations.forEach((o, i) => {
      const title = `Organization: ${o.name}${o.aliases.length ? `\nAliases: ${o.aliases.join(', ')}` : ''}${o.ticker ? `\nTicker: ${o.ticker}` : ''}`;
      for (const m of o.mentions) marks.push({ ...m, kind: 'org', title, entity: `org:${i}` });
    });
    rec.people.forEach((p, i) => {
      const roles = p.roles.map((r) => `${r.title}${r.organization ? `, ${r.organization}` : ''}`);
      const title = `Person: ${p.name}${roles.length ? `\nRole: ${roles.join('; ')}` : ''}`;
      for (const m of p.mentions) marks.push({ ...m, kind: 'person', title, entity: `person:${i}` });
    });
    rec.locations.forEach((l, i) => {
      for (const m of l.mentions)
        marks.push({ ...m, kind: 'location', title: `Location: ${l.name}`, entity: `location:${i}` });
    });
    for (const d of rec.dates)
      marks.push({ start: d.start, end: d.end, kind: 'date', title: `Date: ${d.value ?? '(no value)'}` });
    for (const a of rec.amounts)
      marks.push({
        start: a.start,
        end: a.end,
        kind: 'amount',
        title: `Amount (${a.kind}): ${a.kind === 'percent' ? `${fmtNumber(a.value)}%` : fmtValue({ amount: a.value, currency: a.currency })}`,
      });
    for (const q of rec.quotes)
      marks.push({ start: q.start, end: q.end, kind: 'quote', title: `Quote: ${q.speaker ?? 'speaker unknown'}` });
    rec.deals.forEach((d, i) => {
      marks.push({ ...d.evidence, kind: 'evidence', title: `Evidence of deal ${i + 1} (${d.type})`, deal: i });
    });
    const len = rec.text.length;
    return marks
      .map((m) => ({ ...m, start: Math.max(0, Math.min(m.start, len)), end: Math.max(0, Math.min(m.end, len)) }))
      .filter((m) => m.end > m.start);
  }

  // Outer spans first: by start, then longest, then evidence and quotes around entities.
  const RANK: Record<Mark['kind'], number> = {
    evidence: 0,
    quote: 1,
    org: 2,
    person: 3,
    location: 4,
    amount: 5,
    date: 6,
  };
  const order = (a: Mark, b: Mark) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];

  function markElement(m: Mark): HTMLElement {
    if (m.kind === 'evidence') {
      return h('span', {
        class: 'evidence',
        'data-deal': m.deal,
        id: m.cont ? undefined : `ev-${m.deal}`,
        'data-cont': m.cont ? '1' : undefined,
      });
    }
    return h('mark', {
      class: `hl hl-${m.kind}`,
      'data-kind': m.kind,
      'data-entity': m.entity,
      'data-cont': m.cont ? '1' : undefined,
      title: m.title,
    });
  }

  // Nests the marks as elements; a mark that crosses the end of an outer one is
  // cut in two, the second piece flagged as a continuation so counts stay true.
  function build(parent: HTMLElement, text: string, from: number, to: number, marks: Mark[]): void {
    let pos = from;
    let i = 0;
    let rest = marks;
    // Marks are sorted by start, so the ones inside `m` are a run right after it: each mark is
    // looked at a bounded number of times and a long article with thousands of marks stays quick.
    while (i < rest.length) {
      const m = rest[i++] as Mark;
      if (m.start > pos) parent.append(text.slice(pos, m.start));
      let j = i;
      while (j < rest.length && (rest[j] as Mark).start < m.end) j++;
      const inner: Mark[] = [];
      const cut: Mark[] = [];
      for (const t of rest.slice(i, j)) {
        if (t.end <= m.end) inner.push(t);
        else {
          inner.push({ ...t, end: m.end });
          cut.push({ ...t, start: m.end, cont: true });
        }
      }
      const e = markElement(m);
      build(e, text, m.start, m.end, inner);
      parent.append(e);
      pos = m.end;
      if (cut.length) {
        rest = [...cut, ...rest.slice(j)].sort(order);
        i = 0;
      } else i = j;
    }
    if (pos < to) parent.append(text.slice(pos, to));
  }

  function dealCard(d: ArticleRecord['deals'][number], i: number, articleIndex: number): HTMLElement {
    const facts: [string, string | null][] = [
      ['Date', d.date],
      ['Value', fmtValue(d.value)],
      ['Location', d.location],
      ['Terms', d.terms.length ? d.terms.join(', ') : null],
      ['Confidence', fmtNumber(d.confidence)],
    ];
    const dl = h('dl');
    for (const [k, v] of facts) if (v) dl.append(h('dt', {}, k), h('dd', {}, v));
    return h(
      'article',
      { class: 'deal', 'data-deal': i, id: `deal-${i}` },
      h(
        'h3',
        {},
        h('span', { class: 'deal-type' }, d.type.replace('_', ' ')),
        d.instrument &&
          h('span', { class: 'badge' }, d.instrument === 'mou' ? 'MoU' : d.instrument.replaceAll('_', ' ')),
        d.status && h('span', { class: 'badge' }, d.status),
      ),
      h(
        'ul',
        { class: 'parties' },
        ...d.parties.map((p) =>
          h(
            'li',
            { class: 'party' },
            h('span', { class: 'party-name' }, p.name),
            h('span', { class: 'role' }, p.role ?? 'role unknown'),
          ),
        ),
      ),
      dl,
      h('a', { class: 'evidence-link', href: `#a=${articleIndex}&ev=${i}` }, 'Show evidence in the text'),
    );
  }

  function entityLists(rec: ArticleRecord): HTMLElement {
    const section = (label: string, kind: Kind, items: { name: string; note: string; n: number }[]) =>
      h(
        'div',
        {},
        h('h4', {}, h('span', { class: `sw sw-${kind}` }), ` ${label} (${items.length})`),
        items.length
          ? h(
              'ul',
              {},
              ...items.map((x, i) =>
                h(
                  'li',
                  {},
                  h('button', { type: 'button', 'data-focus': `${kind}:${i}`, title: 'Show its mentions' }, x.name),
                  x.note ? ` — ${x.note}` : '',
                  ` (${x.n})`,
                ),
              ),
            )
          : h('div', { class: 'empty' }, 'none'),
      );
    return h(
      'div',
      { class: 'entities' },
      section(
        'Organizations',
        'org',
        rec.organizations.map((o) => ({
          name: o.name,
          note: o.aliases.filter((a) => a !== o.name).join(', '),
          n: o.mentions.length,
        })),
      ),
      section(
        'People',
        'person',
        rec.people.map((p) => ({
          name: p.name,
          note: p.roles.map((r) => `${r.title}${r.organization ? `, ${r.organization}` : ''}`).join('; '),
          n: p.mentions.length,
        })),
      ),
      section(
        'Locations',
        'location',
        rec.locations.map((l) => ({ name: l.name, note: '', n: l.mentions.length })),
      ),
    );
  }

  function renderArticle(i: number): void {
    current = i;
    const rec = record(i);
    const text = h('div', { id: 'text' });
    for (const k of hidden) text.classList.add(`hide-${k}`);
    build(text, rec.text, 0, rec.text.length, marksOf(rec).sort(order));

    const counts: Record<string, number> = {
      org: rec.organizations.reduce((n, o) => n + o.mentions.length, 0),
      person: rec.people.reduce((n, p) => n + p.mentions.length, 0),
      location: rec.locations.reduce((n, l) => n + l.mentions.length, 0),
      date: rec.dates.length,
      amount: rec.amounts.length,
      quote: rec.quotes.length,
    };
    const legend = h('div', { class: 'legend', id: 'legend' });
    for (const k of data.kinds) {
      const box = h('input', { type: 'checkbox', 'data-kind': k.kind }) as HTMLInputElement;
      box.checked = !hidden.has(k.kind);
      legend.append(
        h(
          'label',
          { title: `Show or hide ${k.label.toLowerCase()} highlights` },
          box,
          h('span', { class: `sw sw-${k.kind}` }),
          `${k.label} (${counts[k.kind] ?? 0})`,
        ),
      );
    }
    legend.append(h('span', {}, h('span', { class: 'sw sw-evidence' }), ' Deal evidence (when shown)'));

    const dups = (data.dataset.duplicates ?? []).filter((d) => d.records.includes(rec.id));
    const dupLine = dups.length
      ? h(
          'div',
          { class: 'also' },
          'Same story as: ',
          ...dups.flatMap((d) =>
            d.records
              .filter((id) => id !== rec.id)
              .flatMap((id) => {
                const j = indexOfId.get(id);
                return j == null ? [] : [articleLink(j), ` (similarity ${fmtNumber(d.similarity)}) `];
              }),
          ),
        )
      : null;

    const parts: (Node | null)[] = [
      h('h2', { id: 'headline' }, rec.headline ?? '(no headline)'),
      h(
        'div',
        { class: 'meta' },
        `${rec.source.path}#${rec.source.index} · published ${rec.published ?? 'unknown'} · id ${rec.id}`,
        rec.source.url
          ? h('span', {}, ' · ', h('a', { href: rec.source.url, rel: 'noreferrer' }, rec.source.url))
          : null,
      ),
      dupLine,
      h('h3', {}, `Deals (${rec.deals.length})`),
      rec.deals.length
        ? h('div', { class: 'deals-grid', id: 'deals' }, ...rec.deals.map((d, k) => dealCard(d, k, i)))
        : h('p', { class: 'empty', id: 'deals' }, 'No deals found in this article.'),
      entityLists(rec),
      legend,
      text,
    ];
    byId('view').replaceChildren(...parts.filter((p): p is Node => p != null));
    byId('view').scrollTop = 0;
    document.querySelectorAll('#items a.item').forEach((a) => {
      a.classList.toggle('on', a.getAttribute('data-index') === String(i));
    });
  }

  function focusDeal(k: number): void {
    document.querySelectorAll('.evidence.on, .deal.on').forEach((e) => {
      e.classList.remove('on');
    });
    const pieces = document.querySelectorAll(`.evidence[data-deal="${k}"]`);
    pieces.forEach((e) => {
      e.classList.add('on');
    });
    document.getElementById(`deal-${k}`)?.classList.add('on');
    pieces[0]?.scrollIntoView({ block: 'center' });
  }

  // A dataset deal opened from the deals view: mark the article's deals of the same type with a shared party.
  function matchDatasetDeal(id: string): void {
    const deal = data.dataset.deals.find((d) => d.id === id);
    if (!deal || current < 0) return;
    const names = new Set(deal.parties.map((p) => p.name.toLowerCase()));
    const rec = record(current);
    let first = -1;
    rec.deals.forEach((d, k) => {
      const hit = d.type === deal.type && d.parties.some((p) => names.has(p.name.toLowerCase()));
      document.getElementById(`deal-${k}`)?.classList.toggle('match', hit);
      if (hit && first < 0) first = k;
    });
    if (first >= 0) focusDeal(first);
  }

  // ---- dataset views -----------------------------------------------------
  function pager(total: number, page: number, view: string): HTMLElement {
    const pages = Math.max(1, Math.ceil(total / PAGE));
    return h(
      'div',
      { class: 'pager' },
      page > 0 ? h('a', { href: `#view=${view}&p=${page - 1}` }, '‹ prev') : null,
      ` page ${page + 1} of ${pages} `,
      page < pages - 1 ? h('a', { href: `#view=${view}&p=${page + 1}` }, 'next ›') : null,
    );
  }

  function renderDeals(page: number): void {
    // Deals reported by the most articles first; ties keep the dataset's order.
    const deals = data.dataset.deals
      .map((d, i) => [d, i] as [DatasetDeal, number])
      .sort((a, b) => b[0].records.length - a[0].records.length || a[1] - b[1])
      .map(([d]) => d);
    const cross = deals.filter((d) => d.records.length > 1).length;
    const table = h(
      'table',
      { class: 'grid', id: 'dataset-deals' },
      h(
        'tr',
        {},
        h('th', {}, 'Type'),
        h('th', {}, 'Parties'),
        h('th', {}, 'Date'),
        h('th', {}, 'Value'),
        h('th', {}, 'Reported in'),
      ),
    );
    for (const d of deals.slice(page * PAGE, page * PAGE + PAGE)) {
      table.append(
        h(
          'tr',
          { class: 'dataset-deal', 'data-id': d.id, 'data-articles': d.records.length },
          h('td', {}, d.type.replace('_', ' ')),
          h(
            'td',
            {},
            ...d.parties.map((p) =>
              h('div', { class: 'party' }, p.name, h('span', { class: 'role' }, ` ${p.role ?? ''}`)),
            ),
          ),
          h('td', {}, d.date ?? ''),
          h('td', {}, fmtValue(d.value ?? null) ?? ''),
          h(
            'td',
            {},
            ...d.records.map((id) => {
              const j = indexOfId.get(id);
              return h('div', {}, j == null ? id : articleLink(j, `&dd=${encodeURIComponent(d.id)}`));
            }),
          ),
        ),
      );
    }
    byId('view').replaceChildren(
      h('h2', {}, `Deals across articles (${fmtNumber(deals.length)})`),
      h('p', { class: 'meta' }, `${fmtNumber(cross)} of them reported by more than one article; those come first.`),
      deals.length ? table : h('p', { class: 'empty' }, 'No deals in this dataset.'),
      pager(deals.length, page, 'deals'),
    );
  }

  function renderDuplicates(page: number): void {
    const dups = data.dataset.duplicates;
    const table = h(
      'table',
      { class: 'grid', id: 'duplicates' },
      h('tr', {}, h('th', {}, 'Similarity'), h('th', {}, 'Articles')),
    );
    for (const d of dups.slice(page * PAGE, page * PAGE + PAGE)) {
      table.append(
        h(
          'tr',
          { class: 'duplicate' },
          h('td', {}, fmtNumber(d.similarity)),
          h(
            'td',
            {},
            ...d.records.map((id) => {
              const j = indexOfId.get(id);
              return h('div', {}, j == null ? id : articleLink(j));
            }),
          ),
        ),
      );
    }
    byId('view').replaceChildren(
      h('h2', {}, `Duplicate pairs (${fmtNumber(dups.length)})`),
      h('p', { class: 'meta' }, 'Articles that tell the same story: syndicated copies and near-identical rewrites.'),
      dups.length ? table : h('p', { class: 'empty' }, 'No duplicates in this dataset.'),
      pager(dups.length, page, 'duplicates'),
    );
  }

  // ---- wiring ------------------------------------------------------------
  byId('filter').addEventListener('input', applyFilter);
  byId('only-deals').addEventListener('change', applyFilter);
  byId('prev').addEventListener('click', () => {
    listPage--;
    renderList();
  });
  byId('next').addEventListener('click', () => {
    listPage++;
    renderList();
  });
  byId('view').addEventListener('change', (ev) => {
    const box = ev.target as HTMLInputElement;
    const kind = box.getAttribute('data-kind');
    if (!kind) return;
    if (box.checked) hidden.delete(kind);
    else hidden.add(kind);
    hidden = new Set(hidden);
    document.getElementById('text')?.classList.toggle(`hide-${kind}`, !box.checked);
  });
  byId('view').addEventListener('click', (ev) => {
    const b = (ev.target as HTMLElement).closest('button[data-focus]');
    if (!b) return;
    const key = b.getAttribute('data-focus') ?? '';
    const marks = document.querySelectorAll(`#text mark[data-entity="${key}"]`);
    const on = !marks[0]?.classList.contains('focus');
    document.querySelectorAll('#text mark.focus').forEach((m) => {
      m.classList.remove('focus');
    });
    if (on)
      marks.forEach((m) => {
        m.classList.add('focus');
      });
    if (on) marks[0]?.scrollIntoView({ block: 'center' });
  });
  // j / k (or the arrow keys) open the next or previous article of the list.
  document.addEventListener('keydown', (ev) => {
    const target = ev.target as HTMLElement;
    if (target.closest('input, textarea, select') || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const step = ev.key === 'j' || ev.key === 'ArrowDown' ? 1 : ev.key === 'k' || ev.key === 'ArrowUp' ? -1 : 0;
    if (!step || byId('main').classList.contains('wide') || !filtered.length) return;
    const at = filtered.indexOf(current);
    const next = filtered[Math.min(filtered.length - 1, Math.max(0, at < 0 ? 0 : at + step))];
    if (next == null || next === current) return;
    ev.preventDefault();
    location.hash = `a=${next}`;
  });
  window.addEventListener('hashchange', route);
  route();
  document.body.setAttribute('data-ready', '1');
}
