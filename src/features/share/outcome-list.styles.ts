import { makeStyles, tokens } from '@fluentui/react-components';

/** One column of text beside the avatar: every line wraps inside it, so nothing runs over anything at any width. */
export const useOutcomeListStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'start',
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':last-child': { borderBottomStyle: 'none' },
  },
  body: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  // Names and addresses have no spaces to break at; they wrap anywhere rather than run out of the dialog.
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', maxWidth: '100%' },
  secondary: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
    maxWidth: '100%',
  },
  status: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    marginTop: tokens.spacingVerticalXXS,
  },
  // The icon sits on the first line of the status text.
  statusIcon: { flexShrink: 0, marginTop: '2px' },
  sent: { color: tokens.colorStatusSuccessForeground1 },
  quiet: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  danger: { color: tokens.colorStatusDangerForeground1 },
  reason: { margin: 0, overflowWrap: 'anywhere', maxWidth: '100%' },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  details: { marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalS})` },
  detailsRegion: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    maxWidth: '100%',
    userSelect: 'text',
  },
  // The class's display would otherwise win over the hidden attribute.
  collapsed: { display: 'none' },
});
