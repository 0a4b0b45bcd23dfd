// The chapter embed: its props become a /compare/ query, and without a worker it says the simulation needs JavaScript.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ServingSimulation, { queryFor } from '@site/src/components/ServingSimulation';
import { parseQuery, validateState } from '@site/src/lib/compare';

const props = {
  deviceId: 'h100-sxm',
  modelId: 'llama-3.1-70b',
  weights: 'fp8',
  kv: 'fp8',
  n: 2,
  promptTokens: 5000,
  outputTokens: 500,
  rps: 1,
  tpotMs: 60,
} as const;

describe('ServingSimulation embed', () => {
  it('describes its load as a /compare/ query the widget reads without complaint', () => {
    const query = queryFor(props);
    expect(query).toBe(
      'devices=h100-sxm&model=llama-3.1-70b&weights=fp8&kv=fp8&n=2&ctx=5500&prompt=5000&rps=1&tpot=60',
    );
    const parsed = parseQuery(query);
    expect(parsed.ignored).toEqual([]);
    expect(validateState(parsed.state).ok).toBe(true);
  });

  it('without Web Workers (as in server rendering) shows the note and the link, not a blank', () => {
    render(<ServingSimulation {...props} />);
    expect(screen.getByText(/needs\s+JavaScript with Web Workers/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Change the load/ })).toHaveAttribute(
      'href',
      expect.stringContaining('/compare/?devices=h100-sxm'),
    );
  });
});
