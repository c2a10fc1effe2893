import { render } from 'preact';
import '../../components/page-style.css';
import './popup.css';
import { loadUiLang } from '../../utils/settings-store';
import { Popup } from './Popup';

const root = document.getElementById('app');
// The UI language: the user's choice in Settings, else the browser's.
void loadUiLang().then((lang) => {
  document.documentElement.lang = lang;
  if (root) render(<Popup lang={lang} locationSearch={location.search} onDone={() => window.close()} />, root);
});
