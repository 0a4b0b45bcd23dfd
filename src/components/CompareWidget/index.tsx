// The hardware comparison as chapters embed it. Its code (Widget.tsx, about a quarter of a
// chapter's JavaScript) is a chunk of its own, fetched when the reader nears it (../Island).
// /compare/, where the comparison is the page, imports Widget.tsx itself and hydrates it at once.
import type { ReactNode } from 'react';
import Island from '../Island';
import type { Props } from './Widget';
import ServerWidget from './server-widget';

export type { Props };

const loadWidget = () => import('./Widget');

export default function CompareWidget(props: Props): ReactNode {
  return (
    <Island server={ServerWidget} load={loadWidget} name="the hardware comparison" props={props} />
  );
}
