// The search-index slimmer: first positions only, weights to two decimals, nothing else touched.
import { keepFirstPositions, roundWeights } from '@site/src/plugins/search-lean/slim';

function part() {
  return {
    documents: [{ i: 1, t: 'systolic arrays are systolic', u: '/hardware/tpus/' }],
    index: {
      invertedIndex: [
        [
          'systol',
          {
            _index: 7,
            t: {
              '1': {
                position: [
                  [0, 8],
                  [20, 8],
                ],
              },
            },
          },
        ],
        ['array', { _index: 8, t: { '1': { position: [[9, 6]] } } }],
      ] as [string, Record<string, unknown>][],
      fieldVectors: [['t/1', [7, 1.2345, 8, 0.876]]] as [string, number[]][],
    },
  };
}

describe('search index slimming', () => {
  it('keeps only the first position of a term in a section', () => {
    const slim = keepFirstPositions(part());
    const systol = slim.index.invertedIndex[0]?.[1] as Record<string, unknown>;
    // "systolic" occurs at 0 and 20: only [0, 8] is left; "arrays" had one position and keeps it.
    expect(systol.t).toEqual({ '1': { position: [[0, 8]] } });
    expect(systol._index).toBe(7);
    expect((slim.index.invertedIndex[1]?.[1] as Record<string, unknown>).t).toEqual({
      '1': { position: [[9, 6]] },
    });
  });

  it('rounds weights but never the term indices they follow', () => {
    const slim = roundWeights(part());
    // [index 7, weight 1.2345 → 1.23, index 8, weight 0.876 → 0.88]
    expect(slim.index.fieldVectors).toEqual([['t/1', [7, 1.23, 8, 0.88]]]);
  });

  it('leaves the documents (titles, text, URLs) alone', () => {
    const original = part();
    expect(roundWeights(keepFirstPositions(part())).documents).toEqual(original.documents);
  });
});
