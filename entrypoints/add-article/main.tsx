import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/page-style.css';
import { uiLangFor, uiString } from '../../lib/ui-strings';
import { AddArticle } from './AddArticle';

const root = document.getElementById('app');
const lang = uiLangFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.title = uiString(lang, 'addTitle');
if (root) render(<AddArticle lang={lang} locationSearch={location.search} />, root);
