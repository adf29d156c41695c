import { makeStyles, tokens } from '@fluentui/react-components';

export const useEmbedManyStyles = makeStyles({
  notice: { marginBlockEnd: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  code: { color: tokens.colorNeutralForeground3, unicodeBidi: 'isolate', direction: 'ltr' },
});
