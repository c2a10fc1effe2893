import type { UiLang } from '../../lib/languages';
import type { ReplyFor } from '../../lib/messages';
import { uiString } from '../../lib/ui-strings';
import './popup.css';

export type PopupStatusProps = { lang: UiLang; status: ReplyFor<'ping'> | null };

export function PopupStatus({ lang, status }: PopupStatusProps) {
  return (
    <main class="popup">
      <h1>Entente</h1>
      <p class="muted">{uiString(lang, 'tagline')}</p>
      {status === null ? <p>{uiString(lang, 'loading')}</p> : null}
      {status?.ok ? (
        <p data-testid="corpus-size">{uiString(lang, 'corpusSize', { n: status.value.articles })}</p>
      ) : null}
      {status && !status.ok ? <p class="error">{uiString(lang, 'failed')}</p> : null}
    </main>
  );
}
