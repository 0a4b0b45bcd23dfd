// Error boundary for interactive components: a failure shows a static note, not a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import styles from './styles.module.css';

export type Props = {
  /** What the reader would have seen, for the fallback message ("The hardware comparison"). */
  name: string;
  children: ReactNode;
};

type State = { failed: boolean };

export default class InteractiveBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Keep the cause visible to whoever opens the console; the page itself stays readable.
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
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
