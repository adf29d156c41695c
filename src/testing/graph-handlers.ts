import { http, HttpResponse } from 'msw';
import type { DriveItemRef } from '../lib/graph';
import { TEST_GRAPH_BASE } from './render';

/** MSW answers for the item and drive reads the share dialog makes before it shows its form. */
export function itemFactsHandlers(item: DriveItemRef, drive: { driveType: string; root?: boolean }) {
  const base = `${TEST_GRAPH_BASE}/v1.0/drives/${encodeURIComponent(item.driveId)}`;
  return [
    http.get(`${base}/items/${encodeURIComponent(item.itemId)}`, () =>
      HttpResponse.json({
        id: item.itemId,
        name: item.name,
        ...(item.isFolder ? { folder: { childCount: 0 } } : { file: {} }),
        ...(drive.root ? { root: {} } : {}),
      }),
    ),
    http.get(base, () => HttpResponse.json({ id: item.driveId, driveType: drive.driveType })),
  ];
}
