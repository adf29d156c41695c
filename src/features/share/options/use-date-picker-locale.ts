import type { DatePickerProps } from '@fluentui/react-datepicker-compat';
import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { MessageId } from '../../../i18n';

type Strings = NonNullable<DatePickerProps['strings']>;
type DayOfWeek = NonNullable<DatePickerProps['firstDayOfWeek']>;

/** The part of the date picker's props that depends on the language: names, labels, first day of the week. */
export interface DatePickerLocale {
  strings: Strings;
  dateTimeFormatter: NonNullable<DatePickerProps['dateTimeFormatter']>;
  firstDayOfWeek: DayOfWeek;
  formatDate: (date?: Date) => string;
}

const MONTHS = Array.from({ length: 12 }, (_unused, month) => new Date(2024, month, 1));
// 7 January 2024 was a Sunday; Fluent's lists of day names start on Sunday.
const WEEK = Array.from({ length: 7 }, (_unused, day) => new Date(2024, 0, 7 + day));

interface WeekInfo {
  firstDay: number;
}

/** The locale's first day of the week (Monday in Germany, Saturday in Egypt), or Sunday if the browser cannot tell. */
export function firstDayOfWeek(locale: string): number {
  try {
    const tag = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    // getWeekInfo() is the standard; older Chromium and Node only have the weekInfo getter.
    const firstDay = (tag.getWeekInfo?.() ?? tag.weekInfo)?.firstDay;
    // Intl counts Monday as 1 and Sunday as 7; Fluent counts Sunday as 0.
    return firstDay === undefined ? 0 : firstDay % 7;
  } catch {
    return 0;
  }
}

/**
 * Fluent's calendar takes `{0}` placeholders in some of its labels; the catalog's messages name
 * their argument, which is filled with that placeholder here.
 */
function withPlaceholder(intl: IntlShape, id: MessageId, argument: string): string {
  return intl.formatMessage({ id }, { [argument]: '{0}' });
}

function calendarStrings(intl: IntlShape): Strings {
  const names = (dates: Date[], options: Intl.DateTimeFormatOptions) => dates.map((date) => intl.formatDate(date, options));
  const say = (id: MessageId) => intl.formatMessage({ id });
  return {
    months: names(MONTHS, { month: 'long' }),
    shortMonths: names(MONTHS, { month: 'short' }),
    days: names(WEEK, { weekday: 'long' }),
    shortDays: names(WEEK, { weekday: 'narrow' }),
    goToToday: say('share.calendar.goToToday'),
    prevMonthAriaLabel: say('share.calendar.previousMonth'),
    nextMonthAriaLabel: say('share.calendar.nextMonth'),
    prevYearAriaLabel: say('share.calendar.previousYear'),
    nextYearAriaLabel: say('share.calendar.nextYear'),
    prevYearRangeAriaLabel: say('share.calendar.previousYearRange'),
    nextYearRangeAriaLabel: say('share.calendar.nextYearRange'),
    closeButtonAriaLabel: say('share.calendar.close'),
    weekNumberFormatString: withPlaceholder(intl, 'share.calendar.weekNumber', 'week'),
    selectedDateFormatString: withPlaceholder(intl, 'share.calendar.selectedDate', 'date'),
    todayDateFormatString: withPlaceholder(intl, 'share.calendar.todayDate', 'date'),
    monthPickerHeaderAriaLabel: withPlaceholder(intl, 'share.calendar.changeYear', 'period'),
    yearPickerHeaderAriaLabel: withPlaceholder(intl, 'share.calendar.changeMonth', 'period'),
    dayMarkedAriaLabel: say('share.calendar.marked'),
  };
}

/** Month and day names, labels and date formats for the date picker, in the user's language. */
export function useDatePickerLocale(): DatePickerLocale {
  const intl = useIntl();
  return useMemo(() => {
    const format = (options: Intl.DateTimeFormatOptions) => (date: Date) => intl.formatDate(date, options);
    return {
      strings: calendarStrings(intl),
      dateTimeFormatter: {
        formatDay: format({ day: 'numeric' }),
        formatMonth: format({ month: 'long' }),
        formatYear: format({ year: 'numeric' }),
        formatMonthDayYear: format({ dateStyle: 'long' }),
        formatMonthYear: format({ month: 'long', year: 'numeric' }),
      },
      firstDayOfWeek: firstDayOfWeek(intl.locale),
      formatDate: (date?: Date) => (date ? intl.formatDate(date, { dateStyle: 'medium' }) : ''),
    };
  }, [intl]);
}
