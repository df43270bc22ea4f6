// Keyboard shortcuts for the moderation queue. Every action is also an ordinary button or link.

function items(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-queue-item]'));
}

function current(): HTMLElement | null {
  return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-queue-item]') ?? null;
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select')) return;
  const all = items();
  const here = current();
  const index = here ? all.indexOf(here) : -1;
  const move = (to: number) => all[Math.max(0, Math.min(all.length - 1, to))]?.focus();
  switch (event.key) {
    case 'j':
      move(index + 1);
      break;
    case 'k':
      move(index < 0 ? 0 : index - 1);
      break;
    case 'a':
    case 'h':
    case 'e':
    case 'r': {
      const control = here?.querySelector<HTMLElement>(`[data-shortcut="${event.key}"]`);
      if (!control) return;
      control.click();
      if (event.key === 'r') here?.querySelector('textarea')?.focus();
      break;
    }
    default:
      return;
  }
  event.preventDefault();
});
