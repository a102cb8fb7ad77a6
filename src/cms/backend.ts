/**
 * Which git host the CMS saves to, chosen by environment variables at build time. Without any, the CMS
 * uses Decap's local backend (decap-server on 127.0.0.1:8081, started by `npm start`), so an editor can
 * try it on their own machine with no account. The README explains each production backend.
 *
 *   CMS_BACKEND        local (default) | gitlab | github | gitea
 *   CMS_REPO           owner/name of the repository (gitlab, github, gitea)
 *   CMS_BRANCH         branch the site is built from (default main)
 *   CMS_BASE_URL       GitLab or Gitea server, e.g. https://git.heza.gov.vn (default gitlab.com);
 *                      for GitHub: the OAuth service that hands out tokens
 *   CMS_API_ROOT       API root, when not <CMS_BASE_URL>/api/v4 (GitLab) or <CMS_BASE_URL>/api/v1 (Gitea)
 *   CMS_APP_ID         OAuth application (client) id registered on GitLab or Gitea
 *   CMS_AUTH_ENDPOINT  GitHub OAuth service path (default auth)
 *   CMS_SITE_URL       public address of the site, for "view live" links (default SITE_URL)
 */
export type BackendName = 'local' | 'gitlab' | 'github' | 'gitea';
export const backendNames: readonly BackendName[] = ['local', 'gitlab', 'github', 'gitea'];

export type CmsEnv = Partial<Record<string, string | undefined>>;

export interface BackendConfig {
  backend: Record<string, unknown>;
  publish_mode?: 'editorial_workflow';
  local_backend?: { url: string; allowed_hosts?: string[] };
  site_url?: string;
}

/** The port the local decap-server listens on (npm start); tests start their own on another port. */
export const LOCAL_PROXY_PORT = 8081;

function need(env: CmsEnv, key: string, backend: string): string {
  const value = env[key]?.trim();
  if (!value) throw new Error(`CMS_BACKEND=${backend} needs ${key} (see the README, section "Publishing with the CMS")`);
  return value;
}

const trimSlash = (s: string) => s.replace(/\/+$/, '');

export function cmsBackend(env: CmsEnv = {}): BackendConfig {
  const name = (env.CMS_BACKEND?.trim() || 'local') as BackendName;
  if (!backendNames.includes(name)) {
    throw new Error(`CMS_BACKEND="${env.CMS_BACKEND}" is not one of: ${backendNames.join(', ')}`);
  }
  const branch = env.CMS_BRANCH?.trim() || 'main';
  const site = env.CMS_SITE_URL?.trim() || env.SITE_URL?.trim();
  const siteUrl = site ? { site_url: site } : {};
  switch (name) {
    case 'local':
      // Decap replaces this backend by its proxy when the page is opened at localhost and decap-server
      // answers; "test-repo" would only keep entries in the browser's memory, so "proxy" is named here.
      return {
        backend: { name: 'proxy', proxy_url: `http://127.0.0.1:${LOCAL_PROXY_PORT}/api/v1`, branch },
        local_backend: { url: `http://127.0.0.1:${LOCAL_PROXY_PORT}/api/v1` },
        ...siteUrl,
      };
    case 'gitlab': {
      const base = trimSlash(env.CMS_BASE_URL?.trim() || 'https://gitlab.com');
      return {
        backend: {
          name: 'gitlab',
          repo: need(env, 'CMS_REPO', name),
          branch,
          auth_type: 'pkce',
          app_id: need(env, 'CMS_APP_ID', name),
          base_url: base,
          api_root: env.CMS_API_ROOT?.trim() || `${base}/api/v4`,
          auth_endpoint: 'oauth/authorize',
        },
        publish_mode: 'editorial_workflow',
        ...siteUrl,
      };
    }
    case 'github':
      return {
        backend: {
          name: 'github',
          repo: need(env, 'CMS_REPO', name),
          branch,
          base_url: trimSlash(need(env, 'CMS_BASE_URL', name)),
          auth_endpoint: env.CMS_AUTH_ENDPOINT?.trim() || 'auth',
          ...(env.CMS_API_ROOT?.trim() ? { api_root: env.CMS_API_ROOT.trim() } : {}),
        },
        publish_mode: 'editorial_workflow',
        ...siteUrl,
      };
    case 'gitea': {
      // Gitea logs in with PKCE but has no editorial workflow in Decap: entries are published on save.
      const base = trimSlash(need(env, 'CMS_BASE_URL', name));
      return {
        backend: {
          name: 'gitea',
          repo: need(env, 'CMS_REPO', name),
          branch,
          base_url: base,
          api_root: env.CMS_API_ROOT?.trim() || `${base}/api/v1`,
          app_id: need(env, 'CMS_APP_ID', name),
        },
        ...siteUrl,
      };
    }
  }
}
