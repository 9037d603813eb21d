/** A page that fails to load shows a calm message inside the shell, and another page gets a fresh try. */
import { lazy, Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary.tsx';

afterEach(() => vi.restoreAllMocks());

const Broken = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));

function Page({ path, broken }: { path: string; broken: boolean }) {
  return (
    <ErrorBoundary resetKey={path}>
      <Suspense fallback={<p>Loading</p>}>{broken ? <Broken /> : <h1>Net Rules</h1>}</Suspense>
    </ErrorBoundary>
  );
}

test('a chunk that fails to load becomes a message with a way to try again, not a white page', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { rerender } = render(<Page path="/en/net-rules/" broken />);
  expect(await screen.findByRole('alert')).toHaveTextContent("It is not your fault. Let's try again.");
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Oops! Something went wrong.');
  expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  expect(screen.queryByRole('main')).toBeNull(); // inside the shell's <main>, not a second one

  rerender(<Page path="/en/" broken={false} />);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Net Rules');
  expect(screen.queryByRole('alert')).toBeNull();
});

test('the whole-app boundary brings its own main landmark', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <ErrorBoundary landmark>
      <Suspense fallback={null}>
        <Broken />
      </Suspense>
    </ErrorBoundary>,
  );
  expect(await screen.findByRole('main')).toHaveTextContent('Try again');
});
