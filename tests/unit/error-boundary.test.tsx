// A component that throws leaves a note (or the fallback given), the rest of the page renders, and only React's one report reaches the console.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ErrorBoundary from '../../src/components/ErrorBoundary';
import { allowConsole } from './console';

function Broken(): never {
  throw new Error('boom');
}

afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('shows its children when nothing fails', () => {
    render(
      <ErrorBoundary name="The widget">
        <p>working</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('working')).toBeInTheDocument();
  });

  it('replaces a failing child with a note naming it, leaving siblings alone', () => {
    allowConsole('error', /boom/);
    const log = vi.spyOn(console, 'error');
    render(
      <main>
        <ErrorBoundary name="The hardware comparison">
          <Broken />
        </ErrorBoundary>
        <p>chapter text</p>
      </main>,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      /^The hardware comparison could not be shown/,
    );
    expect(screen.getByText('chapter text')).toBeInTheDocument();
    // React's own report of the caught error; the boundary adds nothing to it.
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('shows the fallback it is given instead of the note', () => {
    allowConsole('error', /boom/);
    render(
      <nav>
        <ErrorBoundary name="Search" fallback={<a href="/search/">Search</a>}>
          <Broken />
        </ErrorBoundary>
      </nav>,
    );
    expect(screen.getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
    expect(screen.queryByRole('note')).toBeNull();
  });
});
