// The width of an element in CSS pixels, for charts that draw their SVG at 1:1 so text keeps its
// CSS size. ResizeObserver reports sizes after layout, so nothing here forces one: measuring with
// getBoundingClientRect in an effect made the browser lay out the whole page in the middle of the
// first load's effects (issue 14).
import { useEffect, useState, type RefObject } from 'react';

/** `fallback` until the first report, and wherever ResizeObserver is missing. */
export default function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const w = entry?.borderBoxSize?.[0]?.inlineSize ?? entry?.contentRect.width ?? 0;
      if (w > 0) setWidth(w);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
