import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/page-style.css';
import { uiLangFor } from '../../lib/ui-strings';
import { Reader } from './Reader';

const root = document.getElementById('app');
const id = new URLSearchParams(location.search).get('id') ?? '';
if (root) render(<Reader id={id} lang={uiLangFor(browser.i18n.getUILanguage())} />, root);
