// Rehype plugin: display formulas that scroll sideways on narrow screens can be reached with the keyboard.
type Node = {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
};

function classNames(node: Node): string[] {
  const value = node.properties?.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

function visit(node: Node): void {
  if (node.type === 'element' && classNames(node).includes('katex-display')) {
    node.properties = { ...node.properties, tabIndex: 0 };
    return;
  }
  node.children?.forEach(visit);
}

export default function rehypeFocusableMath() {
  return (tree: Node): void => visit(tree);
}
