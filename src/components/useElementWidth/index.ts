// The width a chart is drawn at for the element holding it. ResizeObserver reports sizes after
// layout, so nothing here forces one: measuring with getBoundingClientRect in an effect made the
// browser lay out the whole page in the middle of the first load's effects.
import { useEffect, useState, type RefObject } from 'react';

/**
 * Widths, in CSS px, that charts are drawn at. The SVG then scales to its frame, so its text
 * grows by at most the ratio of one step to the next (1.25×) and never shrinks on a phone.
 * Every phone frame (under 400 px) gets the first step, which is also what the server draws:
 * hydration on a phone changes nothing, where redrawing at the measured width rewrote every
 * coordinate of the chart just after load (35–58 ms of DOM updates in a Lighthouse trace).
 */
export const CHART_STEPS = [320, 400, 480, 560, 640, 720] as const;

/** The widest step that fits a frame of `frameWidth` px; the first step below that. */
export function chartDrawingWidth(frameWidth: number): number {
  let chosen: number = CHART_STEPS[0];
  for (const s of CHART_STEPS) if (s <= frameWidth) chosen = s;
  return chosen;
}

/** Largest width the SVG may scale to: one step up, so text grows at most 1.25×. */
export function chartMaxWidth(drawingWidth: number): number {
  return drawingWidth * 1.25;
}

/**
 * The width to draw a chart at inside `ref`: a step of CHART_STEPS, the first until ResizeObserver
 * first reports (and wherever it is missing). A report that maps to the same step re-renders nothing.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState<number>(CHART_STEPS[0]);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const w = entry?.borderBoxSize?.[0]?.inlineSize ?? entry?.contentRect.width ?? 0;
      if (w > 0) setWidth(chartDrawingWidth(w));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
