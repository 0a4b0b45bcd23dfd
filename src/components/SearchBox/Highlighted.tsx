// Text with the searched words in <mark>, built as React elements: index text is never read as HTML.
import type { ReactNode } from 'react';
import { splitMatches } from '@site/src/lib/search';

export type Props = { text: string; words: string[] };

export default function Highlighted({ text, words }: Props): ReactNode {
  return splitMatches(text, words).map((segment, i) =>
    segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
  );
}
