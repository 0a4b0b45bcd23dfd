// Specification for inline catalogue figures: the value, the multiplier and the source link.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import DeviceValue, { deviceValue } from '@site/src/components/DeviceValue';
import { devices, findDevice } from '@site/src/data/hardware';

describe('<DeviceValue>', () => {
  it('prints a catalogue figure linked to its source', () => {
    const tdp = findDevice('h100-sxm')?.tdpW ?? NaN;
    render(<DeviceValue id="h100-sxm" field="tdpW" />);
    expect(screen.getByRole('link', { name: `${tdp} W` })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\//),
    );
  });

  it('multiplies for a server: 8 × H100 SXM TDP', () => {
    const tdp = findDevice('h100-sxm')?.tdpW ?? NaN;
    expect(deviceValue(devices, 'h100-sxm', 'tdpW', 8)).toBe(8 * tdp);
  });

  it('says when a figure is missing', () => {
    render(<DeviceValue id="nope" field="tdpW" />);
    expect(screen.getByText(/no sourced tdpW/)).toBeInTheDocument();
  });
});
