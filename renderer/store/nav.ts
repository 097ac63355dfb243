// Which screen is showing, plus its one parameter (a claim id, a worklist, a report). Kept in the URL hash so
// reloads and the browser's back button work.
import { create } from 'zustand';

export const SECTIONS = ['claims', 'worklists', 'reports', 'sync', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<Section, string> = {
  claims: 'Claims', worklists: 'Worklists', reports: 'Reports', sync: 'Sync', settings: 'Settings',
};

export interface Route { section: Section; param: string | null; }

interface NavState extends Route {
  depth: number; // in-app history entries behind this one: Esc walks back through them

  go(section: Section, param?: string | null): void;
  openClaim(id: string): void;
  back(): void;
}

export function parseHash(hash: string): Route {
  const [name, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const section = (SECTIONS as readonly string[]).includes(name ?? '') ? (name as Section) : 'claims';
  const param = rest.length ? decodeURIComponent(rest.join('/')) : null;
  return { section, param: param || null };
}

const hashOf = (section: Section, param: string | null) => `#/${section}${param ? `/${encodeURIComponent(param)}` : ''}`;

export const useNav = create<NavState>()((set, get) => ({
  ...parseHash(location.hash),
  depth: 0,
  go: (section, param = null) => {
    const hash = hashOf(section, param);
    if (location.hash === hash) return;
    history.pushState(null, '', hash);
    set({ section, param, depth: get().depth + 1 });
  },
  openClaim: (id) => get().go('claims', id),
  /** Back to where the user came from (a worklist, a report, the list); up one level after a deep link. */
  back: () => {
    const { section, param, depth } = get();
    if (depth > 0) history.back();
    else if (param) get().go(section);
  },
}));

window.addEventListener('popstate', () => {
  useNav.setState((s) => ({ ...parseHash(location.hash), depth: Math.max(0, s.depth - 1) }));
});
