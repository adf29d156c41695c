import { Spinner } from '@fluentui/react-components';
import { Suspense, useState, type ComponentProps } from 'react';
import { useIntl } from 'react-intl';
import { preloadableView } from './preloadable-view';

// Sharing several items at once is its own chunk, loaded the first time "Share N items" is pressed.
const { View: ShareManyDialogView } = preloadableView(() => import('../features/share/many/share-many-dialog').then((module) => module.ShareManyDialog));

/** Mounted from the first time it opens, so it can animate closed. */
export function ShareManyDialog(props: ComponentProps<typeof ShareManyDialogView>) {
  const intl = useIntl();
  const [wanted, setWanted] = useState(props.items !== null);
  if (props.items !== null && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={<Spinner label={intl.formatMessage({ id: 'common.loading' })} />}>
      <ShareManyDialogView {...props} />
    </Suspense>
  );
}
