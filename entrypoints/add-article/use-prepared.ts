import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ToBackgroundReplies } from '../../lib/messages';
import type { ArticleDraft } from '../../lib/user-article-draft';
import { sendToBackground } from '../../utils/messaging';

type Prepared = ToBackgroundReplies['prepareArticle'];

/** The background's pipeline run over a draft, redone (debounced) as the reader types. */
export function usePrepared(draft: ArticleDraft | null): {
  prepared: Prepared | null;
  /** Runs the pipeline now (before saving) and returns its result. */
  prepareNow: (draft: ArticleDraft) => Promise<Prepared>;
} {
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const latestRef = useRef(0);
  const prepareNow = useCallback(async (next: ArticleDraft): Promise<Prepared> => {
    const request = ++latestRef.current;
    const reply = await sendToBackground({ type: 'prepareArticle', draft: next });
    if (!reply.ok) throw new Error(reply.error);
    // An older run that answers late does not overwrite a newer one.
    if (request === latestRef.current) setPrepared(reply.value);
    return reply.value;
  }, []);
  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => void prepareNow(draft).catch(() => undefined), 250);
    return () => clearTimeout(timer);
  }, [draft, prepareNow]);
  return { prepared, prepareNow };
}
