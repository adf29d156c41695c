import { Button } from '@fluentui/react-components';
import { BuildingMultiple20Regular, PeopleTeam20Regular } from '@fluentui/react-icons';
import type { Library } from './api/list-libraries';
import { useDriveBrowserStyles } from './drive-browser.styles';

/** The document libraries of the user's Microsoft 365 groups and followed SharePoint sites. */
export function LibraryList({ libraries, onOpen }: { libraries: readonly Library[]; onOpen: (library: Library) => void }) {
  const styles = useDriveBrowserStyles();
  if (libraries.length === 0) {
    return (
      <p className={styles.state} role="status">
        You are not a member of any group with files, and you follow no SharePoint sites.
      </p>
    );
  }
  return (
    <ul className={styles.libraries} aria-label="Libraries">
      {libraries.map((library) => (
        <li key={`${library.kind}:${library.id}`}>
          <Button
            appearance="subtle"
            icon={library.kind === 'group' ? <PeopleTeam20Regular /> : <BuildingMultiple20Regular />}
            onClick={() => onOpen(library)}
          >
            {library.name}
            <span className={styles.visuallyHidden}>{library.kind === 'group' ? ' (group files)' : ' (SharePoint site)'}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
