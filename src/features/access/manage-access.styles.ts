import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useClasses = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalM },
  summary: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  live: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  entry: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  who: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0, flexGrow: 1 },
  names: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  secondary: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // At the end of the row, also when it wraps under the name on a narrow screen.
  controls: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, marginInlineStart: 'auto' },
  roleDropdown: { minWidth: '130px' },
  locked: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', textAlign: 'end', maxWidth: '260px' },
  facts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
  manualCopy: { width: '100%' },
  confirm: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    flexBasis: '100%',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  question: { flexGrow: 1, minWidth: '200px' },
});

export function useManageAccessStyles(className?: string) {
  const classes = useClasses();
  return { ...classes, root: mergeClasses(classes.root, className) };
}

export type ManageAccessStyles = ReturnType<typeof useManageAccessStyles>;
