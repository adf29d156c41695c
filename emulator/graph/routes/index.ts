// Every Graph operation the emulator serves, grouped by resource.
import { directoryRoutes } from './directory';
import { driveItemRoutes } from './drive-items';
import { findingRoutes } from './finding';
import { driveRoutes } from './drives';
import { inviteRoutes } from './invite';
import { userRoutes } from './me';
import { peopleRoutes } from './people';
import { permissionRoutes } from './permissions';
import type { AnyRoute } from './route';
import { siteRoutes } from './sites';

export const graphRoutes: AnyRoute[] = [
  ...userRoutes,
  ...directoryRoutes,
  ...peopleRoutes,
  ...driveRoutes,
  ...driveItemRoutes,
  ...permissionRoutes,
  ...inviteRoutes,
  ...findingRoutes,
  ...siteRoutes,
];
