// LinkList: a labelled landmark whose external links open safely and announce themselves.
import { render, screen, within } from '@testing-library/react';
import LinkList, { isExternalHref } from '@site/src/components/LinkList';

function renderResources() {
  return render(
    <LinkList>
      <h2 id="additional-resources">Additional resources</h2>
      <ul>
        <li>
          <a href="https://example.com/datasheet">A datasheet</a>
        </li>
        <li>
          <a href="/hardware/gpus/">The GPU chapter</a>
        </li>
      </ul>
    </LinkList>,
  );
}

describe('LinkList', () => {
  it('is a complementary landmark named by its heading', () => {
    renderResources();
    const aside = screen.getByRole('complementary', { name: 'Additional resources' });
    expect(aside).toHaveAttribute('aria-labelledby', 'additional-resources');
    expect(within(aside).getAllByRole('listitem')).toHaveLength(2);
  });

  it('opens external links in a new tab without leaking the opener, and says so', () => {
    renderResources();
    const link = screen.getByRole('link', { name: /A datasheet/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveTextContent('↗');
    expect(link).toHaveAccessibleName(/external link, opens in a new tab/);
  });

  it('leaves internal links alone', () => {
    renderResources();
    const link = screen.getByRole('link', { name: 'The GPU chapter' });
    expect(link).not.toHaveAttribute('target');
    expect(link).not.toHaveTextContent('↗');
  });

  it('falls back to a label when no heading is given', () => {
    render(
      <LinkList label="Further reading">
        <ul>
          <li>
            <a href="https://example.org/">Example</a>
          </li>
        </ul>
      </LinkList>,
    );
    expect(screen.getByRole('complementary', { name: 'Further reading' })).toBeInTheDocument();
  });

  it('treats only http(s) URLs as external', () => {
    expect(isExternalHref('https://a.example')).toBe(true);
    expect(isExternalHref('HTTP://a.example')).toBe(true);
    expect(isExternalHref('/compare/')).toBe(false);
    expect(isExternalHref('mailto:x@example.com')).toBe(false);
    expect(isExternalHref(undefined)).toBe(false);
  });
});
