import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/page-style.css';
import './popup.css';
import { uiLangFor } from '../../lib/ui-strings';
import { Popup } from './Popup';

const root = document.getElementById('app');
const lang = uiLangFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
if (root) render(<Popup lang={lang} locationSearch={location.search} onDone={() => window.close()} />, root);
