import { type StaticServer, serveStatic } from '../../packages/starlight-guidebook/__tests__/support/static-server.ts';
import { distDir } from './dist.ts';

export type { StaticServer };

/** Serves this site's dist/ (or another built folder) like a static host; the package's server. */
export function serveDist(root = distDir, base = '/'): Promise<StaticServer> {
  return serveStatic(root, base);
}
