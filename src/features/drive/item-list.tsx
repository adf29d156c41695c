import {
  Button,
  Checkbox,
  mergeClasses,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Tooltip,
  useFluent,
} from '@fluentui/react-components';
import { Share20Regular } from '@fluentui/react-icons';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../../i18n';
import { toDriveItemRef, type DriveItem, type DriveItemRef } from '../../lib/graph';
import type { SortKey, SortOrder } from './api/list-children';
import { useDriveBrowserStyles } from './drive-browser.styles';
import { FileIcon, fileKind, fileKindLabel } from './file-icon';
import { folderOf, formatItemCount, formatModified, formatSize } from './format';
import { useId, useRef, useState, type FocusEvent } from 'react';
import { ROW_HEIGHT, useItemList } from './use-item-list';
import { useNarrow } from './use-narrow';

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
  /** Fetches every remaining page (End goes to the last item). */
  loadAll: () => void;
  /** Search results show the folder each item is in. */
  showFolder: boolean;
  onOpenFolder: (item: DriveItem) => void;
  onShare: (item: DriveItemRef) => void;
  /** Rows with checkboxes for sharing several items at once; absent, the list has none. */
  selection?: ItemSelection | undefined;
}

/** The drive browser's selection as the list sees it: by row index. */
export interface ItemSelection {
  isSelected: (index: number) => boolean;
  /** `range`: Shift was held (click or Space), so everything from the last picked row is selected. */
  toggle: (index: number, range: boolean) => void;
  /** The header checkbox: all loaded rows, some, or none. */
  all: boolean | 'mixed';
  toggleAll: () => void;
}

const COLUMNS: { key: SortKey; label: MessageId }[] = [
  { key: 'name', label: 'drive.column.name' },
  { key: 'modified', label: 'drive.column.modified' },
  { key: 'size', label: 'drive.column.size' },
];

export function ItemList(props: ItemListProps) {
  const styles = useDriveBrowserStyles();
  const intl = useIntl();
  const nameId = useId();
  // Fluent flips directional icons only; the share arrow points "onward", which is left in Arabic.
  const { dir } = useFluent();
  const { items } = props;
  // The share dialog is opened from here without a DialogTrigger: this marks the Share buttons as
  // where Fluent's dialog returns focus when it closes.
  // Narrow windows stack name and details: two lines, or three with a search result's folder.
  const narrow = useNarrow();
  const { scrollRef, rowHeight, rows, totalSize, activeIndex, setActive, onKeyDown } = useItemList({
    count: items.length,
    rowHeight: narrow ? (props.showFolder ? 72 : 56) : ROW_HEIGHT,
    hasMore: props.hasMore,
    loadMore: props.loadMore,
    loadAll: props.loadAll,
    onOpen: (index) => {
      const item = items[index];
      if (item && (item.remoteItem ?? item).folder) props.onOpenFolder(item);
    },
    onToggle: props.selection?.toggle,
  });
  const selection = props.selection;
  // Shift+Space on a checkbox selects a range like Shift+click; the click it causes may not carry Shift.
  const shiftSpace = useRef(false);
  const columnClass = [styles.nameColumn, styles.modifiedColumn, styles.sizeColumn];
  const knownLength = props.total ?? (props.hasMore ? undefined : items.length);
  // A name cut short by its ellipsis shows in full on hover (its title) and, while its row or the
  // row's Share button has keyboard focus, in a tooltip; assistive technology reads the full text.
  const [fullNameShown, setFullNameShown] = useState<number | undefined>(undefined);
  const onRowFocus = (index: number) => (event: FocusEvent<HTMLElement>) => {
    setActive(index);
    const name = event.currentTarget.querySelector<HTMLElement>('[data-item-name]');
    setFullNameShown(name && name.scrollWidth > name.clientWidth ? index : undefined);
  };
  const onRowBlur = (event: FocusEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFullNameShown(undefined);
  };

  return (
    <>
      <Table noNativeElements aria-label={props.label} aria-rowcount={knownLength === undefined ? -1 : knownLength + 1} className={styles.table}>
        <TableHeader className={styles.header}>
          <TableRow aria-rowindex={1} className={mergeClasses(styles.row, styles.headerRow)}>
            {selection ? (
              <TableHeaderCell className={mergeClasses(styles.selectColumn, styles.headerSelect)}>
                <Checkbox checked={selection.all} aria-label={intl.formatMessage({ id: 'drive.select.all' })} onChange={() => selection.toggleAll()} />
              </TableHeaderCell>
            ) : null}
            {COLUMNS.map((column, index) => (
              <TableHeaderCell
                key={column.key}
                className={mergeClasses(columnClass[index], styles.headerCell)}
                sortable
                sortDirection={props.sort.key === column.key ? props.sort.direction : undefined}
                onClick={() => props.onSort(column.key)}
              >
                <FormattedMessage id={column.label} />
              </TableHeaderCell>
            ))}
            <TableHeaderCell className={mergeClasses(styles.actionsColumn, styles.headerActions)}>
              <span className={styles.visuallyHidden}>
                <FormattedMessage id="drive.column.actions" />
              </span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <div ref={scrollRef} className={styles.viewport} style={{ height: `min(max(60vh, 240px), ${totalSize}px)` }} onKeyDown={onKeyDown}>
          <TableBody className={styles.body} style={{ height: `${totalSize}px` }}>
            {rows.map((row) => {
              const item = items[row.index];
              if (!item) return null;
              const target = item.remoteItem ?? item;
              const kind = fileKind({ name: item.name, folder: target.folder, package: target.package, file: target.file });
              const ref = toDriveItemRef(item, '');
              const folderPath = props.showFolder ? folderOf(item.parentReference?.path) : undefined;
              const name = (
                <Tooltip content={item.name} relationship="inaccessible" visible={fullNameShown === row.index} positioning="above-start">
                  <span className={styles.nameText} title={item.name} data-item-name="">
                    {item.name}
                  </span>
                </Tooltip>
              );
              return (
                <TableRow
                  key={`${target.id}-${row.index}`}
                  data-index={row.index}
                  aria-rowindex={row.index + 2}
                  // Named by its name cell ("Folder: Reports"): with a checkbox first, Chromium
                  // no longer names the row from its content.
                  aria-labelledby={`${nameId}-${row.index}`}
                  tabIndex={row.index === activeIndex ? 0 : -1}
                  onFocus={onRowFocus(row.index)}
                  onBlur={onRowBlur}
                  className={mergeClasses(styles.row, styles.bodyRow, selection ? styles.selectableRow : undefined)}
                  style={{ height: `${rowHeight}px`, transform: `translateY(${row.start}px)` }}
                >
                  {selection ? (
                    <TableCell className={styles.selectColumn}>
                      <Checkbox
                        checked={selection.isSelected(row.index)}
                        disabled={ref.driveId === ''}
                        tabIndex={row.index === activeIndex ? 0 : -1}
                        aria-label={intl.formatMessage({ id: 'drive.select.item' }, { name: item.name })}
                        onKeyDown={(event) => {
                          if (event.key === ' ') shiftSpace.current = event.shiftKey;
                        }}
                        onChange={(event) => {
                          const range = shiftSpace.current || (event.nativeEvent as MouseEvent).shiftKey === true;
                          shiftSpace.current = false;
                          selection.toggle(row.index, range);
                        }}
                      />
                    </TableCell>
                  ) : null}
                  <TableCell className={mergeClasses(styles.nameColumn, styles.nameCell)}>
                    <div className={styles.nameContent} id={`${nameId}-${row.index}`}>
                      <FileIcon kind={kind} className={kind === 'folder' ? styles.folderIcon : styles.icon} />
                      <span className={styles.visuallyHidden}>{intl.formatMessage({ id: fileKindLabel(kind) })}: </span>
                      <span className={styles.nameStack}>
                        {kind === 'folder' ? (
                          <Button appearance="transparent" tabIndex={-1} className={styles.nameButton} onClick={() => props.onOpenFolder(item)}>
                            {name}
                          </Button>
                        ) : (
                          name
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
                  <TableCell className={mergeClasses(styles.modifiedColumn, styles.meta)}>
                    {formatModified(intl, target.lastModifiedDateTime ?? item.lastModifiedDateTime, { dateOnly: narrow })}
                  </TableCell>
                  <TableCell className={mergeClasses(styles.sizeColumn, styles.meta)}>
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
