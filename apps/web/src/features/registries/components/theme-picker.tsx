import { useId, type ReactNode } from 'react';
import { THEME_CHOICES, themeOnPlan, type ThemeId } from '@/config/themes';
import { useT } from '@/lib/i18n';

interface ThemePickerProps {
  value: ThemeId;
  /** The saved theme: it stays selectable even when the plan no longer includes it. */
  saved: ThemeId;
  plan: string;
  onChange: (theme: ThemeId) => void;
  error?: string;
  /** The live preview of the guest page in the chosen theme (composed by the route). */
  preview?: ReactNode;
}

/**
 * The theme, chosen from cards that wear each theme's own colours and title face (the same CSS as the guest page),
 * beside a live preview. Themes the plan does not include are shown, named with the plan that has them, but cannot be picked.
 */
export function ThemePicker({ value, saved, plan, onChange, error, preview }: ThemePickerProps) {
  const id = useId();
  const t = useT('dashboard');
  return (
    <fieldset className="theme-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('dashboard:theme.legend')}</legend>
      <div className="theme-picker-layout">
        <ul className="theme-choices">
          {THEME_CHOICES.map((choice) => {
            const allowed = themeOnPlan(plan, choice.id) || choice.id === saved;
            const descriptionId = `${id}-${choice.id}`;
            return (
              <li key={choice.id} className={allowed ? 'theme-choice' : 'theme-choice theme-choice-locked'}>
                <label>
                  <input
                    type="radio"
                    name={`${id}-theme`}
                    value={choice.id}
                    checked={value === choice.id}
                    disabled={!allowed}
                    aria-describedby={descriptionId}
                    onChange={() => onChange(choice.id)}
                  />
                  <span className="theme-swatch" data-theme={choice.id} aria-hidden="true">
                    <span className="theme-swatch-title">Aa</span>
                    <span className="theme-swatch-accent" />
                    <span className="theme-swatch-surface" />
                  </span>
                  <span className="theme-choice-name">{t('dashboard:theme.name', { theme: choice.id })}</span>
                </label>
                <p id={descriptionId} className="theme-choice-description">
                  {t('dashboard:theme.description', { theme: choice.id })}
                  {!allowed && <strong className="theme-choice-plan"> {t('dashboard:theme.paid-only')}</strong>}
                </p>
              </li>
            );
          })}
        </ul>
        {preview}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
