// A labelled text input for one number: flags a bad value and says what is allowed.
import { memo, type ReactNode } from 'react';
import styles from './styles.module.css';

export type Props = {
  id: string;
  name: string;
  label: string;
  value: string;
  /** Message shown (and announced) when the value is invalid. */
  error?: string;
  /** Short help shown when the value is valid. */
  hint?: string;
  decimal?: boolean;
  onChange: (value: string) => void;
};

function NumberField({
  id,
  name,
  label,
  value,
  error,
  hint,
  decimal = false,
  onChange,
}: Props): ReactNode {
  const messageId = `${id}-message`;
  const message = error ?? hint;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={message ? messageId : undefined}
        className={error ? styles.invalid : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {message ? (
        <span id={messageId} className={error ? styles.error : styles.hint}>
          {message}
        </span>
      ) : null}
    </div>
  );
}

// Memoised: a keystroke re-renders its own field, not the twenty others beside it.
export default memo(NumberField);
