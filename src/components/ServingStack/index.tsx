// Diagram of an LLM serving stack, from the client down to the accelerators, as an ordered list.
import { useId } from 'react';
import type { ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export type LayerId = 'client' | 'gateway' | 'router' | 'engine' | 'storage' | 'accelerator';

/** One layer of the stack: what it does and which software fills it. */
export interface StackLayer {
  id: LayerId;
  name: string;
  role: string;
  examples: string;
}

/** Descriptive text only (no figures), so it lives beside the component that draws it. */
export const STACK_LAYERS: readonly StackLayer[] = [
  {
    id: 'client',
    name: 'Clients',
    role: 'Applications and agents send prompts over HTTPS, usually to an OpenAI-compatible API, and read tokens back as a stream.',
    examples: 'Chat front ends, RAG pipelines, coding assistants, batch jobs',
  },
  {
    id: 'gateway',
    name: 'API gateway and load balancer',
    role: 'Terminates TLS, authenticates callers, enforces rate limits and token quotas, and picks a model pool by the model name in the request.',
    examples: 'Cloud load balancers, Envoy AI Gateway, NGINX, Kong',
  },
  {
    id: 'router',
    name: 'Inference router',
    role: 'Chooses one engine replica per request from its queue depth, KV-cache load and how much of the prompt prefix it already holds in cache.',
    examples:
      'vLLM production-stack router, SGLang router, NVIDIA Dynamo KV router, llm-d / Gateway API Inference Extension',
  },
  {
    id: 'engine',
    name: 'Inference engine replicas',
    role: 'Batch requests continuously, page the KV cache, reuse cached prefixes, split long prompts into chunks and, optionally, decode speculatively.',
    examples: 'vLLM, SGLang, TensorRT-LLM, llama.cpp server',
  },
  {
    id: 'storage',
    name: 'Model storage',
    role: 'Holds the weights that each new replica must read before it can serve: object store, shared file system, local NVMe or host RAM.',
    examples: 'S3-compatible buckets, NFS or Lustre, node-local NVMe caches',
  },
  {
    id: 'accelerator',
    name: 'Accelerators',
    role: 'Keep the weights and the KV cache in device memory and run the matrix maths; chips in one replica talk over NVLink or another scale-up link.',
    examples: 'NVIDIA and AMD GPUs, Google TPUs, AWS Trainium and Inferentia, Intel Gaudi',
  },
];

export type Props = {
  /** Draw the engine layer as separate prefill and decode pools joined by a KV-cache transfer. */
  disaggregated?: boolean;
  /** Emphasise one layer (for a page that discusses it). */
  highlight?: LayerId;
  /** Visible caption; also the diagram's accessible name. */
  caption?: string;
};

const DEFAULT_CAPTION = 'An LLM serving stack, from the client to the accelerators';

function EngineDetail({ disaggregated }: { disaggregated: boolean }): ReactNode {
  if (!disaggregated) {
    return (
      <div className={styles.pools} aria-hidden="true">
        <span className={styles.pool}>replica 1</span>
        <span className={styles.pool}>replica 2</span>
        <span className={styles.pool}>replica N</span>
      </div>
    );
  }
  return (
    <div className={styles.pools} aria-hidden="true">
      <span className={styles.pool}>prefill pool</span>
      <span className={styles.transfer}>KV cache →</span>
      <span className={styles.pool}>decode pool</span>
    </div>
  );
}

export default function ServingStack({
  disaggregated = false,
  highlight,
  caption = DEFAULT_CAPTION,
}: Props): ReactNode {
  const captionId = useId();
  const descriptionId = useId();
  const engineNote = disaggregated
    ? 'The engine layer is split: a prefill pool processes prompts and hands the KV cache to a decode pool that generates tokens.'
    : 'The engine layer is a set of identical replicas, each doing both prefill and decode.';
  return (
    <figure
      className={styles.figure}
      aria-labelledby={captionId}
      aria-describedby={descriptionId}
      data-component="serving-stack"
    >
      <ol className={styles.stack}>
        {STACK_LAYERS.map((layer, index) => (
          <li
            key={layer.id}
            className={clsx(styles.layer, highlight === layer.id && styles.highlight)}
            data-layer={layer.id}
            aria-current={highlight === layer.id ? 'true' : undefined}
          >
            <div className={styles.header}>
              <span className={styles.step} aria-hidden="true">
                {index + 1}
              </span>
              <strong className={styles.name}>{layer.name}</strong>
            </div>
            <p className={styles.role}>{layer.role}</p>
            {layer.id === 'engine' && <EngineDetail disaggregated={disaggregated} />}
            <p className={styles.examples}>
              <span className={styles.label}>Examples: </span>
              {layer.examples}
            </p>
            {index < STACK_LAYERS.length - 1 && (
              <span className={styles.arrow} aria-hidden="true">
                ↓
              </span>
            )}
          </li>
        ))}
      </ol>
      <p id={descriptionId} className="visually-hidden">
        A request passes down six layers in order: clients, API gateway and load balancer, inference
        router, inference engine replicas, model storage and accelerators. {engineNote} Tokens
        stream back up the same path.
      </p>
      <figcaption id={captionId} className={styles.caption}>
        {caption}
      </figcaption>
    </figure>
  );
}
