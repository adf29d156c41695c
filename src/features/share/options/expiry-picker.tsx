import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useDatePickerLocale } from './use-date-picker-locale';

export interface ExpiryPickerProps {
  value: Date | null;
  onSelect: (date: Date | null) => void;
  minDate: Date;
  placeholder: string;
  disabled: boolean;
}

/** The calendar, in its own chunk: only items whose invitations can expire (personal drives) load it. */
export default function ExpiryPicker({ value, onSelect, minDate, placeholder, disabled }: ExpiryPickerProps) {
  const calendar = useDatePickerLocale();
  return (
    <DatePicker
      value={value}
      onSelectDate={(date) => onSelect(date ?? null)}
      minDate={minDate}
      formatDate={calendar.formatDate}
      strings={calendar.strings}
      dateTimeFormatter={calendar.dateTimeFormatter}
      firstDayOfWeek={calendar.firstDayOfWeek}
      placeholder={placeholder}
      disabled={disabled}
      allowTextInput={false}
    />
  );
}
