// The plain code block that replaces the theme's (and keeps Prism out of the bundle).
import { render, screen } from '@testing-library/react';
import CodeBlock from '@site/src/theme/CodeBlock';

test('a fenced block keeps its text verbatim, in a focusable region named after its language', () => {
  const source = 'sum(rate(x[5m]))\n\n# a comment';
  render(<CodeBlock className="language-promql">{source}</CodeBlock>);
  const region = screen.getByRole('region', { name: 'Code sample (promql)' });
  expect(region).toHaveAttribute('tabindex', '0');
  const code = region.querySelector('pre > code');
  expect(code).toHaveClass('language-promql');
  expect(code?.textContent).toBe(source);
});

test('a titled block shows its title and is named by it; a bare block has a generic name', () => {
  render(<CodeBlock title="query.promql">{'up'}</CodeBlock>);
  expect(screen.getByText('query.promql')).toBeVisible();
  expect(screen.getByRole('region', { name: 'query.promql' })).toBeInTheDocument();
  render(<CodeBlock>{'plain'}</CodeBlock>);
  const bare = screen.getByRole('region', { name: 'Code sample' });
  expect(bare.querySelector('code')).not.toHaveAttribute('class');
});
