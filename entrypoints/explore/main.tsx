import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/page-style.css';
import { uiLangFor } from '../../lib/ui-strings';
import { Explore, selectionFromUrl } from './Explore';

const root = document.getElementById('app');
const lang = uiLangFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
if (root) render(<Explore lang={lang} initial={selectionFromUrl(location.search)} />, root);
