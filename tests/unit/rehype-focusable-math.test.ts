// The rehype plugin makes display formulas focusable and leaves everything else alone.
import rehypeFocusableMath from '@site/src/plugins/rehype-focusable-math';

describe('rehypeFocusableMath', () => {
  it('adds tabIndex 0 to display formulas only', () => {
    const display = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['katex-display'] },
      children: [],
    };
    const inline = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['katex'] },
      children: [],
    };
    const tree = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [inline, display] }],
    };
    rehypeFocusableMath()(tree);
    expect(display.properties).toEqual({ className: ['katex-display'], tabIndex: 0 });
    expect(inline.properties).toEqual({ className: ['katex'] });
  });
});
