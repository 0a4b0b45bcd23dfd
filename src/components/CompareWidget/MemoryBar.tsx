// How a replica's memory splits into weights, KV cache, reserve and free space, drawn and in words.
import type { ReactNode } from 'react';
import { formatGB } from '../../lib/format';
import styles from './styles.module.css';

export type Props = {
  totalGB: number;
  weightsGB: number;
  kvGB: number;
  reserveGB: number;
  freeGB: number;
};

type Segment = { key: string; label: string; gb: number; className: string | undefined };

/** Segments scaled to whichever is larger: the memory there is, or what the workload asks for. */
export function memorySegments({ totalGB, weightsGB, kvGB, reserveGB, freeGB }: Props): {
  segments: Segment[];
  scaleGB: number;
  overflowGB: number;
} {
  const needGB = weightsGB + kvGB + reserveGB;
  const scaleGB = Math.max(totalGB, needGB, 1e-9);
  const overflowGB = Math.max(0, needGB - totalGB);
  const segments: Segment[] = [
    { key: 'weights', label: 'Weights', gb: weightsGB, className: styles.segWeights },
    { key: 'kv', label: 'KV cache', gb: kvGB, className: styles.segKv },
    { key: 'reserve', label: 'Reserve', gb: reserveGB, className: styles.segReserve },
    { key: 'free', label: 'Free', gb: Math.max(0, freeGB), className: styles.segFree },
  ];
  return { segments, scaleGB, overflowGB };
}

export default function MemoryBar(props: Props): ReactNode {
  const { segments, scaleGB, overflowGB } = memorySegments(props);
  const summary =
    `Memory ${formatGB(props.totalGB)}: ` +
    segments.map((s) => `${s.label.toLowerCase()} ${formatGB(s.gb)}`).join(', ') +
    (overflowGB > 0 ? `; ${formatGB(overflowGB)} more than there is` : '');
  // Each segment starts where the previous ones end.
  const starts = segments.map((_, i) =>
    segments.slice(0, i).reduce((sum, s) => sum + (s.gb / scaleGB) * 100, 0),
  );
  const capacityX = (props.totalGB / scaleGB) * 100;
  return (
    <div className={styles.memory}>
      <svg
        className={styles.memoryBar}
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
      >
        {segments.map((s, i) => (
          <rect
            key={s.key}
            x={starts[i]}
            y={0}
            width={(s.gb / scaleGB) * 100}
            height={10}
            className={s.className}
          />
        ))}
        {overflowGB > 0 ? (
          <line x1={capacityX} x2={capacityX} y1={0} y2={10} className={styles.capacityLine} />
        ) : null}
      </svg>
      <ul className={styles.legend}>
        {segments.map((s) => (
          <li key={s.key}>
            <span className={`${styles.swatch} ${s.className ?? ''}`} aria-hidden="true" />
            {s.label} {formatGB(s.gb)}
          </li>
        ))}
        {overflowGB > 0 ? (
          <li className={styles.bad}>
            <span className={`${styles.swatch} ${styles.swatchOver}`} aria-hidden="true" />
            Over capacity by {formatGB(overflowGB)}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
