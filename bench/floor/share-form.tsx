// The least a share dialog on this stack renders before its recipient field takes input: a Fluent
// modal Dialog with a title, a Recipients TagPicker holding one chip (Tag with an Avatar) and a
// suggestion list, and a primary Send button. No app code, no data, no options: what is left is
// the weight of the components themselves, which the first-view budget has to hold.
import {
  Avatar,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  FluentProvider,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

function ShareForm() {
  return (
    <Dialog open modalType="modal">
      <DialogSurface aria-label='Share "Q3 Report.xlsx"'>
        <DialogBody>
          <DialogTitle>Share “Q3 Report.xlsx”</DialogTitle>
          <DialogContent>
            <Field label="Recipients">
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
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary">Send</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Renders the form inside the theme, wrapped in whatever providers the page adds. */
export function renderShareForm(wrap: (form: ReactNode) => ReactNode = (form) => form): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root');
  createRoot(container).render(
    wrap(
      <FluentProvider theme={webLightTheme}>
        <ShareForm />
      </FluentProvider>,
    ),
  );
}
