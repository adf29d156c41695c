import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { messages as german } from '../../../i18n/catalogs/de';
import { firstDayOfWeek, useDatePickerLocale } from './use-date-picker-locale';

describe('firstDayOfWeek', () => {
  it('follows the locale, counting from Sunday as Fluent does', () => {
    expect(firstDayOfWeek('en-US')).toBe(0);
    expect(firstDayOfWeek('de-DE')).toBe(1);
    expect(firstDayOfWeek('ar-EG')).toBe(6);
  });

  it('falls back to Sunday for a tag Intl cannot read', () => {
    expect(firstDayOfWeek('not a locale!')).toBe(0);
  });
});

describe('useDatePickerLocale', () => {
  it('gives the calendar German names, labels with Fluent placeholders, and German dates', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <IntlProvider locale="de" messages={german}>
        {children}
      </IntlProvider>
    );
    const { result } = renderHook(() => useDatePickerLocale(), { wrapper });
    const { strings, dateTimeFormatter, firstDayOfWeek: first, formatDate } = result.current;
    expect(strings.months[0]).toBe('Januar');
    expect(strings.days[1]).toBe('Montag');
    expect(strings.goToToday).toBe('Zu heute wechseln');
    expect(strings.selectedDateFormatString).toBe('Ausgewähltes Datum {0}');
    expect(strings.monthPickerHeaderAriaLabel).toBe('{0}, Jahr ändern');
    expect(first).toBe(1);
    const date = new Date(2026, 2, 5);
    expect(formatDate(date)).toBe('05.03.2026');
    expect(formatDate(undefined)).toBe('');
    expect(dateTimeFormatter.formatMonthYear(date, strings)).toBe('März 2026');
  });
});
