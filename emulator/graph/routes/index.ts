// Every Graph operation the emulator serves, grouped by resource.
import { driveItemRoutes } from './drive-items';
import { driveRoutes } from './drives';
import { inviteRoutes } from './invite';
import { userRoutes } from './me';
import { permissionRoutes } from './permissions';
import type { AnyRoute } from './route';

export const graphRoutes: AnyRoute[] = [
  ...userRoutes,
  ...driveRoutes,
  ...driveItemRoutes,
  ...permissionRoutes,
  ...inviteRoutes,
];
