// Error boundary for an interactive piece: a failure leaves a short note (or a given fallback), not a blank page.
import { Component, type ReactNode } from 'react';
import styles from './styles.module.css';

export type Props = {
  /** What the reader would have seen, for the fallback message ("The hardware comparison"). */
  name: string;
  /** Shown instead of the note, where a paragraph would not fit (the navbar). */
  fallback?: ReactNode;
  children: ReactNode;
};

type State = { failed: boolean };

/**
 * No componentDidCatch: React already reports an error a boundary caught (one console.error, in
 * production as in development), and a second log here would only repeat it.
 */
export default class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    if (this.props.fallback !== undefined) return this.props.fallback;
    return (
      <div className={styles.fallback} role="note">
        <p>
          {this.props.name} could not be shown here. The rest of the page is unaffected; reloading
          the page may help.
        </p>
      </div>
    );
  }
}
