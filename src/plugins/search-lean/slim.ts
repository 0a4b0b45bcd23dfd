// Slims the local search index after it is written: each term keeps only its first position in
// each section (all the result excerpt centres on), and term weights keep two decimals.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// lunr's postings: { _index: termNumber, <field>: { <docRef>: { position: [[start, length], …] } } }.
type Postings = Record<string, unknown>;
type Matches = Record<string, { position?: number[][] } | undefined>;
type Part = {
  documents: unknown[];
  index: { invertedIndex: [string, Postings][]; fieldVectors: [string, number[]][] };
};

/** Keeps the first [start, length] of every term in every document field; returns the part. */
export function keepFirstPositions(part: Part): Part {
  for (const [, postings] of part.index.invertedIndex) {
    for (const [field, docs] of Object.entries(postings)) {
      if (field === '_index' || typeof docs !== 'object' || docs === null) continue;
      for (const match of Object.values(docs as Matches)) {
        if (match?.position && match.position.length > 1)
          match.position = match.position.slice(0, 1);
      }
    }
  }
  return part;
}

/** Rounds the weights in lunr's field vectors ([termIndex, weight, termIndex, weight, …]) to 0.01. */
export function roundWeights(part: Part): Part {
  part.index.fieldVectors = part.index.fieldVectors.map(([ref, vector]) => [
    ref,
    vector.map((value, i) => (i % 2 === 1 ? Math.round(value * 100) / 100 : value)),
  ]);
  return part;
}

/** Rewrites every search-index*.json in outDir; returns [file, bytes before, bytes after] rows. */
export async function slimSearchIndexes(outDir: string): Promise<[string, number, number][]> {
  const rows: [string, number, number][] = [];
  for (const file of await readdir(outDir)) {
    if (!/^search-index.*\.json$/.test(file)) continue;
    const full = path.join(outDir, file);
    const before = await readFile(full, 'utf8');
    const parts = JSON.parse(before) as Part[];
    const after = JSON.stringify(parts.map((part) => roundWeights(keepFirstPositions(part))));
    await writeFile(full, after, 'utf8');
    rows.push([file, before.length, after.length]);
  }
  return rows;
}
