import { render } from 'preact';
import '../../components/page-style.css';
import { parseSettings, settingsDiff } from '../../lib/settings';
import { uiString } from '../../lib/ui-strings';
import { loadSettings, loadUiLang, saveSettings } from '../../utils/settings-store';
import { Library, type SettingsTransfer } from './Library';

/** Settings travel in the export file as what the user changed; an import stores them whole. */
const settings: SettingsTransfer<unknown> = {
  readSettings: async () => settingsDiff(await loadSettings()),
  parseSettings: (value) => {
    // Field by field a bad value falls back alone; but something that is not settings at all is refused.
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected an object');
    return parseSettings(value);
  },
  applySettings: (value) => saveSettings(parseSettings(value)),
};

const root = document.getElementById('app');
void loadUiLang().then((lang) => {
  document.documentElement.lang = lang;
  document.title = `${uiString(lang, 'yourArticles')} · Entente`;
  if (root) render(<Library lang={lang} settings={settings} />, root);
});
