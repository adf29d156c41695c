import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useClasses = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { overflowWrap: 'anywhere' },
  items: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  firstItems: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  itemList: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    maxHeight: '160px',
    overflowY: 'auto',
    alignSelf: 'stretch',
    overflowWrap: 'anywhere',
  },
  unshareable: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  results: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, '> *': { flexShrink: 0 } },
  outcomes: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  outcome: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  // The name and status take what room there is and wrap within it; Manage access keeps its own
  // place at the end of the line (the start in Arabic), the same on every item.
  outcomeHead: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  outcomeTitle: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', flexGrow: 1, minWidth: 0 },
  itemName: { fontWeight: tokens.fontWeightSemibold },
  manage: { flexShrink: 0 },
  statusShared: { color: tokens.colorPaletteGreenForeground1 },
  statusProblem: { color: tokens.colorPaletteRedForeground1 },
  code: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, unicodeBidi: 'isolate', direction: 'ltr' },
  actions: {
    justifySelf: 'stretch',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    '> *': { whiteSpace: 'nowrap', flexShrink: 0, maxWidth: '100%' },
  },
});

export function useShareManyStyles(className?: string) {
  const classes = useClasses();
  return { ...classes, surface: mergeClasses(classes.surface, className) };
}

export type ShareManyStyles = ReturnType<typeof useShareManyStyles>;
