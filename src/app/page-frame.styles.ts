import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The page around every view of the standalone app: its background, the header with the product
 * name, and the column the views sit in. Shared by the signed-in shell and the signed-out page, so
 * that signing in changes what is in the header, not where the header is.
 */
export const usePageFrameStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  // On a narrow window the account wraps under the product name instead of squeezing its words.
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  main: {
    maxWidth: '1100px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
});
