import {
  Breadcrumb,
  BreadcrumbButton,
  BreadcrumbDivider,
  BreadcrumbItem,
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Share20Regular } from '@fluentui/react-icons';
import { Fragment } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { toDriveItemRef, type DriveItemRef } from '../../lib/graph';
import { useDriveBrowserStyles } from './drive-browser.styles';
import { FileIcon, fileKind, fileKindLabel } from './file-icon';
import { formatItemCount, formatModified, formatSize } from './format';
import { useDriveBrowser } from './use-drive-browser';

export interface DriveBrowserProps {
  onShare: (item: DriveItemRef) => void;
  onSignIn?: () => void;
  className?: string;
}

export function DriveBrowser({ onShare, onSignIn, className }: DriveBrowserProps) {
  const state = useDriveBrowser();
  const styles = useDriveBrowserStyles(className);
  const lastIndex = state.trail.length - 1;

  return (
    <section className={styles.root} aria-labelledby="drive-heading">
      <h2 id="drive-heading" className={styles.visuallyHidden}>
        {state.current.name}
      </h2>
      <Breadcrumb aria-label="Folder path">
        {state.trail.map((crumb, index) => (
          <Fragment key={index}>
            <BreadcrumbItem>
              <BreadcrumbButton current={index === lastIndex} onClick={() => state.goTo(index)}>
                {crumb.name}
              </BreadcrumbButton>
            </BreadcrumbItem>
            {index < lastIndex ? <BreadcrumbDivider /> : null}
          </Fragment>
        ))}
      </Breadcrumb>

      {state.status === 'pending' ? (
        <Spinner className={styles.state} label="Loading files…" />
      ) : state.status === 'error' ? (
        <ErrorMessage error={state.error} title="This folder could not be opened" onRetry={state.retry} onSignIn={onSignIn} />
      ) : state.items.length === 0 ? (
        <p className={styles.state} role="status">
          This folder is empty.
        </p>
      ) : (
        <Table aria-label={`Files in ${state.current.name}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell className={styles.modifiedColumn}>Modified</TableHeaderCell>
              <TableHeaderCell className={styles.sizeColumn}>Size</TableHeaderCell>
              <TableHeaderCell className={styles.actionsColumn}>
                <span className={styles.visuallyHidden}>Actions</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.items.map((item) => {
              const kind = fileKind(item);
              const ref = toDriveItemRef(item, item.parentReference?.driveId ?? '');
              return (
                <TableRow key={item.id}>
                  <TableCell>
                    <div className={styles.nameCell}>
                      <FileIcon kind={kind} className={kind === 'folder' ? styles.folderIcon : styles.icon} />
                      <span className={styles.visuallyHidden}>{fileKindLabel(kind)}: </span>
                      {kind === 'folder' ? (
                        <Button appearance="transparent" className={styles.nameButton} onClick={() => state.openFolder(item)}>
                          <span className={styles.nameText}>{item.name}</span>
                        </Button>
                      ) : (
                        <span className={styles.nameText}>{item.name}</span>
                      )}
                    </div>
                  </TableCell>
                  <TableCell>{formatModified(item.lastModifiedDateTime)}</TableCell>
                  <TableCell>{kind === 'folder' ? formatItemCount(item.folder?.childCount ?? 0) : formatSize(item.size)}</TableCell>
                  <TableCell>
                    <Button
                      icon={<Share20Regular />}
                      size="small"
                      aria-label={`Share ${item.name}`}
                      disabled={ref.driveId === ''}
                      onClick={() => onShare(ref)}
                    >
                      Share
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {state.hasMore ? (
        <Button className={styles.more} onClick={state.loadMore} disabled={state.loadingMore}>
          {state.loadingMore ? 'Loading…' : 'Show more'}
        </Button>
      ) : null}
    </section>
  );
}
