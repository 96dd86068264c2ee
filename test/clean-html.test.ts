import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isByline } from '../src/clean/html/byline.js';
import { chooseHeadline, stripSiteSuffix } from '../src/clean/html/headline.js';
import { pruneHtml } from '../src/clean/html/prune.js';
import { toIsoDate } from '../src/clean/html/published.js';
import { isDateStamp } from '../src/clean/html/stamp.js';
import { cleanHtml } from '../src/clean/html.js';

const SHARED = new URL('../../shared/', import.meta.url).pathname;
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

const page = (set: 'html-dev' | 'html-bench', name: string) =>
  cleanHtml(readFileSync(`${SHARED}corpus/${set}/pages/${name}.html`, 'utf8'));

// Bag-of-words F1 and headline test as /work/shared/eval/score-clean.mjs computes them.
const tokens = (s: string | null): string[] =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
function bagF1(pred: string[], gold: string[]): number {
  const left = new Map<string, number>();
  for (const t of gold) left.set(t, (left.get(t) ?? 0) + 1);
  let tp = 0;
  for (const t of pred) {
    const n = left.get(t) ?? 0;
    if (n > 0) {
      tp++;
      left.set(t, n - 1);
    }
  }
  const p = pred.length ? tp / pred.length : 0;
  const r = gold.length ? tp / gold.length : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
function headlineOk(mine: string | null, title: string): boolean {
  const head = tokens(mine);
  const want = tokens(title);
  const a = new Set(head);
  const b = new Set(want);
  const both = [...a].filter((t) => b.has(t)).length;
  const jaccard = both / (a.size + b.size - both || 1);
  return head.length > 0 && (jaccard >= 0.8 || (head.length >= 3 && want.join(' ').includes(head.join(' '))));
}

function scoreSet(set: 'html-dev' | 'html-bench'): { f1: number; headline: number } {
  const dir = `${SHARED}corpus/${set}`;
  const names = readdirSync(`${dir}/pages`).map((f) => f.replace(/\.html$/, ''));
  let f1 = 0;
  let heads = 0;
  for (const name of names) {
    const out = page(set, name);
    const meta = JSON.parse(readFileSync(`${dir}/expected/${name}.json`, 'utf8')) as { title: string };
    f1 += bagF1(tokens(out.text), tokens(readFileSync(`${dir}/expected/${name}.txt`, 'utf8')));
    if (headlineOk(out.headline, meta.title)) heads++;
  }
  return { f1: f1 / names.length, headline: heads / names.length };
}

describe('cleanHtml on the corpora', () => {
  it('keeps html-dev article text and headlines (Readability reference)', () => {
    const score = scoreSet('html-dev');
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.headline).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps html-bench article text and headlines (human-annotated bodies)', () => {
    const score = scoreSet('html-bench');
    expect(score.f1).toBeGreaterThanOrEqual(0.975);
    expect(score.headline).toBeGreaterThanOrEqual(0.95);
  });
});

describe('cleanHtml headline', () => {
  it('skips an <h1> in the site header for the one that matches og:title', () => {
    expect(page('html-dev', 'msn').headline).toBe("Nintendo's first iPhone game will launch in December for $10");
    expect(page('html-bench', 'blog-givewell-org-ac3c0355').headline).toBe('September 2018 open thread');
  });

  it('takes <title> without its site suffix when the only <h1> is a section or site name', () => {
    expect(page('html-dev', 'webmd-1').headline).toBe('Babies Who Eat Peanuts Early May Avoid Allergy');
    expect(page('html-bench', 'entermedia-co-kr-0ec95c72').headline).toBe(
      '엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유',
    );
    expect(page('html-bench', 'hosted-ap-org-e7994d55').headline).toBe(
      'UK Tories under fire for Twitter name switch during debate',
    );
  });

  it('keeps the visible <h1> when social titles were reworded', () => {
    expect(page('html-bench', 'slate-com-851498a2').headline).toBe('The Disappearance of John M. Ford');
    expect(page('html-bench', 'bbc-com-c7e39ac4').headline).toBe('Julian Assange: Sweden drops rape investigation');
  });

  it('chooses among sources and strips site names', () => {
    expect(stripSiteSuffix("Obama admits US gun laws are his 'biggest frustration' - BBC News", ['BBC News'])).toBe(
      "Obama admits US gun laws are his 'biggest frustration'",
    );
    expect(stripSiteSuffix('Trump – The Interview Everyone Wanted To See | Site News', [])).toBe(
      'Trump – The Interview Everyone Wanted To See',
    );
    expect(stripSiteSuffix('Classificação NASCAR | Autoracing | F1 | Indy | MotoGP | StockCar', [])).toBe(
      'Classificação NASCAR',
    );
    expect(
      chooseHeadline({ h1s: ['The GiveWell Blog'], metaTitles: ['Open thread - The GiveWell Blog'], siteNames: [] }),
    ).toBe('Open thread');
    expect(chooseHeadline({ h1s: ['Plain page'], metaTitles: [], siteNames: [] })).toBe('Plain page');
  });
});

describe('cleanHtml body', () => {
  it('drops hover cards inside a paragraph but keeps the name they open on', () => {
    const { text } = page('html-bench', 'thehill-com-6ebac05f');
    expect(text).toContain('Rep. Alexandria Ocasio-Cortez (D-N.Y.) shortly after the arrest linked the incident');
    expect(text).not.toContain('Hillicon Valley');
    expect(text).not.toContain('The contents of this site are');
  });

  it('drops share prompts, subscribe boxes and captions', () => {
    expect(page('html-bench', 'rt-com-4a44ab3e').text).not.toContain('Like this story? Share it with a friend!');
    const mac = page('html-bench', '9to5mac-com-cc4aa22b').text;
    expect(mac).not.toContain('Subscribe to 9to5Mac on YouTube');
    expect(mac).not.toContain('About the Author');
    expect(mac).toContain('Looking for more gift recommendations? Stay tuned for more 9to5Mac Gift Guides!');
    const live = page('html-bench', 'livescience-com-3c5bf8db').text;
    expect(live).not.toContain('The centers of massive galaxy clusters are super hot');
    expect(live).not.toContain('Related: The 15 Weirdest Galaxies');
    expect(live).toContain("There's a huge road ahead of us now that we have these simulations completed");
  });

  it('keeps datelines and times that open a paragraph, drops hidden ad text', () => {
    expect(page('html-dev', 'wapo-1').text).toContain(
      'CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum',
    );
    expect(page('html-dev', 'tmz-1').text).toContain("12:00 PM PT -- Sheriff's deputies were at The London");
    expect(page('html-dev', 'nytimes-1').text).not.toContain('Campaign ID');
  });

  it('keeps embedded tweets that sit in a social-named box', () => {
    const { text } = page('html-bench', 'nj-com-3f65af7b');
    expect(text).toContain('Yes this is real and yes the state spent nearly half a million dollars on it');
    expect(text).not.toContain('Subscribe to NJ.com’s newsletters');
  });

  it('tells date stamps from sentences that mention a time', () => {
    expect(isDateStamp('Updated 5:27 am CST, Wednesday, November 20, 2019')).toBe(true);
    expect(isDateStamp('Posted: Fri 6:45 PM, Feb 16, 2018 |')).toBe(true);
    expect(isDateStamp('18 NOV 2019')).toBe(true);
    expect(isDateStamp('Doors open at 7:30 p.m.')).toBe(false);
    expect(isDateStamp('Updated at 1:23 p.m.')).toBe(true);
    expect(isDateStamp('Updated')).toBe(false);
  });

  it('tells bylines from sentences that open with "By"', () => {
    expect(isByline('By Justine Coleman - 11/18/19 11:04 PM EST')).toBe(true);
    expect(isByline('By Robert Burns, AP National Security Writer')).toBe(true);
    expect(isByline('By Monday, the company had sold 4,000 units.')).toBe(false);
    expect(isByline('By contrast, rivals cut prices')).toBe(false);
    expect(page('html-bench', 'thehill-com-6ebac05f').text).not.toContain('By Justine Coleman');
  });

  it('drops prompt lines but keeps sentences that open with the same words', () => {
    const body = [
      'Story continues below advertisement',
      'Share on Facebook',
      'Print',
      'Related: Markets fall for a third day',
      'Also on Tuesday, the board approved a dividend of 12 cents a share.',
      'Related costs rose 4% in the quarter, the company said in its filing.',
      'Copyright infringement claims against the platform doubled last year.',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const filler =
      '<p>The company reported revenue of $4.2 billion for the quarter, up 8% from a year earlier, as demand for its cloud services grew.</p>';
    const { text } = cleanHtml(`<html><body><article>${filler}${body}${filler}</article></body></html>`);
    expect(text.split('\n\n').slice(1, -1)).toEqual([
      'Also on Tuesday, the board approved a dividend of 12 cents a share.',
      'Related costs rose 4% in the quarter, the company said in its filing.',
      'Copyright infringement claims against the platform doubled last year.',
    ]);
  });

  it('separates paragraphs with one blank line', () => {
    const paragraphs = page('html-dev', 'aclu').text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(paragraphs.every((p) => p.trim() === p && p.length > 0)).toBe(true);
  });
});

describe('cleanHtml publication date', () => {
  it('reads JSON-LD, meta tags and Java-style date strings', () => {
    expect(page('html-dev', 'aclu').published).toBe('2018-04-05');
    expect(page('html-dev', 'bbc-1').published).toBe('2015-07-24');
    expect(page('html-dev', 'herald-sun-1').published).toBe('2015-03-13');
    expect(page('html-bench', 'snopes-com-8380689f').published).toBe('2019-11-18');
    // JSON-LD says 0001-01-01: a placeholder, not a date.
    expect(page('html-bench', 'floridatoday-com-c81e134e').published).toBeNull();
  });

  it("takes the page address's date over a UTC stamp that falls on the next day, and a date from broken JSON-LD", () => {
    const shell = (head: string) =>
      `<html><head>${head}</head><body><article><h1>Kelso mill to close</h1><p>${'The mill will close. '.repeat(20)}</p></article></body></html>`;
    const late = '<meta property="article:published_time" content="2021-03-05T02:10:00Z">';
    const address = (path: string) => `<meta property="og:url" content="https://news.example/${path}/mill-closes">`;
    expect(cleanHtml(shell(late + address('2021/03/04'))).published).toBe('2021-03-04');
    // (a zone of its own, or an address two days off, leaves the stamp's date)
    expect(cleanHtml(shell(late.replace('Z', '-05:00') + address('2021/03/04'))).published).toBe('2021-03-05');
    expect(cleanHtml(shell(late + address('2021/03/03'))).published).toBe('2021-03-05');
    const broken =
      '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "07:38 PM IST Mar 5, 2021", "headline": "a\nb",}</script>';
    expect(cleanHtml(shell(broken)).published).toBe('2021-03-05');
  });

  it('reads a date the page shows alone before the article, when the markup states none', () => {
    const page = (byline: string) =>
      `<html><body><article><h1>Kelso mill to close</h1><div class="by"><span>LENA VOSS</span></div>${byline}<p>${'The mill will close. '.repeat(20)}</p><p>Talks failed on 2 March 2020.</p></article></body></html>`;
    expect(cleanHtml(page('<div class="by"><span>18 NOV 2019 </span></div>')).published).toBe('2019-11-18');
    expect(cleanHtml(page('<div><span>Nov. 18, 2019 8:19 PM</span></div>')).published).toBe('2019-11-18');
    // (a date inside the article's text is an event's, not the page's)
    expect(cleanHtml(page('')).published).toBeNull();
  });

  it('normalizes date strings to YYYY-MM-DD without time-zone shifts', () => {
    expect(toIsoDate('2019-11-18T23:30:00-05:00')).toBe('2019-11-18');
    expect(toIsoDate('Wed, 20 Nov 2019 11:27:00 GMT')).toBe('2019-11-20');
    expect(toIsoDate('November 20, 2019')).toBe('2019-11-20');
    expect(toIsoDate('20191120')).toBe('2019-11-20');
    expect(toIsoDate('2019-02-30')).toBeNull();
    expect(toIsoDate('soon')).toBeNull();
  });
});

describe('cleanHtml on odd input', () => {
  it('never throws, and keeps the text of fragments and plain text', () => {
    expect(cleanHtml('')).toEqual({ headline: null, text: '', published: null, visibleChars: 0 });
    expect(cleanHtml('just text, no tags').text).toBe('just text, no tags');
    expect(cleanHtml('<p>One short paragraph.</p>').text).toBe('One short paragraph.');
    expect(cleanHtml('<nav>menu without an end <p>text here').text).toContain('text here');
  });
});

describe('pruneHtml', () => {
  it('drops scripts, menus and unused attributes but keeps what the cleaner reads', () => {
    const html =
      '<div class="a" data-x="1" onclick="go()"><script>var x = "<p>";</script><nav><a href="/">Home</a></nav>' +
      '<p itemprop="articleBody" style="color:red">Text <img src="a.jpg" srcset="b.jpg 2x"></p></div>';
    expect(pruneHtml(html)).toBe('<div class="a"><p itemprop="articleBody" style="color:red">Text</p></div>');

    // Case-insensitive closes, comments, and an unclosed comment left alone (nothing after it is lost).
    expect(pruneHtml('<p>a<!-- x --><SCRIPT>y</script >b<nav class="n">c</nav>d<!-- open')).toBe('<p>a  b d<!-- open');
  });
});

describe('cleanHtml fixtures', () => {
  const cases = readdirSync(FIXTURES).filter((d) => d.startsWith('html-'));
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(3));
  for (const name of cases) {
    it(name, () => {
      const out = cleanHtml(readFileSync(`${FIXTURES}${name}/input.html`, 'utf8'));
      const want = JSON.parse(readFileSync(`${FIXTURES}${name}/expected.json`, 'utf8')) as {
        headline: string;
        published: string | null;
        paragraphs: string[];
      };
      expect(out.headline).toBe(want.headline);
      expect(out.published).toBe(want.published);
      expect(out.text.split('\n\n')).toEqual(want.paragraphs);
    });
  }
});
