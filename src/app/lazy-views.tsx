import { makeStyles, Skeleton, SkeletonItem, Spinner, tokens } from '@fluentui/react-components';
import { Suspense, useState, type ComponentProps } from 'react';
import { useIntl } from 'react-intl';
import { shareDialogView } from './preload';
import { preloadableView } from './preloadable-view';

// The views behind a click (or a deep link) are chunks of their own, so the first view downloads
// none of them: the drive browser (table, tabs, breadcrumb, virtual rows), the share dialog
// (dialog, recipient picker, options) and Manage access (shown inside the dialog). The drive
// browser is imported from its module, not the feature's index: the app also needs the index's
// deep-link hooks at once, and one module cannot be both in the first chunk and a later one.
const loadDriveBrowser = () => import('../features/drive/drive-browser');
const loadManageAccess = () => import('../features/access');

const { View: DriveBrowserView } = preloadableView(() => loadDriveBrowser().then((module) => module.DriveBrowser));
const { View: ShareDialogView } = shareDialogView;
const { View: ManageAccessView } = preloadableView(() => loadManageAccess().then((module) => module.ManageAccess));

const useStyles = makeStyles({
  browser: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: '32px 1fr 25%', columnGap: tokens.spacingHorizontalM, alignItems: 'center' },
  opening: { position: 'fixed', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', pointerEvents: 'none' },
});

function DriveBrowserSkeleton() {
  const styles = useStyles();
  const intl = useIntl();
  return (
    <Skeleton className={styles.browser} aria-label={intl.formatMessage({ id: 'common.loading' })}>
      <SkeletonItem size={32} style={{ width: '40%' }} />
      {[0, 1, 2, 3, 4].map((row) => (
        <div key={row} className={styles.row}>
          <SkeletonItem shape="square" size={24} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
        </div>
      ))}
    </Skeleton>
  );
}

export function DriveBrowser(props: ComponentProps<typeof DriveBrowserView>) {
  return (
    <Suspense fallback={<DriveBrowserSkeleton />}>
      <DriveBrowserView {...props} />
    </Suspense>
  );
}

/** Mounted from the first time it opens, so it can animate closed like the eager dialog did. */
export function ShareDialog(props: ComponentProps<typeof ShareDialogView>) {
  const styles = useStyles();
  const intl = useIntl();
  const [wanted, setWanted] = useState(props.item !== null);
  if (props.item !== null && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense
      fallback={
        <div className={styles.opening}>
          <Spinner label={intl.formatMessage({ id: 'common.loading' })} />
        </div>
      }
    >
      <ShareDialogView {...props} />
    </Suspense>
  );
}

export function ManageAccess(props: ComponentProps<typeof ManageAccessView>) {
  return (
    <Suspense fallback={<Spinner label={useIntl().formatMessage({ id: 'common.loading' })} />}>
      <ManageAccessView {...props} />
    </Suspense>
  );
}
