import type * as MSGraph from '@microsoft/microsoft-graph-types';
import type { SiteRecord } from '../../tenant/model';

export function toGraphSite(site: SiteRecord): MSGraph.Site {
  return {
    id: site.graphId,
    createdDateTime: site.createdDateTime,
    description: site.description,
    displayName: site.displayName,
    lastModifiedDateTime: site.createdDateTime,
    name: site.name,
    webUrl: site.webUrl,
    siteCollection: { hostname: new URL(site.webUrl).hostname },
  };
}
