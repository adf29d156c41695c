import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useClasses = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  switches: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalXS },
  hintRow: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalM },
  counter: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  counterOver: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  results: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { overflowWrap: 'anywhere' },
});

export function useShareDialogStyles(className?: string) {
  const classes = useClasses();
  return {
    ...classes,
    surface: mergeClasses(classes.surface, className),
    counterOver: mergeClasses(classes.counter, classes.counterOver),
  };
}

export type ShareDialogStyles = ReturnType<typeof useShareDialogStyles>;
