// status-line.ts — keeps the header's one-line status readable in full: its text is mirrored
// into its title (the line itself is cut with an ellipsis so it never reflows the header;
// status-line.css). Also publishes the sticky header's height as --header-h for panels that
// stick below it.
import './status-line.css';

export function installStatusLine(status: HTMLElement, header: HTMLElement | null): void {
  const sync = () => {
    status.title = status.textContent ?? '';
  };
  new MutationObserver(sync).observe(status, { childList: true, characterData: true, subtree: true });
  sync();
  if (header) {
    const publish = () => document.documentElement.style.setProperty('--header-h', `${header.offsetHeight}px`);
    new ResizeObserver(publish).observe(header);
    publish();
  }
}
