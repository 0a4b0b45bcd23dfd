// Sourced, dated cloud rental and purchase prices that chapters and the estimator read.
import type { Source } from './types';

/**
 * 'list' is a published rate for a shape that cannot be rented at it on demand (for example a
 * Google Cloud A3 shape sold only as Spot or Flex-start): useful for comparison, not a quote.
 */
export type PriceKind = 'on-demand' | 'list' | 'spot' | 'reserved-1y' | 'reserved-3y' | 'purchase';

/** Whether the price was read on the vendor's own page or in a third party's copy of it. */
export type PriceSourceKind = 'vendor' | 'third-party';

export interface PricePoint {
  id: string; // kebab-case
  deviceId: string; // a catalogue id, e.g. 'h100-sxm'
  offer: string; // e.g. 'AWS p5.48xlarge (8 × H100 SXM), on-demand, us-east-1'
  kind: PriceKind;
  usdPerDeviceHour: number | null; // rent: offer price per hour ÷ devices in it
  usdPerDevice: number | null; // purchase: price per device (server price ÷ devices), if sourced
  devicesInOffer: number;
  /** The price of the whole offer as the source states it: USD per hour (rent) or USD (purchase). */
  offerUsd: number;
  observed: string; // ISO date the price was read or the source is dated
  source: Source;
  sourceKind: PriceSourceKind;
  /** The vendor's own pricing page, where a reader can check a third-party figure; null if none. */
  vendorPage: string | null;
  /** A short warning shown wherever the price is shown (stale, unverified, not sold as labelled). */
  caveat: string | null;
  notes: string;
}

/** Every price changes over time and differs by region; each note repeats this for readers. */
const VOLATILE =
  'Cloud prices change often and vary by region, operating system and contract; check the provider before relying on this figure.';

interface RentInput {
  id: string;
  deviceId: string;
  offer: string;
  kind: Exclude<PriceKind, 'purchase'>;
  offerUsdPerHour: number;
  devicesInOffer: number;
  observed: string;
  source: Source;
  sourceKind: PriceSourceKind;
  vendorPage: string | null;
  caveat?: string;
  notes: string;
}

/** Builds a rental price; the per-device figure is derived here so it is never typed twice. */
function rent(input: RentInput): PricePoint {
  const perDevice = input.offerUsdPerHour / input.devicesInOffer;
  return {
    id: input.id,
    deviceId: input.deviceId,
    offer: input.offer,
    kind: input.kind,
    usdPerDeviceHour: perDevice,
    usdPerDevice: null,
    devicesInOffer: input.devicesInOffer,
    offerUsd: input.offerUsdPerHour,
    observed: input.observed,
    source: input.source,
    sourceKind: input.sourceKind,
    vendorPage: input.vendorPage,
    caveat: input.caveat ?? null,
    notes: `${input.notes} ${VOLATILE}`,
  };
}

interface PurchaseInput {
  id: string;
  deviceId: string;
  offer: string;
  offerUsd: number;
  devicesInOffer: number;
  observed: string;
  source: Source;
  sourceKind: PriceSourceKind;
  vendorPage: string | null;
  caveat?: string;
  notes: string;
}

/** Builds a purchase price; per-device cost is the whole system's price ÷ its devices. */
function purchase(input: PurchaseInput): PricePoint {
  const perDevice = input.offerUsd / input.devicesInOffer;
  return {
    id: input.id,
    deviceId: input.deviceId,
    offer: input.offer,
    kind: 'purchase',
    usdPerDeviceHour: null,
    usdPerDevice: perDevice,
    devicesInOffer: input.devicesInOffer,
    offerUsd: input.offerUsd,
    observed: input.observed,
    source: input.source,
    sourceKind: input.sourceKind,
    vendorPage: input.vendorPage,
    caveat: input.caveat ?? null,
    notes: input.notes,
  };
}

// Sources. Where the vendor's own page was not available to read, the source is a dated
// third-party transcription of the vendor's price list, and the notes say so.
const dataReceiptsHyperscalers: Source = {
  id: 'datareceipts-hyperscalers-2026-11',
  title:
    'Data Receipts 109: hyperscaler GPU on-demand prices (AWS and Azure price lists, retrieved 2026-11-09)',
  url: 'https://raw.githubusercontent.com/datareceipts/data-receipts/main/109-gpu-pricing/hyperscalers.json',
  accessed: '2026-11-29',
};

const dataReceiptsReadme: Source = {
  id: 'datareceipts-readme-2026-11',
  title: 'Data Receipts 109: what an H100 actually costs per hour',
  url: 'https://raw.githubusercontent.com/datareceipts/data-receipts/main/109-gpu-pricing/README.md',
  accessed: '2026-11-29',
};

const silybenchGpuPrices: Source = {
  id: 'silybench-gpu-prices-2026-09',
  title: 'silybench-data: GPU prices (GCP from the Cloud Billing catalog, checked 2026-09-26)',
  url: 'https://raw.githubusercontent.com/tgarg01/silybench-data/main/derived/csv/gpu_prices.csv',
  accessed: '2026-11-29',
};

const dstackP5en: Source = {
  id: 'dstack-pr-4110',
  title: 'dstack PR #4110: Add AWS p5en.48xlarge (offer listing with on-demand and spot prices)',
  url: 'https://github.com/dstackai/dstack/pull/4110',
  accessed: '2026-11-29',
};

const trilliumGa: Source = {
  id: 'trillium-ga-pricing',
  title:
    'Neowin: Google makes Trillium TPUs generally available (reports Google Cloud launch pricing)',
  url: 'https://neowin.net/amp/google-takes-on-nvidia-blackwell-gpus-with-the-new-trillium-tpus',
  accessed: '2026-11-29',
};

const lambdaPricing: Source = {
  id: 'lambda-instances-2026-09',
  title:
    'API Evangelist transcription of Lambda instance pricing (lambda.ai/instances, read 2026-09-20)',
  url: 'https://raw.githubusercontent.com/api-evangelist/lambda-labs/refs/heads/main/plans/lambda-labs-plans-pricing.yml',
  accessed: '2026-11-29',
};

const skypilotAws: Source = {
  id: 'skypilot-catalog-aws-vms',
  title:
    'SkyPilot catalog v7: AWS instance prices (generated from the AWS price list and spot price history)',
  url: 'https://github.com/skypilot-org/skypilot-catalog/blob/master/catalogs/v7/aws/vms.csv',
  accessed: '2026-11-29',
};

const coreweavePricing: Source = {
  id: 'coreweave-pricing-2026-09',
  title:
    'API Evangelist transcription of CoreWeave instance pricing (coreweave.com/pricing, read 2026-09-20)',
  url: 'https://raw.githubusercontent.com/api-evangelist/coreweave/refs/heads/main/plans/coreweave-plans-pricing.yml',
  accessed: '2026-12-01',
};

const epochDgxCost: Source = {
  id: 'epoch-training-cost-trends',
  title: 'Epoch AI, training-cost-trends: production and sale cost of a DGX H100 server',
  url: 'https://github.com/epoch-research/training-cost-trends',
  accessed: '2026-11-29',
};

export const prices: readonly PricePoint[] = [
  rent({
    id: 'aws-p5-48xlarge-on-demand',
    deviceId: 'h100-sxm',
    offer: 'AWS p5.48xlarge (8 × H100 SXM 80 GB), on-demand, Linux, us-east-1',
    kind: 'on-demand',
    offerUsdPerHour: 55.04,
    devicesInOffer: 8,
    observed: '2026-11-09',
    source: dataReceiptsHyperscalers,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    notes:
      'Transcribed from the AWS price list by a third party; the vendor page is https://aws.amazon.com/ec2/pricing/on-demand/.',
  }),
  rent({
    id: 'azure-nd96isr-h100-v5-on-demand',
    deviceId: 'h100-sxm',
    offer: 'Azure ND96isr H100 v5 (8 × H100 SXM 80 GB), pay-as-you-go, Linux, East US',
    kind: 'on-demand',
    offerUsdPerHour: 98.32,
    devicesInOffer: 8,
    observed: '2026-11-09',
    source: dataReceiptsReadme,
    sourceKind: 'third-party',
    vendorPage: 'https://azure.microsoft.com/pricing/details/virtual-machines/linux/',
    notes:
      'Third-party transcription of the Azure retail price list; the vendor page is https://azure.microsoft.com/pricing/details/virtual-machines/linux/. Includes 400 Gb/s InfiniBand per GPU.',
  }),
  rent({
    id: 'gcp-a3-highgpu-1g-list',
    deviceId: 'h100-sxm',
    offer:
      'Google Cloud a3-highgpu-1g (1 × H100 80 GB, 26 vCPU, 234 GiB), list price of its parts, us-central1',
    kind: 'list',
    offerUsdPerHour: 10.9791,
    devicesInOffer: 1,
    observed: '2026-09-26',
    source: silybenchGpuPrices,
    sourceKind: 'third-party',
    vendorPage: 'https://cloud.google.com/compute/gpus-pricing',
    caveat:
      'Not rentable at this price on demand: the 1-GPU A3 shape is sold only as Spot or Flex-start.',
    notes:
      'Sum of GPU, vCPU and memory SKUs from the Cloud Billing catalog, boot disk excluded. The 1-, 2- and 4-GPU A3 shapes are sold as Spot or Flex-start; a3-highgpu-8g is the same per-GPU bundle × 8. Vendor page: https://cloud.google.com/compute/gpus-pricing.',
  }),
  rent({
    id: 'gcp-a3-highgpu-1g-spot',
    deviceId: 'h100-sxm',
    offer: 'Google Cloud a3-highgpu-1g (1 × H100 80 GB), Spot, us-central1',
    kind: 'spot',
    offerUsdPerHour: 6.571,
    devicesInOffer: 1,
    observed: '2026-09-26',
    source: silybenchGpuPrices,
    sourceKind: 'third-party',
    vendorPage: 'https://cloud.google.com/compute/gpus-pricing',
    notes:
      'Spot VMs can be preempted at any time; GPU SKU $5.8632 plus vCPU and memory. Spot prices move with supply.',
  }),
  rent({
    id: 'aws-p5en-48xlarge-on-demand',
    deviceId: 'h200',
    offer: 'AWS p5en.48xlarge (8 × H200 141 GB), on-demand, us-east-1',
    kind: 'on-demand',
    offerUsdPerHour: 63.296,
    devicesInOffer: 8,
    observed: '2026-08-06',
    source: dstackP5en,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    notes: 'Read from a dstack offer listing (AWS API) pasted in the pull request.',
  }),
  rent({
    id: 'aws-p5en-48xlarge-spot',
    deviceId: 'h200',
    offer: 'AWS p5en.48xlarge (8 × H200 141 GB), Spot, us-east-1',
    kind: 'spot',
    offerUsdPerHour: 27.1988,
    devicesInOffer: 8,
    observed: '2026-08-06',
    source: dstackP5en,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/spot/pricing/',
    notes:
      'Spot capacity can be reclaimed with two minutes notice; the same listing shows $26.57 in us-east-2 and $39.82 in eu-north-1.',
  }),
  rent({
    id: 'gcp-tpu-v6e-on-demand',
    deviceId: 'tpu-v6e',
    offer: 'Google Cloud TPU v6e (Trillium), on-demand, per chip-hour, launch price',
    kind: 'on-demand',
    offerUsdPerHour: 2.7,
    devicesInOffer: 1,
    observed: '2024-12-12',
    source: trilliumGa,
    sourceKind: 'third-party',
    vendorPage: 'https://cloud.google.com/tpu/pricing',
    caveat:
      'Launch price from December 2024, not re-read since; compare it only with prices of that date.',
    notes:
      'Google quoted "starting at" prices at general availability; the vendor page is https://cloud.google.com/tpu/pricing.',
  }),
  rent({
    id: 'gcp-tpu-v6e-reserved-1y',
    deviceId: 'tpu-v6e',
    offer: 'Google Cloud TPU v6e (Trillium), 1-year commitment, per chip-hour, launch price',
    kind: 'reserved-1y',
    offerUsdPerHour: 1.89,
    devicesInOffer: 1,
    observed: '2024-12-12',
    source: trilliumGa,
    sourceKind: 'third-party',
    vendorPage: 'https://cloud.google.com/tpu/pricing',
    caveat:
      'Launch price from December 2024, not re-read since; compare it only with prices of that date.',
    notes: 'Committed-use price: paid for every hour of the term whether used or not.',
  }),
  rent({
    id: 'gcp-tpu-v6e-reserved-3y',
    deviceId: 'tpu-v6e',
    offer: 'Google Cloud TPU v6e (Trillium), 3-year commitment, per chip-hour, launch price',
    kind: 'reserved-3y',
    offerUsdPerHour: 1.22,
    devicesInOffer: 1,
    observed: '2024-12-12',
    source: trilliumGa,
    sourceKind: 'third-party',
    vendorPage: 'https://cloud.google.com/tpu/pricing',
    caveat:
      'Launch price from December 2024, not re-read since; compare it only with prices of that date.',
    notes: 'Committed-use price: paid for every hour of the term whether used or not.',
  }),
  rent({
    id: 'lambda-8x-h100-sxm-on-demand',
    deviceId: 'h100-sxm',
    offer: 'Lambda 8 × H100 SXM 80 GB instance, on-demand',
    kind: 'on-demand',
    offerUsdPerHour: 31.92,
    devicesInOffer: 8,
    observed: '2026-09-20',
    source: lambdaPricing,
    sourceKind: 'third-party',
    vendorPage: 'https://lambda.ai/instances',
    notes:
      'Lambda lists $3.99 per GPU-hour for this shape (× 8 = $31.92 per hour), billed by the minute, no egress fees. Vendor page: https://lambda.ai/instances.',
  }),
  rent({
    id: 'lambda-8x-b200-on-demand',
    deviceId: 'b200',
    offer: 'Lambda 8 × B200 SXM 180 GB instance, on-demand',
    kind: 'on-demand',
    offerUsdPerHour: 53.52,
    devicesInOffer: 8,
    observed: '2026-09-20',
    source: lambdaPricing,
    sourceKind: 'third-party',
    vendorPage: 'https://lambda.ai/instances',
    notes:
      'Lambda lists $6.69 per GPU-hour for this shape (× 8 = $53.52 per hour). Vendor page: https://lambda.ai/instances.',
  }),
  rent({
    id: 'aws-g6-2xlarge-on-demand',
    deviceId: 'l4',
    offer: 'AWS g6.2xlarge (1 × L4 24 GB, 8 vCPU, 32 GiB), on-demand, Linux, us-east-1',
    kind: 'on-demand',
    offerUsdPerHour: 0.9776,
    devicesInOffer: 1,
    observed: '2026-11-29',
    source: skypilotAws,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    notes:
      'Third-party catalog generated from the AWS price list; vendor page https://aws.amazon.com/ec2/instance-types/g6/.',
  }),
  rent({
    id: 'aws-g6-2xlarge-spot',
    deviceId: 'l4',
    offer: 'AWS g6.2xlarge (1 × L4 24 GB), Spot, us-east-1 (use1-az1)',
    kind: 'spot',
    offerUsdPerHour: 0.4265,
    devicesInOffer: 1,
    observed: '2026-11-29',
    source: skypilotAws,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/spot/pricing/',
    notes:
      'Spot prices differ by availability zone: the same catalog lists $0.3689 to $0.4520 across us-east-1 zones. Capacity can be reclaimed with two minutes notice.',
  }),
  rent({
    id: 'aws-g6-48xlarge-on-demand',
    deviceId: 'l4',
    offer: 'AWS g6.48xlarge (8 × L4 24 GB, 192 vCPU, 768 GiB), on-demand, Linux, us-east-1',
    kind: 'on-demand',
    offerUsdPerHour: 13.3504,
    devicesInOffer: 8,
    observed: '2026-11-29',
    source: skypilotAws,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    notes:
      'The per-GPU price of a large shape can exceed a small one because it bundles more vCPU and host memory.',
  }),
  rent({
    id: 'aws-g6e-xlarge-on-demand',
    deviceId: 'l40s',
    offer: 'AWS g6e.xlarge (1 × L40S 48 GB, 4 vCPU, 32 GiB), on-demand, Linux, us-east-1',
    kind: 'on-demand',
    offerUsdPerHour: 1.861,
    devicesInOffer: 1,
    observed: '2026-11-29',
    source: skypilotAws,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    notes:
      'Third-party catalog generated from the AWS price list; vendor page https://aws.amazon.com/ec2/instance-types/g6e/.',
  }),
  rent({
    id: 'aws-inf2-xlarge-on-demand',
    deviceId: 'inferentia2',
    offer: 'AWS inf2.xlarge (1 × Inferentia2, 32 GB), on-demand, Linux, us-east-1',
    kind: 'on-demand',
    offerUsdPerHour: 0.7582,
    devicesInOffer: 1,
    observed: '2026-11-29',
    source: skypilotAws,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    notes: 'Vendor page https://aws.amazon.com/ec2/instance-types/inf2/.',
  }),
  rent({
    id: 'aws-inf2-48xlarge-on-demand',
    deviceId: 'inferentia2',
    offer: 'AWS inf2.48xlarge (12 × Inferentia2), on-demand, Linux, us-east-1',
    kind: 'on-demand',
    offerUsdPerHour: 12.98127,
    devicesInOffer: 12,
    observed: '2026-11-29',
    source: skypilotAws,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    notes:
      'Chips are linked by NeuronLink-v2 for tensor parallelism. Vendor page https://aws.amazon.com/ec2/instance-types/inf2/.',
  }),
  rent({
    id: 'aws-inf2-48xlarge-spot',
    deviceId: 'inferentia2',
    offer: 'AWS inf2.48xlarge (12 × Inferentia2), Spot, us-east-1 (use1-az4)',
    kind: 'spot',
    offerUsdPerHour: 1.6773,
    devicesInOffer: 12,
    observed: '2026-11-29',
    source: skypilotAws,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/spot/pricing/',
    notes: 'The same catalog lists $1.6773 to $1.974 across us-east-1 zones.',
  }),
  rent({
    id: 'aws-trn2-48xlarge-on-demand',
    deviceId: 'trainium2',
    offer: 'AWS trn2.48xlarge (16 × Trainium2), on-demand, Linux, us-east-2',
    kind: 'on-demand',
    offerUsdPerHour: 85.964,
    devicesInOffer: 16,
    observed: '2026-11-29',
    source: skypilotAws,
    sourceKind: 'third-party',
    vendorPage: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    caveat:
      'Unverified: read only in a third-party catalog row, not confirmed on the AWS price list; treat as approximate.',
    notes:
      'The catalog row does not state the chip count; 16 Trainium2 chips per trn2.48xlarge is from the AWS Neuron documentation (https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn2-arch.html). Listed only in us-east-2 in this catalog.',
  }),
  rent({
    id: 'coreweave-hgx-h100-on-demand',
    deviceId: 'h100-sxm',
    offer: 'CoreWeave NVIDIA HGX H100 instance (8 × H100 80 GB), on-demand, North America',
    kind: 'on-demand',
    offerUsdPerHour: 49.24,
    devicesInOffer: 8,
    observed: '2026-09-20',
    source: coreweavePricing,
    sourceKind: 'third-party',
    vendorPage: 'https://www.coreweave.com/pricing',
    notes:
      'CoreWeave quotes one hourly price per instance; the transcription lists a Spot price of $19.71 per hour for the same instance in North America. Vendor page: https://www.coreweave.com/pricing.',
  }),
  rent({
    id: 'coreweave-hgx-b200-on-demand',
    deviceId: 'b200',
    offer: 'CoreWeave NVIDIA HGX B200 instance (8 × B200 180 GB, 128 vCPU, 2,048 GB), on-demand',
    kind: 'on-demand',
    offerUsdPerHour: 68.8,
    devicesInOffer: 8,
    observed: '2026-09-20',
    source: coreweavePricing,
    sourceKind: 'third-party',
    vendorPage: 'https://www.coreweave.com/pricing',
    notes:
      'Per-instance price as CoreWeave lists it; the transcription gives $34.11 per hour as the North American Spot price. Vendor page: https://www.coreweave.com/pricing.',
  }),
  purchase({
    id: 'dgx-h100-purchase-estimate',
    deviceId: 'h100-sxm',
    offer: 'NVIDIA DGX H100 server (8 × H100 SXM), reported sale-price estimate',
    offerUsd: 270000,
    devicesInOffer: 8,
    observed: '2023-05-01',
    source: epochDgxCost,
    sourceKind: 'third-party',
    vendorPage: null,
    caveat: 'Analyst estimate from May 2023, not a quote; no later purchase price was found.',
    notes:
      'An analyst estimate (SemiAnalysis, May 2023, as cited by Epoch AI), not an NVIDIA list price: real quotes vary with discounts, support contracts and networking. Excludes racks, power, cooling and facility costs.',
  }),
];

/** Looks a price up by id. */
export function findPrice(id: string): PricePoint | undefined {
  return prices.find((p) => p.id === id);
}

/** All prices for one catalogue device, cheapest first (rentals before purchases). */
export function pricesForDevice(deviceId: string): PricePoint[] {
  return prices
    .filter((p) => p.deviceId === deviceId)
    .sort((a, b) => (a.usdPerDeviceHour ?? Infinity) - (b.usdPerDeviceHour ?? Infinity));
}
