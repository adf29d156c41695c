import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadableView } from './preloadable-view';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

function inSuspense(node: React.ReactNode) {
  return <Suspense fallback={<p>Loading</p>}>{node}</Suspense>;
}

describe('preloadableView', () => {
  it('renders at once, never its fallback, when its chunk has already arrived', async () => {
    const view = preloadableView(() => Promise.resolve(Greeting));
    await view.load();
    render(inSuspense(<view.View name="Adele" />));
    // Synchronously: React.lazy would show "Loading" here, and keep it for at least 300 ms.
    expect(screen.getByText('Hello Adele')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  it('suspends to the caller’s fallback until the chunk arrives', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const view = preloadableView(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    render(inSuspense(<view.View name="Adele" />));
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => {
      arrive(Greeting);
      await Promise.resolve();
    });
    expect(await screen.findByText('Hello Adele')).toBeInTheDocument();
  });
});
