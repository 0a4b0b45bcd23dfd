// Filtering devices by words, kind and vendor, as the picker and the catalogue table do.
import { devices } from '@site/src/data/hardware';
import { filterDevices, filterFromQuery, kindsOf, vendorsOf } from '@site/src/lib/catalogue/filter';
import { testDevice } from './fixtures';

const any = { text: '', kind: '', vendor: '' };

describe('filterDevices', () => {
  it('keeps everything when no filter is set', () => {
    expect(filterDevices(devices, any)).toHaveLength(devices.length);
  });

  it('needs every typed word to appear, in any case, in name, id, vendor, memory or segment', () => {
    const ids = filterDevices(devices, { ...any, text: 'nvidia HBM3E' }).map((d) => d.id);
    expect(ids).toContain('h200');
    expect(ids).not.toContain('h100-sxm'); // HBM3, not HBM3e
    expect(ids.every((id) => devices.find((d) => d.id === id)?.vendor === 'NVIDIA')).toBe(true);
  });

  it('combines kind and vendor', () => {
    const list = [
      testDevice({ id: 'amd-cpu', kind: 'cpu', vendor: 'AMD' }),
      testDevice({ id: 'amd-gpu', kind: 'gpu', vendor: 'AMD' }),
      testDevice({ id: 'intel-cpu', kind: 'cpu', vendor: 'Intel' }),
    ];
    const found = filterDevices(list, { ...any, kind: 'cpu', vendor: 'AMD' }).map((d) => d.id);
    expect(found).toEqual(['amd-cpu']);
  });

  it('returns nothing for words no device has', () => {
    expect(filterDevices(devices, { ...any, text: 'no-such-chip' })).toEqual([]);
  });
});

describe('kindsOf and vendorsOf', () => {
  it('list each kind and vendor once, vendors sorted', () => {
    expect(new Set(kindsOf(devices))).toEqual(new Set(['gpu', 'tpu', 'accelerator', 'cpu']));
    const vendors = vendorsOf(devices);
    expect(vendors).toEqual([...new Set(vendors)].sort());
    expect(vendors).toContain('Google');
  });
});

describe('filterFromQuery', () => {
  it('reads kind, vendor and words from a link', () => {
    expect(filterFromQuery('?kind=gpu&vendor=AMD&q=+hbm3e+', devices)).toEqual({
      kind: 'gpu',
      vendor: 'AMD',
      text: 'hbm3e',
    });
  });

  it('drops a kind or vendor no device has, so a stale link shows everything', () => {
    expect(filterFromQuery('?kind=quantum&vendor=Acme', devices)).toEqual(any);
    expect(filterFromQuery('', devices)).toEqual(any);
    // Among CPUs only, "gpu" is not a kind there is.
    const cpus = devices.filter((d) => d.kind === 'cpu');
    expect(filterFromQuery('?kind=gpu', cpus).kind).toBe('');
  });

  it('keeps typed words short and never echoes markup into the filter', () => {
    const long = filterFromQuery(`?q=${'a'.repeat(500)}`, devices);
    expect(long.text).toHaveLength(100);
    expect(filterDevices(devices, filterFromQuery('?q=<img src=x>', devices))).toEqual([]);
  });
});
