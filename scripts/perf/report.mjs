// Benchmark helpers: medians of Lighthouse samples and the issue-14 targets relative to the bare site.
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One table row: the median of each number over a page's runs. */
export function summarise(page, samples) {
  const m = (key) => median(samples.map((s) => s[key]));
  return {
    page,
    perf: m('performance'),
    a11y: m('accessibility'),
    bp: m('bestPractices'),
    seo: m('seo'),
    'LCP ms': Math.round(m('lcpMs')),
    'TBT ms': Math.round(m('tbtMs')),
    'bootup ms': Math.round(m('bootupMs')),
    CLS: Number(m('cls').toFixed(3)),
    'JS KB': Number(m('jsKB').toFixed(1)),
    'CSS KB': Number(m('cssKB').toFixed(1)),
    'HTML KB': Number(m('htmlKB').toFixed(1)),
    'JS+CSS KB': Number((m('jsKB') + m('cssKB')).toFixed(1)),
  };
}

/** What a page misses of the targets: perf within 0.02, TBT ≤ 1.25×, bytes ≤ 1.05× (1.25× with the widget). */
export function checkTargets(row, base) {
  const misses = [];
  if (row.perf < base.perf - 0.02) misses.push(`perf ${row.perf} < bare ${base.perf} − 0.02`);
  if (row['TBT ms'] > base['TBT ms'] * 1.25)
    misses.push(`TBT ${row['TBT ms']} ms > 1.25 × ${base['TBT ms']} ms`);
  const limit = row.widget ? 1.25 : 1.05;
  if (row['JS+CSS KB'] > base['JS+CSS KB'] * limit)
    misses.push(`JS+CSS ${row['JS+CSS KB']} KB > ${limit} × ${base['JS+CSS KB']} KB`);
  for (const key of ['a11y', 'bp', 'seo']) if (row[key] < 1) misses.push(`${key} ${row[key]}`);
  return misses;
}
