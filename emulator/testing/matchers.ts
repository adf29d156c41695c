// Asymmetric matchers typed as unknown, so typed test fixtures do not absorb vitest's `any`.
import { expect } from 'vitest';

export const anyString = (): unknown => expect.any(String);
export const stringMatching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
export const stringContaining = (text: string): unknown => expect.stringContaining(text);
