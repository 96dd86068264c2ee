// The review page: one self-contained HTML file (inline style, script and data;
// a Content-Security-Policy that forbids every network request).
import type { Dataset } from '../schema/dataset.js';
import type { ArticleRecord } from '../schema/record.js';
import { reviewApp } from './app.js';
import { articleRow, KINDS, type PageData, scriptJson } from './data.js';
import { CSS } from './style.js';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export interface ReviewOptions {
  /** The page title (default "press-extract review"). */
  title?: string;
}

/** The review page of records and their dataset, as one HTML string. */
export function reviewHtml(records: Iterable<ArticleRecord>, dataset: Dataset, options: ReviewOptions = {}): string {
  const title = options.title ?? 'press-extract review';
  const rows = [];
  const lines = [];
  for (const r of records) {
    rows.push(articleRow(r));
    lines.push(scriptJson(r));
  }
  const data: PageData = { title, kinds: KINDS, articles: rows, dataset };
  const n = (x: number) => x.toLocaleString('en-US');
  const stats = [
    `${n(rows.length)} articles`,
    `${n(dataset.organizations.length)} organizations`,
    `${n(dataset.people.length)} people`,
    `${n(dataset.deals.length)} deals`,
    `${n(dataset.duplicates.length)} duplicate pairs`,
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<div class="stats" id="stats">${stats.map((s) => `<span>${s}</span>`).join('')}</div>
<nav><a href="#" data-view="articles">Articles</a><a href="#view=deals" data-view="deals">Deals across articles</a><a href="#view=duplicates" data-view="duplicates">Duplicates</a></nav>
</header>
<main id="main">
<aside id="list">
<div class="tools">
<input type="search" id="filter" placeholder="Filter by headline, path or id" aria-label="Filter articles">
<label><input type="checkbox" id="only-deals"> only articles with deals</label>
<div class="pager"><button type="button" id="prev">‹</button><span id="page-no"></span><button type="button" id="next">›</button><span id="list-status"></span></div>
</div>
<ol id="items"></ol>
</aside>
<section id="view"><noscript>This page needs JavaScript to show the articles.</noscript></section>
</main>
<script type="application/json" id="pe-data">${scriptJson(data)}</script>
<script type="application/x-ndjson" id="pe-records">${lines.join('\n')}</script>
<script>(${reviewApp.toString()})();</script>
</body>
</html>
`;
}
