import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../components/visually-hidden';
import { ROW_HEIGHT } from './use-item-list';
import { NARROW_MEDIA } from './use-narrow';

const fixedColumn = (width: string) => ({ flexGrow: 0, flexShrink: 0, flexBasis: width, minWidth: '0px' });

const NARROW = `@media ${NARROW_MEDIA}`;
/** The file icon's width plus the gap after it: the second line of a narrow row starts under the name. */
const ICON_INDENT = `calc(20px + ${tokens.spacingHorizontalS})`;

const useClasses = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  // The places wrap rather than push the page sideways on the narrowest windows (320px).
  tabs: { flexWrap: 'wrap' },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  search: { minWidth: '260px', [NARROW]: { minWidth: 0, flexGrow: 1 } },
  table: { minWidth: 0 },
  header: { display: 'block' },
  row: { display: 'flex', alignItems: 'center', width: '100%', boxSizing: 'border-box' },
  headerRow: { height: `${ROW_HEIGHT}px` },
  // Virtual rows are placed by translateY from the top of the body, so they must leave the flow:
  // in flow, each would also push the next one down by its own height.
  bodyRow: {
    position: 'absolute',
    top: 0,
    left: 0,
    [NARROW]: {
      display: 'grid',
      gridTemplateColumns: 'auto minmax(0, 1fr) auto',
      gridTemplateAreas: '"name name actions" "modified size size"',
    },
  },
  // With checkboxes the narrow entry gets a first column for it, spanning both lines.
  selectableRow: {
    [NARROW]: {
      gridTemplateColumns: 'auto auto minmax(0, 1fr) auto',
      gridTemplateAreas: '"select name name actions" "select modified size size"',
      alignContent: 'center',
      alignItems: 'center',
    },
  },
  // The scroll viewport: only the rows inside it are rendered.
  // Its height (set inline) is 60% of the window, at least 240px, and no more than its rows need.
  viewport: { overflowY: 'auto', position: 'relative', contain: 'strict' },
  body: { display: 'block', position: 'relative', width: '100%' },
  nameColumn: { flexGrow: 1, flexShrink: 1, flexBasis: '0px', minWidth: 0 },
  // Narrow: the cells are lines of one entry, as tall as their text (a table cell is 44px high).
  nameCell: { [NARROW]: { gridArea: 'name', minHeight: 'auto', alignSelf: 'end' } },
  modifiedColumn: {
    ...fixedColumn('200px'),
    [NARROW]: { gridArea: 'modified', paddingInlineStart: `calc(${tokens.spacingHorizontalS} + ${ICON_INDENT})`, paddingInlineEnd: tokens.spacingHorizontalM },
  },
  sizeColumn: { ...fixedColumn('110px'), [NARROW]: { gridArea: 'size', paddingInlineStart: 0 } },
  selectColumn: { ...fixedColumn('44px'), [NARROW]: { gridArea: 'select', flexBasis: 'auto', minHeight: 'auto', paddingInline: 0 } },
  headerSelect: { [NARROW]: { flexBasis: 'auto', paddingInline: 0 } },
  actionsColumn: { ...fixedColumn('110px'), [NARROW]: { gridArea: 'actions', flexBasis: 'auto', minHeight: 'auto', alignSelf: 'end' } },
  // Narrow: the second line of an entry, smaller and quieter than the name.
  meta: {
    [NARROW]: {
      minHeight: 'auto',
      alignSelf: 'start',
      whiteSpace: 'nowrap',
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
      color: tokens.colorNeutralForeground3,
    },
  },
  // Narrow: the sort buttons take only the room their words need; the hidden Actions header none.
  headerCell: { [NARROW]: { flexGrow: 0, flexShrink: 1, flexBasis: 'auto' } },
  headerActions: { [NARROW]: { flexBasis: 0, paddingInline: 0, overflow: 'hidden' } },
  nameContent: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  nameStack: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  icon: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
  folderIcon: { flexShrink: 0, color: tokens.colorPaletteYellowForeground2 },
  // Griffel flips left/right but not transforms: icons that point onward are turned by hand under rtl.
  mirrored: { transform: 'scaleX(-1)' },
  nameButton: { minWidth: 0, justifyContent: 'flex-start', textAlign: 'start', paddingInline: 0, fontWeight: tokens.fontWeightSemibold },
  nameText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  folderPath: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  state: { padding: tokens.spacingVerticalXXL, textAlign: 'center', color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'center' },
  libraries: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, listStyleType: 'none', margin: 0, padding: 0 },
  visuallyHidden,
});

export function useDriveBrowserStyles(className?: string) {
  const classes = useClasses();
  return { ...classes, root: mergeClasses(classes.root, className) };
}
