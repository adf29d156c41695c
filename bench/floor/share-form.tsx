// The least a share dialog on this stack renders before its recipient field takes input: a Fluent
// modal Dialog with a title, a Recipients field and a primary Send button. No app code, no data,
// no options: what is left is the weight of the components themselves, which the first-view budget
// has to hold. The field comes from the page (tag-picker-field.tsx or input-field.tsx, modules of
// their own so that no page's build carries the other's components).
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  FluentProvider,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

function ShareForm({ field }: { field: ReactNode }) {
  return (
    <Dialog open modalType="modal">
      <DialogSurface aria-label='Share "Q3 Report.xlsx"'>
        <DialogBody>
          <DialogTitle>Share “Q3 Report.xlsx”</DialogTitle>
          <DialogContent>
            <Field label="Recipients">{field}</Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary">Send</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Renders the form with `field` inside the theme, wrapped in whatever providers the page adds. */
export function renderShareForm(field: ReactNode, wrap: (form: ReactNode) => ReactNode = (form) => form): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root');
  createRoot(container).render(
    wrap(
      <FluentProvider theme={webLightTheme}>
        <ShareForm field={field} />
      </FluentProvider>,
    ),
  );
}
