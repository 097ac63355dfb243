import { SECTION_LABELS, SECTIONS, useNav } from '../store/nav';
import { usePalette } from '../store/palette';

export function SideNav() {
  const section = useNav((s) => s.section);
  const go = useNav((s) => s.go);
  const openPalette = usePalette((s) => s.setOpen);
  return (
    <nav className="side-nav" aria-label="Sections">
      <div className="brand" aria-hidden="true">ClaimTrail</div>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s}>
            <a
              href={`#/${s}`}
              aria-current={s === section ? 'page' : undefined}
              onClick={(e) => { e.preventDefault(); go(s); }}
            >
              {SECTION_LABELS[s]}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" className="palette-hint" onClick={() => openPalette(true)}>
        Go to… <kbd>Ctrl K</kbd>
      </button>
    </nav>
  );
}
