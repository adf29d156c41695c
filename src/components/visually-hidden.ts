import type { GriffelStyle } from '@fluentui/react-components';

/** Read by assistive technology, not shown: spread into a `makeStyles` slot. */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
