import { useAnnounce } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import type { ShareView } from './share-dialog.types';

/**
 * Tells a screen reader user that sending started, through Fluent's announcer. How it ended is
 * read from the outcome's summary, a status region, so it is not announced twice.
 */
export function useShareAnnouncements(view: ShareView) {
  const intl = useIntl();
  const { announce } = useAnnounce();
  let sentence: string | undefined;
  if (view.kind === 'sending') sentence = intl.formatMessage({ id: 'share.dialog.sending' });
  else if (view.kind === 'sent' && view.retry.kind === 'retrying') sentence = intl.formatMessage({ id: 'share.outcome.retrying' });
  useEffect(() => {
    if (sentence) announce(sentence, { batchId: 'share-send' });
  }, [announce, sentence]);
}
