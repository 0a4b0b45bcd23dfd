// A wrong id in MDX fails the build, naming the id, the component, the page and the line.
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import remarkCheckIds, { idKind } from '../../src/plugins/remark-check-ids';

async function build(source: string): Promise<void> {
  await compile({ value: source, path: 'docs/example.mdx' }, { remarkPlugins: [remarkCheckIds] });
}

describe('remark-check-ids', () => {
  it('passes known devices, aliases, models, prices, formats and fields', async () => {
    await expect(
      build(
        [
          '<Price id="aws-p5-48xlarge-on-demand" />',
          '<DeviceValue id="apple-m4-max" field="memoryGB" />',
          "<HardwareTable ids={['h100-sxm', 'mi300x']} caption=\"x\" />",
          '<CompareWidget initialDevices={[\'tpu-v6e\']} initialModel="llama-3.1-8b" initialWeights="fp4" />',
        ].join('\n\n'),
      ),
    ).resolves.toBeUndefined();
  });

  it.each([
    [
      '<Price id="nope-price" />',
      /unknown price id "nope-price" in <Price id> at docs\/example\.mdx:1/,
    ],
    ['<DeviceValue id="h999" field="tdpW" />', /unknown device id "h999" in <DeviceValue id>/],
    [
      '<DeviceValue id="h100-sxm" field="speed" />',
      /unknown field id "speed" in <DeviceValue field>/,
    ],
    ["<HardwareTable ids={['h100-sxm', 'bogus']} caption=\"x\" />", /unknown device id "bogus"/],
    [
      '<CompareWidget initialModel="llama-9" />',
      /unknown model id "llama-9" in <CompareWidget initialModel>/,
    ],
    ['<CompareWidget initialWeights="fp3" />', /unknown weights id "fp3"/],
    [
      "<FitBoundTable groups={[{ deviceId: 'h100-sxm', n: 2 }, { deviceId: 'gpu-x', n: 1 }]} />",
      /unknown device id "gpu-x" in <FitBoundTable deviceId>/,
    ],
    ["<ColdStartTable tierIds={['nvme', 'tape']} />", /unknown tier id/],
  ])('rejects %s', async (source, message) => {
    await expect(build(source)).rejects.toThrow(message);
  });

  it('reads ids by component: Price ids are prices, HardwareTable ids are devices', () => {
    expect(idKind('Price', 'id')).toBe('price');
    expect(idKind('PriceTable', 'ids')).toBe('price');
    expect(idKind('TierValue', 'id')).toBe('tier');
    expect(idKind('HardwareTable', 'ids')).toBe('device');
    expect(idKind('HardwareTable', 'caption')).toBeNull();
  });
});
