// GET /me/drive, /users/{id}/drive and /drives/{drive-id}.
import { SCOPES } from '../auth/scopes';
import { applySelect, parseSelect } from '../odata/query';
import { requireDriveScope, resolveDrive } from '../resolve/resolve';
import { toGraphDrive } from '../shapes/drive';
import { route } from './route';

export const driveRoutes = [
  route({
    kind: 'drive',
    method: 'GET',
    scopes: SCOPES.readFiles,
    handle(op, target) {
      const drive = resolveDrive(op, target.drive);
      requireDriveScope(op, drive, 'read');
      return {
        status: 200,
        body: {
          '@odata.context': `${op.graphBase}/$metadata#drives/$entity`,
          ...applySelect(toGraphDrive(op.store, drive), parseSelect(op.url.searchParams)),
        },
      };
    },
  }),
];
