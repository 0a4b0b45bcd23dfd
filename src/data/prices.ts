// Sourced, dated cloud rental and purchase prices that chapters and the estimator read.
import type { Source } from './types';

export type PriceKind = 'on-demand' | 'spot' | 'reserved-1y' | 'reserved-3y' | 'purchase';

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
  notes: string;
}

/** Every price changes over time and differs by region; each note repeats this for readers. */
const VOLATILE =
  'Cloud prices change often and vary by region, operating system and contract; check the provider before relying on this figure.';

function fmt(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

interface RentInput {
  id: string;
  deviceId: string;
  offer: string;
  kind: Exclude<PriceKind, 'purchase'>;
  offerUsdPerHour: number;
  devicesInOffer: number;
  observed: string;
  source: Source;
  notes: string;
}

/** Builds a rental price; the per-device figure is derived here so it is never typed twice. */
function rent(input: RentInput): PricePoint {
  const perDevice = input.offerUsdPerHour / input.devicesInOffer;
  const arithmetic =
    input.devicesInOffer === 1
      ? `Offer price $${fmt(input.offerUsdPerHour)} per hour for 1 device.`
      : `Offer price $${fmt(input.offerUsdPerHour)} per hour ÷ ${input.devicesInOffer} devices = $${fmt(perDevice)} per device-hour.`;
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
    notes: `${arithmetic} ${input.notes} ${VOLATILE}`,
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
    notes: `System price $${fmt(input.offerUsd)} ÷ ${input.devicesInOffer} devices = $${fmt(perDevice)} per device. ${input.notes}`,
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
    notes:
      'Transcribed from the AWS price list by a third party; the vendor page is https://aws.amazon.com/ec2/pricing/on-demand/. The instance listed at $98.32 per hour before AWS cut P5 prices in 2025.',
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
    notes:
      'Third-party transcription of the Azure retail price list; the vendor page is https://azure.microsoft.com/pricing/details/virtual-machines/linux/. Includes 400 Gb/s InfiniBand per GPU.',
  }),
  rent({
    id: 'gcp-a3-highgpu-1g-on-demand',
    deviceId: 'h100-sxm',
    offer:
      'Google Cloud a3-highgpu-1g (1 × H100 80 GB, 26 vCPU, 234 GiB), on-demand list price, us-central1',
    kind: 'on-demand',
    offerUsdPerHour: 10.9791,
    devicesInOffer: 1,
    observed: '2026-09-26',
    source: silybenchGpuPrices,
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
    notes:
      'The catalog row does not state the chip count; 16 Trainium2 chips per trn2.48xlarge is from the AWS Neuron documentation (https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn2-arch.html). Listed only in us-east-2 in this catalog.',
  }),
  purchase({
    id: 'dgx-h100-purchase-estimate',
    deviceId: 'h100-sxm',
    offer: 'NVIDIA DGX H100 server (8 × H100 SXM), reported sale-price estimate',
    offerUsd: 270000,
    devicesInOffer: 8,
    observed: '2023-05-01',
    source: epochDgxCost,
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
