import { render } from 'preact';
import '../../components/page-style.css';
import './search.css';
import { loadUiLang } from '../../utils/settings-store';
import { SearchPage } from './SearchPage';

const root = document.getElementById('app');
// The UI language: the user's choice in Settings, else the browser's.
void loadUiLang().then((lang) => {
  document.documentElement.lang = lang;
  if (root) render(<SearchPage lang={lang} />, root);
});
