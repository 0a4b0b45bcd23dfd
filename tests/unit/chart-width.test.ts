// The widths charts are drawn at: one for every phone (so hydration redraws nothing there), and
// never a scale-down or more than 1.25x scale-up of the text on any frame.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHART_STEPS,
  chartDrawingWidth,
  chartMaxWidth,
} from '@site/src/components/useElementWidth';

describe('chartDrawingWidth', () => {
  it('draws every phone frame at the first step, which the server draws too', () => {
    for (const frame of [288, 328, 343, 358, 380, 399]) expect(chartDrawingWidth(frame)).toBe(320);
  });

  it('takes the widest step that fits a wider frame', () => {
    expect(chartDrawingWidth(400)).toBe(400);
    expect(chartDrawingWidth(700)).toBe(640);
    expect(chartDrawingWidth(720)).toBe(720);
    expect(chartDrawingWidth(2000)).toBe(720);
  });

  it('never makes the SVG shrink its text on frames of 320 px and wider, nor grow it past 1.25x', () => {
    fc.assert(
      fc.property(fc.double({ min: 320, max: 4000, noNaN: true }), (frame) => {
        const drawn = chartDrawingWidth(frame);
        // Charts stop growing at 720 px (CSS max-width), so the shown width is at most that.
        const shown = Math.min(frame, 720, chartMaxWidth(drawn));
        expect(drawn).toBeLessThanOrEqual(shown);
        expect(shown / drawn).toBeLessThanOrEqual(1.25);
        expect(CHART_STEPS).toContain(drawn);
      }),
    );
  });
});
