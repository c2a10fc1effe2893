import { useState } from 'preact/hooks';
import type { UiLang } from '../lib/languages';
import {
  ACTIVATION_KEYS,
  CARD_ARTICLES_RANGE,
  HIGHLIGHT_KINDS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_RANGE,
  siteKey,
  UI_LANGUAGE_CHOICES,
  withSiteDisabled,
  type ActivationKey,
  type HighlightKindSetting,
  type HighlightStyle,
  type Settings,
  type UiLanguageChoice,
} from '../lib/settings';
import { cssRgba, HIGHLIGHT_PAINT } from '../lib/settings-style';
import { settingsString, type SettingsStringKey } from '../lib/settings-strings';
import { uiString } from '../lib/ui-strings';

export type SaveStatus = { state: 'idle' } | { state: 'saved' } | { state: 'failed'; error: string };

export type OptionsFormProps = {
  lang: UiLang;
  settings: Settings;
  status: SaveStatus;
  /** Every change, whole: the caller stores it. */
  onChange: (settings: Settings) => void;
  onReset: () => void;
};

const KIND_LABELS: Record<HighlightKindSetting, (lang: UiLang) => string> = {
  country: (lang) => uiString(lang, 'countries'),
  person: (lang) => uiString(lang, 'officials'),
  adjective: (lang) => settingsString(lang, 'settingsAdjectives'),
};
const STYLE_LABELS: Record<HighlightStyle, SettingsStringKey> = {
  background: 'settingsStyleBackground',
  underline: 'settingsStyleUnderline',
};
const KEY_NAMES: Record<Exclude<ActivationKey, 'none'>, string> = {
  Alt: 'Alt (⌥)',
  Shift: 'Shift',
  Control: 'Ctrl',
  Meta: 'Meta (⌘ / ⊞)',
};
/** Each language named in itself, so a reader who picked the wrong one can find theirs. */
const LANGUAGE_NAMES: Record<Exclude<UiLanguageChoice, 'auto'>, string> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  de: 'Deutsch',
};

/** The settings page's form: props only; every change goes out whole through `onChange`. */
export function OptionsForm({ lang, settings, status, onChange, onReset }: OptionsFormProps) {
  const t = (key: SettingsStringKey, vars?: Record<string, string | number>) => settingsString(lang, key, vars);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  const [delay, setDelay] = useState<number | null>(null);
  const shownDelay = delay ?? settings.hoverDelayMs;

  return (
    <main class="options">
      <header>
        <h1>
          Entente · <span>{t('settings')}</span>
        </h1>
        <p class="muted">{t('settingsIntro')}</p>
      </header>

      <section aria-labelledby="opt-general">
        <h2 id="opt-general">{t('settingsGeneral')}</h2>
        <label class="check">
          <input
            type="checkbox"
            name="enabled"
            checked={settings.enabled}
            onChange={(e) => set('enabled', e.currentTarget.checked)}
          />
          {t('settingsEnabled')}
        </label>
        <SiteList lang={lang} settings={settings} onChange={onChange} />
      </section>

      <section aria-labelledby="opt-kinds">
        <h2 id="opt-kinds">{t('settingsKinds')}</h2>
        {HIGHLIGHT_KINDS.map((kind) => (
          <label class="check" key={kind}>
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={settings.kinds[kind]}
              onChange={(e) => set('kinds', { ...settings.kinds, [kind]: e.currentTarget.checked })}
            />
            {KIND_LABELS[kind](lang)}
          </label>
        ))}
      </section>

      <section aria-labelledby="opt-style">
        <h2 id="opt-style">{t('settingsStyle')}</h2>
        <div role="radiogroup" aria-labelledby="opt-style" class="styles">
          {HIGHLIGHT_STYLES.map((style) => (
            <label class="style-choice" key={style}>
              <input
                type="radio"
                name="style"
                value={style}
                checked={settings.style === style}
                onChange={() => set('style', style)}
              />
              <span>
                {t(STYLE_LABELS[style])}
                <StyleSample lang={lang} style={style} />
              </span>
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="opt-cards">
        <h2 id="opt-cards">{t('settingsCards')}</h2>
        <label class="field" for="opt-delay">
          {t('settingsDelay')}
        </label>
        <div class="range">
          <input
            id="opt-delay"
            name="hoverDelayMs"
            type="range"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={shownDelay}
            aria-valuetext={t('settingsDelayValue', { n: shownDelay })}
            // Stored when the slider is let go, not on every step (sync storage counts writes).
            onInput={(e) => setDelay(Number(e.currentTarget.value))}
            onChange={(e) => {
              setDelay(null);
              set('hoverDelayMs', Number(e.currentTarget.value));
            }}
          />
          <output for="opt-delay">{t('settingsDelayValue', { n: shownDelay })}</output>
        </div>
        <label class="field" for="opt-key">
          {t('settingsKey')}
        </label>
        <select
          id="opt-key"
          name="activationKey"
          value={settings.activationKey}
          onChange={(e) => set('activationKey', e.currentTarget.value as ActivationKey)}
        >
          {ACTIVATION_KEYS.map((key) => (
            <option value={key} key={key}>
              {key === 'none' ? t('settingsKeyNone') : t('settingsKeyHold', { key: KEY_NAMES[key] })}
            </option>
          ))}
        </select>
        <label class="field" for="opt-articles">
          {t('settingsArticles')}
        </label>
        <select
          id="opt-articles"
          name="cardArticles"
          value={String(settings.cardArticles)}
          onChange={(e) => set('cardArticles', Number(e.currentTarget.value))}
        >
          {Array.from({ length: CARD_ARTICLES_RANGE.max - CARD_ARTICLES_RANGE.min + 1 }, (_, i) => {
            const n = CARD_ARTICLES_RANGE.min + i;
            return (
              <option value={String(n)} key={n}>
                {n}
              </option>
            );
          })}
        </select>
      </section>

      <section aria-labelledby="opt-language">
        <h2 id="opt-language">{t('settingsLanguage')}</h2>
        <label class="field" for="opt-lang">
          {t('settingsLanguageLabel')}
        </label>
        <select
          id="opt-lang"
          name="uiLanguage"
          value={settings.uiLanguage}
          onChange={(e) => set('uiLanguage', e.currentTarget.value as UiLanguageChoice)}
        >
          {UI_LANGUAGE_CHOICES.map((choice) => (
            <option value={choice} key={choice} lang={choice === 'auto' ? undefined : choice}>
              {choice === 'auto' ? t('settingsLanguageAuto') : LANGUAGE_NAMES[choice]}
            </option>
          ))}
        </select>
      </section>

      <footer class="options-foot">
        <button type="button" class="secondary-button" onClick={onReset}>
          {t('settingsReset')}
        </button>
        <a href="/library.html">{uiString(lang, 'yourArticles')}</a>
        <p role="status" class={status.state === 'failed' ? 'notice' : 'muted'} data-testid="save-status">
          {status.state === 'saved' ? t('settingsSaved') : null}
          {status.state === 'failed' ? t('settingsSaveFailed', { error: status.error }) : null}
        </p>
      </footer>
    </main>
  );
}

function SiteList({ lang, settings, onChange }: Pick<OptionsFormProps, 'lang' | 'settings' | 'onChange'>) {
  const t = (key: SettingsStringKey, vars?: Record<string, string | number>) => settingsString(lang, key, vars);
  const [text, setText] = useState('');
  /** The text that was not a site (the message is rendered in the current language). */
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const site = siteKey(text);
    if (!site) {
      setError(text.trim());
      return;
    }
    setError(null);
    setText('');
    onChange(withSiteDisabled(settings, site, true));
  };
  return (
    <div class="sites">
      <h3 id="opt-sites">{t('settingsSites')}</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">{t('settingsSitesNone')}</p>
      ) : (
        <ul aria-labelledby="opt-sites" data-testid="disabled-sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                class="secondary-button"
                aria-label={t('settingsSiteRemoveLabel', { site })}
                onClick={() =>
                  onChange({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })
                }
              >
                {t('settingsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="site-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label for="opt-site">{t('settingsSiteAdd')}</label>
        <input
          id="opt-site"
          name="site"
          type="text"
          inputMode="url"
          placeholder="example.com"
          value={text}
          aria-invalid={error !== null ? true : undefined}
          aria-describedby={error !== null ? 'opt-site-error opt-site-hint' : 'opt-site-hint'}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="secondary-button">
          {t('settingsSiteAddButton')}
        </button>
      </form>
      {error !== null ? (
        <p id="opt-site-error" class="notice" role="alert">
          {t('settingsSiteInvalid', { text: error })}
        </p>
      ) : null}
      <p id="opt-site-hint" class="muted small">
        {t('settingsSitesHint')}
      </p>
    </div>
  );
}

/** A sentence painted the way a style paints mentions, to choose by eye. */
function StyleSample({ lang, style }: { lang: UiLang; style: HighlightStyle }) {
  const sample = settingsString(lang, 'settingsStyleSample');
  const paint = HIGHLIGHT_PAINT[style];
  const mark = (kind: HighlightKindSetting) => {
    const p = paint[kind];
    return {
      backgroundColor: p.background ? cssRgba(p.background) : 'transparent',
      textDecoration: p.underline
        ? `underline ${kind === 'adjective' ? 1 : 2}px ${p.underline.line} ${cssRgba(p.underline.colour)}`
        : 'none',
      textUnderlineOffset: '2px',
    };
  };
  // The first word names an official and the last a country, in every translation.
  const words = sample.split(' ');
  const first = words[0] ?? '';
  const last = (words[words.length - 1] ?? '').replace(/\.$/, '');
  const middle = sample.slice(first.length, sample.length - last.length - 1);
  return (
    <span class="sample" aria-hidden="true">
      <span style={mark('person')}>{first}</span>
      {middle}
      <span style={mark('country')}>{last}</span>.
    </span>
  );
}
