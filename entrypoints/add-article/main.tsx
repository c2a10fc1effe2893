import { render } from 'preact';
import '../../components/page-style.css';
import { uiString } from '../../lib/ui-strings';
import { loadUiLang } from '../../utils/settings-store';
import { AddArticle } from './AddArticle';

const root = document.getElementById('app');
void loadUiLang().then((lang) => {
  document.documentElement.lang = lang;
  document.title = uiString(lang, 'addTitle');
  if (root) render(<AddArticle lang={lang} locationSearch={location.search} />, root);
});
