import { useCallback, useEffect, useState } from 'preact/hooks';
import { OptionsForm, type SaveStatus } from '../../components/OptionsForm';
import { DEFAULT_SETTINGS, effectiveUiLang, type Settings } from '../../lib/settings';
import { settingsString } from '../../lib/settings-strings';
import { browserUiLang, loadSettings, saveSettings, watchSettings } from '../../utils/settings-store';

/** The settings page, connected: reads and stores `sync:settings`, and follows changes made elsewhere. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });

  useEffect(() => {
    void loadSettings().then(setSettings);
    // The popup or the context menu may turn a site off while this page is open.
    return watchSettings(setSettings);
  }, []);

  const lang = settings ? effectiveUiLang(settings, browserUiLang()) : browserUiLang();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `Entente · ${settingsString(lang, 'settings')}`;
  }, [lang]);

  const save = useCallback((next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setStatus({ state: 'saved' }),
      (error: unknown) => setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  if (!settings) return null;
  return (
    <OptionsForm
      lang={lang}
      settings={settings}
      status={status}
      onChange={save}
      onReset={() => save(structuredClone(DEFAULT_SETTINGS))}
    />
  );
}
