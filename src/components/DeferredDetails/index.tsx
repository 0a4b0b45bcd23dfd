// A <details> whose server-rendered body React does not hydrate until the reader first opens it:
// a closed table alternative costs a phone nothing at load. (Issue 14: 1,378 of the 2,990
// elements on /hardware/gpus/ sat in closed <details> bodies, and React hydrated all of them.)
import { useState } from 'react';
import type { ReactNode } from 'react';
import { ServedHtml, isHydrating } from '../StaticHtml';

export type Props = {
  /** The toggle's text. */
  summary: ReactNode;
  /** Renders the body: on the server, and in the browser once opened or after the first load. */
  children: () => ReactNode;
  className?: string;
};

export default function DeferredDetails({ summary, children, className }: Props): ReactNode {
  const [deferred, setDeferred] = useState(isHydrating);
  return (
    <details
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setDeferred(false);
      }}
    >
      <summary>{summary}</summary>
      {deferred ? <ServedHtml /> : <div>{children()}</div>}
    </details>
  );
}

/** A chart's table alternative: a deferred <details> holding a table, its caption and headings. */
export function DeferredTable({
  summary,
  caption,
  captionClassName = 'visually-hidden',
  headings,
  className,
  children,
}: {
  summary: string;
  caption: ReactNode;
  /** The caption's class: hidden by default, since the chart above carries the title. */
  captionClassName?: string;
  headings: readonly ReactNode[];
  className?: string;
  /** The table body's rows, rendered only once the reader opens the details. */
  children: () => ReactNode;
}): ReactNode {
  return (
    <DeferredDetails className={className} summary={summary}>
      {() => (
        <table>
          <caption className={captionClassName}>{caption}</caption>
          <thead>
            <tr>
              {headings.map((heading, i) => (
                <th key={i} scope="col">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children()}</tbody>
        </table>
      )}
    </DeferredDetails>
  );
}
