// The handbook's sidebar: its parts as collapsible categories, in reading order.
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  handbook: [
    'index',
    {
      type: 'category',
      label: 'Where inference runs',
      collapsible: true,
      collapsed: false,
      link: { type: 'doc', id: 'hardware/where-is-llm-inference-run' },
      items: [
        'hardware/cpus',
        'hardware/gpus',
        'hardware/tpus',
        'hardware/other-accelerators',
        'hardware/numeric-formats',
        'hardware/multi-device-serving',
      ],
    },
    {
      type: 'category',
      label: 'Choosing hardware',
      collapsible: true,
      collapsed: false,
      link: { type: 'doc', id: 'hardware/choosing-hardware' },
      items: ['hardware/compare', 'hardware/catalogue', 'hardware/accuracy'],
    },
    {
      type: 'category',
      label: 'Deployment environments',
      collapsible: true,
      collapsed: false,
      link: { type: 'doc', id: 'deployment/index' },
      items: ['deployment/cloud', 'deployment/on-prem', 'deployment/edge'],
    },
    {
      type: 'category',
      label: 'Infrastructure and operations',
      collapsible: true,
      collapsed: false,
      link: { type: 'doc', id: 'infrastructure-and-operations/index' },
      items: [
        'infrastructure-and-operations/serving-stack',
        'infrastructure-and-operations/scaling-and-cold-starts',
        'infrastructure-and-operations/observability',
        'infrastructure-and-operations/cost-management',
      ],
    },
    {
      type: 'category',
      label: 'Serving at scale',
      collapsible: true,
      collapsed: false,
      items: [
        'serving/serving-under-load',
        'serving/prefix-caching-and-long-context',
        'serving/speculative-decoding',
        'serving/rack-scale-systems',
      ],
    },
  ],
};

export default sidebars;
