import { useEffect, useState } from 'preact/hooks';
import type { UiLang } from '../../lib/languages';
import type { ReplyFor } from '../../lib/messages';
import { sendToBackground } from '../../utils/messaging';
import { PopupStatus } from './PopupStatus';

export type PopupProps = { lang: UiLang };

/** The toolbar popup: asks the background for the corpus it holds. */
export function Popup({ lang }: PopupProps) {
  const [status, setStatus] = useState<ReplyFor<'ping'> | null>(null);
  useEffect(() => {
    void sendToBackground({ type: 'ping' }).then(setStatus);
  }, []);
  return <PopupStatus lang={lang} status={status} />;
}
