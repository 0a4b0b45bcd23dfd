// Search vocabulary for this field: names that mean one thing, and British spellings the tokeniser maps to American ones.

/**
 * Each group names one thing several ways; a query for any of them finds pages using any other.
 * A phrase is cut into words by the same tokeniser as the pages ("time to first token" needs
 * "time", "first" and "token" in one section). Keep groups narrow: a word in two groups, or a
 * word as common as "token" standing alone, would widen every query that contains it.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['VRAM', 'HBM', 'GPU memory', 'device memory', 'accelerator memory'],
  ['tok/s', 'tokens/s', 'tokens per second', 'throughput'],
  ['TTFT', 'time to first token'],
  ['TPOT', 'ITL', 'time per output token', 'inter-token latency'],
  ['prefill', 'prompt processing'],
  ['KV cache', 'key-value cache'],
  ['MoE', 'mixture of experts'],
  ['TCO', 'total cost of ownership'],
  ['on-prem', 'on-premises'],
  ['LLM', 'large language model'],
  ['NPU', 'neural processing unit'],
];

/**
 * British spellings that no suffix rule covers, to their American form. The "-ise", "-isation"
 * and "-yse" families are handled by a rule in src/lib/search/tokens.ts.
 */
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['catalogue', 'catalog'],
  ['catalogues', 'catalogs'],
  ['analogue', 'analog'],
  ['colour', 'color'],
  ['colours', 'colors'],
  ['behaviour', 'behavior'],
  ['behaviours', 'behaviors'],
  ['favour', 'favor'],
  ['labour', 'labor'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['litre', 'liter'],
  ['litres', 'liters'],
  ['metre', 'meter'],
  ['fibre', 'fiber'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['licence', 'license'],
  ['defence', 'defense'],
  ['grey', 'gray'],
  ['modelling', 'modeling'],
  ['modelled', 'modeled'],
  ['labelled', 'labeled'],
  ['labelling', 'labeling'],
  ['signalling', 'signaling'],
  ['travelling', 'traveling'],
  ['cancelled', 'canceled'],
  ['tunnelling', 'tunneling'],
  ['fuelled', 'fueled'],
  ['levelled', 'leveled'],
  ['totalling', 'totaling'],
]);

/**
 * Words that end in "-ise" in American English too, so the "-ise" rule leaves them (and their
 * "-ised", "-ises", "-ising" forms) alone.
 */
export const NATIVE_ISE_WORDS: ReadonlySet<string> = new Set(
  (
    'advertise advise apprise arise bruise chastise chemise clockwise comprise compromise ' +
    'concise counterclockwise cruise demise despise devise disguise enterprise excise exercise ' +
    'expertise franchise guise improvise incise likewise merchandise noise otherwise paradise ' +
    'poise praise precise premise promise raise reprise revise rise supervise surmise surprise ' +
    'televise treatise wise'
  ).split(' '),
);
