import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/page-style.css';
import './search.css';
import { uiLangFor } from '../../lib/ui-strings';
import { SearchPage } from './SearchPage';

const root = document.getElementById('app');
const lang = uiLangFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
if (root) render(<SearchPage lang={lang} />, root);
