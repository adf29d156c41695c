import { describe, expect, it } from 'vitest';
import { AuthScopeRefusedError } from '../../../lib/auth';
import { GraphError, type GraphClient, type GraphRequest } from '../../../lib/graph';
import { listLibraries } from './list-libraries';

const group = { '@odata.type': '#microsoft.graph.group', id: 'g1', displayName: 'Sales', groupTypes: ['Unified'] };
const site = { id: 's1', displayName: 'Human Resources', name: 'hr' };

/** A Graph client answering memberOf and followedSites, or failing either as told. */
function client(fail: { groups?: Error; sites?: Error }): GraphClient {
  return {
    request<T>(request: GraphRequest<T>) {
      const sites = request.path.includes('followedSites');
      const failure = sites ? fail.sites : fail.groups;
      if (failure) return Promise.reject(failure);
      const data = request.schema.parse({ value: [sites ? site : group] });
      return Promise.resolve({ data, status: 200, requestId: undefined });
    },
  };
}

describe('listLibraries', () => {
  const signal = new AbortController().signal;

  it('lists the groups’ libraries when Sites.Read.All is refused, and says which part is missing', async () => {
    const refused = new AuthScopeRefusedError(['Sites.Read.All']);
    const listing = await listLibraries(client({ sites: refused }), signal);
    expect(listing.libraries.map((library) => library.name)).toEqual(['Sales']);
    expect(listing.problems).toEqual([{ part: 'sites', error: refused }]);
  });

  it('lists the followed sites when the memberships fail, and fails only when both do', async () => {
    const busy = new GraphError({ kind: 'http', status: 503, code: 'serviceNotAvailable', message: 'busy' });
    const listing = await listLibraries(client({ groups: busy }), signal);
    expect(listing.libraries.map((library) => library.kind)).toEqual(['site']);
    expect(listing.problems).toEqual([{ part: 'groups', error: busy }]);
    await expect(listLibraries(client({ groups: busy, sites: new AuthScopeRefusedError(['Sites.Read.All']) }), signal)).rejects.toBe(busy);
  });

  it('lists both with no problem when both answer', async () => {
    const listing = await listLibraries(client({}), signal);
    expect(listing).toEqual({ libraries: [expect.objectContaining({ kind: 'group' }), expect.objectContaining({ kind: 'site' })], problems: [] });
  });
});
