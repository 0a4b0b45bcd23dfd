// The navbar search box: combobox semantics, keyboard and mouse, the shortcut, and safe result text.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SearchBox from '@site/src/components/SearchBox';
import type { Result } from '@site/src/lib/search/query';
import type { SearchLoader } from '@site/src/lib/search/loader';
import { wordTest } from '@site/src/lib/search/query';

const RESULTS: Result[] = [
  {
    title: 'GPUs',
    url: '/hardware/gpus/',
    heading: 'Scale-up links: NVLink',
    anchor: 'nvlink',
    excerpt: 'NVLink joins GPUs.',
    score: 30,
    page: 0,
    section: 2,
  },
  {
    title: 'On-premises',
    url: '/deployment/on-prem/',
    heading: '',
    anchor: '',
    excerpt: '<img src=x onerror=alert(1)> NVLink inside',
    score: 10,
    page: 1,
    section: 4,
  },
];

function setup(results: Result[] = RESULTS) {
  const loader: SearchLoader & { prepared: number; queries: string[] } = {
    prepared: 0,
    queries: [],
    stale: false,
    prepare() {
      this.prepared++;
    },
    async search(query, limit) {
      this.queries.push(query);
      return results.slice(0, limit);
    },
    excerpts: async (_query, found) => found,
    wordTest,
  };
  const navigate = vi.fn<(path: string) => void>();
  const user = userEvent.setup();
  render(
    <>
      <p>Outside</p>
      <SearchBox loader={loader} searchPageUrl="/base/search/" navigate={navigate} />
    </>,
  );
  const input = screen.getByRole('combobox', { name: 'Search the handbook' });
  return { loader, navigate, user, input };
}

describe('SearchBox', () => {
  it('sits in a plain GET form to the search page, so Enter works without JavaScript', () => {
    const { input } = setup();
    const form = input.closest('form');
    expect(form).toHaveAttribute('action', '/base/search/');
    expect(form).toHaveAttribute('method', 'get');
    expect(input).toHaveAttribute('name', 'q');
    expect(input).toHaveClass('navbar__search-input');
    expect(input.closest('.navbar__search')).not.toBeNull();
  });

  it('starts loading the index on focus, not before', async () => {
    const { loader, user, input } = setup();
    expect(loader.prepared).toBe(0);
    await user.click(input);
    expect(loader.prepared).toBe(1);
  });

  it('shows options as "Page › Heading", with aria-expanded and aria-controls', async () => {
    const { user, input } = setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.type(input, 'nvlink');
    const options = await screen.findAllByRole('option');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
    expect(options[0]).toHaveTextContent('GPUs › Scale-up links: NVLink');
    expect(options[1]).toHaveTextContent('On-premises › Introduction');
    // The last option opens the search page.
    expect(options[2]).toHaveTextContent('See all results for “nvlink”');
    expect(screen.getByRole('status')).toHaveTextContent('2 results.');
  });

  it('moves through options with the arrow keys, wrapping, and opens one with Enter', async () => {
    const { user, input, navigate } = setup();
    await user.type(input, 'nvlink');
    const options = await screen.findAllByRole('option');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options[2]!.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(navigate).toHaveBeenCalledWith('/deployment/on-prem/?_highlight=nvlink');
  });

  it('opens the best result on Enter when no option is chosen', async () => {
    const { user, input, navigate } = setup();
    await user.type(input, 'nvlink{Enter}');
    expect(navigate).toHaveBeenCalledWith('/hardware/gpus/?_highlight=nvlink#nvlink');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the search page from its option and when nothing matches', async () => {
    const { user, input, navigate } = setup([]);
    await user.type(input, 'zzz');
    expect(await screen.findByRole('status')).toHaveTextContent('No results for “zzz”.');
    await user.keyboard('{Enter}');
    expect(navigate).toHaveBeenCalledWith('/search/?q=zzz');
  });

  it('closes on the first Escape and clears on the second', async () => {
    const { user, input } = setup();
    await user.type(input, 'nvlink');
    await screen.findAllByRole('option');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('nvlink');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('opens a result with the mouse', async () => {
    const { user, input, navigate } = setup();
    await user.type(input, 'nvlink');
    const options = await screen.findAllByRole('option');
    await user.click(options[1]!);
    expect(navigate).toHaveBeenCalledWith('/deployment/on-prem/?_highlight=nvlink');
  });

  it('focuses from anywhere with Ctrl+K or Cmd+K, and with "/" outside a field', async () => {
    const { user, input } = setup();
    await user.click(screen.getByText('Outside'));
    await user.keyboard('{Control>}k{/Control}');
    expect(input).toHaveFocus();
    act(() => input.blur());
    await user.keyboard('{Meta>}k{/Meta}');
    expect(input).toHaveFocus();
    act(() => input.blur());
    await user.keyboard('/');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
  });

  it('renders result text as text: markup in an excerpt stays literal, words are in <mark>', async () => {
    const { user, input } = setup();
    await user.type(input, 'nvlink');
    const options = await screen.findAllByRole('option');
    expect(options[1]!.querySelector('img')).toBeNull();
    expect(options[1]).toHaveTextContent('<img src=x onerror=alert(1)> NVLink inside');
    const marks = Array.from(options[0]!.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks).toEqual(['NVLink', 'NVLink']);
  });

  it('shows only the latest query’s results when answers arrive out of order', async () => {
    // The test decides when each answer arrives: no timers, so a slow machine cannot reorder them.
    const pending = new Map<string, (results: Result[]) => void>();
    const slow: SearchLoader = {
      stale: false,
      prepare() {},
      search: (query) => new Promise((resolve) => pending.set(query, resolve)),
      excerpts: async (_query, found) => found,
      wordTest,
    };
    const user = userEvent.setup();
    render(<SearchBox loader={slow} searchPageUrl="/search/" navigate={() => undefined} />);
    await user.type(screen.getByRole('combobox'), 'a12');
    expect([...pending.keys()]).toEqual(['a', 'a1', 'a12']);
    // The newest answer first, then the older ones late: they must not replace it.
    await act(async () => pending.get('a12')?.([RESULTS[0]!]));
    await act(async () => pending.get('a1')?.([RESULTS[1]!]));
    await act(async () => pending.get('a')?.([RESULTS[1]!]));
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('GPUs');
    expect(screen.getAllByRole('option')).toHaveLength(2);
  });

  it('replaces excerpts with centred ones when the loader has them', async () => {
    const loader: SearchLoader = {
      stale: false,
      prepare() {},
      search: async () => [RESULTS[0]!],
      excerpts: async (_query, found) => found.map((r) => ({ ...r, excerpt: '…centred NVLink…' })),
      wordTest,
    };
    const user = userEvent.setup();
    render(<SearchBox loader={loader} searchPageUrl="/search/" navigate={() => undefined} />);
    await user.type(screen.getByRole('combobox'), 'nvlink');
    expect(await screen.findByText(/centred/)).toBeInTheDocument();
  });

  it('cuts a pasted query at 100 characters', async () => {
    const { user, input } = setup();
    await user.click(input);
    await user.paste('x'.repeat(150));
    expect(input).toHaveValue('x'.repeat(100));
  });
});
