import { useAnnounce } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { formatText } from '../../components/display-text';
import type { DriveItemRef } from '../../lib/graph';
import { summarizeOutcomes } from './send/recipient-outcome';
import type { ShareView } from './share-dialog.types';

/** Tells a screen reader user that sending started and how it ended, through Fluent's announcer. */
export function useShareAnnouncements(item: DriveItemRef, view: ShareView) {
  const intl = useIntl();
  const { announce } = useAnnounce();
  let sentence: string | undefined;
  if (view.kind === 'sending') sentence = intl.formatMessage({ id: 'share.dialog.sending' });
  else if (view.kind === 'sent' && view.retry.kind === 'idle') sentence = formatText(intl, summarizeOutcomes(item.name, view.outcomes).text);
  useEffect(() => {
    if (sentence) announce(sentence, { batchId: 'share-send' });
  }, [announce, sentence]);
}
