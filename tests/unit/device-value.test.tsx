// Specification for inline catalogue figures: the value, the multiplier and the source link.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import DeviceValue, { deviceValue } from '@site/src/components/DeviceValue';
import { devices } from '@site/src/data/hardware';

describe('<DeviceValue>', () => {
  it('prints a catalogue figure linked to its source', () => {
    // The H100 SXM's datasheet maximum: up to 700 W (configurable).
    render(<DeviceValue id="h100-sxm" field="tdpW" />);
    expect(screen.getByRole('link', { name: '700 W' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\//),
    );
  });

  it('multiplies for a server: 8 × 700 W H100 SXM = 5,600 W', () => {
    expect(deviceValue(devices, 'h100-sxm', 'tdpW', 8)).toBe(5600);
    render(<DeviceValue id="h100-sxm" field="tdpW" times={8} />);
    expect(screen.getByRole('link', { name: '5,600 W' })).toBeInTheDocument();
  });

  it('reads link figures: NVLink both directions, the host link per direction', () => {
    // H100 SXM: NVLink 4 at 900 GB/s both directions; PCIe Gen5 x16 at 64 GB/s each way.
    expect(deviceValue(devices, 'h100-sxm', 'scaleUp')).toBe(900);
    expect(deviceValue(devices, 'h100-sxm', 'hostLink')).toBe(64);
    // An NVL72 rack: 72 GPUs × 1,800 GB/s of NVLink 5 each = 129,600 GB/s.
    expect(deviceValue(devices, 'gb200', 'scaleUp', 72)).toBe(129_600);
    render(<DeviceValue id="h100-sxm" field="hostLink" />);
    expect(screen.getByRole('link', { name: '64 GB/s each way' })).toBeInTheDocument();
  });

  it('says when a link is missing: the L4 has no scale-up link', () => {
    expect(deviceValue(devices, 'l4', 'scaleUp')).toBeNull();
  });

  it('says when a figure is missing', () => {
    render(<DeviceValue id="nope" field="tdpW" />);
    expect(screen.getByText(/no sourced tdpW/)).toBeInTheDocument();
  });
});
