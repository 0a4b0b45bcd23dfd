// Text with the searched words in <mark>, built as React elements: index text is never read as HTML.
import type { ReactNode } from 'react';
import { splitMatches, type WordTest } from '@site/src/lib/search';

/** `test` says which words answer the query (word forms and synonyms included); null marks none. */
export type Props = { text: string; test: WordTest | null };

export default function Highlighted({ text, test }: Props): ReactNode {
  return splitMatches(text, test).map((segment, i) =>
    segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
  );
}
