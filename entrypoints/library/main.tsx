import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/page-style.css';
import { uiLangFor, uiString } from '../../lib/ui-strings';
import { Library } from './Library';

const root = document.getElementById('app');
const lang = uiLangFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.title = `${uiString(lang, 'yourArticles')} · Entente`;
if (root) render(<Library lang={lang} />, root);
