// Which numeric formats each architecture multiplies natively, and what each catalogue device's low-precision peaks buy over BF16.
import type { ReactNode } from 'react';
import {
  ARCHITECTURES,
  DEVICE_ARCHITECTURE,
  KV_CACHE_FORMATS,
  MATRIX_FORMATS,
  type Architecture,
} from '../../data/formats';
import { devices as allDevices } from '../../data/hardware';
import { findModel, type ModelPreset } from '../../data/models';
import { WEIGHT_FORMATS } from '../../data/precisions';
import { kvBytesPerToken, weightGB } from '../../lib/model';
import type { Device, DeviceKind } from '../../data/types';
import { formatNumber } from '../../lib/format';
import { deviceRidge, speedupOverBf16 } from '../../lib/model';
import ScrollTable, { Missing, TableFigure } from '../ScrollTable';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

export type Props = {
  caption: string;
  /**
   * `architectures`: a native-format grid per family; `devices`: catalogue peaks and their ratio
   * to BF16; `weights`: bits per weight of each stored format and the size of `modelId` in it;
   * `kv`: KV-cache formats with the bytes per token of `modelId`.
   */
  view?: 'architectures' | 'devices' | 'weights' | 'kv';
  /** Model preset sized in the `weights` and `kv` views. */
  modelId?: string;
  /** Device kinds to list in the `devices` view (all when omitted). */
  kinds?: readonly DeviceKind[];
  /** Catalogue to read; tests pass their own. */
  devices?: readonly Device[];
  architectures?: readonly Architecture[];
};

function ArchitectureGrid({
  caption,
  architectures,
  devices,
}: {
  caption: string;
  architectures: readonly Architecture[];
  devices: readonly Device[];
}): ReactNode {
  return (
    <figure className={table.figure}>
      <ScrollTable label={caption}>
        <caption>
          {caption}. &ldquo;Native&rdquo; means the matrix unit takes the format as stored; anything
          else is converted first. Sources below the table.
        </caption>
        <thead>
          <tr>
            <th scope="col">Architecture</th>
            {MATRIX_FORMATS.map((f) => (
              <th scope="col" key={f.id}>
                {f.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {architectures.map((arch) => {
            const members = devices.filter((d) => DEVICE_ARCHITECTURE[d.id] === arch.id);
            return (
              <tr key={arch.id} data-architecture={arch.id}>
                <th scope="row" className={styles.device}>
                  {arch.name}
                  {members.length > 0 ? (
                    <span className={styles.meta}>
                      In the catalogue: {members.map((d) => d.name).join(', ')}
                    </span>
                  ) : null}
                </th>
                {MATRIX_FORMATS.map((f) =>
                  arch.native.includes(f.id) ? (
                    <td key={f.id} className={styles.yes}>
                      <span aria-hidden="true">✓</span>
                      <span className="visually-hidden">native</span>
                    </td>
                  ) : (
                    <td key={f.id} className={styles.no}>
                      <span aria-hidden="true">·</span>
                      <span className="visually-hidden">converted</span>
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      <details className={styles.notes}>
        <summary>Notes and sources for these {architectures.length} architectures</summary>
        <dl>
          {architectures.map((arch) => (
            <div key={arch.id}>
              <dt>{arch.name}</dt>
              <dd>
                <p>{arch.notes}</p>
                <ul>
                  {arch.sources.map((s) => (
                    <li key={s.id}>
                      <a href={s.url}>{s.title}</a> (read {s.accessed}
                      {s.secondary ? ', third-party' : ''})
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </figure>
  );
}

type PeakColumn = { label: string; unit: string; value: (d: Device) => number | null };

const PEAKS: readonly PeakColumn[] = [
  { label: 'FP8', unit: 'TFLOPS', value: (d) => d.fp8Tflops },
  { label: 'INT8', unit: 'TOPS', value: (d) => d.int8Tops },
  { label: 'FP4', unit: 'TFLOPS', value: (d) => d.fp4Tflops },
];

function DeviceTable({
  caption,
  devices,
}: {
  caption: string;
  devices: readonly Device[];
}): ReactNode {
  return (
    <TableFigure label={caption}>
      <caption>
        {caption}. Dense peaks from the catalogue; the ratio is the low-precision peak divided by
        the BF16 peak, and the ridge point is the BF16 peak divided by memory bandwidth.
      </caption>
      <thead>
        <tr>
          <th scope="col">Device</th>
          <th scope="col">BF16 (TFLOPS)</th>
          {PEAKS.map((p) => (
            <th scope="col" key={p.label}>
              {p.label} ({p.unit}, × BF16)
            </th>
          ))}
          <th scope="col">BF16 ridge (FLOP/byte)</th>
        </tr>
      </thead>
      <tbody>
        {devices.map((d) => {
          const ridge = deviceRidge(d, d.bf16Tflops);
          return (
            <tr key={d.id} data-device={d.id}>
              <th scope="row" className={styles.device}>
                {d.name}
              </th>
              <td className={table.number}>
                {d.bf16Tflops === null ? <Missing /> : formatNumber(d.bf16Tflops, 1)}
              </td>
              {PEAKS.map((p) => {
                const peak = p.value(d);
                const ratio = speedupOverBf16(d, peak);
                return (
                  <td key={p.label} className={table.number}>
                    {peak === null ? (
                      <Missing />
                    ) : (
                      <>
                        {formatNumber(peak, 1)}
                        {ratio === null ? null : ` (×${formatNumber(ratio, 2)})`}
                      </>
                    )}
                  </td>
                );
              })}
              <td className={table.number}>
                {ridge === null ? <Missing /> : formatNumber(ridge, 0)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableFigure>
  );
}

function WeightTable({ caption, model }: { caption: string; model: ModelPreset }): ReactNode {
  return (
    <TableFigure label={caption}>
      <caption>
        {caption}. Bits per weight include scales and zero points; sizes are for {model.name} (
        {formatNumber(model.totalParamsB)}B parameters), GB = 10<sup>9</sup> bytes.
      </caption>
      <thead>
        <tr>
          <th scope="col">Format</th>
          <th scope="col">Bits per weight</th>
          <th scope="col">{model.name} weights (GB)</th>
          <th scope="col">Where the figure comes from</th>
        </tr>
      </thead>
      <tbody>
        {WEIGHT_FORMATS.map((f) => (
          <tr key={f.id} data-format={f.id}>
            <th scope="row">{f.label}</th>
            <td className={table.number}>{formatNumber(f.bitsPerWeight, 4)}</td>
            <td className={table.number}>
              {formatNumber(weightGB(model.totalParamsB, f.bitsPerWeight), 1)}
            </td>
            <td className={styles.notes}>
              {f.derivation} <a href={f.source.url}>{f.source.title}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </TableFigure>
  );
}

function KvTable({ caption, model }: { caption: string; model: ModelPreset }): ReactNode {
  return (
    <TableFigure label={caption}>
      <caption>
        {caption}. Cache per token of context for {model.name}; quality notes summarise the cited
        measurements.
      </caption>
      <thead>
        <tr>
          <th scope="col">KV format</th>
          <th scope="col">Bytes per element</th>
          <th scope="col">Per token (KB)</th>
          <th scope="col">What the measurements say</th>
        </tr>
      </thead>
      <tbody>
        {KV_CACHE_FORMATS.map((k) => (
          <tr key={k.id} data-kv={k.id}>
            <th scope="row">{k.label}</th>
            <td className={table.number}>{formatNumber(k.bytesPerElement, 2)}</td>
            <td className={table.number}>
              {formatNumber(kvBytesPerToken(model, k.bytesPerElement) / 1e3, 1)}
            </td>
            <td className={styles.notes}>
              {k.quality}{' '}
              {k.sources.map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? '; ' : ''}
                  <a href={s.url}>{s.title}</a>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </TableFigure>
  );
}

export default function FormatSupportTable({
  caption,
  view = 'architectures',
  kinds,
  modelId = 'llama-3.1-70b',
  devices = allDevices,
  architectures = ARCHITECTURES,
}: Props): ReactNode {
  if (view === 'weights' || view === 'kv') {
    const model = findModel(modelId);
    if (!model) return <p role="alert">Unknown model preset &ldquo;{modelId}&rdquo;.</p>;
    return view === 'weights' ? (
      <WeightTable caption={caption} model={model} />
    ) : (
      <KvTable caption={caption} model={model} />
    );
  }
  if (view === 'devices') {
    // Devices with no published peak at all (many Apple and phone parts) would be a row of dashes.
    const rows = devices.filter(
      (d) =>
        (!kinds || kinds.includes(d.kind)) &&
        [d.bf16Tflops, d.fp8Tflops, d.int8Tops, d.fp4Tflops].some((p) => p !== null),
    );
    return <DeviceTable caption={caption} devices={rows} />;
  }
  return <ArchitectureGrid caption={caption} architectures={architectures} devices={devices} />;
}
