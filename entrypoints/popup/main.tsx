import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/page-style.css';
import { uiLangFor } from '../../lib/ui-strings';
import { Popup } from './Popup';

const root = document.getElementById('app');
if (root) render(<Popup lang={uiLangFor(browser.i18n.getUILanguage())} />, root);
