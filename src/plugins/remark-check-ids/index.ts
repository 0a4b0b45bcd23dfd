// Remark plugin: an id in MDX that names no device, model, price, format or tier fails the build.
import { devices, findDevice } from '../../data/hardware';
import { modelPresets } from '../../data/models';
import { KV_PRECISIONS, WEIGHT_PRECISIONS, WEIGHT_PRECISION_ALIASES } from '../../data/precisions';
import { prices } from '../../data/prices';
import { STORAGE_TIERS } from '../../data/storage-tiers';

type Estree = { type: string; [key: string]: unknown };
type Attribute = {
  type: string;
  name?: string;
  value?: string | { type: string; value?: string; data?: { estree?: Estree } } | null;
};
type Node = {
  type: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
};
type VFileLike = { path?: string; history?: string[] };

export type IdKind = 'device' | 'model' | 'price' | 'weights' | 'kv' | 'tier' | 'field';

interface Checker {
  known: (id: string) => boolean;
  list: () => string[];
}

const DEVICE_FIELDS = new Set(Object.keys(devices[0] ?? {}));

const CHECKERS: Readonly<Record<IdKind, Checker>> = {
  device: { known: (id) => findDevice(id) !== undefined, list: () => devices.map((d) => d.id) },
  model: {
    known: (id) => modelPresets.some((m) => m.id === id),
    list: () => modelPresets.map((m) => m.id),
  },
  price: { known: (id) => prices.some((p) => p.id === id), list: () => prices.map((p) => p.id) },
  weights: {
    known: (id) => WEIGHT_PRECISIONS.some((p) => p === id) || WEIGHT_PRECISION_ALIASES.has(id),
    list: () => [...WEIGHT_PRECISIONS],
  },
  kv: { known: (id) => KV_PRECISIONS.some((p) => p === id), list: () => [...KV_PRECISIONS] },
  tier: {
    known: (id) => STORAGE_TIERS.some((t) => t.id === id),
    list: () => STORAGE_TIERS.map((t) => t.id),
  },
  field: { known: (id) => DEVICE_FIELDS.has(id), list: () => [...DEVICE_FIELDS] },
};

/** Which kind of id an attribute (or a key inside an attribute's object) holds, per component. */
export function idKind(component: string, name: string): IdKind | null {
  if (['deviceId', 'deviceIds', 'initialDevices'].includes(name)) return 'device';
  if (['modelId', 'modelIds', 'initialModel'].includes(name)) return 'model';
  if (['initialWeights', 'weightPrecision', 'weights'].includes(name)) return 'weights';
  if (name === 'precision' && component === 'ColdStartTable') return 'weights';
  if (['kv', 'kvPrecision'].includes(name)) return 'kv';
  if (name === 'tierIds') return 'tier';
  if (name === 'id' || name === 'ids') {
    if (component === 'Price' || component === 'PriceTable') return 'price';
    if (component === 'TierValue') return 'tier';
    return 'device';
  }
  if (name === 'field' && component === 'DeviceValue') return 'field';
  return null;
}

/** String literals in an attribute's expression, each with the property key it sits under. */
function literals(node: unknown, key: string, out: { key: string; value: string }[]): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Estree;
  if (n.type === 'Literal' && typeof n.value === 'string') {
    out.push({ key, value: n.value });
    return;
  }
  if (n.type === 'Property') {
    const k = n.key as Estree | undefined;
    const name =
      k && (typeof k.name === 'string' ? k.name : typeof k.value === 'string' ? k.value : key);
    literals(n.value, typeof name === 'string' ? name : key, out);
    return;
  }
  for (const [field, child] of Object.entries(n)) {
    if (field === 'loc' || field === 'range' || field === 'start' || field === 'end') continue;
    if (Array.isArray(child)) child.forEach((c) => literals(c, key, out));
    else if (child && typeof child === 'object') literals(child, key, out);
  }
}

export interface UnknownId {
  kind: IdKind;
  id: string;
  component: string;
  attribute: string;
  line: number | null;
}

/** Every id in the tree's JSX elements that names nothing. */
export function findUnknownIds(tree: Node): UnknownId[] {
  const found: UnknownId[] = [];
  const walk = (node: Node): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const component = node.name;
      for (const attr of node.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
        const values: { key: string; value: string }[] = [];
        if (typeof attr.value === 'string') values.push({ key: attr.name, value: attr.value });
        else if (attr.value?.data?.estree) literals(attr.value.data.estree, attr.name, values);
        for (const { key, value } of values) {
          const kind = idKind(component, key);
          if (kind && !CHECKERS[kind].known(value)) {
            found.push({
              kind,
              id: value,
              component,
              attribute: key,
              line: node.position?.start.line ?? null,
            });
          }
        }
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

export default function remarkCheckIds() {
  return (tree: Node, file: VFileLike): void => {
    const unknown = findUnknownIds(tree);
    if (unknown.length === 0) return;
    const page = file.path ?? file.history?.[0] ?? 'an MDX page';
    const lines = unknown.map(
      (u) =>
        `- unknown ${u.kind} id "${u.id}" in <${u.component} ${u.attribute}> at ${page}` +
        `${u.line === null ? '' : `:${u.line}`}; known: ${CHECKERS[u.kind].list().slice(0, 60).join(', ')}`,
    );
    throw new Error(`MDX references data that does not exist:\n${lines.join('\n')}`);
  };
}
