// Starts an emulator on free ports, quiet, for one test file.
import { startEmulator, type RunningEmulator } from '../server';
import { defaultSettings, type EmulatorSettings } from '../settings';

export async function startTestEmulator(overrides: Partial<EmulatorSettings> = {}): Promise<RunningEmulator> {
  return startEmulator({ ...defaultSettings, identityPort: 0, graphPort: 0, quiet: true, ...overrides });
}
