// The code block frame: code arrives highlighted from the build; the block adds a title, a region and a copy button.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

test('renders build-time token spans as they are', () => {
  render(
    <CodeBlock className="language-bash">
      <span className="token function">curl</span>
      {' -s\n'}
      <span className="code-line--highlighted">jq</span>
    </CodeBlock>,
  );
  const code = screen.getByRole('region').querySelector('code');
  expect(code?.querySelector('.token.function')).toHaveTextContent('curl');
  expect(code?.textContent).toBe('curl -s\njq');
});

test('the copy button copies the code as shown, lines included, and says so', async () => {
  const user = userEvent.setup();
  const writeText = vi.spyOn(navigator.clipboard, 'writeText');
  render(
    <CodeBlock className="language-bash">
      <span className="token function">vllm</span>
      {' serve m\n  --max-num-seqs 48'}
    </CodeBlock>,
  );
  await user.click(screen.getByRole('button', { name: 'Copy' }));
  expect(writeText).toHaveBeenCalledWith('vllm serve m\n  --max-num-seqs 48');
  expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Code copied.');
});
