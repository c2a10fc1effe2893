import { render } from 'preact';
import '../../components/page-style.css';
import { loadUiLang } from '../../utils/settings-store';
import { Reader } from './Reader';

const root = document.getElementById('app');
const id = new URLSearchParams(location.search).get('id') ?? '';
// The UI language: the user's choice in Settings, else the browser's.
void loadUiLang().then((lang) => {
  if (root) render(<Reader id={id} lang={lang} />, root);
});
