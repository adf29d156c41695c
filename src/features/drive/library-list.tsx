import { Button } from '@fluentui/react-components';
import { BuildingMultiple20Regular, PeopleTeam20Regular } from '@fluentui/react-icons';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Library } from './api/list-libraries';
import { useDriveBrowserStyles } from './drive-browser.styles';

/** The document libraries of the user's Microsoft 365 groups and followed SharePoint sites. */
export function LibraryList({ libraries, onOpen }: { libraries: readonly Library[]; onOpen: (library: Library) => void }) {
  const styles = useDriveBrowserStyles();
  const intl = useIntl();
  if (libraries.length === 0) {
    return (
      <p className={styles.state} role="status">
        <FormattedMessage id="drive.libraries.none" />
      </p>
    );
  }
  return (
    <ul className={styles.libraries} aria-label={intl.formatMessage({ id: 'drive.source.libraries' })}>
      {libraries.map((library) => (
        <li key={`${library.kind}:${library.id}`}>
          <Button appearance="subtle" icon={library.kind === 'group' ? <PeopleTeam20Regular /> : <BuildingMultiple20Regular />} onClick={() => onOpen(library)}>
            {library.name}
            <span className={styles.visuallyHidden}>
              {' '}
              <FormattedMessage id={library.kind === 'group' ? 'drive.libraries.group' : 'drive.libraries.site'} />
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
