import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ROW_HEIGHT } from './use-item-list';

const fixedColumn = (width: string) => ({ flexGrow: 0, flexShrink: 0, flexBasis: width, minWidth: '0px' });

const useClasses = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  search: { minWidth: '260px' },
  table: { minWidth: 0 },
  header: { display: 'block' },
  row: { display: 'flex', alignItems: 'center', width: '100%', height: `${ROW_HEIGHT}px`, boxSizing: 'border-box' },
  // The scroll viewport: only the rows inside it are rendered.
  viewport: { height: '60vh', minHeight: '240px', overflowY: 'auto', position: 'relative', contain: 'strict' },
  body: { display: 'block', position: 'relative', width: '100%' },
  nameColumn: { flexGrow: 1, flexShrink: 1, flexBasis: '0px', minWidth: 0 },
  modifiedColumn: fixedColumn('200px'),
  sizeColumn: fixedColumn('110px'),
  actionsColumn: fixedColumn('110px'),
  nameCell: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
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
  visuallyHidden: {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap',
  },
});

export function useDriveBrowserStyles(className?: string) {
  const classes = useClasses();
  return { ...classes, root: mergeClasses(classes.root, className) };
}
