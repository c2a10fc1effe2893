export type ObservePageOptions = {
  root: Element;
  /** Our own UI: its changes never trigger work. */
  isOwnNode: (node: Node) => boolean;
  /** Called at most once per frame with the elements whose text changed. */
  onChange: (containers: Set<Element>) => void;
};

/** Watches the page for new, removed and edited text and reports the elements to re-scan. */
export function observePage({ root, isOwnNode, onChange }: ObservePageOptions): MutationObserver {
  let pending = new Set<Element>();
  let frame = 0;
  const flush = () => {
    frame = 0;
    const batch = pending;
    pending = new Set();
    if (batch.size > 0) onChange(batch);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (isOwnNode(target) || (target instanceof Element && target.closest?.('entente-card'))) continue;
      if (record.type === 'childList') {
        const added = [...record.addedNodes, ...record.removedNodes];
        if (added.length > 0 && added.every(isOwnNode)) continue;
      }
      const element = target instanceof Element ? target : target.parentElement;
      if (element) pending.add(element);
    }
    if (pending.size > 0 && !frame) frame = requestAnimationFrame(flush);
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  return observer;
}
