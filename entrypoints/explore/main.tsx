import { render } from 'preact';
import '../../components/page-style.css';
import { loadUiLang } from '../../utils/settings-store';
import { Explore, selectionFromUrl } from './Explore';

const root = document.getElementById('app');
// The UI language: the user's choice in Settings, else the browser's.
void loadUiLang().then((lang) => {
  document.documentElement.lang = lang;
  if (root) render(<Explore lang={lang} initial={selectionFromUrl(location.search)} />, root);
});
