// Specification of the ServingStack diagram: named figure, text alternative, layer order, options.
import { render, screen, within } from '@testing-library/react';
import ServingStack, { STACK_LAYERS } from '@site/src/components/ServingStack';

describe('ServingStack', () => {
  it('is a figure named by its caption', () => {
    render(<ServingStack caption="Serving stack for the worked example" />);
    expect(
      screen.getByRole('figure', { name: 'Serving stack for the worked example' }),
    ).toBeInTheDocument();
  });

  it('describes the whole path in a text alternative', () => {
    render(<ServingStack />);
    const figure = screen.getByRole('figure', { name: /serving stack/i });
    expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(
        'clients, API gateway and load balancer, inference router, inference engine replicas, model storage and accelerators',
      ),
    );
  });

  it('lists the six layers in order, client first and accelerators last', () => {
    render(<ServingStack />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(STACK_LAYERS.length);
    expect(items).toHaveLength(6);
    expect(items[0]).toHaveTextContent('Clients');
    expect(items[5]).toHaveTextContent('Accelerators');
  });

  it('marks the highlighted layer as current', () => {
    render(<ServingStack highlight="router" />);
    const current = screen
      .getAllByRole('listitem')
      .filter((item) => item.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('Inference router');
  });

  it('says when prefill and decode run in separate pools', () => {
    render(<ServingStack disaggregated />);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAccessibleDescription(expect.stringContaining('prefill pool'));
    expect(figure).toHaveTextContent('KV cache →');
  });
});
