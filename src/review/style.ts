// The review page's stylesheet, inlined so the page needs nothing but itself.
// Each kind of entity has its own colour; the legend repeats them.

export const KIND_COLORS = {
  org: { bg: '#cfe2ff', border: '#2f6fd6', label: 'Organization' },
  person: { bg: '#cdf0d5', border: '#22884a', label: 'Person' },
  location: { bg: '#ffe1bd', border: '#d4780a', label: 'Location' },
  date: { bg: '#eadcff', border: '#7a4cc9', label: 'Date' },
  amount: { bg: '#ffd3dc', border: '#c8284f', label: 'Amount' },
  quote: { bg: 'transparent', border: '#6b7280', label: 'Quote' },
} as const;

export type Kind = keyof typeof KIND_COLORS;

const kindRules = Object.entries(KIND_COLORS)
  .map(
    ([k, c]) =>
      `.hl-${k}{background:${c.bg};box-shadow:inset 0 -2px 0 ${c.border}}` +
      `.sw-${k}{background:${c.bg};border:1px solid ${c.border}}` +
      `.hide-${k} .hl-${k}{background:none;box-shadow:none}`,
  )
  .join('\n');

export const CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f7f9}
a{color:#0b5cad}
header.top{display:flex;flex-wrap:wrap;gap:12px;align-items:center;padding:10px 16px;background:#1f2a37;color:#fff}
header.top h1{font-size:16px;margin:0 12px 0 0}
header.top .stats{display:flex;gap:14px;font-size:13px;opacity:.9}
header.top nav{margin-left:auto;display:flex;gap:4px}
header.top nav a{color:#fff;text-decoration:none;padding:4px 10px;border-radius:4px}
header.top nav a.on{background:#3b4b5e}
main{display:grid;grid-template-columns:minmax(260px,360px) 1fr;height:calc(100vh - 46px)}
main.wide{grid-template-columns:1fr}
main.wide #list{display:none}
#list{border-right:1px solid #d9dde3;background:#fff;display:flex;flex-direction:column;min-height:0}
#list .tools{padding:8px;border-bottom:1px solid #e5e7eb;display:flex;flex-direction:column;gap:6px}
#list input[type=search]{width:100%;padding:5px 8px;border:1px solid #c5cad3;border-radius:4px}
.pager{display:flex;gap:6px;align-items:center;font-size:12px;color:#555}
.pager button{padding:1px 8px}
#items{list-style:none;margin:0;padding:0;overflow:auto;flex:1}
#items li a{display:block;padding:6px 10px;border-bottom:1px solid #eef0f3;text-decoration:none;color:inherit}
#items li a:hover{background:#f3f6fb}
#items li a.on{background:#e3edfb}
#items .t{display:block;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
#items .s{display:block;font-size:11px;color:#6b7280;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.counts{display:flex;flex-wrap:wrap;gap:3px;margin-top:3px}
.count{font-size:11px;padding:0 5px;border-radius:8px}
.count.deals{background:#fff3bf;border:1px solid #c9a400}
#view{overflow:auto;padding:16px 22px;min-height:0}
#view h2{margin:0 0 4px;font-size:20px}
.meta{color:#555;font-size:12px;margin-bottom:10px;word-break:break-all}
.legend{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0;font-size:12px;align-items:center}
.legend label{display:flex;gap:4px;align-items:center;cursor:pointer}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px}
.sw-evidence{background:#fff3bf;border:1px solid #c9a400}
.deals-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:10px;margin:10px 0 14px}
.deal{background:#fff;border:1px solid #d9dde3;border-left:4px solid #c9a400;border-radius:6px;padding:8px 10px}
.deal.on,.deal.match{outline:2px solid #c9a400}
.deal h3{margin:0 0 4px;font-size:14px;text-transform:capitalize}
.badge{display:inline-block;font-size:11px;background:#eef0f3;border-radius:8px;padding:0 6px;margin-left:4px;text-transform:none}
.deal ul{margin:4px 0;padding-left:18px}
.deal .role{color:#6b7280;font-size:12px;margin-left:4px}
.deal dl{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:4px 0;font-size:12px}
.deal dt{color:#6b7280}
.deal dd{margin:0}
.entities{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:6px 16px;font-size:12px;margin-bottom:12px}
.entities h4{margin:4px 0;font-size:12px;text-transform:uppercase;color:#555}
.entities ul{margin:0;padding-left:16px}
.entities button{all:unset;cursor:pointer;color:#0b5cad}
#text{white-space:pre-wrap;background:#fff;border:1px solid #d9dde3;border-radius:6px;padding:14px 16px;font-size:15px;line-height:1.6;max-width:60em}
mark.hl{color:inherit;border-radius:2px;padding:0 1px}
mark.hl.focus{outline:2px solid #111}
.evidence.on{background:#fff3bf;outline:2px solid #c9a400;border-radius:2px}
.also{font-size:12px;margin:6px 0}
table.grid{border-collapse:collapse;background:#fff;width:100%;font-size:13px}
table.grid th,table.grid td{border:1px solid #e1e4e8;padding:4px 8px;text-align:left;vertical-align:top}
table.grid th{background:#f0f2f5}
.empty{color:#6b7280;font-style:italic}
${kindRules}
.hl-quote{background:none;box-shadow:none;font-style:italic;text-decoration:underline dotted #6b7280}
.hide-quote .hl-quote{font-style:normal;text-decoration:none}
`;
