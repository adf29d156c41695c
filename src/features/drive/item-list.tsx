import { Button, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, useFluent } from '@fluentui/react-components';
import { Share20Regular } from '@fluentui/react-icons';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../../i18n';
import { toDriveItemRef, type DriveItem, type DriveItemRef } from '../../lib/graph';
import type { SortKey, SortOrder } from './api/list-children';
import { useDriveBrowserStyles } from './drive-browser.styles';
import { FileIcon, fileKind, fileKindLabel } from './file-icon';
import { folderOf, formatItemCount, formatModified, formatSize } from './format';
import { useItemList } from './use-item-list';

export interface ItemListProps {
  label: string;
  items: readonly DriveItem[];
  /** The full length when known, so assistive technology can announce "row 9,998 of 10,000". */
  total: number | undefined;
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** Search results show the folder each item is in. */
  showFolder: boolean;
  onOpenFolder: (item: DriveItem) => void;
  onShare: (item: DriveItemRef) => void;
}

const COLUMNS: { key: SortKey; label: MessageId }[] = [
  { key: 'name', label: 'drive.column.name' },
  { key: 'modified', label: 'drive.column.modified' },
  { key: 'size', label: 'drive.column.size' },
];

export function ItemList(props: ItemListProps) {
  const styles = useDriveBrowserStyles();
  const intl = useIntl();
  // Fluent flips directional icons only; the share arrow points "onward", which is left in Arabic.
  const { dir } = useFluent();
  const { items } = props;
  const { scrollRef, rows, totalSize, activeIndex, setActive, onKeyDown } = useItemList({
    count: items.length,
    hasMore: props.hasMore,
    loadMore: props.loadMore,
    onOpen: (index) => {
      const item = items[index];
      if (item && (item.remoteItem ?? item).folder) props.onOpenFolder(item);
    },
  });
  const columnClass = [styles.nameColumn, styles.modifiedColumn, styles.sizeColumn];
  const knownLength = props.total ?? (props.hasMore ? undefined : items.length);

  return (
    <>
    <Table noNativeElements aria-label={props.label} aria-rowcount={knownLength === undefined ? -1 : knownLength + 1} className={styles.table}>
      <TableHeader className={styles.header}>
        <TableRow aria-rowindex={1} className={styles.row}>
          {COLUMNS.map((column, index) => (
            <TableHeaderCell
              key={column.key}
              className={columnClass[index]}
              sortable
              sortDirection={props.sort.key === column.key ? props.sort.direction : undefined}
              onClick={() => props.onSort(column.key)}
            >
              <FormattedMessage id={column.label} />
            </TableHeaderCell>
          ))}
          <TableHeaderCell className={styles.actionsColumn}>
            <span className={styles.visuallyHidden}>
              <FormattedMessage id="drive.column.actions" />
            </span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <div ref={scrollRef} className={styles.viewport} onKeyDown={onKeyDown}>
        <TableBody className={styles.body} style={{ height: `${totalSize}px` }}>
          {rows.map((row) => {
            const item = items[row.index];
            if (!item) return null;
            const target = item.remoteItem ?? item;
            const kind = fileKind({ name: item.name, folder: target.folder, package: target.package, file: target.file });
            const ref = toDriveItemRef(item, '');
            const folderPath = props.showFolder ? folderOf(item.parentReference?.path) : undefined;
            return (
              <TableRow
                key={`${target.id}-${row.index}`}
                data-index={row.index}
                aria-rowindex={row.index + 2}
                tabIndex={row.index === activeIndex ? 0 : -1}
                onFocus={() => setActive(row.index)}
                className={styles.row}
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <TableCell className={styles.nameColumn}>
                  <div className={styles.nameCell}>
                    <FileIcon kind={kind} className={kind === 'folder' ? styles.folderIcon : styles.icon} />
                    <span className={styles.visuallyHidden}>{intl.formatMessage({ id: fileKindLabel(kind) })}: </span>
                    <span className={styles.nameStack}>
                      {kind === 'folder' ? (
                        <Button appearance="transparent" tabIndex={-1} className={styles.nameButton} onClick={() => props.onOpenFolder(item)}>
                          <span className={styles.nameText}>{item.name}</span>
                        </Button>
                      ) : (
                        <span className={styles.nameText}>{item.name}</span>
                      )}
                      {folderPath === undefined ? null : (
                        <span className={styles.folderPath}>
                          {folderPath.length === 0 ? (
                            <FormattedMessage id="drive.item.inTopFolder" />
                          ) : (
                            <FormattedMessage id="drive.item.inFolder" values={{ folder: folderPath.join(' › ') }} />
                          )}
                        </span>
                      )}
                    </span>
                  </div>
                </TableCell>
                <TableCell className={styles.modifiedColumn}>{formatModified(intl, target.lastModifiedDateTime ?? item.lastModifiedDateTime)}</TableCell>
                <TableCell className={styles.sizeColumn}>
                  {kind === 'folder' ? formatItemCount(intl, target.folder?.childCount ?? 0) : formatSize(intl, target.size ?? item.size)}
                </TableCell>
                <TableCell className={styles.actionsColumn}>
                  <Button
                    icon={<Share20Regular className={dir === 'rtl' ? styles.mirrored : undefined} />}
                    size="small"
                    tabIndex={row.index === activeIndex ? 0 : -1}
                    aria-label={intl.formatMessage({ id: 'drive.item.shareLabel' }, { name: item.name })}
                    disabled={ref.driveId === ''}
                    onClick={() => props.onShare(ref)}
                  >
                    <FormattedMessage id="drive.item.share" />
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </div>
    </Table>
    {props.loadingMore ? <Spinner size="tiny" className={styles.more} label={intl.formatMessage({ id: 'drive.status.loadingMore' })} /> : null}
    </>
  );
}
