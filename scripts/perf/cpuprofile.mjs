// Prints a CDP CPU profile's heaviest functions (self and total time) and, with a pattern, the
// heaviest call stacks through the functions it matches. Shared by profile.mjs and typing.mjs.

export function printProfile(label, profile, callers) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
  const name = (n) => {
    const f = n.callFrame;
    const file = f.url.replace(/^.*\//, '') || '(native)';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  const self = new Map();
  const total = new Map();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    self.set(name(n), (self.get(name(n)) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(byId.get(cur));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }
  const top = (map, count) =>
    [...map]
      .filter(([k]) => !/^\((program|idle|root|garbage collector)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, us]) => `  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`)
      .join('\n');
  console.log(`\n${label}\nself time:\n${top(self, 20)}\ntotal time:\n${top(total, 40)}`);
  if (!callers) return;
  // Stacks (innermost first, 10 frames) of the samples spent inside a matching function.
  const stacks = new Map();
  for (const [id, us] of selfUs) {
    const frames = [];
    let inside = false;
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(byId.get(cur));
      if (!inside && callers.test(key)) inside = true;
      if (inside && frames.length < 10) frames.push(key);
    }
    if (!inside) continue;
    const stack = frames.join('\n           < ');
    stacks.set(stack, (stacks.get(stack) ?? 0) + us);
  }
  console.log(`stacks through ${callers}:\n${top(stacks, 8)}`);
}
