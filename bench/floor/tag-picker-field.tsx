import { Avatar, Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption } from '@fluentui/react-components';

/** A TagPicker as the dialog's: one chip, one suggestion. */
export function TagPickerField() {
  return (
    <TagPicker selectedOptions={['adele@contoso.test']}>
      <TagPickerControl>
        <TagPickerGroup aria-label="Selected recipients">
          <Tag value="adele@contoso.test" media={<Avatar name="Adele Vance" />}>
            Adele Vance
          </Tag>
        </TagPickerGroup>
        <TagPickerInput />
      </TagPickerControl>
      <TagPickerList>
        <TagPickerOption value="alex@contoso.test" media={<Avatar name="Alex Wilber" />}>
          Alex Wilber
        </TagPickerOption>
      </TagPickerList>
    </TagPicker>
  );
}
