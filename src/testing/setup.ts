import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The suite runs on small, often busy machines and dialogs animate in: findBy* waits up to 15 s
// (Testing Library's 1 s default turned slow renders into false failures). Not a timing test.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  // The share dialog keeps drafts in sessionStorage; each test starts with none.
  sessionStorage.clear();
});
