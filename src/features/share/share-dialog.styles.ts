import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useClasses = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // The content scrolls; nothing in it may be squeezed shorter than its text (the summary would spill over the list).
  results: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, '> *': { flexShrink: 0 } },
  title: { overflowWrap: 'anywhere' },
  // Across the dialog's whole width (Fluent's default is its right half), wrapping as a group: each
  // label stays on one line. Below 480 px Fluent stacks the buttons full width.
  actions: {
    justifySelf: 'stretch',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    '> *': { whiteSpace: 'nowrap', flexShrink: 0, maxWidth: '100%' },
  },
});

export function useShareDialogStyles(className?: string) {
  const classes = useClasses();
  return {
    ...classes,
    surface: mergeClasses(classes.surface, className),
  };
}

export type ShareDialogStyles = ReturnType<typeof useShareDialogStyles>;
