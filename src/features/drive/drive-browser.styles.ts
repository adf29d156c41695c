import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useClasses = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  nameCell: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  icon: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
  folderIcon: { flexShrink: 0, color: tokens.colorPaletteYellowForeground2 },
  nameButton: { minWidth: 0, justifyContent: 'flex-start', textAlign: 'start', paddingInline: 0, fontWeight: tokens.fontWeightSemibold },
  nameText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  actionsColumn: { width: '110px' },
  sizeColumn: { width: '110px' },
  modifiedColumn: { width: '200px' },
  state: { padding: tokens.spacingVerticalXXL, textAlign: 'center', color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'center' },
  visuallyHidden: {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap',
  },
});

export function useDriveBrowserStyles(className?: string) {
  const classes = useClasses();
  return { ...classes, root: mergeClasses(classes.root, className) };
}
