const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let c0 = cpu();
for (const m of process.argv.slice(2)) { await import(m.startsWith('dist') ? '../../' + m : m); const c = cpu(); console.log((c - c0).toFixed(0).padStart(5), m); c0 = c; }
