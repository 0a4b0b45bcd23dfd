// The home page's map of the handbook: one card per part, each a link with a line on what it answers.
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export type Part = {
  title: string;
  to: string;
  answers: string;
};

export type Props = {
  parts: readonly Part[];
};

export default function HomeMap({ parts }: Props): ReactNode {
  return (
    <nav aria-label="Parts of the handbook">
      <ul className={styles.grid}>
        {parts.map((part) => (
          <li key={part.to} className={styles.card}>
            <Link to={part.to} className={styles.title}>
              {part.title}
            </Link>
            <p className={styles.answers}>{part.answers}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}
