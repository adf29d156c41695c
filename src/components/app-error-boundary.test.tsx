import { screen } from '@testing-library/react';
import { renderInLanguage } from '../testing/render';
import { describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from './app-error-boundary';

function Broken(): never {
  throw new Error('bug');
}

describe('AppErrorBoundary', () => {
  it.each([
    ['en', 'Something went wrong', 'Reload'],
    ['de', 'Etwas ist schiefgelaufen', 'Neu laden'],
    ['ar', 'حدث خطأ ما', 'إعادة التحميل'],
  ] as const)('offers a way out in %s', (locale, title, reload) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderInLanguage(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
      locale,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(title);
    expect(screen.getByRole('button', { name: reload })).toBeInTheDocument();
  });
});
