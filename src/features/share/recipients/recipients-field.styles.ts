import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useClasses = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  // Long pasted lists scroll inside the field instead of pushing Send out of the dialog.
  control: { maxHeight: '40vh', overflowY: 'auto' },
  // A long name or address is cut with an ellipsis inside the field, never widening the dialog;
  // the whole text stays the chip's accessible name, and the address is on its tooltip.
  chip: { maxWidth: '100%', minWidth: 0 },
  chipPrimary: { minWidth: 0, overflow: 'hidden' },
  chipText: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
  chipName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  unreadable: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationColor: tokens.colorPaletteRedBorder2,
  },
  option: { columnGap: tokens.spacingHorizontalS },
  more: { flexShrink: 0, alignSelf: 'center', whiteSpace: 'nowrap' },
  secondary: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function useRecipientsFieldStyles(className?: string) {
  const classes = useClasses();
  return { ...classes, control: mergeClasses(classes.control, className) };
}

export type RecipientsFieldStyles = ReturnType<typeof useRecipientsFieldStyles>;
