// The serving-capacity model checked against measured saturated throughput (TensorRT-LLM's table).
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import CapacityCheckTable from '../../src/components/CapacityCheckTable';
import { SATURATION_MEASUREMENTS } from '../../src/data/saturation-measurements';
import { capacityCheck } from '../../src/lib/serving/check';

describe('capacityCheck', () => {
  const rows = capacityCheck(SATURATION_MEASUREMENTS);

  it('runs every benchmark cell, dividing the replica total by its devices', () => {
    expect(rows).toHaveLength(SATURATION_MEASUREMENTS.length);
    const h100 = rows.find((r) => r.measurement.id === 'trtllm-h100x2-70b-fp8-1000-1000');
    // 4,205 tokens/s over 2 GPUs = 2,102.5 per GPU.
    expect(h100?.measuredPerDevice).toBe(2102.5);
  });

  it('never finds a run faster than the ideal ceiling', () => {
    for (const r of rows) expect(r.measuredOverIdeal, r.measurement.id).toBeLessThanOrEqual(1);
  });

  it('prices the prefill share: a prompt-heavy shape is slower per device than a balanced one', () => {
    const balanced = rows.find((r) => r.measurement.id === 'trtllm-h200-70b-fp8-1000-1000');
    const heavy = rows.find((r) => r.measurement.id === 'trtllm-h200-70b-fp8-2048-128');
    expect(heavy?.expectedPerDevice).toBeLessThan((balanced?.expectedPerDevice ?? 0) / 2);
    expect(heavy?.idealPerDevice).toBeLessThan((balanced?.idealPerDevice ?? 0) / 2);
  });
});

describe('<CapacityCheckTable>', () => {
  it('shows a row per benchmark cell with both ratios and the source', () => {
    render(<CapacityCheckTable caption="Capacity against measurements" />);
    const table = screen.getByRole('table', { name: 'Capacity against measurements' });
    expect(within(table).getAllByRole('row')).toHaveLength(SATURATION_MEASUREMENTS.length + 1);
    const h100 = table.querySelector('[data-check="trtllm-h100x2-70b-fp8-1000-1000"]');
    expect(h100).toHaveTextContent(/^2 × NVIDIA H100 SXM, FP81,000 \/ 1,000/);
    expect(screen.getByRole('link', { name: /TensorRT-LLM performance overview/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/github\.com\/NVIDIA\/TensorRT-LLM\//),
    );
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });
});
