import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';

/** A panel on the right for the details of what was clicked; Escape or × closes it. */
export function Drawer({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <aside class="drawer" aria-label={title}>
      <header class="drawer-head">
        <h2>{title}</h2>
        <button type="button" class="icon-button" onClick={onClose} aria-label="Close" title="Close (Esc)">
          ×
        </button>
      </header>
      <div class="drawer-body">{children}</div>
    </aside>
  );
}
