// An interactive component that throws leaves a static note, and the rest of the page renders.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import InteractiveBoundary from '../../src/components/InteractiveBoundary';

function Broken(): never {
  throw new Error('boom');
}

describe('InteractiveBoundary', () => {
  it('shows its children when nothing fails', () => {
    render(
      <InteractiveBoundary name="The widget">
        <p>working</p>
      </InteractiveBoundary>,
    );
    expect(screen.getByText('working')).toBeInTheDocument();
  });

  it('replaces a failing child with a note naming it, leaving siblings alone', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <main>
        <InteractiveBoundary name="The hardware comparison">
          <Broken />
        </InteractiveBoundary>
        <p>chapter text</p>
      </main>,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      /^The hardware comparison could not be shown/,
    );
    expect(screen.getByText('chapter text')).toBeInTheDocument();
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
